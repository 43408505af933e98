"""Expressions counted from publication: "it's the second day of", "the last week"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbot.extract.dates import find_dates

PUB = dt.date(1998, 3, 6)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published=PUB)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It's the second day of an offensive against the villages.", [("the second day", "1998-03-06")]),
        (
            "In Riyadh, today is the eighth day of the operation.",
            [("today", "1998-03-06"), ("the eighth day", "1998-03-06")],
        ),
        ("It is the 10th straight day of protests.", [("the 10th straight day", "1998-03-06")]),
        ("This is the third consecutive day of rain.", [("the third consecutive day", "1998-03-06")]),
    ],
)
def test_the_nth_day_of_something_in_the_present_is_today(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the second day of the offensive.",  # the past: which day is not said
        "On the second day of the trial, he wept.",
        "He has been in Bethesda for the last week.",  # a stretch of seven days, like "the past week"
        "Prices rose over the last month.",
    ],
)
def test_stretches_and_past_ordinal_days_are_not_dates(sentence: str) -> None:
    assert found(sentence) == []


def test_the_last_year_is_the_year_before_like_the_past_year() -> None:
    assert found("Sales grew 5% in the last year.") == [("the last year", "1997")]
    assert found("He met them last week.") == [("last week", "1998-W09")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The stock would be redeemed in five years.", [("in five years", "2003")]),
        ("The plant will close in two months.", [("in two months", "1998-05")]),
        ("Elections are expected in 10 days.", [("in 10 days", "1998-03-16")]),
    ],
)
def test_in_so_many_units_in_a_future_clause_counts_from_publication(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Spending rose 0.2%, the smallest gain in a year.",
        "It will be the first time in five years that they meet.",
        "Prices have doubled in two years.",
    ],
)
def test_in_so_many_units_as_a_stretch_is_not_a_date(sentence: str) -> None:
    assert found(sentence) == []
