"""A clause before a colon, semicolon or spaced dash is not what the verb after it reports."""

from __future__ import annotations

import pytest

from .conftest import Extract


@pytest.mark.parametrize(
    ("text", "not_a_content"),
    [
        ("We have been here before: the rebels declared war on the capital.", "We have been here before"),
        ("The club makes money for the family — he reported income of $20 million from it.", "The club makes money"),
        ("The mayor was a shrewd negotiator: the unions learned that quickly.", "The mayor was"),
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
