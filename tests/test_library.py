"""The index on disk: round trip, staleness, damage, several articles, retrieval sanity."""

from __future__ import annotations

import hashlib
import logging
import shutil
from pathlib import Path

import pytest

from newsbot.articles import bundled_article_path
from newsbot.bench.pages import serve_pages
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


def test_a_source_file_is_tracked_by_its_own_bytes(
    index_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Bytes that differ from the stored text (here CRLF line ends) are compared as bytes, without a re-read."""
    source = tmp_path / "harbour.md"
    source.write_bytes(SECOND.replace("\n", "\r\n").encode("utf-8"))
    article_id = _library(index_dir).ensure_article(source)
    entry = _library(index_dir).store.manifest.articles[article_id]
    assert entry.source_sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert entry.sha256 != entry.source_sha256
    with caplog.at_level(logging.INFO, logger="newsbot.library"):
        assert _library(index_dir).refresh() == []
        source.write_bytes(source.read_bytes().replace(b"Thursday", b"Friday"))
        reopened = _library(index_dir)
    assert "re-indexing" in caplog.text
    assert "Friday" in reopened.article(article_id).text


def test_a_link_is_stored_once_and_rebuilt_from_its_copy(index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBOT_ALLOW_PRIVATE_URLS", "1")
    with serve_pages() as server:
        link = server.add("/harbour.txt", SECOND)
        library = _library(index_dir)
        article_id = library.ensure_article(link)
        assert library.ensure_article(link) == article_id  # found by its link: not fetched again
        assert server.requests == ["/harbour.txt"]
    entry = library.store.manifest.articles[article_id]
    assert (entry.path, entry.source_sha256, entry.title, entry.published) == (
        link,
        None,
        "Harbour reopens",
        "2024-06-14",
    )
    text = library.article(article_id).text
    assert library.rebuild()  # the server is gone: the stored copy is indexed again
    rebuilt = _library(index_dir).article(article_id)
    assert rebuilt.text == text
    assert (rebuilt.meta.title, rebuilt.meta.published) == ("Harbour reopens", "2024-06-14")


def test_a_gone_file_is_rebuilt_from_its_copy_with_its_date(index_dir: Path, tmp_path: Path) -> None:
    """An override stays an override; an inferred date is inferred again from the stored text."""
    dated = tmp_path / "dated.txt"
    dated.write_text("On Monday, the mayor said the council would meet.\n", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text("The talks ended on March 3, 2024, officials said.\n", encoding="utf-8")
    library = _library(index_dir)
    [dated_id] = library.add_files([dated], published="2024-02-07")
    [undated_id] = library.add_files([str(undated)])
    dated.unlink()
    undated.unlink()
    library.rebuild()
    reopened = _library(index_dir)
    assert reopened.article(dated_id).meta.published == "2024-02-07"
    assert reopened.article(dated_id).records.statements[0].date == "2024-02-05"
    meta = reopened.article(undated_id).meta
    assert (meta.published, meta.published_inferred) == ("2024-03-03", True)


def test_find_matches_unchanged_bytes_anywhere_and_only_stated_dates(index_dir: Path, tmp_path: Path) -> None:
    library = _library(index_dir)
    copy = tmp_path / "copy.txt"
    shutil.copy(bundled_article_path(), copy)
    assert library.find(copy) == library.default_article_id()
    assert library.find(str(copy), published="2025-05-11") is None  # the index only inferred that date
    assert library.find(tmp_path / "missing.txt") is None
    assert library.find("http://127.0.0.1:9/never-indexed.txt") is None
    copy.write_text("Something else entirely.\n", encoding="utf-8")
    assert library.find(copy) is None


def test_the_cache_index_starts_empty_and_afresh_when_outdated_or_damaged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = load_settings(index_dir=tmp_path / "index", cache_dir=tmp_path / "cache")
    source = tmp_path / "harbour.txt"
    source.write_text(SECOND, encoding="utf-8")
    cache = Library.open_cache(settings)
    assert cache.articles() == []
    assert cache.store.directory == tmp_path / "cache" / "index"
    article_id = cache.ensure_article(source)
    assert [s.id for s in Library.open_cache(settings).articles()] == [article_id]
    assert not (tmp_path / "index").exists()
    manifest = cache.store.directory / MANIFEST
    manifest.write_text(manifest.read_text().replace('"extractor_version": "', '"extractor_version": "old-'))
    with caplog.at_level(logging.INFO, logger="newsbot.library"):
        assert Library.open_cache(settings).articles() == []
    assert "afresh" in caplog.text
    cache = Library.open_cache(settings)
    cache.ensure_article(source)
    (cache.store.directory / VECTORS).write_bytes(b"garbage")
    assert Library.open_cache(settings).articles() == []
