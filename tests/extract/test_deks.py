"""Deks in headlinese, on articles written for the test: a headline, a one-line dek and one sentence of body;
the dek's statement is read by hand like a headline's."""

from __future__ import annotations

import pytest

from .conftest import Extract, check_said

HEADLINE = "Library hours cut again\n\n"
BODY = "\n\nThe decision came late on Tuesday after a long day of talks in the capital."

DEKS = [
    pytest.param("Governor mulls cuts to school budget.", "cuts to school budget", "Governor", id="mulls"),
    pytest.param("Senator presses agency on delayed payments.", "delayed payments", "Senator", id="presses-on-topic"),
    pytest.param(
        "Farm leaders weigh plans for cheaper river transport.",
        "cheaper river transport",
        "leaders",
        id="plural-weigh-for",
    ),
]


@pytest.mark.parametrize(("dek", "content", "source"), DEKS)
def test_a_dek_verb_read_as_a_noun_gives_its_statement(extract: Extract, dek: str, content: str, source: str) -> None:
    check_said(extract(HEADLINE + dek + BODY).statements, content, source)


NOT_STATEMENTS = [
    pytest.param("The attacks in the harbor have inspired a long debate among residents.", id="opens-with-article"),
]


@pytest.mark.parametrize("dek", NOT_STATEMENTS)
def test_a_dek_without_a_misread_verb_gives_no_statement(extract: Extract, dek: str) -> None:
    records = extract(HEADLINE + dek + BODY)
    dek_at = len(HEADLINE)
    assert [s.quote.text for s in records.statements if dek_at <= s.quote.start < dek_at + len(dek)] == []
