"""Cue words used for an act or a plight ("found himself in trouble", an ownerless "the decision to …", "seeking
the presidency") hold nobody's statement; "found that …", "the court's decision to …" and "a decision by the board to …" still do.
Sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param(
        "The senator once again found himself embroiled in a bitter dispute over the budget.",
        None,
        id="found-himself-embroiled",
    ),
    pytest.param(
        "By the spring the network found itself playing host to the candidates every night.",
        None,
        id="found-itself-playing-host",
    ),
    pytest.param(
        "The two front-runners found themselves targeted by a flood of attack ads.", None, id="found-themselves"
    ),
    pytest.param("The decision to hold the vote in August angered many of the delegates.", None, id="the-decision-to"),
    pytest.param("Any decision to raise the fares would need a public hearing.", None, id="any-decision-to"),
    pytest.param("Two of the Republicans seeking the presidency skipped the forum.", None, id="seeking-the-presidency"),
    pytest.param("The congresswoman was not seeking a fifth term in the House.", None, id="seeking-a-term"),
    pytest.param("But now, as the governor seeks the White House, donors are wary.", None, id="seeks-the-white-house"),
    pytest.param(
        "A narrow win in Ohio was not enough to claim the nomination for the senator.", None, id="claim-the-nomination"
    ),
    pytest.param("The senator took the stage to “Born to Run,” waving to the crowd.", None, id="took-the-stage-to"),
    pytest.param(
        "The governor took the stage to the band's “Ode to Joy” after the vote.", None, id="took-the-stage-to-a-song"
    ),
    pytest.param(
        "The committee sought more answers about the missing funds.",
        "more answers about the missing funds",
        id="sought-answers-stays",
    ),
    pytest.param(
        "The senator claimed that the nomination had been rigged.",
        "that the nomination had been rigged",
        id="claimed-that-stays",
    ),
    pytest.param(
        "The inspector general found that the agency had ignored the warnings.",
        "that the agency had ignored the warnings",
        id="found-that-stays",
    ),
    pytest.param(
        "The mayor's decision to close the library angered many of the residents.",
        "to close the library",
        id="owned-decision-stays",
    ),
    pytest.param(
        "The board made a decision to close the library next year.",
        "to close the library next year",
        id="made-a-decision-stays",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), SENTENCES)
def test_an_act_is_no_statement(extract: Extract, sentence: str, content: str | None) -> None:
    quotes = [s.quote.text for s in extract(sentence).statements]
    assert quotes == ([] if content is None else [content])
