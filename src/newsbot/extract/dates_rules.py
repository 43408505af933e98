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


def _year_for_month(pub: dt.date, m: int, tense: Tense | None, d: int | None = None) -> int:
    """The year of a month (and day) named without a year: the publication year unless tense says otherwise.

    A month after the publication month in a past-tense clause is last year's ("in November", written in
    April); one before it in a future-tense clause is next year's ("expected in April", written in December).
    """
    here = (pub.month, pub.day)
    there = (m, d if d is not None else (pub.day if m == pub.month else 1))
    if m == pub.month and d is None:
        return pub.year
    if there > here:
        months_ahead = (m - pub.month) % 12
        if tense == "future" or (tense is None and months_ahead <= 2):
            return pub.year
        return pub.year - 1
    if tense == "future" and (pub.month - m) % 12 >= 2:
        return pub.year + 1
    return pub.year


def _month_relative(pub: dt.date, m: int, rel: str) -> int:
    """Year for "last June", "next June", "this June"."""
    if rel in {"last", "past", "this past"}:
        return pub.year if m < pub.month else pub.year - 1
    if rel in {"next", "coming", "this coming"}:
        return pub.year if m > pub.month else pub.year + 1
    return pub.year


def _rel_word(match: re.Match[str], group: str = "rel") -> str | None:
    raw = match.group(group)
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


_MDY = re.compile(
    rf"\b{_WD_PREFIX}(?P<mon>{MONTH_NAME}){SP}(?:(?:the{SP})?{_DAY_NUM}{_NOT_QUANTITY}|(?P<dayw>{ORDINAL_WORD})\b)"
    rf"{_YEAR_TAIL}",
    _FLAGS,
)
_DMY = re.compile(
    rf"\b{_WD_PREFIX}(?:the{SP})?(?:{_DAY_NUM}|(?P<dayw>{ORDINAL_WORD})){SP}(?:of{SP})?(?P<mon>{MONTH_NAME})"
    rf"{_YEAR_TAIL}",
    _FLAGS,
)


def _month_day(match: re.Match[str], ctx: Context) -> Candidate | None:
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
    if match.group("wd") is not None and not _capitalised(match.group("wd")):
        return None
    if match.group("year") is not None:
        return _span(match, day(safe_date(int(match.group("year")), m, d)))
    pub = ctx.published
    if pub is None or safe_date(2000, m, d) is None:  # leap-safe check that the day exists at all
        return None
    y = _year_for_month(pub, m, _tense(match, ctx), d)
    found = safe_date(y, m, d)
    if found is None and m == 2 and d == 29:
        return None
    return _span(match, day(found))


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


def _relative_day(match: re.Match[str], ctx: Context) -> Candidate | None:
    word = match.group("word")
    if word in {"Today", "TODAY"} and (  # "USA Today", "the Today programme": a title, not a date
        _previous_word(ctx.text, match.start()).lower() == "usa" or _capitalised(_next_word(ctx.text, match.end()))
    ):
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


# ---------------------------------------------------------------- rules: bare years

_YEAR_ALONE = re.compile(
    rf"(?:\b(?P<pre>fiscal(?:{SP}year)?|FY|the{SP}year|calendar(?:{SP}year)?){SP}?)?"
    rf"(?<![\w$£€#.,/-])(?P<year>1\d\d\d|20\d\d){_YEAR_END}(?![\w])",
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
    if match.group("pre") is None:
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


RULES: tuple[Rule, ...] = (
    Rule("iso", _ISO, _iso),
    Rule("numeric", _NUMERIC, _numeric),
    Rule("month-day", _MDY, _month_day),
    Rule("day-month", _DMY, _month_day),
    Rule("month-year", _MONTH_YEAR, _month_year),
    Rule("month", _MONTH_ALONE, _month_alone),
    Rule("weekday", _WEEKDAY, _weekday),
    Rule("relative-day", _RELATIVE_DAY, _relative_day),
    Rule("relative-unit", _RELATIVE_UNIT, _relative_unit),
    Rule("ago", _AGO, _ago),
    Rule("year-ago", _YEAR_AGO, _year_ago),
    Rule("year", _YEAR_ALONE, _year_alone),
)
