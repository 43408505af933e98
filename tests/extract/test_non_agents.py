"""A source that cannot hold a stance (a machine, a place, the weather, an abstraction) makes no statement
unless its verb is one documents use, on sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param("A yellow bulldozer pushed the mound to make room for more.", None, id="bulldozer-pushed"),
    pytest.param("Such toxic beliefs want to be alive in the next generation.", None, id="beliefs-want"),
    pytest.param("The old bridge seems to sway in the wind.", None, id="bridge-seems"),
    pytest.param("The senator's tone seems to encourage more anger.", "to encourage more anger", id="owned-thing"),
    pytest.param("The storm seemed to threaten the harbour all night.", None, id="storm-seemed"),
    pytest.param(
        "The law says that every candidate must disclose his assets.",
        "that every candidate must disclose his assets",
        id="law-says",
    ),
    pytest.param(
        "The mayor appears to be confident about the new budget.",
        "The mayor appears to be confident about the new budget",
        id="person-appears",
    ),
    pytest.param(
        "Ten veterans want to be heard before the vote.",
        "to be heard before the vote",
        id="people-want",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), SENTENCES)
def test_a_source_without_a_mind_makes_no_statement(extract: Extract, sentence: str, content: str | None) -> None:
    quotes = [s.quote.text for s in extract(sentence).statements]
    assert quotes == ([] if content is None else [content])
