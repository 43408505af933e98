"""A quoted name that is the subject of a headline's cue is no quotation, on headlines written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

BODY = "\n\nThe choice was made public on Friday morning, ahead of the festival in the old harbour."


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        pytest.param("‘Vogue’ Just Announced Its Cover Star And Fans Were Thrilled.", "‘Vogue’", id="magazine"),
        pytest.param("‘Harbor Weekly’ Just Revealed Its Pick For Mayor.", "‘Harbor Weekly’", id="two-word-title"),
        pytest.param("'Gazette' Announced Its Best Bakery Of The Year.", "'Gazette'", id="straight-quotes"),
    ],
)
def test_a_quoted_subject_is_no_statement(extract: Extract, headline: str, title: str) -> None:
    records = extract(headline + BODY)
    assert title not in [s.quote.text for s in records.statements]


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("'Nobody expected this to happen in our town.'", id="straight"),
        pytest.param("“We will rebuild every single house, brick by brick.”", id="curly"),
    ],
)
def test_a_headline_quotation_handed_to_nobody_is_no_statement(extract: Extract, headline: str) -> None:
    records = extract(headline + BODY)
    assert [s.quote.text for s in records.statements if s.paragraph == 1] == []
