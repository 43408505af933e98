"""A saying interrupted by its circumstance: "He said as the crowd cheered that the plan would work", "She told
reporters while the votes were counted that she expected to win". The parser hangs the that-clause on the
nearest verb, the circumstance's ("cheered", "counted"), which cannot take one; the clause is the words of the
speech verb the circumstance interrupts, and its subject is the speaker, not the crowd."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import CLAUSE_CUES, SPEECH_VERBS
from .light_verbs import light_verb_frame

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["interrupted_saying"]

# Conjunctions that open a clause of time or reason set inside a saying.
_SUBORDINATORS = frozenset({"as", "while", "whilst", "when", "before", "after", "since", "until", "once", "because"})


def interrupted_saying(verb: Token) -> tuple[Token, Token] | None:
    """(speech verb, that-clause) when `verb` is a circumstance's verb inside a saying and holds the saying's
    that-clause; None otherwise (a verb that takes a that-clause of its own keeps it: "said as he argued that …",
    "said as he made clear that …")."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() in CLAUSE_CUES or light_verb_frame(verb) is not None:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS and c.i < verb.i for c in verb.children):
        return None
    speech = verb.head
    if speech.i > verb.i or speech.lemma_.lower() not in SPEECH_VERBS or speech.pos_ != "VERB":
        return None
    if any(c.dep_ in {"ccomp", "xcomp"} for c in speech.children):
        return None
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    return None if clause is None else (speech, clause)
