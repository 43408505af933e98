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
