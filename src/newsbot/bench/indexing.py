"""Indexing throughput against bare `encode` of the very same passage windows with the same batch size.

Three timings, in this order: the whole pipeline (`Library.add_files`: read, parse, extract, window, embed,
store), then bare `encode` of every window the pipeline produced, then the embedding-and-index stage alone
(`embed_passages` + `Store.put` + `Store.save`) on those passages.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .baseline import bare_throughput
from .figures import Figure

if TYPE_CHECKING:
    from ..embedding import TextEmbedder
    from ..library import Library
    from ..records import Passage
    from ..store import IndexedArticle

__all__ = ["BATCH_SIZE", "IndexingRun", "indexing_figures", "measure_indexing"]

BATCH_SIZE = 64  # what `build_articles` uses


@dataclass(frozen=True)
class IndexingRun:
    articles: int
    passages: int
    pipeline_seconds: float
    stage_seconds: float
    bare_seconds: float
    source: str

    def rate(self, seconds: float) -> float:
        return self.passages / seconds if seconds > 0 else float("inf")


def measure_indexing(library: Library, paths: list[Path], stage_dir: Path, source: str) -> IndexingRun:
    """Index `paths` into `library` (timed), then time bare encode and the embedding stage on its passages."""
    started = time.perf_counter()
    ids = library.add_files(paths)
    pipeline = time.perf_counter() - started
    articles = [library.store.article(article_id) for article_id in ids]
    passages = [p for article in articles for p in article.passages]
    texts = {article.id: article.text for article in articles}
    windows = [texts[p.article_id][p.window_start : p.window_end] for p in passages]
    _, bare = bare_throughput(library.embedder.model, windows, batch_size=BATCH_SIZE)
    stage = _time_stage(library, articles, passages, texts, library.query_embedder, stage_dir)
    return IndexingRun(len(ids), len(passages), pipeline, stage, bare, source)


def _time_stage(
    library: Library,
    articles: list[IndexedArticle],
    passages: list[Passage],
    texts: dict[str, str],
    embedder: TextEmbedder,
    stage_dir: Path,
) -> float:
    from ..indexing import embed_passages
    from ..store import Store

    store = Store.create(stage_dir, library.store.manifest.model_copy(update={"articles": {}, "next_id": 0}))
    started = time.perf_counter()
    vectors = embed_passages(passages, texts, embedder, batch_size=BATCH_SIZE)
    offset = 0
    for article in articles:
        entry = library.store.manifest.articles[article.id]
        store.put(article, vectors[offset : offset + entry.passages], entry)
        offset += entry.passages
    store.save()
    return time.perf_counter() - started


def indexing_figures(run: IndexingRun) -> list[Figure]:
    bare = run.rate(run.bare_seconds)
    note = f"{run.passages} passages of {run.source}; batch size {BATCH_SIZE}"
    return [
        Figure("index_stage", "Indexing: embed + index stage", "passages/s", run.rate(run.stage_seconds), bare,
               "ratio>=", 0.9, note),
        Figure("index_pipeline", "Indexing: whole pipeline (parse, extract, embed, store)", "passages/s",
               run.rate(run.pipeline_seconds), bare, "ratio>=", 0.6, note),
    ]  # fmt: skip
