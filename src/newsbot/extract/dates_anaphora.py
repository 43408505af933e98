"""Dates that point back at a date the article just gave: "that day", "the next day", "later that year".

They are resolved in a second pass, against the nearest earlier mention that is precise enough (a day for
"the next day", at least a month for "that month", anything with a year for "that year") and close enough
(this paragraph or the one before, a few sentences back at most). Without such an antecedent they are left out, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates_base import FLAGS, Candidate
from .dates_calendar import Resolved, add_days, add_months, day, month, year
from .dates_lexicon import NUMBER, SP, number_value

__all__ = ["resolve_anaphora"]

_MAX_DISTANCE = 400  # characters between the antecedent's end and the anaphor
_FAR_DISTANCE = 1200  # the same, for the only precise-enough date given so far
_FAR_PARAGRAPHS = 2  # paragraph breaks between them, for that one

# "the day before" only when it ends the phrase: in "the day before the vote" the anchor is the vote.
_ANAPHOR = re.compile(
    rf"\b(?:(?P<mod>earlier|later|early|late)(?:{SP}in|{SP}on)?{SP})?"
    rf"(?:(?P<ref>that|the{SP}same|the{SP}following|the{SP}next|the{SP}previous|the{SP}preceding){SP}"
    rf"(?P<unit>day|morning|afternoon|evening|night|month|year)"
    rf"|(?P<n>{NUMBER}){SP}(?P<nunit>day|week|month|year)s?{SP}(?P<dir>later|earlier)"
    rf"|the{SP}(?P<aunit>day|month|year){SP}(?P<adir>before|after)(?=[ \t]*[.,;:!?)]))(?![\w-])",
    FLAGS,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_DAY_UNITS = frozenset({"day", "morning", "afternoon", "evening", "night"})
_SHIFTS = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}
_NEEDS = {"day": 10, "month": 7, "year": 4}  # minimum length of the antecedent's value


def resolve_anaphora(
    text: str, found: list[Candidate], begin: int, stop: int, *, published: dt.date | None = None
) -> list[Candidate]:
    """Candidates for the anaphoric dates in text[begin:stop] that do not overlap `found` (sorted by start).

    A date pointing back ("a day earlier", "the previous day") never counts back from a date after
    publication: "ahead of next Tuesday's primary. A day earlier, six were arrested" is about the past.
    """
    if not found:
        return []
    taken = [(c.start, c.end) for c in found]
    extra: list[Candidate] = []
    for match in _ANAPHOR.finditer(text, begin, stop):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        unit, shift = _unit_and_shift(match)
        if unit is None:
            continue
        after = published if shift < 0 else None
        antecedent = _antecedent(text, found, match.start(), _NEEDS[unit], after=after, reach_far=shift < 0)
        if antecedent is None:
            continue
        resolved = _shifted(antecedent.resolved.value, unit, shift)
        if resolved is not None:
            extra.append(Candidate(match.start(), match.end(), resolved))
    return extra


def _unit_and_shift(match: re.Match[str]) -> tuple[str | None, int]:
    if match.group("unit") is not None:
        ref = " ".join(match.group("ref").lower().split())
        raw = match.group("unit").lower()
        unit = "day" if raw in _DAY_UNITS else raw
        if ref == "the next" and unit == "year":
            return None, 0  # "the next year" counts from publication; handled as a relative date
        return unit, _SHIFTS[ref]
    if match.group("nunit") is not None:
        n = number_value(match.group("n"))
        nunit = match.group("nunit").lower()
        if n is None or nunit == "week":
            return None, 0
        return nunit, n if match.group("dir").lower() == "later" else -n
    return match.group("aunit").lower(), 1 if match.group("adir").lower() == "after" else -1


def _antecedent(
    text: str,
    found: list[Candidate],
    at: int,
    min_length: int,
    *,
    after: dt.date | None = None,
    reach_far: bool = False,
) -> Candidate | None:
    """The nearest earlier mention precise enough, if it is close: this paragraph or the one before.

    With `after`, a mention later than that day (one the text looks forward to) is passed over. With
    `reach_far` (a step back: "a day earlier", "the previous day"), a mention further back (two paragraphs,
    `_FAR_DISTANCE`) still counts when it is the only one precise enough the article has given so far: a step
    back is taken from the story's day, which the lead gives ("on Tuesday …" ¶1, "A day earlier" ¶3). A step
    forward ("the next day") narrates a sequence and keeps to the near antecedent."""
    usable = [
        cand
        for cand in found
        if cand.end <= at
        and "W" not in cand.resolved.value
        and len(cand.resolved.value) >= min_length
        and (after is None or cand.resolved.value[:10] <= after.isoformat())
    ]
    if not usable:
        return None
    cand = usable[-1]
    breaks = len(_PARAGRAPH_BREAK.findall(text, cand.end, at))
    if at - cand.end <= _MAX_DISTANCE and breaks <= 1:
        return cand
    if reach_far and len(usable) == 1 and at - cand.end <= _FAR_DISTANCE and breaks <= _FAR_PARAGRAPHS:
        return cand
    return None


def _shifted(value: str, unit: str, shift: int) -> Resolved | None:
    y = int(value[:4])
    if unit == "year":
        return year(y + shift)
    m = int(value[5:7])
    if unit == "month":
        return month(*add_months(y, m, shift))
    return day(add_days(dt.date(y, m, int(value[8:10])), shift))
