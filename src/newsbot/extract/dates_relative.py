"""Rules for expressions that count from the publication date: weekdays, "yesterday", "last week",
"earlier this month", "two years ago", a month named without a year.

Weekdays point back to the latest such day on or before publication unless the clause speaks of the future;
"last"/"next" always point strictly before/after.
"""

from __future__ import annotations

import re

from .dates_base import (
    FLAGS,
    MOD,
    Candidate,
    Context,
    Rule,
    at_sentence_start,
    capitalised,
    month_relative,
    next_word,
    previous_word,
    rel_word,
    span,
    tense_of,
    words,
    words_before,
    year_for_month,
)
from .dates_calendar import (
    add_days,
    add_months,
    day,
    iso_week,
    month,
    shift_weeks,
    weekday_after,
    weekday_before,
    year,
)
from .dates_context import Tense, ahead_of, awaited_event
from .dates_lexicon import (
    DAY_PART,
    MONTH_FULL,
    NUMBER,
    ORDINAL_WORD,
    SP,
    WEEKDAY,
    WEEKDAYS,
    month_number,
    number_value,
)

__all__ = ["RELATIVE_RULES"]


_MONTH_ALONE = re.compile(
    rf"\b(?:(?P<rel>last|next|this{SP}past|this{SP}coming|this|coming|past){SP})?{MOD}?"
    rf"(?P<mon>{MONTH_FULL}|Sept\.|Dec\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.)(?![\w-])",
    FLAGS,
)
# Words after which a bare month name is a date ("in May", "since March", "the April agreement").
_MONTH_LEAD = words(
    "in since until till by from to through throughout during of before after early late mid on for"
    " between and or the a an this last next past its his her their our whose"
)
_EVERY = frozenset({"each", "every"})
_VERBAL_MONTHS = frozenset({"may", "march"})  # also verbs: need a preposition before them
_MONTH_NOT_AFTER_ARTICLE = frozenset({"may"})  # "the May government"


def _bare_month_is_date(match: re.Match[str], ctx: Context, name: str) -> bool:
    """Whether a month name standing alone is a date, not the verb ("may", "march") or a first name ("April")."""
    previous = previous_word(ctx.text, match.start()).lower()
    following = next_word(ctx.text, match.end())
    if previous not in _MONTH_LEAD:
        # Only at the start of a sentence, and never "May ..." or "March ..." (verbs) or "June Carter" (a name).
        return name not in _VERBAL_MONTHS and at_sentence_start(ctx.text, match.start()) and not following[:1].isupper()
    if name in _MONTH_NOT_AFTER_ARTICLE and previous in {"the", "a", "an", "and", "or"}:
        return False
    # "to April Ryan", "and June Carter": a first name; "in June Britain voted" stays a date.
    return not (following[:1].isupper() and following.lower() not in {"and", "or"} and previous not in {"in", "since"})


def _month_alone(match: re.Match[str], ctx: Context) -> Candidate | None:
    mon = match.group("mon")
    m = month_number(mon)
    if m is None or not capitalised(mon):
        return None
    if previous_word(ctx.text, match.start()).lower() in _EVERY:
        return None  # "each July": a recurring month, not a date
    rel = rel_word(match)
    if rel is None and match.group("mod") is None and not _bare_month_is_date(match, ctx, mon.rstrip(".").lower()):
        return None
    pub = ctx.published
    if pub is None:
        return None
    if rel is not None:
        return span(match, month(month_relative(pub, m, rel), m))
    return span(match, month(year_for_month(pub, m, tense_of(match, ctx)), m))


# ---------------------------------------------------------------- rules: weekdays and days

_NAMED_DAY_PREFIXES = frozenset(
    {"super", "black", "cyber", "ash", "maundy", "bloody", "palm", "holy", "shrove", "fat", "giving", "good", "easter"}
)
_NEWSPAPERS = frozenset({"times", "telegraph", "express", "mirror", "mail", "herald", "post", "observer", "tribune"})
_WEEKDAY = re.compile(
    rf"\b(?:(?P<rel>last|next|this{SP}past|this{SP}coming|this|coming|past|early|late|earlier|later){SP})?"
    rf"(?P<wd>{WEEKDAY})(?![\w-])(?:{SP}(?P<part>{DAY_PART})\b)?(?:,?{SP}(?P<week>last|next|this){SP}week\b)?",
    FLAGS,
)


