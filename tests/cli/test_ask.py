"""`newsbot ask`: the JSON contract, plain text, stdin batches, other articles, and one-line errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsbot.bench.pages import serve_pages
from newsbot.cli import main
from newsbot.library import Library

DATA = Path(__file__).resolve().parents[1] / "data"
INDIANA = DATA / "indiana-governor-endorses-cruz.txt"
CONTRACT = {"question", "kind", "answered", "text", "speaker", "date", "citations"}


HARBOUR = """---
title: Harbour reopens
published: 2024-06-14
---
The harbour reopened on Thursday after a week of repairs, the port authority said.

"We are proud of the crews who worked through the night," said Maria Lopez, the harbour master.
"""


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ask-index")


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ask-cache")


@pytest.fixture(autouse=True)
def _shared_index(index_dir: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One index and one cache for the module, so each article is indexed once."""
    monkeypatch.setenv("NEWSBOT_INDEX_DIR", str(index_dir))
    monkeypatch.setenv("NEWSBOT_CACHE_DIR", str(cache_dir))
    monkeypatch.setenv("NEWSBOT_ALLOW_PRIVATE_URLS", "1")


def files_of(directory: Path) -> dict[str, bytes]:
    """Every file of an index directory with its bytes (the lock file aside)."""
    return {
        str(p.relative_to(directory)): p.read_bytes() for p in directory.rglob("*") if p.is_file() and p.name != ".lock"
    }


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


def test_a_link_is_answered_from_the_cache_and_never_fetched_again(
    index_dir: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(["ask", "/who"], capsys, monkeypatch)  # the index exists before the snapshot
    before = files_of(index_dir)
    with serve_pages() as server:
        link = server.add("/2024/06/harbour.txt", HARBOUR)
        code, out, err = run(["ask", "--json", "--article", link, "/who said they were proud?"], capsys, monkeypatch)
        assert server.requests == ["/2024/06/harbour.txt"]
    assert code == 0, err
    answer = json.loads(out)
    assert answer["speaker"] == "Maria Lopez"
    verbatim(answer, HARBOUR)
    code, out, err = run(["ask", "--json", "/who", "--article", link], capsys, monkeypatch)  # the server is gone
    assert code == 0, err
    assert "Maria Lopez" in json.loads(out)["text"]
    assert files_of(index_dir) == before
    assert link in (cache_dir / "index" / "manifest.json").read_text(encoding="utf-8")


def test_asking_again_about_an_unchanged_file_reads_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(HARBOUR, encoding="utf-8")
    code, _, err = run(["ask", "--article", str(article), "/who"], capsys, monkeypatch)
    assert code == 0, err

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("an unchanged file was read or indexed again")

    with monkeypatch.context() as patched:
        patched.setattr("newsbot.library.read_source", fail)
        patched.setattr(Library, "_add", fail)
        code, out, err = run(["ask", "--article", str(article), "/who"], capsys, monkeypatch)
    assert code == 0, err
    assert "Maria Lopez" in out
    article.write_text(HARBOUR.replace("Maria Lopez", "Marta Lopez"), encoding="utf-8")
    code, out, err = run(["ask", "--article", str(article), "/who"], capsys, monkeypatch)
    assert code == 0, err
    assert "Marta Lopez" in out
    assert "Maria Lopez" not in out


def test_published_without_article_leaves_the_index_alone(
    index_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(["ask", "/who"], capsys, monkeypatch)
    before = files_of(index_dir)
    question = "/when was the halt of military actions confirmed?"
    code, out, err = run(["ask", "--json", question], capsys, monkeypatch)
    assert code == 0, err
    assert json.loads(out)["date"] == "2025-05-10"
    code, out, err = run(["ask", "--json", question, "--published", "2025-05-21"], capsys, monkeypatch)
    assert code == 0, err
    assert json.loads(out)["date"] == "2025-05-17"  # "On Saturday", written on Wednesday 21 May
    assert files_of(index_dir) == before


def test_the_bundled_text_elsewhere_is_answered_from_the_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsbot.articles import bundled_article_path

    run(["ask", "/who"], capsys, monkeypatch)  # the index holds the bundled article, whatever ran before
    cache = tmp_path / "cache"
    monkeypatch.setenv("NEWSBOT_CACHE_DIR", str(cache))
    copy = tmp_path / "misri.txt"
    copy.write_bytes(bundled_article_path().read_bytes())
    code, out, err = run(["ask", "--json", "--article", str(copy), "/who defended Vikram Misri?"], capsys, monkeypatch)
    assert code == 0, err
    assert json.loads(out)["speaker"] == "Asaduddin Owaisi"
    assert not (cache / "index").exists()  # nothing indexed into the cache (it holds the ONNX model, though)
