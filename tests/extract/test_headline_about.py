"""Headlines cued by a phrase ending in "about", on headlines written for the test: each article is a headline
and one sentence of body."""

from __future__ import annotations

import pytest

from .conftest import Extract, check_said

BODY = "\n\nThe interview was broadcast on Sunday evening after a week of rumours."

HEADLINES = [
    pytest.param(
        "Former Coach Opens Up About Leaving The Team Over Pay.",
        "Leaving The Team Over Pay",
        "Former Coach",
        id="opens-up",
    ),
    pytest.param(
        "Mayor’s Sister Makes Strong Statement About Budget Cuts.",
        "Budget Cuts",
        "Mayor’s Sister",
        id="makes-statement",
    ),
    pytest.param(
        "Famous Chef Just Made Bold Prediction About Food Prices – Farmers Will Not Like It.",
        "Food Prices",
        "Famous Chef",
        id="just-made-prediction-then-dash",
    ),
    pytest.param(
        "Update: Union Leader Speaks Out About Plant Closure That Will Shock Workers.",
        "Plant Closure",
        "Union Leader",
        id="kicker-speaks-out-relative",
    ),
    pytest.param(
        "Watch Senator Jane Smith’s Angry Reply To Critics Of Her Farm Bill.",
        "Critics Of Her Farm Bill",
        "Jane Smith",
        id="named-reply-to",
    ),
]


@pytest.mark.parametrize(("headline", "content", "source"), HEADLINES)
def test_a_spoken_about_headline_gives_its_statement(
    extract: Extract, headline: str, content: str, source: str
) -> None:
    check_said(extract(headline + BODY).statements, content, source)
