"""Quoted titles and names as the object of a verb that does not report speech are no statements."""

from __future__ import annotations

import pytest

from .conftest import Extract


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("And, yes, the network renewed “Harbor Patrol” for a seventh season.", "“Harbor Patrol”"),
        ("The host waved, and Ann Reed proceeded to perform “Bridge Over the River.”", "“Bridge Over the River.”"),
        ("The studio canceled “Night Shift,” a drama about nurses, in March.", "“Night Shift,”"),
    ],
)
def test_a_title_as_the_object_of_a_verb_is_no_statement(extract: Extract, text: str, title: str) -> None:
    records = extract(text)
    assert not [s for s in records.statements if title in s.quote.text], [s.quote.text for s in records.statements]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The crowd chanted “Lock Her Up” for an hour.", "“Lock Her Up”"),
        ("The claim was labeled “Mostly True” by the fact checkers.", "“Mostly True”"),
        ("Ann Reed said “Never Again” when asked about the deal.", "“Never Again”"),
        ("The mayor urged residents to “stay home and stay safe” during the storm.", "“stay home and stay safe”"),
        ("He cited a paper titled “How to Fix the Grid” by Ann Reed and Tom Hale.", "“How to Fix the Grid”"),
        ("The campaign manager released a memo titled “The Facts on Where the Race Stands.”", "“The Facts on"),
        ("Many parents, who listed “Other” as their answer, wanted more choice.", "“Other”"),
    ],
)
def test_words_a_source_said_stay_statements(extract: Extract, text: str, quoted: str) -> None:
    records = extract(text)
    assert [s for s in records.statements if quoted in s.quote.text], [s.quote.text for s in records.statements]


@pytest.mark.parametrize(
    ("text", "title", "kept"),
    [
        (
            'The campaign began with a short web ad, "Playing Fair," in which children build a wall of toy bricks.',
            '"Playing Fair,"',
            None,
        ),
        (
            'One ad, "Second Chances," stars an actor who promises that the senator will "fix the roads."',
            '"Second Chances,"',
            'that the senator will "fix the roads."',
        ),
        ('"It was a mistake," she wrote in her memoir, "Hard Roads."', '"Hard Roads."', '"It was a mistake,"'),
    ],
)
def test_a_title_set_off_after_a_work_noun_is_its_name(
    extract: Extract, text: str, title: str, kept: str | None
) -> None:
    """`a web ad, “Playing Fair,”`: the quotation names the ad; the words someone said nearby stay theirs."""
    quotes = [s.quote.text for s in extract(text).statements]
    assert not [q for q in quotes if title in q], quotes
    assert quotes == ([] if kept is None else [kept])
