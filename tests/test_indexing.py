"""The index-time pipeline gives the same articles and vectors whether parsing runs here or in a worker."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from newsbot.articles import Article, read_article
from newsbot.embedding import TextEmbedder, load_embedder
from newsbot.indexing import build_articles, iter_built_articles
from newsbot.store import IndexedArticle

ARTICLE = """---
title: Council {n}
published: 2024-03-0{n}
---
The council met on Monday, officials said.

"We will review the budget before the vote," said Maria Lopez, the mayor.

Critics said the plan came too late. "Nobody has seen the figures," John Okafor told reporters on Tuesday.
"""


@pytest.fixture(scope="module")
def items(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, str]]:
    directory = tmp_path_factory.mktemp("articles")
    paths = []
    for n in range(1, 4):
        path = directory / f"council-{n}.txt"
        path.write_text(ARTICLE.format(n=n), encoding="utf-8")
        paths.append((path, str(path)))
    return paths


def _fresh(items: list[tuple[Path, str]]) -> list[tuple[Article, str, str | None]]:
    return [(read_article(path), stored, None) for path, stored in items]


@pytest.mark.slow
def test_worker_and_inline_parsing_build_the_same_index(items: list[tuple[Path, str]]) -> None:
    embedder = load_embedder()
    inline = list(iter_built_articles(_fresh(items), embedder, first_id=5, workers=0))
    worker = list(iter_built_articles(_fresh(items), embedder, first_id=5, workers=1, chunk=4))
    whole = build_articles(_fresh(items), embedder, first_id=5)
    assert [b.entry for b in inline] == [b.entry for b in worker] == [b.entry for b in whole]
    assert [b.article for b in inline] == [b.article for b in worker] == [b.article for b in whole]
    for a, b in zip(inline, worker, strict=True):
        np.testing.assert_allclose(a.vectors, b.vectors, atol=1e-5)
    ids = [p.id for b in inline for p in b.article.passages]
    assert ids == list(range(5, 5 + len(ids)))
    assert all(b.article.records.statements for b in inline)


def test_a_worker_error_reaches_the_caller(items: list[tuple[Path, str]]) -> None:
    broken = _fresh(items)
    broken[1][0].paragraphs = None  # type: ignore[assignment]
    with pytest.raises(TypeError):
        list(iter_built_articles(broken, load_embedder(), first_id=0, workers=1))


class Watched:
    """The real embedder, noting when passages are cut (word pieces) and embedded."""

    def __init__(self, inner: TextEmbedder, events: list[str]) -> None:
        self.inner, self.events = inner, events
        self.dimension, self.sha256 = inner.dimension, inner.sha256

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False, threads: int | None = None
    ) -> npt.NDArray[np.float32]:
        self.events.append("embed")
        return self.inner.encode(texts, batch_size=batch_size, progress=progress, threads=threads)

    def word_piece_offsets(self, text: str) -> list[tuple[int, int]]:
        self.events.append("cut")
        return self.inner.word_piece_offsets(text)


def test_on_analysed_sees_the_records_before_any_passage_is_cut_or_embedded(items: list[tuple[Path, str]]) -> None:
    events: list[str] = []
    seen: list[IndexedArticle] = []

    def analysed(indexed: IndexedArticle) -> None:
        events.append("analysed")
        seen.append(indexed)

    embedder = Watched(load_embedder(), events)
    built = list(iter_built_articles(_fresh(items)[:1], embedder, first_id=0, workers=0, on_analysed=analysed))
    assert events[0] == "analysed"
    assert {"cut", "embed"} <= set(events)
    assert seen[0].records == built[0].article.records
    assert seen[0].records.statements
    assert seen[0].passages == []
    assert built[0].article.passages
