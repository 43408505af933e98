"""Quotation marks in a headline that mark no statement: "‘Time’ Just Announced Its Person Of The Year".

A headline puts quotation marks round a title (a magazine, a film, a slogan) as readily as round words
spoken; when the quotation is the subject of the headline's cue, it is the one speaking, not what is said.
A headline that is a quotation and nothing else is the paper's display line: its speaker, if any, is told
in the article, which quotes the words again where it says who spoke them.
"""

from __future__ import annotations

from .candidates import Candidate

__all__ = ["quotes_its_own_speaker", "unowned_quotation"]

_MARKS = "\"“”‘’' "


def quotes_its_own_speaker(cand: Candidate, text: str) -> bool:
    """Whether `cand`, a quotation, is nothing but the name of the subject of its cue (its speaker's mention)."""
    mention = cand.mention
    if cand.kind != "direct" or mention is None:
        return False
    return text[cand.start : cand.end].strip(_MARKS) == text[mention[0] : mention[1]].strip(_MARKS)


def unowned_quotation(cand: Candidate) -> bool:
    """Whether `cand` is a headline quotation that nothing in the headline hands to anybody: the paper's
    display line ("'Nobody expected this.'"), whose speaker the article tells, if anyone."""
    return cand.origin in {"orphan", "fragment"} and cand.cue is None and cand.speaker is None