def _weekday_tense(match: re.Match[str], ctx: Context) -> Tense | None:
    """A possessive weekday names an event already reported ("Wednesday's ruling") unless it is awaited ("ahead
    of Friday's talks", "needs a win in Tuesday's primary")."""
    after = match.end("wd") + 2
    if ctx.text[match.end("wd") : after] in {"'s", "’s"}:
        awaited = ahead_of(ctx.text, match.start()) or awaited_event(ctx.text, match.start(), after)
        return "future" if awaited else "past"
    return tense_of(match, ctx)


def _weekday(match: re.Match[str], ctx: Context) -> Candidate | None:
    token = match.group("wd")
    if not capitalised(token):
        return None
    following = next_word(ctx.text, match.end("wd"))
    if following.lower() in _NEWSPAPERS and capitalised(following):
        return None
    previous = previous_word(ctx.text, match.start()).lower()
    if previous in _EVERY or (previous in _NAMED_DAY_PREFIXES and capitalised(previous_word(ctx.text, match.start()))):
        return None  # "every Friday" recurs; "Super Tuesday", "Black Friday" are named days
    if words_before(ctx.text, match.start(), 2) == ["mail", "on"]:
        return None  # "The Mail on Sunday"
    pub = ctx.published
    if pub is None:
        return None
    wd = WEEKDAYS[token.lower()]
    rel = rel_word(match)
    week = rel_word(match, "week")
    if week is not None:  # "Monday next week": that weekday in the week named
        in_week = shift_weeks(pub, {"last": -1, "this": 0, "next": 1}[week])
        found = None if in_week is None else add_days(in_week, wd - in_week.weekday())
        return span(match, day(found))
    if rel in {"last", "past", "this past"}:
        found = weekday_before(pub, wd, inclusive=False)
    elif rel in {"next", "coming", "this coming"}:
        found = weekday_after(pub, wd, inclusive=False)
    elif _weekday_tense(match, ctx) == "future":
        found = weekday_after(pub, wd, inclusive=True)
    else:
        found = weekday_before(pub, wd, inclusive=True)
    return span(match, day(found))


_RELATIVE_DAY = re.compile(
    rf"\b(?:(?P<mod>early|late|earlier|later){SP})?"
    rf"(?:(?P<minus2>the{SP}day{SP}before{SP}yesterday)|(?P<plus2>the{SP}day{SP}after{SP}tomorrow)"
    rf"|(?P<word>today|yesterday|tomorrow|tonight)|(?P<lastnight>last{SP}night)"
    rf"|(?P<thispart>this{SP}(?:morning|afternoon|evening)))(?![\w-])(?:{SP}(?P<part>{DAY_PART})\b)?",
    FLAGS,
)
_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


_GENERIC_AFTER = re.compile(
    r"['’]s\s+(?:world|youth|generation|society|children|kids|young|teenagers|standards|terms|technology"
    r"|personal|computers|economy|culture|politics|media|students|workers|women|men|families|america|india|china)\b",
    re.IGNORECASE,
)
_GENERIC_BEFORE = re.compile(r"\b(?:of|than)\s+$", re.IGNORECASE)


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
    if word in {"Today", "TODAY"} and (
        previous_word(ctx.text, match.start()).lower() == "usa"
        or (word == "Today" and not at_sentence_start(ctx.text, match.start()))
    ):
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
    return span(match, day(add_days(pub, offset)))


_NTH_DAY_NOW = re.compile(
    rf"\b(?:today|it|this)(?:{SP}is|['’]s){SP}"
    rf"(?P<nth>the{SP}(?:{ORDINAL_WORD}|\d{{1,3}}(?:st|nd|rd|th))(?:{SP}(?:straight|consecutive|successive))?{SP}day)"
    r"(?![\w-])",
    FLAGS,
)


