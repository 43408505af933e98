"""A headline that opens with a gerund of weighing words: "Examining the U.N.'s Record on Global Challenges".

The article itself examines, explains or questions; the headline names no one who does, so the rest of it
is the content of a statement without a source, and the gerund is its cue.
"""

from __future__ import annotations

import re

from .candidates import Candidate
from .headlines import first_part_end, is_headline

__all__ = ["gerund_headline"]

_GERUND = re.compile(
    r"(?:Examining|Explaining|Questioning|Debunking|Assessing|Rethinking|Reconsidering|Analy[sz]ing|Defending)"
    r" +(?P<rest>\S[^\n]*)"
)
_MIN_WORDS = 2


def gerund_headline(text: str, offset: int, found: list[Candidate]) -> Candidate | None:
    """The sourceless statement of a one-line headline `text` (at `offset`) that opens with such a gerund,
    unless one of `found` already starts at or before the rest of it; one of `found` cued by the gerund itself
    is cut at the end of the headline's first part."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    match = _GERUND.match(stripped)
    if match is None or not is_headline(stripped):
        return None
    start = lead + match.start("rest")
    end = first_part_end(text, start, lead + len(stripped.rstrip()))
    for cand in found:
        if cand.cue is not None and cand.cue[0] == offset + lead and not cand.fragments and cand.end > offset + end:
            # The gerund read as a verb ("Explaining" takes its object) ends where the headline's first part does.
            cand.end = offset + end
    if len(text[start:end].split()) < _MIN_WORDS or any(c.start <= offset + start for c in found):
        return None
    return Candidate(
        start=offset + start,
        end=offset + end,
        kind="indirect",
        paragraph=1,
        origin="headline",
        cue=(offset + lead, offset + lead + match.start("rest") - 1),
        date_anchor=(offset + lead, offset + end),
    )
