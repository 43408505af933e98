"""The date-expression rules: one compiled pattern and one resolver per kind of expression.

Each resolver turns a regex match into a `Candidate` (span + value) or rejects it, looking at the words around
the match to avoid false hits (the verb "may", "Theresa May", "2000 people", "$1995", "1600 GMT").
`dates.find_dates` runs every rule and keeps the longest non-overlapping candidates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from .dates_calendar import (
    Resolved,
    add_days,
    add_months,
    day,
    iso_week,
    month,
    safe_date,
    shift_weeks,
    weekday_after,
    weekday_before,
    year,
)
from .dates_context import Tense, tense_at
from .dates_holidays import HOLIDAY_PATTERN, holiday_date
from .dates_lexicon import (
    DAY_PART,
    MONTH_FULL,
    MONTH_NAME,
    NUMBER,
    ORDINAL_WORD,
    ORDINAL_WORDS,
    SP,
    WEEKDAY,
    WEEKDAYS,
    month_number,
    number_value,
)

__all__ = ["RULES", "Candidate", "Context", "Rule"]


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


_FLAGS = re.IGNORECASE
_YEAR = r"(?:1\d|20)\d\d"
_YEAR_END = r"(?![\d%]|[,.]\d|-\d|/\d|['’]?s\b)"
_YEAR_TAIL = rf"(?:,?{SP}(?P<year>{_YEAR}){_YEAR_END})?"
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?{SP})?"
_DAY_NUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_NOT_QUANTITY = rf"(?![\d]|[:.,]\d|{SP}?(?:%|percent\b|per{SP}cent\b|[ap]\.?m\b|hours?\b|GMT\b|[-–]\d{{2,}}))"
_MOD = (
    rf"(?P<mod>(?:early|late|mid|middle)(?:-|{SP})|mid(?=[A-Z])"
    rf"|(?:the{SP})?(?:end|beginning|start|middle|close|turn){SP}of{SP})"
)


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _span(match: re.Match[str], resolved: Resolved | None) -> Candidate | None:
    if resolved is None:
        return None
    return Candidate(match.start(), match.end(), resolved)


def _tense(match: re.Match[str], ctx: Context) -> Tense | None:
    return tense_at(ctx.text, match.start(), match.end())


def _previous_word(text: str, index: int) -> str:
    """The word (letters, digits, apostrophes, full stops) just before `index`, skipping spaces."""
    probe = index
    while probe > 0 and text[probe - 1] in " \t\u00a0\n":
        probe -= 1
    stop = probe
    while probe > 0 and (text[probe - 1].isalnum() or text[probe - 1] in "'’.-"):
        probe -= 1
    return text[probe:stop].strip(".-'’")


def _next_word(text: str, index: int) -> str:
    probe = index
    while probe < len(text) and text[probe] in " \t\u00a0":
        probe += 1
    stop = probe
    while stop < len(text) and (text[stop].isalnum() or text[stop] in "'’-"):
        stop += 1
    return text[probe:stop]


def _at_sentence_start(text: str, index: int) -> bool:
    probe = index
    while probe > 0 and text[probe - 1] in " \t\u00a0\"'“‘(":
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


def _year_for_month(pub: dt.date, m: int, tense: Tense | None) -> int:
    """The year of a month named without one ("in November"), by the same rule as `nearest_date`."""
    if m == pub.month:
        return pub.year
    best_year, best_cost = pub.year, float("inf")
    for y in (pub.year - 1, pub.year, pub.year + 1):
        cost = _tense_cost(float((y - pub.year) * 12 + m - pub.month) * 30.4, tense)
        if cost < best_cost:
            best_year, best_cost = y, cost
    return best_year


_TENSE_PENALTY = 150.0
_FUTURE_PENALTY = 300.0
_UNKNOWN_FUTURE_PENALTY = 30.0


def _month_relative(pub: dt.date, m: int, rel: str) -> int:
    """Year for "last June", "next June", "this June"."""
    if rel in {"last", "past", "this past"}:
        return pub.year if m < pub.month else pub.year - 1
    if rel in {"next", "coming", "this coming"}:
        return pub.year if m > pub.month else pub.year + 1
    return pub.year


def _rel_word(match: re.Match[str], group: str = "rel") -> str | None:
    raw = match.groupdict().get(group)
    return None if raw is None else " ".join(raw.lower().split())


# ---------------------------------------------------------------- rules: full dates

_ISO = re.compile(rf"(?<![\d./-])(?P<y>{_YEAR})(?P<sep>[-/.])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?![\d])")


def _iso(match: re.Match[str], ctx: Context) -> Candidate | None:
    if match.group("sep") == "." and match.end() < len(ctx.text) and ctx.text[match.end()] == ".":
        return None
    found = safe_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    return _span(match, day(found))


_NUMERIC = re.compile(r"(?<![\d./-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:1\d|20)\d\d)(?![\d/])")


def _numeric(match: re.Match[str], ctx: Context) -> Candidate | None:
    """5/11/2025 is ambiguous between US and British order; resolve only when one reading is impossible."""
    a, b, y = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    readings = {found for found in (safe_date(y, a, b), safe_date(y, b, a)) if found is not None}
    if len(readings) != 1:
        return None
    return _span(match, day(readings.pop()))


_DATE_REL = rf"(?:(?P<rel>last|next|this{SP}coming|this{SP}past|this|coming|past){SP})?"
_MDY = re.compile(
    rf"\b{_DATE_REL}{_WD_PREFIX}(?P<mon>{MONTH_NAME}){SP}(?:(?:the{SP})?{_DAY_NUM}{_NOT_QUANTITY}|(?P<dayw>{ORDINAL_WORD})\b)"
    rf"{_YEAR_TAIL}",
    _FLAGS,
)
_DMY = re.compile(
    rf"\b{_DATE_REL}{_WD_PREFIX}(?:the{SP})?(?:{_DAY_NUM}|(?P<dayw>{ORDINAL_WORD})){SP}(?:of{SP})?(?P<mon>{MONTH_NAME})"
    rf"{_YEAR_TAIL}",
    _FLAGS,
)


def _month_day_date(match: re.Match[str], ctx: Context) -> dt.date | None:
    """The date a month-day match names, with its year from the text or the nearest to publication."""
    mon = match.group("mon")
    if not _capitalised(mon):
        return None
    m = month_number(mon)
    if m is None:
        return None
    raw_day = match.group("day")
    d = int(raw_day) if raw_day is not None else ORDINAL_WORDS[match.group("dayw").lower()]
    if raw_day is not None:
        before = ctx.text[match.start("day") - 1 : match.start("day")]
        if before and before in ".,$£€:/-+#":
            return None
    wd = match.groupdict().get("wd")
    if wd is not None and not _capitalised(wd):
        return None
    if match.group("year") is not None:
        return safe_date(int(match.group("year")), m, d)
    pub = ctx.published
    if pub is None:
        return None
    rel = _rel_word(match)
    if rel in {"last", "past", "this past"}:
        tense: Tense | None = "past"
    elif rel in {"next", "coming", "this coming"}:
        tense = "future"
    else:
        tense = _tense(match, ctx)
    return nearest_date(pub, tense, lambda y: safe_date(y, m, d))


def _month_day(match: re.Match[str], ctx: Context) -> Candidate | None:
    return _span(match, day(_month_day_date(match, ctx)))


_WEEK_OF = re.compile(
    rf"\b(?:the{SP})?week{SP}(?:of|beginning|starting|ending){SP}(?P<mon>{MONTH_NAME}){SP}{_DAY_NUM}{_NOT_QUANTITY}"
    rf"{_YEAR_TAIL}",
    _FLAGS,
)


def _week_of(match: re.Match[str], ctx: Context) -> Candidate | None:
    """ "the week of March 6": the ISO week containing that day."""
    return _span(match, iso_week(_month_day_date(match, ctx)))


# ---------------------------------------------------------------- rules: months

_MONTH_YEAR = re.compile(
    rf"\b{_MOD}?(?P<mon>{MONTH_NAME}){SP}(?:of{SP})?"
    rf"(?:(?P<year>{_YEAR}){_YEAR_END}|(?P<yrel>this|last|next){SP}year\b)",
    _FLAGS,
)


def _month_year(match: re.Match[str], ctx: Context) -> Candidate | None:
    mon = match.group("mon")
    m = month_number(mon)
    if m is None or not _capitalised(mon):
        return None
    if match.group("year") is not None:
        return _span(match, month(int(match.group("year")), m))
    pub = ctx.published
    if pub is None:
        return None
    shift = {"this": 0, "last": -1, "next": 1}[match.group("yrel").lower()]
    return _span(match, month(pub.year + shift, m))


_MONTH_ALONE = re.compile(
    rf"\b(?:(?P<rel>last|next|this{SP}past|this{SP}coming|this|coming|past){SP})?{_MOD}?"
    rf"(?P<mon>{MONTH_FULL}|Sept\.|Dec\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.)(?![\w-])",
    _FLAGS,
)
# Words after which a bare month name is a date ("in May", "since March", "the April agreement").
_MONTH_LEAD = _words(
    "in since until till by from to through throughout during of before after early late mid on for"
    " between and or the a an this last next each every past its his her their our whose"
)
_VERBAL_MONTHS = frozenset({"may", "march"})  # also verbs: need a preposition before them
_MONTH_NOT_AFTER_ARTICLE = frozenset({"may"})  # "the May government"


def _month_alone(match: re.Match[str], ctx: Context) -> Candidate | None:
    mon = match.group("mon")
    m = month_number(mon)
    if m is None or not _capitalised(mon):
        return None
    rel = _rel_word(match)
    name = mon.rstrip(".").lower()
    if rel is None and match.group("mod") is None:
        previous = _previous_word(ctx.text, match.start()).lower()
        following = _next_word(ctx.text, match.end())
        if previous not in _MONTH_LEAD:
            if name in _VERBAL_MONTHS or not _at_sentence_start(ctx.text, match.start()):
                return None
            if following[:1].isupper():
                return None
        elif name in _MONTH_NOT_AFTER_ARTICLE and previous in {"the", "a", "an", "and", "or"}:
            return None
        if following[:1].isupper() and following.lower() not in {"and", "or"} and previous not in {"in", "since"}:
            # "April Ryan", "June Carter": a first name, not a month.
            return None
    pub = ctx.published
    if pub is None:
        return None
    if rel in {"this"} and match.group("mod") is None:
        return _span(match, month(pub.year, m))
    if rel is not None:
        return _span(match, month(_month_relative(pub, m, rel), m))
    return _span(match, month(_year_for_month(pub, m, _tense(match, ctx)), m))


# ---------------------------------------------------------------- rules: weekdays and days

_NEWSPAPERS = frozenset({"times", "telegraph", "express", "mirror", "mail", "herald", "post", "observer", "tribune"})
_WEEKDAY = re.compile(
    rf"\b(?:(?P<rel>last|next|this{SP}past|this{SP}coming|this|coming|past|early|late|earlier|later){SP})?"
    rf"(?P<wd>{WEEKDAY})(?![\w-])(?:{SP}(?P<part>{DAY_PART})\b)?",
    _FLAGS,
)


def _weekday(match: re.Match[str], ctx: Context) -> Candidate | None:
    token = match.group("wd")
    if not _capitalised(token):
        return None
    following = _next_word(ctx.text, match.end("wd"))
    if following.lower() in _NEWSPAPERS and _capitalised(following):
        return None
    if _previous_word(ctx.text, match.start()).lower() in {"bloody", "on"} and following.lower() in _NEWSPAPERS:
        return None
    pub = ctx.published
    if pub is None:
        return None
    wd = WEEKDAYS[token.lower()]
    rel = _rel_word(match)
    if rel in {"last", "past", "this past"}:
        found = weekday_before(pub, wd, inclusive=False)
    elif rel in {"next", "coming", "this coming"}:
        found = weekday_after(pub, wd, inclusive=False)
    elif _tense(match, ctx) == "future":
        found = weekday_after(pub, wd, inclusive=True)
    else:
        found = weekday_before(pub, wd, inclusive=True)
    return _span(match, day(found))


_RELATIVE_DAY = re.compile(
    rf"\b(?:(?P<mod>early|late|earlier|later){SP})?"
    rf"(?:(?P<minus2>the{SP}day{SP}before{SP}yesterday)|(?P<plus2>the{SP}day{SP}after{SP}tomorrow)"
    rf"|(?P<word>today|yesterday|tomorrow|tonight)|(?P<lastnight>last{SP}night)"
    rf"|(?P<thispart>this{SP}(?:morning|afternoon|evening)))(?![\w-])(?:{SP}(?P<part>{DAY_PART})\b)?",
    _FLAGS,
)
_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


_GENERIC_AFTER = re.compile(
    r"['’]s\s+(?:world|youth|generation|society|children|kids|young|teenagers|standards|terms|technology"
    r"|personal|computers|economy|culture|politics|media|students|workers|women|men|families|america|india|china)\b",
    re.IGNORECASE,
)
_GENERIC_BEFORE = re.compile(r"\b(?:of|for|than)\s+$", re.IGNORECASE)


def _generic_today(text: str, match: re.Match[str]) -> bool:
    """ "today's youth", "the people of tomorrow": the present or future in general, not a day."""
    if _GENERIC_AFTER.match(text, match.end()):
        return True
    word = match.group("word").lower()
    return word in {"today", "tomorrow"} and bool(
        _GENERIC_BEFORE.search(text, max(0, match.start() - 6), match.start())
    )


def _relative_day(match: re.Match[str], ctx: Context) -> Candidate | None:
    word = match.group("word")
    if word == "Today" and not _at_sentence_start(ctx.text, match.start()):
        return None  # "USA Today", "VOA Today": a title, not a date
    if word is not None and _generic_today(ctx.text, match):
        return None
    pub = ctx.published
    if pub is None:
        return None
    if match.group("minus2"):
        offset = -2
    elif match.group("plus2"):
        offset = 2
    elif match.group("lastnight"):
        offset = -1
    elif match.group("thispart"):
        offset = 0
    else:
        offset = _DAY_OFFSETS[word.lower()]
    return _span(match, day(add_days(pub, offset)))


# ---------------------------------------------------------------- rules: weeks, months, years relative to publication

_RELATIVE_UNIT = re.compile(
    rf"\b(?:(?P<mod>earlier|later|early|late|(?:the{SP})?(?:end|beginning|start|middle){SP}of){SP})?"
    rf"(?P<rel>this|last|next|the{SP}past|the{SP}coming|the{SP}next|coming|past)"
    rf"(?:{SP}(?:calendar|fiscal))?{SP}(?P<unit>week|month|year|weekend)(?![\w-])",
    _FLAGS,
)
_SHIFT = {"this": 0, "last": -1, "past": -1, "the past": -1, "next": 1, "coming": 1, "the coming": 1, "the next": 1}


def _relative_unit(match: re.Match[str], ctx: Context) -> Candidate | None:
    pub = ctx.published
    if pub is None:
        return None
    rel = _rel_word(match) or "this"
    shift = _SHIFT[rel]
    unit = match.group("unit").lower()
    if _capitalised(match.group("unit")) and not match.group("unit").isupper():
        return None  # "This Week", "Last Week Tonight": a programme title
    following = _next_word(ctx.text, match.end()).lower()
    if rel.startswith("the ") and following in {"of", "or", "and"}:
        return None  # "the past year of his life", "the next year or two": a stretch of time
    if rel.startswith("the ") and unit != "year":
        return None  # "the past week", "the next month": durations
    if unit in {"week", "weekend"}:
        if unit == "weekend" and rel == "this" and _tense(match, ctx) != "future":
            return _span(match, iso_week(weekday_before(pub, 5, inclusive=True)))
        return _span(match, iso_week(shift_weeks(pub, shift)))
    if unit == "month":
        return _span(match, month(*add_months(pub.year, pub.month, shift)))
    return _span(match, year(pub.year + shift))


_AGO = re.compile(
    rf"\b(?P<n>{NUMBER}){SP}(?P<unit>day|week|month|year)s?{SP}(?P<dir>ago|from{SP}now|hence)\b",
    _FLAGS,
)


def _ago(match: re.Match[str], ctx: Context) -> Candidate | None:
    pub = ctx.published
    n = number_value(match.group("n"))
    if pub is None or n is None:
        return None
    sign = -1 if match.group("dir").lower() == "ago" else 1
    unit = match.group("unit").lower()
    if unit == "day":
        return _span(match, day(add_days(pub, sign * n)))
    if unit == "week":
        return _span(match, iso_week(shift_weeks(pub, sign * n)))
    if unit == "month":
        return _span(match, month(*add_months(pub.year, pub.month, sign * n)))
    return _span(match, year(pub.year + sign * n))


_YEAR_AGO = re.compile(rf"\b(?:a{SP}year{SP}(?:earlier|before)|year[- ](?:earlier|ago)(?=[- ]))\b", _FLAGS)


def _year_ago(match: re.Match[str], ctx: Context) -> Candidate | None:
    """ "a year earlier" in news is almost always the year-ago period of the publication (results, rates)."""
    pub = ctx.published
    if pub is None:
        return None
    return _span(match, year(pub.year - 1))


_THE_YEAR = re.compile(
    rf"\b(?:(?P<lead>by|at|around|before|until|till|since|through|to){SP})?"
    rf"(?:(?P<end>(?:the{SP})?end{SP}of{SP}(?:the|this){SP}year|year[- ]end|year['’]s{SP}end)"
    rf"|the{SP}(?P<kind>(?:current{SP}fiscal|full|current|fiscal|entire|whole){SP})?year)(?![\w'’-])",
    _FLAGS,
)
_THE_YEAR_BLOCKERS = _words("ended ending to through before after earlier later ago that when in of he she they it we")


def _the_year(match: re.Match[str], ctx: Context) -> Candidate | None:
    """ "the current year", "for the year", "by year-end": the publication year."""
    pub = ctx.published
    if pub is None:
        return None
    following = _next_word(ctx.text, match.end()).lower()
    if match.group("end") is not None:
        if match.group("lead") is None and not match.group("end").lower().startswith(("the", "end")):
            return None  # "year-end net was": an adjective, not a time
        if (match.group("lead") or "").lower() == "since":
            return _span(match, year(pub.year - 1))
        return _span(match, year(pub.year))
    if following in _THE_YEAR_BLOCKERS:
        return None  # "the year ended June 30" (a fiscal year), "the year before", "the year he was born"
    if match.group("kind") is None:
        previous = _previous_word(ctx.text, match.start()).lower()
        if previous not in {"for", "of", "during", "throughout"} and not match.group("lead"):
            return None
    return _span(match, year(pub.year))


# ---------------------------------------------------------------- rules: bare years

_YEAR_ALONE = re.compile(
    rf"(?:\b(?P<pre>fiscal(?:{SP}year)?|FY|the{SP}year|calendar(?:{SP}year)?){SP}?|\b(?P<pre2>mid|early|late|post|pre)-)?"
    rf"(?<![\w$£€#.,/](?<!\w-))(?P<year>1\d\d\d|20\d\d){_YEAR_END}(?![\w])",
    _FLAGS,
)
_COUNTED = re.compile(
    rf"{SP}?(?:%|percent|per{SP}cent|GMT|UTC|IST|EST|EDT|BST|CET|hours?|hrs|local{SP}time|[ap]\.?m\b"
    r"|(?:people|persons|men|women|children|troops|soldiers|police|officers|shares|votes|points|feet|ft|foot"
    r"|meters|metres|miles|km|kilometers|kilometres|kg|tons|tonnes|pounds|dollars|euros|yuan|yen|rupees|crore|lakh"
    r"|cases|deaths|dead|jobs|workers|students|employees|members|units|cars|vehicles|homes|houses|acres|hectares"
    r"|barrels|calories|words|pages|seats|families|residents|refugees|migrants|passengers|times|yards|mph|cc"
    r"|rounds|runs|wickets|goals|games|matches|stores|branches|companies|villages|flights|patients|beds"
    r"|square|cubic|sq|plus|more|fewer|others|new|additional|years?|months?|days?|weeks?)\b)",
    _FLAGS,
)
_NUMBER_LEAD = _words(
    "than approximately roughly nearly almost some about around over under only just least to total additional"
    " another estimated no number nos flight room route highway interstate resolution article section rule"
    " chapter suite box apt unit gate track platform model windows boeing airbus page pages code reference"
)
_YEAR_LEAD = _words("in since of by from until till circa c year before after around during and")
_STREET = re.compile(
    r"(?:[ \t]+[A-Z][\w.]*){1,3}[ \t]+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl)\b"
)


def _year_alone(match: re.Match[str], ctx: Context) -> Candidate | None:
    y = int(match.group("year"))
    text = ctx.text
    after = match.end()
    if match.group("pre") is None and match.group("pre2") is None:
        if _COUNTED.match(text, after) or _STREET.match(text, after):
            return None
        previous = _previous_word(text, match.start("year")).lower()
        if previous in _NUMBER_LEAD:
            return None
        before = text[max(0, match.start("year") - 2) : match.start("year")]
        if before.endswith((":", "No", "#")) or before == "- ":
            return None
        if y < 1700 and previous not in _YEAR_LEAD:
            return None
        if text[after : after + 1] == ":" and text[after + 1 : after + 2].isdigit():
            return None
    return _span(match, year(y))


# ---------------------------------------------------------------- rules: named days and spelled-out years

_HOLIDAY = re.compile(
    rf"\b(?:(?P<rel>last|next|this{SP}past|this{SP}coming|this|coming|past){SP})?(?P<name>{HOLIDAY_PATTERN})"
    rf"(?:,?{SP}(?P<year>{_YEAR}){_YEAR_END})?(?![\w-])",
    _FLAGS,
)


def _holiday(match: re.Match[str], ctx: Context) -> Candidate | None:
    name = match.group("name")
    if not _capitalised(name):
        return None
    if match.group("year") is not None:
        return _span(match, day(holiday_date(name, int(match.group("year")))))
    pub = ctx.published
    if pub is None:
        return None
    rel = _rel_word(match)
    if rel in {"last", "past", "this past"}:
        found = nearest_date(pub, "past", lambda y: _strictly(holiday_date(name, y), pub, before=True))
    elif rel in {"next", "coming", "this coming"}:
        found = nearest_date(pub, "future", lambda y: _strictly(holiday_date(name, y), pub, before=False))
    else:
        found = nearest_date(pub, _tense(match, ctx), lambda y: holiday_date(name, y))
    return _span(match, day(found))


def _strictly(found: dt.date | None, pub: dt.date, *, before: bool) -> dt.date | None:
    if found is None:
        return None
    return found if (found < pub if before else found > pub) else None


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SPELLED_YEAR = (
    rf"(?:(?P<century>eighteen|nineteen|twenty){SP}(?P<rest>(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|hundred"
    rf"|oh[- ](?:{_UNITS}))"
    rf"|two{SP}thousand(?:{SP}and)?(?:{SP}(?P<rest2>(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|{_UNITS}))?)(?![\w-])"
)
_SPELLED = re.compile(
    rf"\b(?:(?P<mon>{MONTH_FULL}){SP}|(?P<theyear>the{SP}year){SP})?{_SPELLED_YEAR}",
    _FLAGS,
)


def _spelled_value(words: str) -> int | None:
    """ "ninety-six" → 96, "oh five" → 5, "hundred" → 0."""
    cleaned = words.lower().replace("-", " ").split()
    if cleaned == ["hundred"]:
        return 0
    if cleaned and cleaned[0] == "oh":
        cleaned = cleaned[1:]
    total = 0
    for word in cleaned:
        value = number_value(word)
        if value is None:
            return None
        total += value
    return total


def _spelled_year(match: re.Match[str], ctx: Context) -> Candidate | None:
    """ "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven"."""
    if match.group("century") is not None:
        rest = _spelled_value(match.group("rest"))
        century = number_value(match.group("century"))
        if rest is None or century is None:
            return None
        y = century * 100 + rest
    else:
        extra = match.group("rest2")
        if extra is None and match.group("theyear") is None and match.group("mon") is None:
            return None  # "two thousand" alone is usually a number
        rest = 0 if extra is None else _spelled_value(extra)
        if rest is None:
            return None
        y = 2000 + rest
        if _COUNTED.match(ctx.text, match.end()):
            return None
    mon = match.group("mon")
    if mon is not None:
        m = month_number(mon)
        if m is None or not _capitalised(mon):
            return None
        return _span(match, month(y, m))
    return _span(match, year(y))


RULES: tuple[Rule, ...] = (
    Rule("iso", _ISO, _iso),
    Rule("numeric", _NUMERIC, _numeric),
    Rule("month-day", _MDY, _month_day),
    Rule("day-month", _DMY, _month_day),
    Rule("week-of", _WEEK_OF, _week_of),
    Rule("month-year", _MONTH_YEAR, _month_year),
    Rule("month", _MONTH_ALONE, _month_alone),
    Rule("weekday", _WEEKDAY, _weekday),
    Rule("relative-day", _RELATIVE_DAY, _relative_day),
    Rule("relative-unit", _RELATIVE_UNIT, _relative_unit),
    Rule("ago", _AGO, _ago),
    Rule("year-ago", _YEAR_AGO, _year_ago),
    Rule("year", _YEAR_ALONE, _year_alone),
    Rule("the-year", _THE_YEAR, _the_year),
    Rule("holiday", _HOLIDAY, _holiday),
    Rule("spelled-year", _SPELLED, _spelled_year),
)
