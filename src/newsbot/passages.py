"""Retrieval units: each sentence embedded with its neighbours.

A sentence alone is often too thin to retrieve ("he added"), so the embedding sees the sentence before and
after; the citation is always the centre sentence itself. Windows are kept within the model's 128 word-piece
budget by dropping neighbours first and then trimming the centre.
"""

from __future__ import annotations

from collections.abc import Callable

from .articles import Article
from .records import Passage

__all__ = ["PASSAGE_SPLITTER_VERSION", "WordPieces", "build_passages"]

PASSAGE_SPLITTER_VERSION = "window-1/128wp/v1"
MAX_WORD_PIECES = 128

# text -> character spans of its word pieces
WordPieces = Callable[[str], list[tuple[int, int]]]


def build_passages(article: Article, word_pieces: WordPieces, *, first_id: int = 0) -> list[Passage]:
    """One passage per sentence of an already segmented article, with FAISS ids from `first_id`."""
    sentences = article.sentences
    passages: list[Passage] = []
    for i, sent in enumerate(sentences):
        candidates = []
        if 0 < i < len(sentences) - 1:
            candidates.append((sentences[i - 1].start, sentences[i + 1].end))
        if i > 0:
            candidates.append((sentences[i - 1].start, sent.end))
        if i < len(sentences) - 1:
            candidates.append((sent.start, sentences[i + 1].end))
        candidates.append((sent.start, sent.end))
        window_start, window_end = _fit(article.text, candidates, word_pieces)
        passages.append(
            Passage(
                id=first_id + i,
                article_id=article.id,
                paragraph=sent.paragraph,
                sentence=sent.index,
                text=sent.text,
                start=sent.start,
                end=sent.end,
                window_start=window_start,
                window_end=window_end,
            )
        )
    return passages


def _fit(text: str, candidates: list[tuple[int, int]], word_pieces: WordPieces) -> tuple[int, int]:
    """The widest candidate window within budget; else the last (centre) one trimmed to the budget."""
    for start, end in candidates:
        if len(word_pieces(text[start:end])) <= MAX_WORD_PIECES:
            return start, end
    start, end = candidates[-1]
    pieces = word_pieces(text[start:end])
    return start, start + pieces[MAX_WORD_PIECES - 1][1]
