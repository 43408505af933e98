"""Words and regex fragments for English date expressions.

Kept apart from the rules so the vocabulary can be read (and extended) at a glance. Fragments are written for
`re.IGNORECASE`; rules check capitalisation themselves where it matters (months, weekdays).
"""

from __future__ import annotations

__all__ = [
    "DAY_PART",
    "MONTHS",
    "MONTH_ABBREV",
    "MONTH_FULL",
    "MONTH_NAME",
    "NUMBER",
    "NUMBER_WORDS",
    "ORDINAL_WORD",
    "ORDINAL_WORDS",
    "SP",
    "WEEKDAY",
    "WEEKDAYS",
    "month_number",
    "number_value",
]

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
    "twenty-third": 23,
    "twenty-fourth": 24,
    "twenty-fifth": 25,
    "twenty-sixth": 26,
    "twenty-seventh": 27,
    "twenty-eighth": 28,
    "twenty-ninth": 29,
    "thirtieth": 30,
    "thirty-first": 31,
}

# Whitespace inside one expression: spaces, or a single line break (wrapped text), never a blank line.
SP = r"(?:[ \t\u00a0]+(?:\n[ \t\u00a0]*)?|\n[ \t\u00a0]*)"

MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# Abbreviations take an optional full stop; "Sept." before "Sep." so the longer form wins.
MONTH_ABBREV = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH_NAME = rf"(?:{MONTH_FULL}|{MONTH_ABBREV})(?![\w'])"

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DAY_PART = r"(?:morning|afternoon|evening|night|noon|midday|lunchtime)"

_SMALL = "|".join(sorted((w for w in NUMBER_WORDS if w not in {"a", "an", "hundred"}), key=len, reverse=True))
NUMBER = rf"(?:\d{{1,3}}|(?:{_SMALL})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|an?)"
ORDINAL_WORD = "(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"


def month_number(token: str) -> int | None:
    """1-12 for a month name or abbreviation (any case, optional full stop)."""
    return MONTHS.get(token.rstrip(".").lower())


def number_value(token: str) -> int | None:
    """The value of "3", "three", "twenty-one", "a"; None for anything else."""
    word = token.lower()
    if word.isdigit():
        return int(word)
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
        return None
    return NUMBER_WORDS.get(word)
