"""Seeing something happen is no statement; seeing that something is so, or seeing someone as something, is.

Each row is a sentence written for the test, read by the real pipeline (see `conftest.Case`).
"""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Hundreds of voters went to see the governor speak at the fairground.", id="went-to-see-speak"),
        pytest.param("Last spring the mayor saw his support collapse after the vote.", id="saw-collapse"),
        pytest.param("The merger would see the bank cutting thousands of jobs.", id="would-see-cutting"),
    ],
)
def test_an_event_witnessed_is_no_statement(extract: Extract, sentence: str) -> None:
    assert [s.quote.text for s in extract(sentence).statements] == []


STILL_STATEMENTS = [
    pytest.param(
        Case("The mayor saw that the plan would fail.", "that the plan would fail", cue="saw"),
        id="saw-that",
    ),
    pytest.param(
        Case("Many voters see Ortiz as a threat to the party.", "Ortiz as a threat to the party", cue="see"),
        id="see-as",
    ),
    pytest.param(
        Case(
            "Reporters heard the governor lay out her plan for the schools.",
            "the governor lay out her plan for the schools",
            cue="heard",
        ),
        id="heard-someone-speak",
    ),
    pytest.param(
        Case(
            "Most economists see the central bank raising rates in June.",
            "the central bank raising rates in June",
            cue="see",
        ),
        id="see-a-forecast",
    ),
]


@pytest.mark.parametrize("case", STILL_STATEMENTS)
def test_a_view_or_a_hearing_stays_a_statement(extract: Extract, case: Case) -> None:
    check_case(extract, case)
