"""Articles chats add: stored once by content, listed per chat, quotas, forgetting, and the CLI seen live."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsbot.articles import Article, parse_article
from newsbot.chat_articles import CHAT_ARTICLES_FILE
from newsbot.config import load_settings
from newsbot.errors import NewsbotError
from newsbot.library import CHAT_PREFIX, Library
from newsbot.store import MANIFEST

COMMITTED_INDEX = Path(__file__).resolve().parents[1] / "index"


def _story(n: int) -> str:
    return (
        f"---\ntitle: Harbour story {n}\npublished: 2024-06-1{n % 10}\n---\n"
        f"The harbour reopened on Thursday after {n} weeks of repairs, the port authority said.\n\n"
        f'"We are proud of crew {n}," said Maria Lopez, the harbour master.\n'
    )


def _article(n: int) -> Article:
    return parse_article(_story(n), article_id=f"harbour-{n}", path=f"story{n}.txt")


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    if not (COMMITTED_INDEX / MANIFEST).is_file():
        pytest.skip("no committed index to start from")
    shutil.copytree(COMMITTED_INDEX, tmp_path / "index")
    return tmp_path / "index"


@pytest.fixture
def library(index_dir: Path) -> Library:
    return Library.open(load_settings(index_dir=index_dir, NEWSBOT_MAX_ARTICLES_PER_CHAT=2))


def test_a_chat_sees_its_articles_and_everyone_sees_the_operators(library: Library) -> None:
    bundled = library.default_article_id()
    loaded = library.article(bundled)
    added = library.add_article(_article(1), chat_id=111, source="https://example.org/one")
    assert library.article(bundled) is loaded  # the index copy that replaced the old one kept what was loaded
    assert (added.new, added.title, added.dropped) == (True, "Harbour story 1", [])
    assert [a.id for a in library.chat_articles(111)] == [bundled, added.id]
    assert [a.id for a in library.chat_articles(222)] == [bundled]
    entry = library.store.manifest.articles[added.id]
    assert entry.path == CHAT_PREFIX + "https://example.org/one"
    assert library.article(added.id).text == _story(1)

    again = library.add_article(_article(1), chat_id=222, source="story.txt")  # same text from another chat
    assert (again.id, again.new) == (added.id, False)
    assert [a.id for a in library.chat_articles(222)] == [bundled, added.id]
    assert len(library.store.manifest.articles) == 2  # stored once

    assert library.forget(111, added.id)
    assert not library.forget(111, added.id)
    assert added.id in library.store.manifest.articles  # chat 222 still lists it
    assert library.forget(222, added.id)
    assert added.id not in library.store.manifest.articles  # nobody lists it: gone from the index
    assert not library.forget(111, bundled)  # everyone's article is not a chat's to forget


def test_the_default_article_is_never_one_a_chat_added(library: Library) -> None:
    bundled = library.default_article_id()
    added = library.add_article(_article(5), chat_id=3, source="e")
    library.remove(bundled)
    with pytest.raises(NewsbotError, match="no articles"):
        library.default_article_id()
    assert [a.id for a in library.chat_articles(3)] == [added.id]


def test_quota_drops_the_oldest_and_the_lists_survive_a_reopen(library: Library, index_dir: Path) -> None:
    first = library.add_article(_article(1), chat_id=5, source="a")
    library.add_article(_article(2), chat_id=5, source="b")
    third = library.add_article(_article(3), chat_id=5, source="c")
    assert [d.id for d in third.dropped] == [first.id]
    assert first.id not in library.store.manifest.articles
    reopened = Library.open(load_settings(index_dir=index_dir))
    assert [a.title for a in reopened.chat_articles(5)][1:] == ["Harbour story 2", "Harbour story 3"]
    assert (index_dir / CHAT_ARTICLES_FILE).is_file()


def test_a_failure_while_indexing_leaves_the_index_as_it_was(
    library: Library, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {p.name: p.read_bytes() for p in index_dir.rglob("*") if p.is_file() and p.name != ".lock"}

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the parser fell over")

    monkeypatch.setattr("newsbot.indexing.iter_built_articles", crash)
    with pytest.raises(RuntimeError):
        library.add_article(_article(4), chat_id=9, source="d")
    after = {p.name: p.read_bytes() for p in index_dir.rglob("*") if p.is_file() and p.name != ".lock"}
    assert after == before
    assert [a.id for a in library.chat_articles(9)] == [library.default_article_id()]


def test_a_running_library_sees_cli_changes_without_a_restart(library: Library, index_dir: Path) -> None:
    assert library.sync() is False  # nothing changed
    cli = Library.open(load_settings(index_dir=index_dir))
    (index_dir.parent / "extra.txt").write_text(_story(7), encoding="utf-8")
    (added,) = cli.add_files([index_dir.parent / "extra.txt"])
    assert library.sync() is True
    assert added in [a.id for a in library.chat_articles(1)]
    assert library.article(added).text == _story(7)
    cli.remove(added)
    library.sync()
    assert added not in [a.id for a in library.chat_articles(1)]


def test_a_rebuild_keeps_where_a_chat_articles_date_came_from(library: Library) -> None:
    from newsbot.readers.build import with_meta

    forwarded = with_meta(
        parse_article(_story(3).split("---\n", 2)[2], article_id="forwarded", path="post"),
        published_from="forwarded post",
        published="2024-06-13",
    )
    added = library.add_article(forwarded, chat_id=111, source="https://t.me/harbour/3")
    assert library.article(added.id).meta.published_from == "forwarded post"
    library.rebuild()
    meta = library.article(added.id).meta
    assert (meta.published, meta.published_from) == ("2024-06-13", "forwarded post")
