"""A headline in two parts: "'We are in shock': A mosque feels the spotlight".

A quotation (or any words) before the headline's colon and a verb after it belong to different sentences:
the second part is the paper's own line about the story, so its verb is no cue for the first part's words,
unless it is a speech verb that hands them to its subject ("'We will win': Rivals vow a long fight").
A title-cased headline's second part can also open with "And" or "But" and a subject of its own ("… During
Her Campaign- And It Says A LOT"): the paper's comment on the first part, no part of its content.
"""

from __future__ import annotations

import re

from .candidates import Candidate, Offsets
from .cues import is_speech_lemma

__all__ = ["cued_across_colon", "without_comment"]

# "And"/"But" opening a clause with a subject of its own: a pronoun or a counting or pointing word.
_COMMENT = re.compile(
    r"[\s\-–—]+(?:And|But) (?:It|One|This|That|These|Those|He|She|They|We|You|Some|Everyone|Nobody)\b"
)


def cued_across_colon(cand: Candidate, text: str, headline: Offsets) -> bool:
    """Whether `cand`'s words lie before the colon of the `headline` and its cue, no speech verb, after it."""
    colon = text.find(": ", headline[0], headline[1])
    if colon == -1 or cand.cue is None or cand.cue_token is None:
        return False
    return cand.end <= colon < cand.cue[0] and not is_speech_lemma(cand.cue_token.lemma_)


def without_comment(cand: Candidate, text: str) -> Candidate:
    """`cand`, a headline statement, cut before a comment of the paper's ("- And It Says A LOT") in its words."""
    found = None if cand.fragments else _COMMENT.search(text, cand.start, cand.end)
    if found is not None and found.start() > cand.start:
        cand.end = found.start()
    return cand
