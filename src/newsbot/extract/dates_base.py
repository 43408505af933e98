"""What every date rule shares: the candidate and rule types, regex fragments, word helpers and year choice.

The rules themselves live in `dates_absolute` (expressions that name their date) and `dates_relative`
(expressions that count from the publication date); `dates_rules` lists them in order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from .dates_calendar import Resolved
from .dates_context import Tense, tense_at
from .dates_lexicon import SP, WEEKDAY

__all__ = [
    "DATE_REL",
    "DAY_NUM",
    "FLAGS",
    "MOD",
    "NOT_QUANTITY",
    "WD_PREFIX",
    "YEAR",
    "YEAR_END",
    "YEAR_TAIL",
    "Candidate",
    "Context",
    "Resolver",
    "Rule",
    "at_sentence_start",
    "capitalised",
    "month_relative",
    "nearest_date",
    "next_word",
    "previous_word",
    "rel_word",
    "span",
    "tense_of",
    "words",
    "words_before",
    "year_for_month",
]


@dataclass(frozen=True)
class Context:
    """What every resolver may look at: the whole text and the publication date (if known)."""

    text: str
    published: dt.date | None


class Candidate(NamedTuple):
    start: int
    end: int
    resolved: Resolved


Resolver = Callable[[re.Match[str], Context], Candidate | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


FLAGS = re.IGNORECASE
YEAR = r"(?:1\d|20)\d\d"
YEAR_END = r"(?![\d%]|[,.]\d|-\d|/\d|['’]?s\b)"
YEAR_TAIL = rf"(?:,?{SP}(?P<year>{YEAR}){YEAR_END})?"
WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?{SP}|(?P<wdabbr>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,{SP})?"
DAY_NUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
NOT_QUANTITY = rf"(?![\d]|[:.,]\d|{SP}?(?:%|percent\b|per{SP}cent\b|[ap]\.?m\b|hours?\b|GMT\b|[-–]\d{{2,}}))"
MOD = (
    rf"(?P<mod>(?:early|late|mid|middle)(?:-|{SP})|mid(?=[A-Z])"
    rf"|(?:the{SP})?(?:end|beginning|start|middle|close|turn){SP}of{SP})"
)


def words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


def capitalised(token: str) -> bool:
    return token[:1].isupper()


def span(match: re.Match[str], resolved: Resolved | None) -> Candidate | None:
    if resolved is None:
        return None
    return Candidate(match.start(), match.end(), resolved)


def tense_of(match: re.Match[str], ctx: Context) -> Tense | None:
    return tense_at(ctx.text, match.start(), match.end())


def previous_word(text: str, index: int) -> str:
    """The word (letters, digits, apostrophes, full stops) just before `index`, skipping spaces."""
    probe = index
    while probe > 0 and text[probe - 1] in " \t\u00a0\n":
        probe -= 1
    stop = probe
    while probe > 0 and (text[probe - 1].isalnum() or text[probe - 1] in "'’.-"):
        probe -= 1
    return text[probe:stop].strip(".-'’")


_WORD = re.compile(r"[\w'’.-]+")


def words_before(text: str, index: int, count: int) -> list[str]:
    """The last `count` words before `index` (lower-cased, nearest last), looking back at most 60 characters."""
    return [w.strip(".-'’").lower() for w in _WORD.findall(text, max(0, index - 60), index)][-count:]


def next_word(text: str, index: int) -> str:
    probe = index
    while probe < len(text) and text[probe] in " \t\u00a0":
        probe += 1
    stop = probe
    while stop < len(text) and (text[stop].isalnum() or text[stop] in "'’-"):
        stop += 1
    return text[probe:stop]


def at_sentence_start(text: str, index: int) -> bool:
    probe = index
    while probe > 0 and text[probe - 1] in " \t\u00a0\"'`“‘(":
        probe -= 1
    return probe == 0 or text[probe - 1] in ".!?\n:"


# ---------------------------------------------------------------- years and months without a day


def _tense_cost(offset_days: float, tense: Tense | None) -> float:
    """How unlikely a reading is: its distance from publication, more if it runs against the tense."""
    cost = abs(offset_days)
    if tense == "past" and offset_days > 0:
        cost += _TENSE_PENALTY
    elif tense == "future" and offset_days < 0:
        cost += _FUTURE_PENALTY
    elif tense is None and offset_days > 0:
        cost += _UNKNOWN_FUTURE_PENALTY
    return cost


def nearest_date(pub: dt.date, tense: Tense | None, in_year: Callable[[int], dt.date | None]) -> dt.date | None:
    """The reading of a yearless date ("Nov. 25", "Christmas") nearest the publication date.

    Tense tips the balance: a past-tense clause prefers the date before publication ("rescued Nov. 25",
    written in January), a future-tense one the date after ("completed by Dec. 15", written in October).
    """
    best: dt.date | None = None
    best_cost = float("inf")
    for y in (pub.year - 1, pub.year, pub.year + 1):
        there = in_year(y)
        if there is None:
            continue
        cost = _tense_cost(float((there - pub).days), tense)
        if cost < best_cost:
            best, best_cost = there, cost
    return best


def year_for_month(pub: dt.date, m: int, tense: Tense | None) -> int:
    """The year of a month named without one ("in November"), by the same rule as `nearest_date`."""
    if m == pub.month:
        return pub.year
    best_year, best_cost = pub.year, float("inf")
    for y in (pub.year - 1, pub.year, pub.year + 1):
        cost = _tense_cost(float((y - pub.year) * 12 + m - pub.month) * 30.4, tense)
        if cost < best_cost:
            best_year, best_cost = y, cost
    return best_year


_TENSE_PENALTY = 200.0
_FUTURE_PENALTY = 300.0
_UNKNOWN_FUTURE_PENALTY = 30.0


def month_relative(pub: dt.date, m: int, rel: str) -> int:
    """Year for "last June", "next June", "this June"."""
    if rel in {"last", "past", "this past"}:
        return pub.year if m < pub.month else pub.year - 1
    if rel in {"next", "coming", "this coming"}:
        return pub.year if m > pub.month else pub.year + 1
    return pub.year


def rel_word(match: re.Match[str], group: str = "rel") -> str | None:
    raw = match.groupdict().get(group)
    return None if raw is None else " ".join(raw.lower().split())


DATE_REL = rf"(?:(?P<rel>last|next|this{SP}coming|this{SP}past|this|coming|past){SP})?"
