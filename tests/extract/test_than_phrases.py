"""The other side of a comparison or a choice runs on in the content, on sentences written for the test; a
comparison set off by a comma, and a phrase the cue's own words leave alone, stay as they were."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param(
        "Critics accused the council of spending more on parks than on schools.",
        ["the council of spending more on parks than on schools"],
        id="than",
    ),
    pytest.param(
        "The paper criticized the mayor for staying on vacation instead of visiting the flooded towns.",
        ["the mayor for staying on vacation instead of visiting the flooded towns"],
        id="instead-of",
    ),
    pytest.param(
        "Residents blamed the delays on the contractor rather than the city.",
        ["the delays on the contractor rather than the city"],
        id="rather-than",
    ),
    pytest.param(
        "The union called the offer an insult, compared with the raises managers received.",
        ["the offer an insult"],
        id="comma-comparison-stays-out",
    ),
    pytest.param("The coach praised the defense more than the offense.", ["the defense"], id="object-alone"),
    pytest.param(
        "The mayor called the plan “a mistake” rather than a solution.",
        ["the plan “a mistake” rather than a solution"],
        id="rather-than-after-a-quoted-judgement",
    ),
    pytest.param(
        "Ms. Lee was a stronger proponent of gun control than most Democrats in the state.",
        ["gun control"],
        id="comparative-on-the-cue-s-noun",
    ),
]


@pytest.mark.parametrize(("sentence", "contents"), SENTENCES)
def test_the_other_side_of_a_comparison_runs_on(extract: Extract, sentence: str, contents: list[str]) -> None:
    assert [s.quote.text for s in extract(sentence).statements] == contents