def _nth_day_now(match: re.Match[str], ctx: Context) -> Candidate | None:
    """ "It's the second day of the offensive", "today is the eighth day of the strike": in the present, today."""
    if ctx.published is None:
        return None
    resolved = day(ctx.published)
    return None if resolved is None else Candidate(match.start("nth"), match.end("nth"), resolved)


# ---------------------------------------------------------------- rules: weeks, months, years relative to publication

_RELATIVE_UNIT = re.compile(
    rf"\b(?:(?P<mod>earlier|later|early|late|(?:the{SP})?(?:end|beginning|start|middle){SP}of){SP})?"
    rf"(?P<rel>this|last|next|the{SP}past|the{SP}last|the{SP}coming|the{SP}next|coming|past)"
    rf"(?:{SP}(?:calendar|fiscal))?{SP}(?P<unit>week|month|year)(?![\w-])",
    FLAGS,
)
_SHIFT = {
    "this": 0,
    "last": -1,
    "past": -1,
    "the past": -1,
    "the last": -1,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "the next": 1,
}


def _relative_unit(match: re.Match[str], ctx: Context) -> Candidate | None:
    pub = ctx.published
    if pub is None:
        return None
    rel = rel_word(match) or "this"
    shift = _SHIFT[rel]
    unit = match.group("unit").lower()
    if capitalised(match.group("unit")) and not match.group("unit").isupper():
        return None  # "This Week", "Last Week Tonight": a programme title
    following = next_word(ctx.text, match.end()).lower()
    if rel.startswith("the ") and following in {"of", "or", "and"}:
        return None  # "the past year of his life", "the next year or two": a stretch of time
    if rel.startswith("the ") and unit != "year":
        return None  # "the past week", "for the last week", "the next month": durations
    if unit == "week":
        return span(match, iso_week(shift_weeks(pub, shift)))
    if unit == "month":
        return span(match, month(*add_months(pub.year, pub.month, shift)))
    return span(match, year(pub.year + shift))


_WEEKEND = re.compile(
    rf"\b(?P<rel>this{SP}past|this{SP}coming|last|this|next|past|coming|the{SP}past|the{SP}coming"
    rf"|(?:over|during|at|on){SP}the){SP}weekend(?![\w-])",
    FLAGS,
)
_SATURDAY = 5


def _weekend(match: re.Match[str], ctx: Context) -> Candidate | None:
    """A weekend is the ISO week of its Saturday: "last weekend" the week before, "over the weekend" the latest."""
    pub = ctx.published
    if pub is None:
        return None
    rel = rel_word(match) or ""
    if rel in {"last", "the past"}:
        return span(match, iso_week(shift_weeks(pub, -1)))
    if rel in {"next", "the coming"}:
        return span(match, iso_week(shift_weeks(pub, 1)))
    if rel in {"this past", "past"}:
        return span(match, iso_week(weekday_before(pub, _SATURDAY, inclusive=True)))
    if rel in {"this coming", "coming"}:
        return span(match, iso_week(weekday_after(pub, _SATURDAY, inclusive=True)))
    if tense_of(match, ctx) == "future":
        return span(match, iso_week(weekday_after(pub, _SATURDAY, inclusive=True)))
    return span(match, iso_week(weekday_before(pub, _SATURDAY, inclusive=True)))


_AGO = re.compile(
    rf"\b(?P<n>{NUMBER}){SP}(?P<unit>day|week|month|year)s?{SP}(?P<dir>ago|from{SP}now|hence)\b",
    FLAGS,
)


def _ago(match: re.Match[str], ctx: Context, sign: int | None = None) -> Candidate | None:
    pub = ctx.published
    n = number_value(match.group("n"))
    if pub is None or n is None:
        return None
    if sign is None:
        sign = -1 if match.group("dir").lower() == "ago" else 1
    unit = match.group("unit").lower()
    if unit == "day":
        return span(match, day(add_days(pub, sign * n)))
    if unit == "week":
        return span(match, iso_week(shift_weeks(pub, sign * n)))
    if unit == "month":
        return span(match, month(*add_months(pub.year, pub.month, sign * n)))
    return span(match, year(pub.year + sign * n))


