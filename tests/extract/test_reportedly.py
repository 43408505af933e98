"""\"X has reportedly done Y\": a reported clause with no named source, on sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract


def _reported(extract: Extract, sentence: str) -> list[tuple[str, str | None]]:
    records = extract(sentence)
    return [
        (s.quote.text, s.speaker)
        for s in records.statements
        if s.cue is not None and s.cue.text.lower() == "reportedly"
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        pytest.param(
            "The club has reportedly spent $1.5 million on television ads before the vote.",
            "The club has reportedly spent $1.5 million on television ads before the vote",
            id="perfect",
        ),
        pytest.param(
            "Reportedly, he made angry remarks to his co-workers.",
            "he made angry remarks to his co-workers",
            id="opening-the-sentence",
        ),
        pytest.param(
            "Lee was reportedly on the boat with her two sisters, but they had left a day before the storm.",
            "Lee was reportedly on the boat with her two sisters",
            id="stops-before-a-clause-of-its-own",
        ),
    ],
)
def test_the_clause_the_adverb_modifies_is_reported_by_nobody_named(
    extract: Extract, sentence: str, clause: str
) -> None:
    assert _reported(extract, sentence) == [(clause, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The mayor reportedly said she would resign.", id="cue-verb-reads-itself"),
        pytest.param("They reportedly left.", id="too-short"),
        pytest.param("The minister, who reportedly fled the country last week, was arrested.", id="relative-clause"),
        pytest.param(
            "The reportedly high cost of the new stadium worried the council members.", id="adverb-on-an-adjective"
        ),
    ],
)
def test_no_reportedly_statement(extract: Extract, sentence: str) -> None:
    assert _reported(extract, sentence) == []


def test_a_cue_verb_after_the_adverb_keeps_its_speaker(extract: Extract) -> None:
    records = extract("The mayor reportedly said she would resign.")
    assert [(s.quote.text, s.speaker) for s in records.statements] == [("she would resign", "The mayor")]
