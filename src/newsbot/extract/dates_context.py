"""Reading the words around a date: tense (does "Monday" point forward or back?) and sentence bounds.

A bare weekday or month is resolved backwards from the publication date unless its clause speaks of the
future ("will meet on Monday", "is set to resume Monday", "expected in April"). The cue nearest before the
expression within its sentence decides; failing that, the first cue after it.

A weekday's event ("Tuesday's primary") is one already reported unless its own clause awaits it ("who needs
a win in Tuesday's primary", "will face voters in Sunday's runoff", "ahead of Friday's vote"). A forward word
whose infinitive acts on the event's outcome ("wants to overturn Tuesday's vote", "contest", "appeal") does
not await it: the vote is over; any other verb ("hopes to win Sunday's election", "wants to cancel Friday's
debate") does.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Tense", "ahead_of", "awaited_event", "sentence_bounds", "tense_at"]

Tense = Literal["past", "future"]

_MAX_BACK = 200
_MAX_AHEAD = 200

_FUTURE = (
    r"will|would|won't|wo n't|shall|'ll|going\s+to|gonna|expected|expects?\s+to|scheduled|slated|set\s+(?:to|for)"
    r"|due|plann?(?:ed|ing|s)?\s+to|planning|intends?\s+to|intended\s+to|aims?\s+to|hopes?\s+to"
    r"|to\s+be\s+held|upcoming|is\s+to|are\s+to|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than"
    r"|postponed|expire|expires|supposed\s+to|payable|effective|await(?:s|ing)?|preparing|prepares\s+to"
)
_PAST = (
    r"was|were|had|did|ago|earlier|last|since|[a-z]{3,}ed|said|told|came|went|began|took|gave|met|made|left|won|lost"
    r"|brought|bought|sold|held|found|led|paid|built|sent|spent|kept|fell|rose|ran|saw|wrote|spoke|thought|felt"
    r"|stood|became|knew|got|struck|fought|flew|grew|drew|threw|chose|broke|taught|caught|sought|shot|fled|hid"
)
_CUES = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.IGNORECASE)
# Words ending in -ed that are not past tense.
_NOT_PAST = frozenset(
    {"need", "needed", "indeed", "speed", "proceed", "succeed", "exceed", "breed", "seed", "feed", "united", "hundred"}
)
_AUXILIARIES = frozenset({"was", "were", "had", "did", "ago", "earlier", "last", "since"})
_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:be|been|being|is|are|get|gets|a|an|the|its|their|his|her|our|still|newly|so-called)\s+$", re.IGNORECASE
)
# A full stop after a title or "vs." never ends a sentence ("Roe vs. Wade", "Gen. Powell").
_NO_END_BEFORE = r"(?<!\bvs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
_SENTENCE_END = re.compile(rf"(?:{_NO_END_BEFORE}\.|[!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")


# Events held on a day that a clause can look forward to; an outcome ("Tuesday's ruling") is always reported.
_SCHEDULED_WORDS = (
    "primary primaries election elections vote votes ballot caucus caucuses runoff run-off referendum poll polls"
    " debate debates game match final race summit meeting meetings hearing session deadline rally ceremony"
    " parade inauguration talks march strike protest contest convention speech address launch opening"
    " showdown trial sentencing congress conference"
)
_SCHEDULED = frozenset(_SCHEDULED_WORDS.split())
# Prepositions that put what follows them ahead in time, whatever it is ("ahead of Friday's talks").
_AHEAD = r"ahead\s+of|in\s+the\s+run-?up\s+to|countdown\s+to"
_AHEAD_BEFORE = re.compile(rf"\b(?:{_AHEAD})\s+$", re.IGNORECASE)
# Words that look forward to what follows them in the clause.
_FORWARD = (
    r"needs?|wants?|seeks?|seeking|hop(?:es|ing)|tr(?:y|ies|ying)\s+to|eye(?:s|ing)|head(?:s|ing)?\s+into"
    rf"|going\s+into|{_AHEAD}|approaching|looming|prepar(?:e|es|ing)\s+for"
)
# Words that look forward only in a clause not already told in the past ("before Tuesday's vote" but not
# "resigned two days before Tuesday's vote").
_FORWARD_UNLESS_PAST = r"before|until|till"
_CLAUSE_CUES = re.compile(
    rf"\b(?:(?P<future>{_FUTURE}|{_FORWARD})|(?P<weak>{_FORWARD_UNLESS_PAST})|(?P<past>{_PAST}))\b", re.IGNORECASE
)
# Verbs that act on an event's outcome: after a forward word they speak of an event already held ("wants to
# overturn Tuesday's vote"); any other verb still awaits it ("hopes to win", "wants to cancel Friday's debate").
_ON_OUTCOME_WORDS = "overturn annul challenge appeal contest recount certify reverse dispute invalidate nullify"
_ON_OUTCOME = frozenset(_ON_OUTCOME_WORDS.split())
_INFINITIVE = re.compile(r"(?:\s+to)?\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s")
_EVENT_WORDS = re.compile(r"[\w-]+")
_EVENT_REACH = 3  # "Tuesday's GOP primary", "Sunday's presidential runoff vote"


def awaited_event(text: str, start: int, after: int) -> bool:
    """Whether the day at `start` ("Tuesday's") is that of a scheduled event named from `after` ("GOP primary")
    that its clause is still waiting for: the last tense cue between the clause's start and the day looks
    forward."""
    following = [m.group(0).lower() for m in _EVENT_WORDS.finditer(text, after, min(len(text), after + 60))]
    if not _SCHEDULED.intersection(following[:_EVENT_REACH]):
        return False
    left, _ = sentence_bounds(text, start, after)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, left, start)]
    clause_start = breaks[-1] if breaks else left
    last: str | None = None
    for match in _CLAUSE_CUES.finditer(text, clause_start, start):
        if match.group("weak") is not None:
            last = "future" if last != "past" else last
            continue
        cue = _cue(text, match)
        if cue == "future" and _acts_on_outcome(text, match, start):
            cue, last = None, None  # "wants to overturn Tuesday's vote": the clause's verb is not awaiting
        last = cue or last
    return last == "future"


def _acts_on_outcome(text: str, cue: re.Match[str], day: int) -> bool:
    """Whether the forward `cue` governs an infinitive, before the `day`, of a verb that acts on an event's
    outcome: "wants to overturn" (yes), "hopes to win", "wants to cancel" and "needs a win" (no)."""
    after = _INFINITIVE.match(text, cue.end(), day)
    if after is None or not (cue.group(0).lower().split()[-1] == "to" or text[cue.end() : after.start("verb")].strip()):
        return False
    return after.group("verb").lower() in _ON_OUTCOME


def ahead_of(text: str, start: int) -> bool:
    """Whether `text[start:]` follows a preposition that puts it ahead in time ("ahead of", "in the run-up
    to"), which makes even an outcome ("ahead of Friday's announcement") one still awaited."""
    return _AHEAD_BEFORE.search(text, max(0, start - 40), start) is not None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A cheap sentence window around [start, end): from the last sentence break before to the next after."""
    lo = max(0, start - _MAX_BACK)
    left = lo
    for match in _SENTENCE_END.finditer(text, lo, min(len(text), start + 1)):  # +1: the look-ahead sees `start`
        left = match.end()
    hi = min(len(text), end + _MAX_AHEAD)
    stop = _SENTENCE_END.search(text, end, hi)
    right = stop.start() + 1 if stop else hi
    return left, right


def _cue(text: str, match: re.Match[str]) -> Tense | None:
    if match.group("future") is not None:
        return "future"
    word = match.group("past").lower()
    if word in _NOT_PAST:
        return None
    if word not in _AUXILIARIES and _BEFORE_PARTICIPLE.search(text, max(0, match.start() - 12), match.start()):
        return None  # "to be completed" (the auxiliary's tense counts), "a reduced dividend" (an adjective)
    return "past"


def tense_at(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around text[start:end], or None when no cue is found."""
    left, right = sentence_bounds(text, start, end)
    before: Tense | None = None
    for match in _CUES.finditer(text, left, start):
        cue = _cue(text, match)
        if cue is not None:
            before = cue
    if before is not None:
        return before
    for match in _CUES.finditer(text, end, right):
        cue = _cue(text, match)
        if cue is not None:
            return cue
    return None
