"""Headlinese verbs the parser reads as nouns, on headlines written for the test: each article is a headline
and one sentence of body; the headline's statement is read by hand."""

from __future__ import annotations

import pytest

from .conftest import Extract, check_said

BODY = "\n\nThe decision came late on Tuesday after a long day of talks in the capital."

HEADLINES = [
    pytest.param(
        "State court rules against the county's new parking fees.",
        "the county's new parking fees",
        "court",
        id="rules-against",
    ),
    pytest.param(
        "City council votes to close the old library on Main Street.",
        "to close the old library on Main Street",
        "council",
        id="votes-to",
    ),
    pytest.param("With a week to go, Smith still ducks on pensions.", "pensions", "Smith", id="adverb-and-topic"),
    pytest.param(
        "Farm leaders weigh plans for cheaper river transport – and who pays",
        "cheaper river transport",
        "leaders",
        id="ends-at-en-dash",
    ),
    pytest.param(
        "Farm leaders weigh plans for cheaper river transport.",
        "cheaper river transport",
        "leaders",
        id="plural-weigh-for",
    ),
    pytest.param(
        "Senator Breaks With Governor On Bridge Toll Plan.", "Bridge Toll Plan", "Senator", id="title-breaks-with-on"
    ),
    pytest.param(
        "Nurses Share Their Frankest Views On Hospital Mergers.", "Hospital Mergers", "Nurses", id="title-share-on"
    ),
    pytest.param(
        "Mayor Speaks ‘Plainly To Every Voter’ After Budget Vote.",
        "‘Plainly To Every Voter’",
        "Mayor",
        id="quotation-then-after",
    ),
    pytest.param(
        "One Chart Sums Up The Long Decline Of Local Papers.",
        "The Long Decline Of Local Papers",
        "Chart",
        id="phrasal-sums-up",
    ),
    pytest.param(
        "Jones says rival 'badly wrong' in blaming farmers for floods.",
        "rival 'badly wrong' in blaming farmers for floods",
        "Jones",
        id="says-verbless",
    ),
    pytest.param(
        "Union aims to end the long dispute over night shifts.",
        "to end the long dispute over night shifts",
        "Union",
        id="aims-to",
    ),
    pytest.param(
        "Governor looks to mend ties with rural voters.", "to mend ties with rural voters", "Governor", id="looks-to"
    ),
    pytest.param(
        "Mayor and allies aim to rebuild the old harbor.",
        "to rebuild the old harbor",
        "Mayor and allies",
        id="subjects-joined-by-and",
    ),
]


@pytest.mark.parametrize(("headline", "content", "source"), HEADLINES)
def test_a_headline_verb_read_as_a_noun_gives_its_statement(
    extract: Extract, headline: str, content: str, source: str
) -> None:
    check_said(extract(headline + BODY).statements, content, source)


NOT_STATEMENTS = [
    pytest.param("River Power Plant Rules Face Key Test In Appeals Court.", id="noun-rules-then-verb"),
    pytest.param("A Bold Plan to Clean the Harbor: Dredge, Then Plant.", id="noun-plan"),
    pytest.param("Harbor Plan for Ferries Is Costly but Popular.", id="singular-base-form"),
    pytest.param("Choir sings to patients in hospital wards.", id="parsed-verb-without-object"),
    pytest.param("Mayor looks at new plans for the harbor.", id="looks-without-infinitive"),
    pytest.param("Farmers, grocers clash over new milk prices.", id="a-clash-is-no-one-s-statement"),
]


@pytest.mark.parametrize("headline", NOT_STATEMENTS)
def test_a_headline_without_a_misread_verb_gives_no_statement(extract: Extract, headline: str) -> None:
    records = extract(headline + BODY)
    first_line = len(headline)
    assert [s.quote.text for s in records.statements if s.quote.start < first_line] == []


def test_a_lone_paragraph_is_no_headline(extract: Extract) -> None:
    """An article of one paragraph has no headline above it: "rules" stays the parser's noun."""
    records = extract("State court rules against the county's new parking fees.")
    assert [s.quote.text for s in records.statements] == []
