"""Dates counted from another date in the text: "the day before last Tuesday's hearing", "the previous Friday",
"for the quarter ended Sept. 30 ... a year earlier".

The dates they count from are found by the ordinary rules; this pass rewrites them. "The day before X" widens
the mention of X and moves it one day. "The previous Friday" is the Friday before the day the text was just
talking about ("closed lower Friday ... down 4.5% from the previous Friday"), not the latest Friday before
publication; without such a day nearby it stays as the weekday rule resolved it. "A year earlier" right after
a period that "ended Sept. 30" is the same day a year back; elsewhere it stays the year before publication.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates_base import FLAGS, Candidate
from .dates_calendar import Resolved, add_days, day, safe_date, weekday_after, weekday_before
from .dates_lexicon import SP, WEEKDAY, WEEKDAYS

__all__ = ["apply_day_offsets"]

_LOOK_BACK = 40
_MAX_DISTANCE = 1000  # characters between the day counted from and "the previous Friday": the lead's day counts
_DAY_BEFORE_AFTER = re.compile(rf"\bthe{SP}day{SP}(?P<dir>before|after){SP}\Z", FLAGS)
_PREVIOUS_OR_FOLLOWING = re.compile(rf"\bthe{SP}(?P<ref>previous|preceding|following){SP}\Z", FLAGS)
_BARE_WEEKDAY = re.compile(rf"{WEEKDAY}\Z")
_YEAR_EARLIER = re.compile(rf"an?{SP}year{SP}(?:earlier|before)\Z", FLAGS)
_ENDED = re.compile(rf"\b(?:ended|ending){SP}\Z", FLAGS)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_PERIOD_END_DISTANCE = 200  # the comparison sits in the sentence that names the period


def apply_day_offsets(text: str, kept: list[Candidate], begin: int) -> list[Candidate]:
    """`kept` (sorted by start) with the dates counted from another date rewritten."""
    out: list[Candidate] = []
    floor = begin
    for cand in kept:
        out.append(_rewritten(text, cand, out, max(floor, cand.start - _LOOK_BACK)) or cand)
        floor = cand.end
    return out


def _rewritten(text: str, cand: Candidate, earlier: list[Candidate], lo: int) -> Candidate | None:
    if _YEAR_EARLIER.match(text, cand.start, cand.end):
        return _year_before_period_end(text, cand, earlier)
    if cand.resolved.granularity != "day":
        return None
    lead = _DAY_BEFORE_AFTER.search(text, lo, cand.start)
    if lead is not None:
        shift = 1 if lead.group("dir").lower() == "after" else -1
        return _candidate(lead.start(), cand.end, day(add_days(_date(cand.resolved), shift)))
    lead = _PREVIOUS_OR_FOLLOWING.search(text, lo, cand.start)
    if lead is None or not _BARE_WEEKDAY.match(text[cand.start : cand.end]):
        return None
    anchor = _nearest_day(earlier, cand.start)
    if anchor is None:
        return None
    wd = WEEKDAYS[text[cand.start : cand.end].lower()]
    if lead.group("ref").lower() == "following":
        found = weekday_after(_date(anchor.resolved), wd, inclusive=False)
    else:
        found = weekday_before(_date(anchor.resolved), wd, inclusive=False)
    return _candidate(lead.start(), cand.end, day(found))


def _year_before_period_end(text: str, cand: Candidate, earlier: list[Candidate]) -> Candidate | None:
    """ "For the quarter ended Sept. 30, it earned $133 million, up from $100 million a year earlier": the
    comparison is with the period that ended a year before that day."""
    if not earlier:
        return None
    end = earlier[-1]
    if end.resolved.granularity != "day" or cand.start - end.end > _PERIOD_END_DISTANCE:
        return None
    if _PARAGRAPH_BREAK.search(text, end.end, cand.start) or not _ENDED.search(text, max(0, end.start - 12), end.start):
        return None
    then = _date(end.resolved)
    before = safe_date(then.year - 1, then.month, then.day) or safe_date(then.year - 1, then.month, then.day - 1)
    return _candidate(cand.start, cand.end, day(before))  # February 29 a year back is February 28


def _nearest_day(earlier: list[Candidate], at: int) -> Candidate | None:
    for cand in reversed(earlier):
        if at - cand.end > _MAX_DISTANCE:
            return None
        if cand.resolved.granularity == "day":
            return cand
    return None


def _date(resolved: Resolved) -> dt.date:
    return dt.date.fromisoformat(resolved.value)


def _candidate(start: int, end: int, resolved: Resolved | None) -> Candidate | None:
    return None if resolved is None else Candidate(start, end, resolved)
