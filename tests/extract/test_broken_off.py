"""A clause before a colon, semicolon or spaced dash is not what the verb after it reports."""

from __future__ import annotations

import pytest

from .conftest import Extract


@pytest.mark.parametrize(
    ("text", "not_a_content"),
    [
        ("We have been here before: the rebels declared war on the capital.", "We have been here before"),
        ("The club makes money for the family — he reported income of $20 million from it.", "The club makes money"),
        ("The mayor was a shrewd negotiator: the unions learned that lesson quickly.", "The mayor was"),
        ("The bridge is older than the town: a survey found cracks in every pillar.", "The bridge is older"),
    ],
)
def test_a_clause_before_a_break_is_not_the_cue_content(extract: Extract, text: str, not_a_content: str) -> None:
    quotes = [s.quote.text for s in extract(text).statements]
    assert not any(not_a_content in q for q in quotes), quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The economy is strong, he said.", "The economy is strong"),
        ("The economy is strong; it will grow, he said.", "The economy is strong; it will grow"),
        ("The timing was not intentional; they only learned on Friday that the deal existed.", "that the deal existed"),
    ],
)
def test_a_content_before_its_cue_without_a_break_stays(extract: Extract, text: str, content: str) -> None:
    assert content in [s.quote.text for s in extract(text).statements]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "Taxes will have to rise next year — the finance minister said on Monday.",
            "Taxes will have to rise next year",
            "minister",
        ),
        (
            "There will be no deal with the rebels; the president told reporters on Friday.",
            "There will be no deal with the rebels",
            "president",
        ),
    ],
)
def test_a_cue_with_nothing_of_its_own_after_a_break_reports_the_clause_before(
    extract: Extract, text: str, content: str, mention: str
) -> None:
    """ "— the finance minister said on Monday": the verb has no content after the break, so it is the clause before."""
    hits = [s for s in extract(text).statements if content in s.quote.text]
    assert len(hits) == 1, [s.quote.text for s in extract(text).statements]
    assert hits[0].speaker_mention is not None
    assert mention in hits[0].speaker_mention.text
    assert hits[0].date_span is not None
