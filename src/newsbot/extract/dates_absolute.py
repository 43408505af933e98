"""Rules for expressions that name their own date: "May 11, 2025", "7 May", "2025-05-11", "March 2024",
"in 1995", "Christmas", "nineteen ninety-six".

A day or month without a year takes the reading nearest the publication date (`dates_base.nearest_date`).
Bare four-digit numbers are years only when nothing around them says they count something ("2000 people",
"$1995", "1800 GMT", "Flight 1549").
"""

from __future__ import annotations

import datetime as dt
import re

from .dates_base import (
    DATE_REL,
    DAY_NUM,
    FLAGS,
    MOD,
    NOT_QUANTITY,
    WD_PREFIX,
    YEAR,
    YEAR_END,
    YEAR_TAIL,
    Candidate,
    Context,
    Rule,
    at_sentence_start,
    capitalised,
    nearest_date,
    previous_word,
    rel_word,
    span,
    tense_of,
    words,
    words_before,
)
from .dates_calendar import (
    day,
    iso_week,
    month,
    safe_date,
    year,
)
from .dates_context import Tense
from .dates_holidays import (
    HOLIDAY_PATTERN,
    holiday_date,
    nth_weekday,
)
from .dates_lexicon import (
    MONTH_FULL,
    MONTH_NAME,
    ORDINAL_WORD,
    ORDINAL_WORDS,
    SP,
    WEEKDAY,
    WEEKDAYS,
    month_number,
    number_value,
)

__all__ = ["ABSOLUTE_RULES"]


# ---------------------------------------------------------------- rules: full dates

_ISO = re.compile(rf"(?<![\d./-])(?P<y>{YEAR})(?P<sep>[-/.])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?![\d])")


def _iso(match: re.Match[str], ctx: Context) -> Candidate | None:
    if match.group("sep") == "." and match.end() < len(ctx.text) and ctx.text[match.end()] == ".":
        return None
    found = safe_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    return span(match, day(found))


_DOTTED = re.compile(r"(?<![\d./-])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:1\d|20)\d\d)(?![\d.]\d|\d)")


def _dotted(match: re.Match[str], ctx: Context) -> Candidate | None:
    """10.05.2025: day first, as everywhere dots are used in dates."""
    return span(match, day(safe_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))))


_NUMERIC = re.compile(r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:1\d|20)\d\d)(?![\d/-])")


def _numeric(match: re.Match[str], ctx: Context) -> Candidate | None:
    """5/11/2025 is ambiguous between US and British order; resolve only when one reading is impossible."""
    a, b, y = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    readings = {found for found in (safe_date(y, a, b), safe_date(y, b, a)) if found is not None}
    if len(readings) != 1:
        return None
    return span(match, day(readings.pop()))


_MDY = re.compile(
    rf"\b{DATE_REL}{WD_PREFIX}(?P<mon>{MONTH_NAME}){SP}(?:(?:the{SP})?{DAY_NUM}{NOT_QUANTITY}|(?P<dayw>{ORDINAL_WORD})\b)"
    rf"{YEAR_TAIL}",
    FLAGS,
)
_DMY = re.compile(
    rf"\b{DATE_REL}{WD_PREFIX}(?:the{SP})?(?:{DAY_NUM}|(?P<dayw>{ORDINAL_WORD})){SP}(?:of{SP})?(?P<mon>{MONTH_NAME})(?!{SP}[0-3]?\d(?!\d))"
    rf"{YEAR_TAIL}",
    FLAGS,
)


_RANGE_YEAR = re.compile(
    rf"{SP}?(?:[-–]|(?:and|or|to|through|until){SP})[0-3]?\d(?:st|nd|rd|th)?,?{SP}(?P<year>{YEAR}){YEAR_END}", FLAGS
)


