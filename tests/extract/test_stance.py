"""Noun cues (`stance.py`): a noun of saying or believing attributes its clause; a noun of likelihood does not."""

from __future__ import annotations

import pytest

from .conftest import Extract, find

_LIKELIHOOD = [
    "Officials raised the possibility that the bridge would close for the whole winter season.",
    "There is a real chance that the council will approve the new budget next month.",
    "The risk that the old dam could fail during heavy spring rains kept the engineers busy.",
    "The possibility that the vote would be delayed again worried the two campaigns.",
]


@pytest.mark.parametrize("sentence", _LIKELIHOOD)
def test_likelihood_noun_with_that_clause_is_no_cue(extract: Extract, sentence: str) -> None:
    records = extract(sentence)
    assert all(s.cue is None or s.cue.text.lower() not in {"possibility", "chance", "risk"} for s in records.statements)


@pytest.mark.parametrize(
    ("sentence", "cue", "words"),
    [
        (
            "Mayor Ana Ruiz's claim that the bridge would close for the whole winter surprised residents.",
            "claim",
            "bridge",
        ),
        ("The governor's warning that the council would cut the new budget angered teachers.", "warning", "council"),
    ],
)
def test_noun_of_saying_with_that_clause_is_a_cue(extract: Extract, sentence: str, cue: str, words: str) -> None:
    statement = find(extract(sentence), words)
    assert statement.cue is not None
    assert statement.cue.text.lower() == cue
