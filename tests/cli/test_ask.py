"""`newsbot ask`: the JSON contract, plain text, stdin batches, other articles, and one-line errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsbot.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
INDIANA = DATA / "indiana-governor-endorses-cruz.txt"
CONTRACT = {"question", "kind", "answered", "text", "speaker", "date", "citations"}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ask-index")


@pytest.fixture(autouse=True)
def _shared_index(index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One index for the module, so the bundled article is indexed once."""
    monkeypatch.setenv("NEWSBOT_INDEX_DIR", str(index_dir))


def run(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    code = exit_info.value.code
    return (code if isinstance(code, int) else 1), out, err


def verbatim(answer: dict[str, object], text: str) -> None:
    citations = answer["citations"]
    assert isinstance(citations, list)
    for c in citations:
        assert text[c["start"] : c["end"]] == c["quote"]


def test_one_question_as_json(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(["ask", "--json", "/who"], capsys, monkeypatch)
    assert code == 0, err
    (line,) = out.splitlines()
    answer = json.loads(line)
    assert set(answer) == CONTRACT
    assert answer["kind"] == "cast"
    assert answer["answered"] is True
    assert "Vikram Misri" in answer["text"]


def test_plain_text_by_default(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(["ask", "What is the capital of France?"], capsys, monkeypatch)
    assert code == 0
    assert out.startswith("The article doesn't say")
    assert not out.lstrip().startswith("{")


def test_stdin_lines_give_one_json_line_each(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsbot.articles import bundled_article_path

    questions = ["/who defended Vikram Misri?", "", "/when", "🙂 <b>hi</b>", "/source 3"]
    code, out, err = run(
        ["ask", "--json", "--article", str(bundled_article_path())], capsys, monkeypatch, "\n".join(questions) + "\n"
    )
    assert code == 0, err
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["question"] for a in answers] == questions
    text = bundled_article_path().read_text(encoding="utf-8")
    for answer in answers:
        assert set(answer) == CONTRACT
        verbatim(answer, text)
    assert answers[0]["speaker"] == "Asaduddin Owaisi"
    assert answers[1]["answered"] is False


def test_another_article_with_published(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(
        ["ask", "--json", "--article", str(INDIANA), "--published", "2016-04-30", "/who"], capsys, monkeypatch
    )
    assert code == 0, err
    answer = json.loads(out)
    assert "Ted Cruz" in answer["text"]
    assert "Mike Pence" in answer["text"]
    verbatim(answer, INDIANA.read_text(encoding="utf-8"))


def test_plain_text_batch_separates_answers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(["ask"], capsys, monkeypatch, "/help\n/source 1\n")
    assert code == 0
    assert "\n\nParagraph 1:" in out


@pytest.mark.parametrize("name", ["missing.txt", "folder", "binary.txt", "empty.txt"])
def test_bad_article_is_one_line_error(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    code, out, err = run(["ask", "--article", str(tmp_path / name), "/who"], capsys, monkeypatch)
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("newsbot: error:")


def test_bad_published_date_is_refused(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(["ask", "--published", "11/05/2025", "/who"], capsys, monkeypatch)
    assert code == 2
    assert "YYYY-MM-DD" in err
