"""Our question sets over five articles the rules were never tuned on, run through the real extractor.

Four are PolNeAR train documents (publication dates from its `metadata.tsv`, kept in the front matter with
their `source:`); one (`kesra-ferry-sinking.txt`) we wrote, with no publication date on purpose. Each set
covers event dates, fact questions, people named but never quoted, stance, "what did X say", undated
articles and questions the article does not answer. The grading rules are those of
`../shared/eval/grade_qa.py`. A question the system still gets wrong is a strict expected failure with its
reason, so a fix shows up as a failure to remove from the list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbot.answer import Answerer
from newsbot.embedding import Embedder

from .grading import load_questions, problems
from .support import HandLibrary

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ["kesra", "wisconsin", "london", "nice", "prisoner-swap"]
QUESTIONS = {name: load_questions(DATA / f"{name}-questions.jsonl") for name in SETS}

# Wrong today, with why, strict so that a fix is noticed (none at the moment).
KNOWN_MISSES: dict[str, str] = {}

_answerers: dict[str, tuple[Answerer, str]] = {}


def _answerer(embedder: Embedder, article_file: str) -> tuple[Answerer, str]:
    """The article indexed with our real extractor, once per test session."""
    if article_file not in _answerers:
        from newsbot.articles import read_article
        from newsbot.extract import extract_records
        from newsbot.segment import segment

        article = read_article(DATA / article_file)
        library = HandLibrary(embedder)
        library.add(article, extract_records(article, segment(article)))
        _answerers[article_file] = (Answerer(library), article.text)
    return _answerers[article_file]


def _params() -> list[Any]:
    out = []
    for name in SETS:
        for q in QUESTIONS[name]:
            marks = [pytest.mark.xfail(reason=KNOWN_MISSES[q["id"]], strict=True)] if q["id"] in KNOWN_MISSES else []
            out.append(pytest.param(q, marks=marks, id=q["id"]))
    return out


@pytest.mark.parametrize("gold", _params())
def test_question(embedder: Embedder, gold: dict[str, Any]) -> None:
    answerer, text = _answerer(embedder, gold["article"])
    answer = answerer.ask(gold["q"]).contract()
    assert problems(gold, answer, text) == [], answer["text"]


@pytest.mark.parametrize("name", SETS)
def test_each_set_is_big_enough_and_varied(name: str) -> None:
    questions = QUESTIONS[name]
    assert len(questions) >= 20
    assert sum(1 for q in questions if q.get("answerable", True) is False) >= 1
    kinds = {q["id"].split("-")[1] for q in questions}
    assert kinds >= {"when", "fact", "say" if name != "nice" else "stance", "neg"}
    assert len({q["article"] for q in questions}) == 1


def test_every_set_article_keeps_its_source() -> None:
    for name in SETS:
        text = (DATA / QUESTIONS[name][0]["article"]).read_text(encoding="utf-8")
        assert text.startswith("---\n")
        assert "\nsource: " in text.split("\n---\n", 1)[0]


def test_the_sets_cover_the_question_classes() -> None:
    ids = [q["id"] for name in SETS for q in QUESTIONS[name]]
    for kind in ("when", "fact", "named", "stance", "say", "neg"):
        assert sum(1 for i in ids if i.split("-")[1] == kind) >= 5, kind
