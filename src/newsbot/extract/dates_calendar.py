"""Calendar arithmetic for date resolution: the only place that builds `datetime.date` values.

Every function returns `None` instead of raising when the arithmetic leaves the calendar (February 30,
year 0, year 10000), so the resolver can drop an expression rather than crash on odd input.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..records import Granularity

__all__ = [
    "Resolved",
    "add_days",
    "add_months",
    "day",
    "iso_week",
    "month",
    "safe_date",
    "shift_weeks",
    "weekday_after",
    "weekday_before",
    "year",
]

MIN_YEAR = 1000  # values must be four-digit years: ^\d{4}
MAX_YEAR = 9999


class Resolved(NamedTuple):
    """A normalised value and how much of it the text actually gave."""

    value: str
    granularity: Granularity


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None when it does not exist or its year is not four digits."""
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def add_days(base: dt.date, days: int) -> dt.date | None:
    try:
        result = base + dt.timedelta(days=days)
    except OverflowError:
        return None
    return result if MIN_YEAR <= result.year <= MAX_YEAR else None


def add_months(y: int, m: int, months: int) -> tuple[int, int]:
    """(year, month) shifted by a number of months; may leave the four-digit range (checked by `month`)."""
    index = y * 12 + (m - 1) + months
    return index // 12, index % 12 + 1


def weekday_before(base: dt.date, weekday: int, *, inclusive: bool) -> dt.date | None:
    """The latest date with `weekday` (Monday = 0) on or before `base` (strictly before unless inclusive)."""
    back = (base.weekday() - weekday) % 7
    if back == 0 and not inclusive:
        back = 7
    return add_days(base, -back)


def weekday_after(base: dt.date, weekday: int, *, inclusive: bool) -> dt.date | None:
    """The earliest date with `weekday` on or after `base` (strictly after unless inclusive)."""
    ahead = (weekday - base.weekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return add_days(base, ahead)


def shift_weeks(base: dt.date, weeks: int) -> dt.date | None:
    return add_days(base, 7 * weeks)


def day(value: dt.date | None) -> Resolved | None:
    if value is None or not MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    return Resolved(value.isoformat(), "day")


def iso_week(value: dt.date | None) -> Resolved | None:
    """The ISO-8601 week (YYYY-Www) containing the date; the ISO year can differ from the calendar year."""
    if value is None:
        return None
    iso = value.isocalendar()
    if not MIN_YEAR <= iso.year <= MAX_YEAR:
        return None
    return Resolved(f"{iso.year:04d}-W{iso.week:02d}", "week")


def month(y: int, m: int) -> Resolved | None:
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12):
        return None
    return Resolved(f"{y:04d}-{m:02d}", "month")


def year(y: int) -> Resolved | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    return Resolved(f"{y:04d}", "year")
