"""A clause of reason or condition after a reported clause runs on in the content, on sentences written for the
test; after a noun-phrase content, a clause that itself reports or thinks, and a clause of time it stays out."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param(
        "The council prefers not to hire outside lawyers because their fees are so much higher.",
        ["not to hire outside lawyers because their fees are so much higher"],
        id="because-after-infinitive",
    ),
    pytest.param(
        "The governor promised to veto the bill because it would raise taxes on families.",
        ["to veto the bill because it would raise taxes on families"],
        id="because-after-promise",
    ),
    pytest.param(
        "She told reporters that the deal was dead unless the banks agreed.",
        ["that the deal was dead unless the banks agreed"],
        id="unless-in-the-clause",
    ),
    pytest.param(
        "The treasurer wrote that the town could not pay the bonds if the mill closed.",
        ["that the town could not pay the bonds if the mill closed"],
        id="if-in-the-clause",
    ),
    pytest.param(
        "The governor warned that he would veto the bill, unless lawmakers cut the tax.",
        ["that he would veto the bill"],
        id="comma-unless-stays-out-as-content-edges-cuts-it",
    ),
    pytest.param("The union opposed it because the raise fell short of its demands.", ["it"], id="noun-phrase"),
    pytest.param(
        "She said she would vote for the bill, because she thinks it will pass.",
        ["she would vote for the bill", "it will pass"],
        id="a-thought-of-its-own",
    ),
    pytest.param(
        'The chief said the fire was "under control" when reporters asked him on Tuesday.',
        ['the fire was "under control"'],
        id="time-stays-out",
    ),
]


@pytest.mark.parametrize(("sentence", "contents"), SENTENCES)
def test_a_reason_or_condition_runs_on_in_the_content(extract: Extract, sentence: str, contents: list[str]) -> None:
    assert [s.quote.text for s in extract(sentence).statements] == contents


def test_a_clause_with_a_saying_inside_stays_out(extract: Extract) -> None:
    """ "because, he said, it was unfair": the inserted saying is a statement of its own, not swallowed."""
    statements = extract("The governor promised to veto the bill because, he said, it was unfair.").statements
    assert "to veto the bill" in [s.quote.text for s in statements]
    assert any(s.cue is not None and s.cue.text == "said" for s in statements)