def _month_day_date(match: re.Match[str], ctx: Context, *, check_before: bool = True) -> dt.date | None:
    """The date a month-day match names, with its year from the text or the nearest to publication."""
    mon = match.group("mon")
    if not capitalised(mon):
        return None
    m = month_number(mon)
    if m is None:
        return None
    raw_day = match.group("day")
    d = int(raw_day) if raw_day is not None else ORDINAL_WORDS[match.group("dayw").lower()]
    if raw_day is not None and check_before:
        at = match.start("day")
        before = ctx.text[max(0, at - 2) : at]
        if before[-1:] in set(".,$£€:/+#") or (before[-1:] in {"-", "–"} and not before[:1].isdigit()):
            return None  # "$7 May", "3.5 March"; but "7-8 May" is a range
    wd = match.groupdict().get("wd")
    if wd is not None and not capitalised(wd):
        return None
    if match.group("year") is not None:
        return safe_date(int(match.group("year")), m, d)
    shared_year = _RANGE_YEAR.match(ctx.text, match.end())  # "May 7-8, 2025": the year after the range
    if shared_year is not None:
        return safe_date(int(shared_year.group("year")), m, d)
    pub = ctx.published
    if pub is None:
        return None
    rel = rel_word(match)
    if rel in {"last", "past", "this past"}:
        tense: Tense | None = "past"
    elif rel in {"next", "coming", "this coming"}:
        tense = "future"
    else:
        tense = tense_of(match, ctx)
    return nearest_date(pub, tense, lambda y: safe_date(y, m, d))


def _month_day(match: re.Match[str], ctx: Context) -> Candidate | None:
    return span(match, day(_month_day_date(match, ctx)))


_AFTER_DAY = "in|at|on|when|as|for|of|with|respectively|last|this|next|and|or|but|while|after|before"
# The second day of "April 24 and 25", "May 7-8, 2025": its own mention, in the month (and year) of the first.
_SECOND_DAY = re.compile(
    rf"\b(?P<mon>{MONTH_NAME}){SP}[0-3]?\d(?:st|nd|rd|th)?{SP}?(?:[-–]|(?:and|or|to|through|until){SP})"
    rf"{DAY_NUM}(?:,?{SP}(?P<year>{YEAR}){YEAR_END}|(?=[ \t]*(?:[.,;:)!?\n]|$)|{SP}(?:{_AFTER_DAY})\b))",
    FLAGS,
)


# The first day of "7 and 8 May 2024", "7-8 May": its own mention, in the month (and year) that follows.
_FIRST_DAY = re.compile(
    rf"\b{DAY_NUM}{SP}?(?:[-–]|(?:and|or|to|through|until){SP})[0-3]?\d(?:st|nd|rd|th)?{SP}(?:of{SP})?"
    rf"(?P<mon>{MONTH_NAME})(?!{SP}[0-3]?\d(?!\d)){YEAR_TAIL}",
    FLAGS,
)


def _first_day(match: re.Match[str], ctx: Context) -> Candidate | None:
    resolved = day(_month_day_date(match, ctx))
    return None if resolved is None else Candidate(match.start("day"), match.end("day"), resolved)


def _second_day(match: re.Match[str], ctx: Context) -> Candidate | None:
    resolved = day(_month_day_date(match, ctx, check_before=False))
    return None if resolved is None else Candidate(match.start("day"), match.end(), resolved)


_WEEK_OF = re.compile(
    rf"\b(?:the{SP})?week{SP}(?:of|beginning|starting|ending){SP}(?P<mon>{MONTH_NAME}){SP}{DAY_NUM}{NOT_QUANTITY}"
    rf"{YEAR_TAIL}",
    FLAGS,
)


def _week_of(match: re.Match[str], ctx: Context) -> Candidate | None:
    """ "the week of March 6": the ISO week containing that day."""
    return span(match, iso_week(_month_day_date(match, ctx)))


_NTH_WEEKDAY = re.compile(
    rf"\bthe{SP}(?P<nth>first|second|third|fourth|last){SP}(?P<wd>{WEEKDAY}){SP}(?:in|of){SP}(?P<mon>{MONTH_NAME})"
    rf"{YEAR_TAIL}",
    FLAGS,
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}


