"""Named days whose date follows from the year: Christmas, Thanksgiving, Easter and their like.

Only holidays with one unambiguous, well-known date in English-language news are listed; days that differ by
country ("Independence Day", "Labour Day") or follow a lunar calendar are left out rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .dates_calendar import add_days, safe_date

__all__ = ["HOLIDAYS", "HOLIDAY_PATTERN", "holiday_date", "nth_weekday"]


def _fixed(m: int, d: int) -> Callable[[int], dt.date | None]:
    return lambda y: safe_date(y, m, d)


def nth_weekday(m: int, weekday: int, n: int) -> Callable[[int], dt.date | None]:
    """The n-th `weekday` (Monday = 0) of month m; n = -1 for the last one."""

    def in_year(y: int) -> dt.date | None:
        first = safe_date(y, m, 1)
        if first is None:
            return None
        if n > 0:
            return add_days(first, (weekday - first.weekday()) % 7 + 7 * (n - 1))
        following = safe_date(y + 1, 1, 1) if m == 12 else safe_date(y, m + 1, 1)
        if following is None:
            return None
        last = add_days(following, -1)
        return None if last is None else add_days(last, -((last.weekday() - weekday) % 7))

    return in_year


def easter(y: int) -> dt.date | None:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month_, day_ = divmod(h + l_ - 7 * m + 114, 31)
    return safe_date(y, month_, day_ + 1)


def _from_easter(days: int) -> Callable[[int], dt.date | None]:
    def in_year(y: int) -> dt.date | None:
        sunday = easter(y)
        return None if sunday is None else add_days(sunday, days)

    return in_year


def _election_day(y: int) -> dt.date | None:
    """US Election Day: the Tuesday after the first Monday of November."""
    first_monday = nth_weekday(11, 0, 1)(y)
    return None if first_monday is None else add_days(first_monday, 1)


# Lower-cased name (as matched, spaces normalised, apostrophes straightened) → date in a given year.
HOLIDAYS: dict[str, Callable[[int], dt.date | None]] = {
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26),
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "valentine's day": _fixed(2, 14),
    "st. valentine's day": _fixed(2, 14),
    "halloween": _fixed(10, 31),
    "thanksgiving": nth_weekday(11, 3, 4),
    "thanksgiving day": nth_weekday(11, 3, 4),
    "memorial day": nth_weekday(5, 0, -1),
    "easter": easter,
    "easter sunday": easter,
    "easter monday": _from_easter(1),
    "good friday": _from_easter(-2),
    "election day": _election_day,
}

HOLIDAY_PATTERN = (
    r"(?:Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|(?:St\.?\s+)?Valentine['’]s\s+Day"
    r"|Halloween|Thanksgiving(?:\s+Day)?|Memorial\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
    r"|Election\s+Day)"
)


def holiday_date(name: str, y: int) -> dt.date | None:
    key = " ".join(name.lower().replace("’", "'").replace("st ", "st. ").split())
    in_year = HOLIDAYS.get(key)
    return None if in_year is None else in_year(y)
