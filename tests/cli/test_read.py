"""`newsbot read`: the JSON contract, the summary, a batch with bad sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbot.articles import bundled_article_path
from newsbot.bench.documents import make_pdf, wrap
from tests.cli.support import run_cli
from tests.readers.test_html import META, page, story_html

KEYS = {"source", "id", "title", "published", "published_from", "author", "site", "url", "paragraphs", "text"}


def test_json_is_one_object_per_source_and_text_is_what_offsets_refer_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html = tmp_path / "minister.html"
    html.write_bytes(page(story_html(), head=META))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf([wrap(["Budget talks", "The talks ended on Friday."])]))
    bundled = str(bundled_article_path())
    code, out, err = run_cli(["read", "--json", str(html), bundled, str(pdf)], capsys)
    assert code == 0, err
    first, second, third = (json.loads(line) for line in out.splitlines())
    assert set(first) == KEYS
    assert first["source"] == str(html)
    assert (first["published"], first["published_from"]) == ("2025-05-11", "page metadata")
    assert (first["title"], first["site"], first["author"]) == (
        "Minister vows to press on",
        "Daily Planet",
        "Lois Lane",
    )
    assert "“We will not back down,”" in first["text"]
    assert first["paragraphs"] == first["text"].count("\n\n") + 1
    assert second["text"] == Path(bundled).read_text(encoding="utf-8")
    assert second["title"]
    assert second["title"] != second["id"]
    assert (third["title"], third["paragraphs"], third["published"]) == ("Budget talks", 2, None)


def test_a_bad_source_is_one_line_and_the_others_still_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "minister.html"
    good.write_bytes(page(story_html(), head=META))
    wall = tmp_path / "login.html"
    wall.write_bytes(page("<form><p>Sign in to continue</p><input name='password'></form>"))
    code, out, err = run_cli(["read", str(tmp_path / "missing.pdf"), str(wall), str(good), "notes.odt"], capsys)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert "missing.pdf: no such file" in lines[0]
    assert "login.html: I couldn't find an article on that page" in lines[1]
    assert "notes.odt" in lines[2]
    assert "Traceback" not in err
    assert "title:      Minister vows to press on" in out
    assert "2025-05-11 (from the page metadata)" in out


def test_published_overrides_every_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html = tmp_path / "minister.html"
    html.write_bytes(page(story_html(), head=META))
    code, out, _ = run_cli(["read", "--json", str(html), "--published", "2024-01-02"], capsys)
    assert code == 0
    assert json.loads(out)["published"] == "2024-01-02"
