"""Sentence splitting with exact offsets, parsing each paragraph once.

The parsed `Doc`s are returned alongside the sentences so extraction can reuse them instead of parsing the
article a second time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .articles import Article
from .nlp import load_nlp
from .records import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["parse_paragraphs", "segment"]


def parse_paragraphs(article: Article) -> list[Doc]:
    """One spaCy `Doc` per paragraph, in order; token `idx` + paragraph `start` is an article offset."""
    nlp = load_nlp()
    return list(nlp.pipe(para.text for para in article.paragraphs))


def segment(article: Article, docs: list[Doc] | None = None) -> list[Doc]:
    """Fill `article.sentences` (trimmed of surrounding whitespace) and return the paragraph docs."""
    if docs is None:
        docs = parse_paragraphs(article)
    sentences: list[Sentence] = []
    for para, doc in zip(article.paragraphs, docs, strict=True):
        for sent in doc.sents:
            chunk = doc.text[sent.start_char : sent.end_char]
            stripped = chunk.strip()
            if not stripped:
                continue
            start = para.start + sent.start_char + (len(chunk) - len(chunk.lstrip()))
            end = start + len(stripped)
            sentences.append(
                Sentence(
                    text=article.text[start:end], start=start, end=end, index=len(sentences), paragraph=para.number
                )
            )
    article.sentences = sentences
    return docs
