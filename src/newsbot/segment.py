"""Sentence splitting with exact offsets, parsing each paragraph once.

The parsed `Doc`s are returned alongside the sentences so extraction can reuse them instead of parsing the
article a second time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .articles import Article
from .nlp import load_nlp
from .parse_helper import shared_helper
from .records import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["parse_paragraphs", "segment"]


def parse_paragraphs(article: Article, meanwhile: Callable[[], object] | None = None) -> list[Doc]:
    """One spaCy `Doc` per paragraph, in order; token `idx` + paragraph `start` is an article offset.

    Where the bot turned on the parsing helper, a long article's later paragraphs are parsed there at the
    same time (the same `Doc`s, about half the wait), and `meanwhile` runs while they are; without the
    helper it runs after parsing. Either way it runs once.
    """
    texts = [para.text for para in article.paragraphs]
    helper = shared_helper()
    if helper is not None:
        return helper.parse(texts, meanwhile)
    docs = list(load_nlp().pipe(texts))
    if meanwhile is not None:
        meanwhile()
    return docs


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
