"""A quotation before a headline's colon is no statement of the verb after it, on headlines written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

BODY = "\n\nThe town hall was packed on Tuesday night as the vote on the new library drew near."


@pytest.mark.parametrize(
    ("headline", "quoted"),
    [
        pytest.param("'We are tired, angry': A small town feels the strain.", None, id="feels"),
        pytest.param("'It was a miracle': A family finds hope after the fire.", None, id="finds"),
        pytest.param("'We are afraid': Neighbours see danger in the plan.", None, id="see"),
        pytest.param(
            "'We will win this fight': Tenants vow to keep striking.", "'We will win this fight'", id="speech-verb"
        ),
    ],
)
def test_a_quotation_before_the_colon_is_no_content_of_a_later_verb(
    extract: Extract, headline: str, quoted: str | None
) -> None:
    records = extract(headline + BODY)
    cued = [s.quote.text for s in records.statements if s.paragraph == 1 and s.cue is not None]
    assert cued == ([] if quoted is None else [quoted])


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        pytest.param(
            "Mayor Lee Just Announced Her Pick For Police Chief And One Thing Was Obvious.",
            "Her Pick For Police Chief",
            id="and-one-thing",
        ),
        pytest.param(
            "Senator Ortiz Just Revealed His Plan For The Harbor- And It Says A Lot.",
            "His Plan For The Harbor",
            id="dash-and-it",
        ),
        pytest.param(
            "Mayor Lee Just Announced A Tax Cut And A Rebate For Families.",
            "A Tax Cut And A Rebate For Families",
            id="and-joins-objects",
        ),
    ],
)
def test_the_papers_comment_after_and_is_no_content(extract: Extract, headline: str, content: str) -> None:
    records = extract(headline + BODY)
    assert content in [s.quote.text for s in records.statements if s.paragraph == 1]
