"""Dated events: each date mention tied to the verb (or event noun) the parse attaches it to."""

from __future__ import annotations

import pytest

from .conftest import Extract


def _events(extract: Extract, text: str, published: str | None = "2025-05-11") -> dict[str, str]:
    records = extract(text, published=published)
    for event in records.events:
        assert text[event.start : event.end] == event.text
    return {event.lemma: event.date.value for event in records.events}


def test_the_event_verb_and_the_statement_verb_keep_their_own_dates(extract: Extract) -> None:
    text = "The ferry sank in a storm on Tuesday night, the coastguard said on Wednesday.\n"
    events = _events(extract, text)
    assert events["sink"] == "2025-05-06"
    assert events["say"] == "2025-05-07"


@pytest.mark.parametrize(
    ("text", "lemma", "value"),
    [
        ("The captain was arrested on March 5 on suspicion of manslaughter.\n", "arrest", "2025-03-05"),
        ("Judge Helena Morrow granted him bail on March 8.\n", "grant", "2025-03-08"),
        ("Relatives of the missing began protests outside the ministry on March 6.\n", "begin", "2025-03-06"),
        ("Khan was elected as mayor of London last week.\n", "elect", "2025-W18"),
        ("In 2011, Israel freed 1,000 Palestinian prisoners.\n", "free", "2011"),
    ],
)
def test_a_date_belongs_to_the_verb_of_its_clause(extract: Extract, text: str, lemma: str, value: str) -> None:
    assert _events(extract, text).get(lemma) == value


def test_an_undated_articles_month_day_dates_its_event_without_a_year(extract: Extract) -> None:
    events = _events(extract, "The passenger ferry sank in a storm on March 3.\n", published=None)
    assert events["sink"] == "--03-03"


def test_a_sentence_without_dates_has_no_events(extract: Extract) -> None:
    assert _events(extract, "The ferry sank in a storm, the coastguard said.\n") == {}
