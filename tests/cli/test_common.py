"""The shared command-line pieces: options anywhere among SOURCEs, links kept as typed, one line per bad source."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbot.cli import build_parser
from newsbot.cli._common import ArticleFiles
from newsbot.errors import ArticleError

URL = "https://www.example.com/news/2024/story.html?id=7#top"


@pytest.mark.parametrize(
    "argv",
    [
        ["quotes", "a.txt", "--published", "2024-01-02", "b.txt"],
        ["quotes", "--published", "2024-01-02", "a.txt", "b.txt"],
        ["dates", "a.txt", "b.txt", "--published", "2024-01-02"],
        ["index", "add", "a.txt", "--published", "2024-01-02", "b.txt"],
    ],
)
def test_published_may_stand_anywhere(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert args.sources == ["a.txt", "b.txt"]
    assert args.published == "2024-01-02"


def test_a_link_is_kept_exactly_as_typed() -> None:
    args = build_parser().parse_args(["ask", "--article", URL, "/who", "--published", "2024-01-02", "--json"])
    assert args.article == URL
    assert args.question == "/who"
    assert args.json is True
    assert build_parser().parse_args(["quotes", URL, "./a.txt"]).sources == [URL, "./a.txt"]


def test_a_source_is_still_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["quotes", "--published", "2024-01-02"])
    assert exit_info.value.code == 2
    assert "SOURCE" in capsys.readouterr().err


def test_bad_sources_are_one_line_each_and_the_others_still_come(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
    args = build_parser().parse_args(["quotes", str(tmp_path / "missing.txt"), str(good), str(tmp_path)])
    files = ArticleFiles(args)
    read = [(source, article.text) for source, article in files]
    assert read == [(str(good), "The mayor said the bridge would reopen.\n")]
    assert files.status == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("newsbot: error:")
    assert "no such file" in lines[0]
    assert lines[1].startswith("newsbot: error:")
    assert str(tmp_path) in lines[1]  # a directory: the reader names it


def test_an_error_that_does_not_name_its_source_is_given_it(capsys: pytest.CaptureFixture[str]) -> None:
    def refuse(source: str) -> str:
        if source.endswith("login"):
            raise ArticleError("I couldn't find an article on that page")
        raise ArticleError(f"{source}: no such file")

    files = ArticleFiles(build_parser().parse_args(["quotes", URL + "login", "x.txt"]))
    assert list(files.each(refuse)) == []
    assert capsys.readouterr().err.splitlines() == [
        f"newsbot: error: {URL}login: I couldn't find an article on that page",
        "newsbot: error: x.txt: no such file",
    ]
