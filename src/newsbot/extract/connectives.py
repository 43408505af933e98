"""Sentence-opening phrases built from a saying verb that only link sentences: "That said, …" (having said
that) and "All told, …" (in all). Nobody says what follows; it is the writer's own sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_connective"]

# The saying verb and the one word before it that make the phrase.
_CONNECTIVES = frozenset({("that", "said"), ("this", "said"), ("all", "told")})


def is_connective(cue: Token | None) -> bool:
    """The cue is the verb of "That said," or "All told," opening its sentence: two words and a comma."""
    if cue is None or cue.i < 1:
        return False
    doc = cue.doc
    first = doc[cue.i - 1]
    if first.i != cue.sent.start or (first.lower_, cue.lower_) not in _CONNECTIVES:
        return False
    return cue.i + 1 < len(doc) and doc[cue.i + 1].text == ","
