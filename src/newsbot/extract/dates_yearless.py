"""Dates the article gives without a year, kept when no publication date lets us supply one.

"The March 3 fire" in an article with no known publication date cannot resolve to a calendar day, yet it
still says which day of the year: we record it as ISO 8601's year-less form `--03-03` (or `--03` for a
month), so answers can show "3 March (year not given)" instead of "no date". An expression counts only when
it names the same day however the year is chosen: resolving against two far-apart publication dates gives
the same month and day for "March 3" or "the 3rd of April", but not for "Tuesday" or "last month".
"""

from __future__ import annotations

import datetime as dt
import re

from ..records import DateMention
from .dates import find_dates

__all__ = ["find_yearless"]

# Two anchors far apart, in different halves of the year: a weekday or relative date cannot agree on both.
_ANCHORS = (dt.date(2001, 7, 1), dt.date(2005, 1, 15))
_YEAR = re.compile(r"\b\d{4}\b|'\d{2}\b")


def find_yearless(text: str, resolved: list[DateMention], *, start: int = 0) -> list[DateMention]:
    """Month-day and month expressions in text[start:] that no publication date was available to resolve."""
    taken = {(d.start, d.end) for d in resolved}
    first, second = (find_dates(text, published=anchor, start=start) for anchor in _ANCHORS)
    again = {(d.start, d.end): d for d in second}
    out: list[DateMention] = []
    for d in first:
        other = again.get((d.start, d.end))
        if other is None or (d.start, d.end) in taken or _YEAR.search(d.text):
            continue
        if d.granularity not in ("day", "month") or d.value[4:] != other.value[4:]:
            continue
        out.append(d.model_copy(update={"value": "-" + d.value[4:]}))
    return out
