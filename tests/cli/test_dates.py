"""`newsbot dates`: the JSON contract, the table, batches with bad files, and the benchmark when present."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from newsbot.articles import bundled_article_path
from newsbot.bench.pages import serve_pages
from tests.cli.support import run_cli

REPO = Path(__file__).resolve().parents[2]
TBAQ = REPO.parent / "shared" / "benchmarks" / "tempeval3" / "tbaq-txt"
SCORER = REPO.parent / "shared" / "benchmarks" / "tools" / "score_timeml.py"


def test_json_for_the_bundled_article(capsys: pytest.CaptureFixture[str]) -> None:
    path = bundled_article_path()
    code, out, err = run_cli(["dates", "--json", str(path)], capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["file"] == str(path)
    assert result["published"] == "2025-05-11"
    assert result["published_inferred"] is True
    text = path.read_text(encoding="utf-8")
    values = {d["text"]: d["value"] for d in result["dates"]}
    assert values == {
        "May 11, 2025": "2025-05-11",
        "May 7": "2025-05-07",
        "Saturday": "2025-05-10",
        "earlier this week": "2025-W19",
    }
    for d in result["dates"]:
        assert set(d) >= {"text", "start", "end", "value"}
        assert text[d["start"] : d["end"]] == d["text"]


def test_published_flag_and_front_matter_offsets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("---\ntitle: Talks\n---\nThe talks ended yesterday, officials said.\n", encoding="utf-8")
    code, out, _ = run_cli(["dates", "--json", "--published", "2024-03-01", str(article)], capsys)
    assert code == 0
    result = json.loads(out)
    assert result["published"] == "2024-03-01"
    assert result["published_inferred"] is False
    (mention,) = result["dates"]
    text = article.read_text(encoding="utf-8")
    assert text[mention["start"] : mention["end"]] == "yesterday"
    assert mention["value"] == "2024-02-29"


def test_bad_file_is_one_line_and_the_others_still_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("It was signed on May 11, 2025.\n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    missing = tmp_path / "missing.txt"
    code, out, err = run_cli(["dates", "--json", str(binary), str(good), str(missing)], capsys)
    assert code != 0
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(good)]
    errors = err.strip().splitlines()
    assert len(errors) == 2
    assert all(line.startswith("newsbot: error: ") for line in errors)
    assert "Traceback" not in err


def test_a_link_among_files_with_published_between_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBOT_ALLOW_PRIVATE_URLS", "1")
    first = tmp_path / "first.txt"
    first.write_text("The talks ended yesterday, officials said.\n", encoding="utf-8")
    with serve_pages() as server:
        link = server.add("/talks.txt", "Talks resume next Tuesday.\n")
        code, out, err = run_cli(["dates", "--json", str(first), "--published", "2024-03-01", link], capsys)
    assert code == 0, err
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in results] == [str(first), link]
    assert [r["published"] for r in results] == ["2024-03-01", "2024-03-01"]
    assert [[d["value"] for d in r["dates"]] for r in results] == [["2024-02-29"], ["2024-03-05"]]


def test_invalid_published_flag_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("It was signed on May 11, 2025.\n", encoding="utf-8")
    code, _, err = run_cli(["dates", "--published", "11/05/2025", str(good)], capsys)
    assert code == 2
    assert "YYYY-MM-DD" in err


def test_table_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["dates", str(bundled_article_path())], capsys)
    assert code == 0
    assert "published 2025-05-11 (inferred" in out
    assert "2025-W19" in out
    assert "earlier this week" in out


def test_table_without_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "plain.txt"
    article.write_text("Nothing happened here.\n", encoding="utf-8")
    code, out, _ = run_cli(["dates", str(article)], capsys)
    assert code == 0
    assert "publication date unknown" in out
    assert "no date expressions found" in out


def test_tempeval_dev_score(tmp_path: Path) -> None:
    """The TempEval-3 dev value F1 stays at the level the README reports (skips without ../shared)."""
    if not (TBAQ.is_dir() and SCORER.is_file()):
        pytest.skip("../shared/benchmarks is not present")
    command = shlex.join([sys.executable, "-c", "from newsbot.cli import main; main()"])
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--dir", str(TBAQ), "--cmd", command, "--json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.splitlines()[-2])
    assert report["value"]["f1"] >= 0.85
    assert report["text_mismatch"] == 0
    assert report["invalid_value"] == 0
    assert report["published_mismatch"] == 0
