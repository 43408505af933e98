"""Dates that point back at one the article gave: how far back the antecedent may be."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbot.extract.dates import find_dates

PUB = dt.date(2016, 3, 30)  # a Wednesday

_LONG = (
    "Hundreds of protesters and supporters had gathered outside the hotel in the south of the state, where the "
    "candidate was holding his first rally there ahead of next Tuesday's primary. In video posted on social "
    "media, a young woman appears to argue with someone and to shove the person before the spray was used."
)


def value_of(text: str, phrase: str) -> str | None:
    at = text.index(phrase)
    return next((m.value for m in find_dates(text, published=PUB) if m.start <= at < m.end), None)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        pytest.param(
            f"The candidate spoke in the state on Tuesday, police said.\n\n{_LONG}\n\n"
            "A day earlier, six protesters were arrested.\n",
            "A day earlier",
            "2016-03-28",
            id="only-date-two-paragraphs-back",
        ),
        pytest.param(
            f"The candidate spoke in the state on Tuesday.\n\n{_LONG}\n\nThe previous day, the hotel was closed.\n",
            "The previous day",
            "2016-03-28",
            id="the-previous-day",
        ),
    ],
)
def test_the_only_date_given_so_far_is_the_antecedent_two_paragraphs_back(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"The candidate spoke on Tuesday. On March 2 he had spoken in Ohio.\n\n{_LONG}\n\n"
            "A day earlier, six protesters were arrested.\n",
            id="two-candidates-far-back",
        ),
        pytest.param(
            f"The candidate spoke on Tuesday.\n\n{_LONG}\n\n{_LONG}\n\nA day earlier, six protesters were arrested.\n",
            id="three-paragraphs-back",
        ),
    ],
)
def test_a_far_antecedent_with_a_rival_or_too_far_is_left_out(text: str) -> None:
    assert value_of(text, "A day earlier") is None