def _nth_weekday(match: re.Match[str], ctx: Context) -> Candidate | None:
    """ "the last Friday in August", "the first Monday of May 2024"."""
    mon = match.group("mon")
    m = month_number(mon)
    if m is None or not capitalised(mon) or not capitalised(match.group("wd")):
        return None
    in_year = nth_weekday(m, WEEKDAYS[match.group("wd").lower()], _NTH[match.group("nth").lower()])
    if match.group("year") is not None:
        return span(match, day(in_year(int(match.group("year")))))
    pub = ctx.published
    if pub is None:
        return None
    return span(match, day(nearest_date(pub, tense_of(match, ctx), in_year)))


# ---------------------------------------------------------------- rules: months

_MONTH_YEAR = re.compile(
    rf"\b{MOD}?(?P<mon>{MONTH_NAME}),?{SP}(?:of{SP})?"
    rf"(?:(?P<year>{YEAR}){YEAR_END}|(?P<yrel>this|last|next){SP}year\b)",
    FLAGS,
)


def _month_year(match: re.Match[str], ctx: Context) -> Candidate | None:
    mon = match.group("mon")
    m = month_number(mon)
    if m is None or not capitalised(mon):
        return None
    if match.group("year") is not None:
        return span(match, month(int(match.group("year")), m))
    pub = ctx.published
    if pub is None:
        return None
    shift = {"this": 0, "last": -1, "next": 1}[match.group("yrel").lower()]
    return span(match, month(pub.year + shift, m))


# ---------------------------------------------------------------- rules: bare years

_YEAR_ALONE = re.compile(
    rf"(?:\b(?P<pre>fiscal(?:{SP}year)?|FY|the{SP}year|calendar(?:{SP}year)?){SP}?|\b(?P<pre2>mid|early|late|post|pre)-)?"
    rf"(?<![\w$£€#.,/](?<!\w-))(?P<year>1\d\d\d|20\d\d){YEAR_END}(?![\w])",
    FLAGS,
)
_COUNTED = re.compile(
    rf"{SP}?(?:%|percent|per{SP}cent|GMT|UTC|IST|EST|EDT|BST|CET|hours?|hrs|local{SP}time|[ap]\.?m\b|[AP]M\b"
    r"|(?:people|persons|men|women|children|troops|soldiers|police|officers|shares|votes|points|feet|ft|foot"
    r"|meters|metres|miles|km|kilometers|kilometres|kg|tons|tonnes|pounds|dollars|euros|yuan|yen|rupees|crore|lakh"
    r"|cases|deaths|dead|jobs|workers|students|employees|members|units|cars|vehicles|homes|houses|acres|hectares"
    r"|barrels|calories|words|pages|seats|families|residents|refugees|migrants|passengers|times|yards|mph|cc"
    r"|rounds|runs|wickets|goals|games|matches|stores|branches|companies|villages|flights|patients|beds"
    r"|square|cubic|sq|kms|MW|GW|kWh|plus|more|fewer|others|new|additional|years?|months?|days?|weeks?)\b)"
)  # case-sensitive: "2000 new jobs" counts, "the 2024 New Hampshire primary" is a year
_NUMBER_LEAD = words(
    "than approximately roughly nearly almost some about around over under only just least total additional"
    " another estimated no number nos flight room route highway interstate resolution article section rule"
    " chapter suite box apt unit gate track platform model windows boeing airbus page pages code reference"
    " rs inr usd eur gbp"
)
_MORE_DIGITS = re.compile(r"[ \t]\d{3,}")  # "2025 5511": a phone number
_YEAR_LEAD = words("in since of by from until till circa c year before after around during and")
_STREET = re.compile(
    r"(?:[ \t]+[A-Z][\w.]*){1,3}[ \t]+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl)\b"
)


_NOT_NAMES = words(
    "spring summer autumn fall winter christmas easter midsummer class since for in from until till before after"
    " during by of and or to the that this"
)


