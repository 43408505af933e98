"""Cue verbs whose content is an object and what is said of it, on sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

SHOWN_STATES = [
    pytest.param("Polls in the county show him with a narrow lead.", ["him with a narrow lead"], id="pronoun-with"),
    pytest.param(
        "A Marist poll released Friday showed Garcia with a healthy lead over Owens in Ohio, earning 49 percent of "
        "the vote to Owens' 38 percent.",
        ["Garcia with a healthy lead over Owens in Ohio, earning 49 percent of the vote to Owens' 38 percent"],
        id="with-a-lead-and-a-participle",
    ),
    pytest.param(
        "The state average shows Garcia ahead by 4.2 percentage points.",
        ["Garcia ahead by 4.2 percentage points"],
        id="ahead-by",
    ),
    pytest.param(
        "Recent polls show Garcia up by 10 points in the next contest.",
        ["Garcia up by 10 points in the next contest"],
        id="up-by",
    ),
    pytest.param(
        "A city poll found Garcia with a lead of 48 percent to 41 percent over Owens.",
        ["Garcia with a lead of 48 percent to 41 percent over Owens"],
        id="found-with",
    ),
    pytest.param(
        "Polling averages show Garcia with a lead in the low single digits, with RealClearPolitics showing her "
        "ahead by three points.",
        ["Garcia with a lead in the low single digits", "her ahead by three points"],
        id="stops-before-another-source",
    ),
    pytest.param("Find a doctor at a price you can afford.", [], id="no-finder"),
]


@pytest.mark.parametrize(("sentence", "contents"), SHOWN_STATES)
def test_a_finding_shows_its_object_in_a_state(extract: Extract, sentence: str, contents: list[str]) -> None:
    assert [s.quote.text for s in extract(sentence).statements] == contents
