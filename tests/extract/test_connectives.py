"""Linking phrases (`connectives.py`): "That said,", "All told," and "Call it …" open the writer's own sentence."""

from __future__ import annotations

import pytest

from .conftest import Extract, find

CONNECTIVES = [
    pytest.param("That said, the council cannot realistically pass the budget before the summer.", id="that-said"),
    pytest.param("This said, the ferry will keep running through the winter months.", id="this-said"),
    pytest.param("All told, up to five million people could be eligible for the new program.", id="all-told"),
    pytest.param("Call it a fetish for the familiar. The network keeps reviving old shows.", id="call-it"),
    pytest.param(
        "The bridge reopened in May. That said, repairs on the north ramp will go on until the autumn.",
        id="second-sentence",
    ),
]


@pytest.mark.parametrize("text", CONNECTIVES)
def test_a_linking_phrase_is_no_statement(extract: Extract, text: str) -> None:
    assert extract(text).statements == []


@pytest.mark.parametrize(
    ("text", "words", "cue"),
    [
        pytest.param(
            "That said, most voters say they believe the plan will fail.", "plan will fail", "say", id="inner"
        ),
        pytest.param("Critics call it a waste of money.", "waste of money", "call", id="call-with-a-subject"),
        pytest.param("All that, the mayor said, was a misunderstanding.", "misunderstanding", "said", id="not-opening"),
    ],
)
def test_other_saying_stays(extract: Extract, text: str, words: str, cue: str) -> None:
    statement = find(extract(text), words)
    assert statement.cue is not None
    assert statement.cue.text == cue
