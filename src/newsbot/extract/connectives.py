"""Sentence-opening phrases built from a saying verb with which the writer links or names: "That said, …"
(having said that), "All told, …" (in all) and the imperative "Call it …" ("Call it a fetish for the
familiar."). Nobody says what follows; it is the writer's own sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_connective"]

# The saying verb and the one word before it that make the phrase.
_CONNECTIVES = frozenset({("that", "said"), ("this", "said"), ("all", "told")})


def is_connective(cue: Token | None) -> bool:
    """The cue is the verb of "That said," or "All told," opening its sentence (two words and a comma), or an
    imperative "Call it …" opening it."""
    if cue is None:
        return False
    if cue.i == cue.sent.start and cue.lemma_.lower() == "call" and cue.tag_ == "VB":
        return not any(c.dep_ == "nsubj" for c in cue.children) and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in cue.children
        )
    if cue.i < 1:
        return False
    doc = cue.doc
    first = doc[cue.i - 1]
    if first.i != cue.sent.start or (first.lower_, cue.lower_) not in _CONNECTIVES:
        return False
    return cue.i + 1 < len(doc) and doc[cue.i + 1].text == ","
