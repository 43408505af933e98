"""Searching within one article: same hits as a brute-force scan, and never stale after a put or remove."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt

from newsbot.records import ArticleMeta, ArticleRecords, Paragraph, Passage
from newsbot.store import ArticleEntry, IndexedArticle, Manifest, Store

DIM = 8


def _vectors(seed: int, count: int) -> npt.NDArray[np.float32]:
    rows = np.random.default_rng(seed).standard_normal((count, DIM)).astype(np.float32)
    normalised: npt.NDArray[np.float32] = (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)
    return normalised


def _put(store: Store, article_id: str, vectors: npt.NDArray[np.float32]) -> None:
    first = store.manifest.next_id
    text = "x" * len(vectors)
    passages = [
        Passage(id=first + i, article_id=article_id, paragraph=1, sentence=i, text="x", start=i, end=i + 1,
                window_start=i, window_end=i + 1)
        for i in range(len(vectors))
    ]  # fmt: skip
    meta = ArticleMeta()
    article = IndexedArticle(
        id=article_id, path="", sha256=article_id, text=text, meta=meta,
        paragraphs=[Paragraph(text=text, start=0, end=len(text), number=1)], passages=passages,
        records=ArticleRecords(article_id=article_id, meta=meta),
    )  # fmt: skip
    entry = ArticleEntry(id=article_id, path="", sha256=article_id, first_id=first, passages=len(vectors))
    store.put(article, vectors, entry)


def _brute_force(vectors: npt.NDArray[np.float32], first: int, query: npt.NDArray[np.float32]) -> list[int]:
    scores = vectors @ query
    return [first + int(i) for i in np.argsort(-scores, kind="stable")]


def test_search_within_an_article_matches_a_full_scan(tmp_path: Path) -> None:
    store = Store.create(
        tmp_path, Manifest(model_sha256="m", dimension=DIM, splitter_version="s", extractor_version="e")
    )
    a, b = _vectors(1, 12), _vectors(2, 7)
    _put(store, "a", a)
    _put(store, "b", b)
    query = _vectors(3, 1)[0]
    hits = store.search(query, 50, article_id="b")
    assert [i for i, _ in hits] == _brute_force(b, 12, query)
    np.testing.assert_allclose([s for _, s in hits], np.sort(b @ query)[::-1], rtol=1e-5)
    assert [i for i, _ in store.search(query, 3, article_id="a")] == _brute_force(a, 0, query)[:3]


def test_replacing_or_removing_an_article_is_seen_at_once(tmp_path: Path) -> None:
    store = Store.create(
        tmp_path, Manifest(model_sha256="m", dimension=DIM, splitter_version="s", extractor_version="e")
    )
    _put(store, "a", _vectors(1, 5))
    query = _vectors(3, 1)[0]
    store.search(query, 5, article_id="a")  # builds the per-article cache
    replacement = _vectors(4, 6)
    _put(store, "a", replacement)
    hits = store.search(query, 6, article_id="a")
    assert [i for i, _ in hits] == _brute_force(replacement, 5, query)
    store.remove("a")
    assert store.search(query, 6, article_id="a") == []
