"""`newsbot quotes`: the JSON contract, the table, batches with bad files, --published."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbot.articles import bundled_article_path
from newsbot.bench.pages import serve_pages
from tests.cli.support import run_cli

CONTRACT_KEYS = {"quote", "start", "end", "kind", "speaker", "speaker_mention", "cue", "date", "date_text"}


def test_json_for_the_bundled_article(capsys: pytest.CaptureFixture[str]) -> None:
    path = bundled_article_path()
    code, out, err = run_cli(["quotes", "--json", str(path)], capsys)
    assert code == 0, err
    (line,) = out.splitlines()
    result = json.loads(line)
    assert result["file"] == str(path)
    assert result["published"] == "2025-05-11"
    text = path.read_text(encoding="utf-8")
    assert len(result["quotes"]) == 5
    for q in result["quotes"]:
        assert set(q) >= CONTRACT_KEYS
        assert q["kind"] in {"direct", "indirect", "mixed", "post"}
        assert text[q["start"] : q["end"]].startswith(q["quote"][:20])
        for key in ("speaker_mention", "cue"):
            span = q[key]
            assert span is None or text[span["start"] : span["end"]] == span["text"]
    speakers = [q["speaker"] for q in result["quotes"]]
    assert speakers == ["Asaduddin Owaisi"] * 3 + ["Vikram Misri"] * 2
    assert [q["date"] for q in result["quotes"]] == [
        "2025-05-11",
        "2025-05-11",
        "2025-05-11",
        "2025-05-07",
        "2025-05-10",
    ]


def test_offsets_count_front_matter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = '---\npublished: 2024-02-01\n---\n"We will win," Ann Smith said on Monday.\n'
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run_cli(["quotes", "--json", str(path)], capsys)
    assert code == 0
    result = json.loads(out)
    (q,) = result["quotes"]
    assert text[q["start"] : q["end"]] == q["quote"] == '"We will win,"'
    assert q["speaker"] == "Ann Smith"
    assert q["date"] == "2024-01-29"


def test_a_quote_of_fragments_starts_and_ends_where_its_fragments_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Trump said that “ethanol people” “do a fantastic job. It is so important.”\n"
    path = tmp_path / "c.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run_cli(["quotes", "--json", str(path)], capsys)
    assert code == 0
    (q,) = json.loads(out)["quotes"]
    assert q["fragments"], q
    assert (q["start"], q["end"]) == (q["fragments"][0]["start"], q["fragments"][-1]["end"])
    assert q["quote"].split()[0] == text[q["start"] : q["end"]].split()[0] == "“ethanol"


def test_published_flag_overrides_for_every_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "b.txt"
    path.write_text("On Friday, the mayor said the road would reopen.\n", encoding="utf-8")
    code, out, _ = run_cli(["quotes", "--json", "--published", "2024-03-10", str(path)], capsys)
    assert code == 0
    result = json.loads(out)
    assert result["published"] == "2024-03-10"
    assert result["quotes"][0]["date"] == "2024-03-08"


def test_a_bad_file_is_reported_and_the_others_still_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The mayor said the road would reopen.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = run_cli(["quotes", "--json", str(missing), str(good)], capsys)
    assert code == 1
    assert len(out.splitlines()) == 1
    assert json.loads(out)["file"] == str(good)
    assert err.count("\n") == 1
    assert "missing.txt" in err
    assert "Traceback" not in err


def test_links_and_paths_as_given_with_published_anywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`file` is each argument exactly as typed; a link is fetched and read like a file; a 404 is one line."""
    monkeypatch.setenv("NEWSBOT_ALLOW_PRIVATE_URLS", "1")
    monkeypatch.chdir(tmp_path)
    Path("road.txt").write_text("On Friday, the mayor said the road would reopen.\n", encoding="utf-8")
    with serve_pages() as server:
        link = server.add("/news/bridge.txt", '"It is safe," said engineer Ana Ruiz on Monday.\n')
        gone = server.base_url + "/news/gone.txt"
        argv = ["quotes", "--json", "./road.txt", "--published", "2024-03-10", gone, link]
        code, out, err = run_cli(argv, capsys)
    assert code == 1
    assert err.count("\n") == 1
    assert "404" in err
    assert "Traceback" not in err
    road, bridge = (json.loads(line) for line in out.splitlines())
    assert road["file"] == "./road.txt"
    assert road["quotes"][0]["date"] == "2024-03-08"
    assert bridge["file"] == link
    assert bridge["published"] == "2024-03-10"
    (quote,) = bridge["quotes"]
    assert quote["quote"] == '"It is safe,"'
    assert quote["speaker"] == "Ana Ruiz"
    assert quote["date"] == "2024-03-04"


def test_bad_published_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["quotes", "--published", "2024-13-01", str(bundled_article_path())], capsys)
    assert code == 2
    assert "YYYY-MM-DD" in err


def test_piped_table_is_tab_separated(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["quotes", str(bundled_article_path())], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].endswith("published 2025-05-11 (inferred from the text)")
    assert lines[1].split("\t")[:3] == ["id", "paragraph", "speaker"]
    rows = [line.split("\t") for line in lines[2:]]
    assert len(rows) == 5
    assert rows[2][2:5] == ["Asaduddin Owaisi", "he", "added"]


def test_terminal_table(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "200")
    code, out, _ = run_cli(["quotes", str(bundled_article_path())], capsys)
    assert code == 0
    assert "Asaduddin Owaisi" in out
    assert "Vikram Misri" in out
    assert "repeated in ¶ 5" in out
