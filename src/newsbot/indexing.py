"""Article → passages + records + vectors: the index-time pipeline.

All parsing happens here, once per article, so that answering a question never has to parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .articles import Article
from .passages import build_passages
from .records import Passage
from .segment import segment
from .store import ArticleEntry, IndexedArticle

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from .embedding import Embedder

__all__ = ["BuiltArticle", "build_article", "build_articles", "embed_passages"]


@dataclass
class BuiltArticle:
    """Everything the store needs to add one article."""

    article: IndexedArticle
    vectors: npt.NDArray[np.float32]
    entry: ArticleEntry


def build_article(
    article: Article, embedder: Embedder, *, first_id: int, stored_path: str, published_override: str | None
) -> BuiltArticle:
    """Segment, extract, window and embed one article."""
    return build_articles([(article, stored_path, published_override)], embedder, first_id=first_id)[0]


def build_articles(
    items: list[tuple[Article, str, str | None]], embedder: Embedder, *, first_id: int, batch_size: int = 64
) -> list[BuiltArticle]:
    """Build several articles, embedding all their passages in shared batches (faster than one by one)."""
    from .extract import extract_records

    staged: list[tuple[Article, str, str | None, list[Passage], IndexedArticle]] = []
    next_id = first_id
    for article, stored_path, override in items:
        docs = segment(article)
        records = extract_records(article, docs)
        passages = build_passages(article, embedder.word_piece_offsets, first_id=next_id)
        next_id += len(passages)
        indexed = IndexedArticle(
            id=article.id,
            path=stored_path,
            sha256=article.sha256,
            text=article.text,
            meta=records.meta,
            paragraphs=article.paragraphs,
            passages=passages,
            records=records,
        )
        staged.append((article, stored_path, override, passages, indexed))
    all_passages = [p for *_, passages, _ in staged for p in passages]
    texts = {a.id: a.text for a, *_ in staged}
    vectors = embed_passages(all_passages, texts, embedder, batch_size=batch_size)
    built: list[BuiltArticle] = []
    offset = 0
    for article, stored_path, override, passages, indexed in staged:
        entry = ArticleEntry(
            id=article.id,
            path=stored_path,
            sha256=article.sha256,
            title=indexed.meta.title,
            published=indexed.meta.published,
            published_inferred=indexed.meta.published_inferred,
            published_override=override,
            first_id=passages[0].id if passages else 0,
            passages=len(passages),
            statements=len(indexed.records.statements),
        )
        built.append(BuiltArticle(indexed, vectors[offset : offset + len(passages)], entry))
        offset += len(passages)
    return built


def embed_passages(
    passages: list[Passage], texts: dict[str, str], embedder: Embedder, *, batch_size: int = 64
) -> npt.NDArray[np.float32]:
    """Vectors of each passage's window (the centre sentence with its neighbours)."""
    windows = [texts[p.article_id][p.window_start : p.window_end] for p in passages]
    return embedder.encode(windows, batch_size=batch_size)
