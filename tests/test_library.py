"""The index on disk: round trip, staleness, damage, several articles, retrieval sanity."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from newsbot.articles import bundled_article_path
from newsbot.config import load_settings
from newsbot.errors import IndexCorruptError
from newsbot.library import Library
from newsbot.store import MANIFEST, VECTORS, Store

SECOND = """---
title: Harbour reopens
published: 2024-06-14
---
The harbour reopened on Thursday after a week of repairs, the port authority said.

"We are proud of the crews who worked through the night," said Maria Lopez, the harbour master.
"""


@pytest.fixture(scope="module")
def built_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index with the bundled article, built once; tests copy it before changing anything."""
    directory = tmp_path_factory.mktemp("index")
    Library.open(load_settings(index_dir=directory))
    return directory


@pytest.fixture
def index_dir(built_index: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "index"
    shutil.copytree(built_index, copy)
    return copy


def _library(directory: Path) -> Library:
    return Library.open(load_settings(index_dir=directory))


def test_round_trip_keeps_passages_records_and_vectors(index_dir: Path) -> None:
    library = _library(index_dir)
    article_id = library.default_article_id()
    article = library.article(article_id)
    assert article.passages
    for passage in article.passages:
        assert article.text[passage.start : passage.end] == passage.text
    reopened = _library(index_dir)
    assert reopened.article(article_id) == article
    assert reopened.store.vectors.ntotal == len(article.passages)


def test_changed_article_is_rebuilt_with_a_log_line(
    index_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = tmp_path / "harbour.txt"
    source.write_text(SECOND, encoding="utf-8")
    library = _library(index_dir)
    article_id = library.ensure_article(source)
    source.write_text(SECOND.replace("Thursday", "Friday"), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="newsbot.library"):
        reopened = _library(index_dir)
    assert "re-indexing" in caplog.text
    assert "Friday" in reopened.article(article_id).text


def test_other_code_version_rebuilds_everything(index_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    manifest = index_dir / MANIFEST
    manifest.write_text(manifest.read_text().replace('"extractor_version": "', '"extractor_version": "old-'))
    with caplog.at_level(logging.INFO, logger="newsbot.library"):
        library = _library(index_dir)
    assert "rebuilding" in caplog.text
    assert not library.store.manifest.extractor_version.startswith("old-")


def test_truncated_vectors_give_a_clear_error_naming_the_fix(index_dir: Path) -> None:
    vectors = index_dir / VECTORS
    vectors.write_bytes(vectors.read_bytes()[:100])
    with pytest.raises(IndexCorruptError, match="newsbot index rebuild"):
        _library(index_dir)


def test_truncated_manifest_gives_a_clear_error(index_dir: Path) -> None:
    manifest = index_dir / MANIFEST
    manifest.write_bytes(manifest.read_bytes()[:40])
    with pytest.raises(IndexCorruptError, match="newsbot index rebuild"):
        _library(index_dir)


def test_add_and_remove_a_second_article(index_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "harbour.txt"
    source.write_text(SECOND, encoding="utf-8")
    library = _library(index_dir)
    [article_id] = library.add_files([source])
    assert article_id == "harbour"
    assert {s.id for s in library.articles()} == {library.default_article_id(), "harbour"}
    vector = library.embed(["Who is the harbour master?"])[0]
    hits = library.search(vector, 3, article_id="harbour")
    assert hits
    assert all(p.article_id == "harbour" for p, _ in hits)
    assert "harbour master" in hits[0][0].text
    library.remove("harbour")
    reopened = _library(index_dir)
    assert [s.id for s in reopened.articles()] == [reopened.default_article_id()]
    assert reopened.store.vectors.ntotal == len(reopened.article(reopened.default_article_id()).passages)


def test_same_text_elsewhere_reuses_the_indexed_article(index_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "owaisi-defends-misri.txt"
    shutil.copy(bundled_article_path(), copy)
    library = _library(index_dir)
    assert library.ensure_article(copy) == library.default_article_id()
    assert len(library.articles()) == 1


def test_salvage_rebuilds_a_damaged_index(index_dir: Path) -> None:
    (index_dir / VECTORS).write_bytes(b"garbage")
    store = Store.salvage(index_dir)
    assert store is not None
    library = Library(store, load_settings(index_dir=index_dir))
    library.rebuild()
    assert _library(index_dir).store.vectors.ntotal > 0


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who defended Vikram Misri?", "Mr Vikram Misri is a decent and an Honest Hard working Diplomat"),
    ],
)
def test_retrieval_finds_owaisis_post_in_the_top_three(index_dir: Path, question: str, expected: str) -> None:
    library = _library(index_dir)
    hits = library.search(library.embed([question])[0], 3, article_id=library.default_article_id())
    assert any(expected in p.text for p, _ in hits)


def test_retrieval_puts_the_pahalgam_paragraph_first(index_dir: Path) -> None:
    library = _library(index_dir)
    hits = library.search(library.embed(["What did Misri say about the Pahalgam attack?"])[0], 3)
    assert hits[0][0].paragraph == 9
