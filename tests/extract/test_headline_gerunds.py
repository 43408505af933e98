"""Headlines that open with a gerund of weighing words, on headlines written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract, find

BODY = "\n\nThe figures were published on Monday by the regional statistics office."


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        pytest.param(
            "Examining the Council's Record on Housing Repairs.",
            "the Council's Record on Housing Repairs",
            id="examining",
        ),
        pytest.param(
            "Questioning the New Bus Timetable; Riders Wait", "the New Bus Timetable", id="questioning-to-semicolon"
        ),
        pytest.param("Explaining the port deal — and its critics", "the port deal", id="explaining-to-dash"),
        pytest.param("Assessing the 9:30 Ferry Timetable", "the 9:30 Ferry Timetable", id="time-colon-is-no-break"),
    ],
)
def test_a_gerund_headline_is_a_statement_cued_by_its_gerund(extract: Extract, headline: str, content: str) -> None:
    statement = find(extract(headline + BODY), content)
    assert statement.quote.text == content
    assert statement.cue is not None
    assert statement.cue.text == headline.split()[0]


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Exploring the Old Harbor by Boat.", id="not-a-weighing-gerund"),
        pytest.param("Examining: The Council Is Slow on Housing Repairs.", id="gerund-as-a-rubric"),
        pytest.param("Examining Rooms.", id="too-short"),
    ],
)
def test_other_headlines_give_no_gerund_statement(extract: Extract, headline: str) -> None:
    records = extract(headline + BODY)
    first = headline.split()[0]
    assert [s.quote.text for s in records.statements if s.cue is not None and s.cue.text == first] == []
