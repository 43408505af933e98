"""Cue verbs the small tagger reads as nouns ("Two-thirds support reducing …"), on sentences written for the test
and run through the whole pipeline."""

from __future__ import annotations

import pytest

from newsbot.extract.retagged import reparsed_clause
from newsbot.nlp import load_nlp

from .conftest import Case, Extract, check_case


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            Case(
                "Two-thirds support reducing the sentences for people convicted of drug crimes.",
                "reducing the sentences for people convicted of drug crimes",
                cue="support",
                mention="Two-thirds",
            ),
            id="a-fraction-of-those-polled",
        ),
        pytest.param(
            Case(
                "Nine in ten say that isn't fair.",
                "that isn't fair",
                cue="say",
                mention="Nine in ten",
            ),
            id="one-in-five-say",
        ),
        pytest.param(
            Case(
                "Voters under 30 support the measure by two to one.",
                "the measure",
                cue="support",
                mention="Voters under 30",
            ),
            id="a-group-of-voters",
        ),
        pytest.param(
            Case(
                "Democrats on the committee plan to release the transcripts next week.",
                "to release the transcripts next week",
                cue="plan",
                mention="Democrats on the committee",
            ),
            id="a-plural-subject-with-its-own-phrase",
        ),
        pytest.param(
            Case(
                "The book and film blame Bob for blocking the departure of the guards.",
                "Bob for blocking the departure of the guards",
                cue="blame",
                mention="The book and film",
            ),
            id="two-subjects-joined-by-and",
        ),
    ],
)
def test_a_cue_verb_read_as_a_noun_gets_its_content(extract: Extract, case: Case) -> None:
    cue = next(t for t in load_nlp()(case.sentence) if t.text == case.cue)
    assert cue.pos_ == "NOUN"  # the misreading the rule is for
    check_case(extract, case)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The tax plan to cut rates failed.", id="a-singular-noun-before-the-plain-form"),
        pytest.param("The campaign claims were dismissed by the judge.", id="the-sentence-verb-comes-after"),
        pytest.param("Their support for the bill never wavered.", id="an-owner-before-the-noun"),
        pytest.param(
            "It is one savings, paying and borrowing plan to rule them all.", id="the-last-items-of-a-list-of-nouns"
        ),
        pytest.param(
            "Polls in the state he calls a second home show him with a big lead.", id="a-determiner-before-the-noun"
        ),
    ],
)
def test_a_noun_stays_a_noun(sentence: str) -> None:
    doc = load_nlp()(sentence)
    assert all(reparsed_clause(token) is None for token in doc)