def _ends_a_name(text: str, at: int) -> bool:
    """ "a venture called Orion 1980", "Windows 2000": a year right after a capitalised word mid-sentence names."""
    previous = previous_word(text, at)
    if not (len(previous) >= 2 and previous[0].isupper() and previous[1:].isalpha() and previous[1:].islower()):
        return False  # "FY 1998", "in 1998", "Paris, 1968"
    if previous.lower() in _NOT_NAMES or month_number(previous) is not None:
        return False
    return not at_sentence_start(text, text.rindex(previous, 0, at))


def _year_alone(match: re.Match[str], ctx: Context) -> Candidate | None:
    y = int(match.group("year"))
    text = ctx.text
    after = match.end()
    if match.group("pre") is None and match.group("pre2") is None:
        if _COUNTED.match(text, after) or _STREET.match(text, after):
            return None
        previous = previous_word(text, match.start("year")).lower()
        if previous in _NUMBER_LEAD or _MORE_DIGITS.match(text, after):
            return None
        if words_before(text, match.start("year"), 2) == ["up", "to"]:
            return None  # "up to 2000": a count
        before = text[max(0, match.start("year") - 2) : match.start("year")]
        if before.endswith((":", "No", "#")) or before == "- ":
            return None
        if y < 1700 and previous not in _YEAR_LEAD:
            return None
        if _ends_a_name(text, match.start("year")):
            return None
        if text[after : after + 1] == ":" and text[after + 1 : after + 2].isdigit():
            return None
    return span(match, year(y))


# ---------------------------------------------------------------- rules: named days and spelled-out years

_HOLIDAY = re.compile(
    rf"\b(?:(?P<rel>last|next|this{SP}past|this{SP}coming|this|coming|past){SP})?(?P<name>{HOLIDAY_PATTERN})"
    rf"(?:,?{SP}(?P<year>{YEAR}){YEAR_END}|{SP}(?P<week>week))?(?![\w-])",
    FLAGS,
)


def _holiday(match: re.Match[str], ctx: Context) -> Candidate | None:
    """A named day; "Easter week", "Christmas week" are the ISO week that holds it."""
    name = match.group("name")
    if not capitalised(name):
        return None
    resolved = day if match.group("week") is None else iso_week
    if match.group("year") is not None:
        return span(match, day(holiday_date(name, int(match.group("year")))))
    pub = ctx.published
    if pub is None:
        return None
    rel = rel_word(match)
    if rel in {"last", "past", "this past"}:
        found = nearest_date(pub, "past", lambda y: _strictly(holiday_date(name, y), pub, before=True))
    elif rel in {"next", "coming", "this coming"}:
        found = nearest_date(pub, "future", lambda y: _strictly(holiday_date(name, y), pub, before=False))
    else:
        found = nearest_date(pub, tense_of(match, ctx), lambda y: holiday_date(name, y))
    return span(match, resolved(found))


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
    FLAGS,
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
        if m is None or not capitalised(mon):
            return None
        return span(match, month(y, m))
    return span(match, year(y))


ABSOLUTE_RULES: tuple[Rule, ...] = (
    Rule("iso", _ISO, _iso),
    Rule("numeric", _NUMERIC, _numeric),
    Rule("dotted", _DOTTED, _dotted),
    Rule("month-day", _MDY, _month_day),
    Rule("day-month", _DMY, _month_day),
    Rule("second-day", _SECOND_DAY, _second_day),
    Rule("first-day", _FIRST_DAY, _first_day),
    Rule("week-of", _WEEK_OF, _week_of),
    Rule("nth-weekday", _NTH_WEEKDAY, _nth_weekday),
    Rule("month-year", _MONTH_YEAR, _month_year),
    Rule("year", _YEAR_ALONE, _year_alone),
    Rule("holiday", _HOLIDAY, _holiday),
    Rule("spelled-year", _SPELLED, _spelled_year),
)
