"""A headline in two parts: "'We are in shock': A mosque feels the spotlight".

A quotation (or any words) before the headline's colon and a verb after it belong to different sentences:
the second part is the paper's own line about the story, so its verb is no cue for the first part's words,
unless it is a speech verb that hands them to its subject ("'We will win': Rivals vow a long fight").
"""

from __future__ import annotations

from .candidates import Candidate, Offsets
from .cues import is_speech_lemma

__all__ = ["cued_across_colon"]


def cued_across_colon(cand: Candidate, text: str, headline: Offsets) -> bool:
    """Whether `cand`'s words lie before the colon of the `headline` and its cue, no speech verb, after it."""
    colon = text.find(": ", headline[0], headline[1])
    if colon == -1 or cand.cue is None or cand.cue_token is None:
        return False
    return cand.end <= colon < cand.cue[0] and not is_speech_lemma(cand.cue_token.lemma_)
