"""A quoted name that is a headline's subject: "‘Time’ Just Announced Its Person Of The Year".

A headline puts quotation marks round a title (a magazine, a film, a slogan) as readily as round words
spoken; when the quotation is the subject of the headline's cue, it is the one speaking, not what is said.
"""

from __future__ import annotations

from .candidates import Candidate

__all__ = ["quotes_its_own_speaker"]

_MARKS = "\"“”‘’' "


def quotes_its_own_speaker(cand: Candidate, text: str) -> bool:
    """Whether `cand`, a quotation, is nothing but the name of the subject of its cue (its speaker's mention)."""
    mention = cand.mention
    if cand.kind != "direct" or mention is None:
        return False
    return text[cand.start : cand.end].strip(_MARKS) == text[mention[0] : mention[1]].strip(_MARKS)
