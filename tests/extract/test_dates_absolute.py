"""Named days that resolve to a week ("Easter week"), and years that are part of a name ("Orion 1980")."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbot.extract.dates import find_dates


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Protesters prayed as Easter week began.", dt.date(2000, 4, 17), [("Easter week", "2000-W16")]),
        ("Shops were busy in Christmas week.", dt.date(2024, 12, 30), [("Christmas week", "2024-W52")]),
        ("Flights are full over Thanksgiving week.", dt.date(2025, 11, 10), [("Thanksgiving week", "2025-W48")]),
        # Not a week: the day itself, and "weekend" is not "week".
        ("They met on Easter Sunday.", dt.date(2000, 4, 24), [("Easter Sunday", "2000-04-23")]),
        ("Over the Easter weekend, crowds gathered.", dt.date(2000, 4, 24), [("Easter", "2000-04-23")]),
    ],
)
def test_a_holiday_week_is_the_iso_week_that_holds_it(
    sentence: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value) for m in find_dates(sentence, published=published)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Farkas set up a joint venture called Orion 1980, making space technology.",
        "Visitors flocked to Expo 2020 in Dubai.",
        "Tickets for Euro 2016 sold out.",
    ],
)
def test_a_year_right_after_a_capitalised_name_is_part_of_the_name(sentence: str) -> None:
    assert find_dates(sentence, published=dt.date(1998, 4, 18)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Since 1985 the Israelis have held a security zone.", [("1985", "1985")]),
        ("That 1978 resolution calls for a withdrawal.", [("1978", "1978")]),
        ("The plan dates from Summer 1992.", [("1992", "1992")]),
        ("He was born in Paris, 1968.", [("1968", "1968")]),
        ("Sales in FY 1998 rose.", [("FY 1998", "1998")]),
    ],
)
def test_years_after_a_sentence_start_a_season_or_a_comma_stay_dates(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value) for m in find_dates(sentence, published=dt.date(1998, 4, 18))] == expected
