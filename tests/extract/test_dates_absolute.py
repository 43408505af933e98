"""Named days that resolve to a week: "Easter week", "Christmas week"."""

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