_IN_UNITS = re.compile(rf"\bin{SP}(?P<n>{NUMBER}){SP}(?P<unit>day|week|month|year)s?(?![\w'’-])", FLAGS)
_IN_UNITS_STRETCH = re.compile(r"(?:\btime|\bfirst|est)[ \t]+$", re.IGNORECASE)  # "the first time in a year"


def _in_units(match: re.Match[str], ctx: Context) -> Candidate | None:
    """ "will be redeemed in five years": in a future clause, that many years from publication."""
    if _IN_UNITS_STRETCH.search(ctx.text, max(0, match.start() - 12), match.start()):
        return None
    if tense_of(match, ctx) != "future":
        return None  # "the smallest gain in a year": a stretch of time, not a date
    return _ago(match, ctx, sign=1)


_YEAR_AGO = re.compile(rf"\b(?:a{SP}year{SP}(?:earlier|before)|year[- ](?:earlier|ago)(?=[- ]))\b", FLAGS)


def _year_ago(match: re.Match[str], ctx: Context) -> Candidate | None:
    """ "a year earlier" in news is almost always the year-ago period of the publication (results, rates)."""
    pub = ctx.published
    if pub is None:
        return None
    return span(match, year(pub.year - 1))


_THE_YEAR = re.compile(
    rf"\b(?:(?P<lead>by|at|around|before|until|till|since|through|to){SP})?"
    rf"(?:(?P<end>(?:the{SP})?end{SP}of{SP}(?:the|this){SP}(?P<unit>year|month|week)|year[- ]end|year['’]s{SP}end)"
    rf"|the{SP}(?P<kind>(?:current{SP}fiscal|full|current|fiscal|entire|whole){SP})?year)(?![\w'’-])",
    FLAGS,
)
_THE_YEAR_BLOCKERS = words("ended ending to through before after earlier later ago when in of he she they it we")


def _the_year(match: re.Match[str], ctx: Context) -> Candidate | None:
    """ "the current year", "for the year", "by year-end": the publication year (or month, week)."""
    pub = ctx.published
    if pub is None:
        return None
    following = next_word(ctx.text, match.end()).lower()
    if match.group("end") is not None:
        if match.group("lead") is None and not match.group("end").lower().startswith(("the", "end")):
            return None  # "year-end net was": an adjective, not a time
        unit = (match.group("unit") or "year").lower()
        if unit == "month":
            return span(match, month(pub.year, pub.month))
        if unit == "week":
            return span(match, iso_week(pub))
        if (match.group("lead") or "").lower() == "since":
            return span(match, year(pub.year - 1))
        return span(match, year(pub.year))
    if following in _THE_YEAR_BLOCKERS:
        return None  # "the year ended June 30" (a fiscal year), "the year before", "the year he was born"
    if match.group("kind") is None:
        if following == "that":
            return None  # "the year that he was born"
        previous = previous_word(ctx.text, match.start()).lower()
        in_the = words_before(ctx.text, match.start(), 2) in (["earlier", "in"], ["later", "in"])
        if previous not in {"for", "of", "during", "throughout"} and not match.group("lead") and not in_the:
            return None
    return span(match, year(pub.year))


RELATIVE_RULES: tuple[Rule, ...] = (
    Rule("month", _MONTH_ALONE, _month_alone),
    Rule("weekday", _WEEKDAY, _weekday),
    Rule("relative-day", _RELATIVE_DAY, _relative_day),
    Rule("nth-day-now", _NTH_DAY_NOW, _nth_day_now),
    Rule("relative-unit", _RELATIVE_UNIT, _relative_unit),
    Rule("weekend", _WEEKEND, _weekend),
    Rule("ago", _AGO, _ago),
    Rule("in-units", _IN_UNITS, _in_units),
    Rule("year-ago", _YEAR_AGO, _year_ago),
    Rule("the-year", _THE_YEAR, _the_year),
)
