"""`newsbot index` and `newsbot search` as a user runs them: real processes, real files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsbot.bench.pages import serve_pages

BIN = Path(sys.executable).with_name("newsbot")
ARTICLE = 'The mayor said on Monday that the bridge would reopen.\n\n"It is safe," said engineer Ana Ruiz.\n'


def _run(*args: str, index: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSBOT_INDEX_DIR": str(index), "HF_HUB_OFFLINE": "1", "NEWSBOT_ALLOW_PRIVATE_URLS": "1"}
    return subprocess.run(
        [str(BIN), *args], capture_output=True, text=True, env=env, input=stdin, timeout=600, check=False
    )


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("cli") / "index"
    committed = Path(__file__).resolve().parents[2] / "index"
    if (committed / "manifest.json").is_file():
        shutil.copytree(committed, directory)
    return directory


def test_add_list_search_remove(index: Path, tmp_path: Path) -> None:
    article = tmp_path / "bridge-news.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    added = _run("index", "add", str(article), "--published", "2024-02-07", index=index)
    assert added.returncode == 0, added.stderr
    assert "indexed bridge-news" in added.stdout
    listed = _run("index", "list", index=index)
    assert "bridge-news" in listed.stdout
    assert "2024-02-07" in listed.stdout
    found = _run(
        "search", "Is the bridge safe, according to the engineer?", "--k", "2", "--article", "bridge-news", index=index
    )
    assert found.returncode == 0, found.stderr
    assert "Ana Ruiz" in found.stdout
    removed = _run("index", "remove", "bridge-news", index=index)
    assert removed.returncode == 0
    assert "bridge-news" not in _run("index", "list", index=index).stdout


def test_links_and_files_in_one_add_a_bad_one_reported_and_links_never_fetched_again(
    index: Path, tmp_path: Path
) -> None:
    article = tmp_path / "bridge-report.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with serve_pages() as server:
        link = server.add("/2024/harbour-news.txt", '"We are proud of the crews," said harbour master Maria Lopez.\n')
        added = _run(
            "index", "add", link, "--published", "2024-06-14", str(tmp_path / "nope.txt"), str(article), index=index
        )
        assert server.requests == ["/2024/harbour-news.txt"]
    assert added.returncode == 1
    assert added.stdout.split() == ["indexed", "harbour-news", "indexed", "bridge-report"]
    assert len(added.stderr.strip().splitlines()) == 1
    assert "nope.txt: no such file" in added.stderr
    listed = _run("index", "list", index=index).stdout
    assert link in listed
    assert "2024-06-14" in listed
    rebuilt = _run("index", "rebuild", index=index)  # the server is gone: the link's stored copy is re-indexed
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "harbour-news" in rebuilt.stdout
    found = _run("search", "Who is proud of the crews?", "--k", "1", "--article", "harbour-news", index=index)
    assert "Maria Lopez" in found.stdout
    for article_id in ("harbour-news", "bridge-report"):
        assert _run("index", "remove", article_id, index=index).returncode == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"", "empty"), (b"\xff\xfe\xfa", "not UTF-8"), (b"\x00\x01\x02", "binary")],
)
def test_bad_files_get_one_line_and_leave_the_index_alone(
    index: Path, tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    before = sorted(p.name for p in index.rglob("*")) if index.exists() else []
    result = _run("index", "add", str(path), index=index)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    after = sorted(p.name for p in index.rglob("*")) if index.exists() else []
    assert after == before


def test_unknown_article_and_bad_date_are_clear(index: Path) -> None:
    result = _run("index", "remove", "no-such-article", index=index)
    assert result.returncode == 1
    assert "no article 'no-such-article'" in result.stderr
    bad = _run("index", "add", "x.txt", "--published", "2024-13-01", index=index)
    assert bad.returncode == 2
    assert "YYYY-MM-DD" in bad.stderr


def test_help_does_not_import_heavy_libraries() -> None:
    code = "import sys; from newsbot.cli import build_parser; build_parser(); print(sorted({'torch','spacy','faiss','sentence_transformers'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_adding_an_undated_article_says_how_to_give_it_a_date(index: Path, tmp_path: Path) -> None:
    article = tmp_path / "ferry-undated.txt"
    article.write_text("The ferry sank on March 3, the coastguard said.\n", encoding="utf-8")
    added = _run("index", "add", str(article), index=index)
    assert added.returncode == 0, added.stderr
    assert "indexed ferry-undated" in added.stdout
    assert "no publication date" in added.stderr
    assert "--published YYYY-MM-DD" in added.stderr
    assert "front matter" in added.stderr
    dated = _run("index", "add", str(article), "--published", "2026-03-12", index=index)
    assert dated.returncode == 0, dated.stderr
    assert "no publication date" not in dated.stderr
    _run("index", "remove", "ferry-undated", index=index)
