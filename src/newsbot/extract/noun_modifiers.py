"""A cue verb that only describes a noun ("a request seeking comment", "a place to offer support", "lawsuits
seeking information", "wanting to learn more") and has no source of its own reports nobody's words: the noun
it hangs on is a thing or a purpose, and whoever might hold the stance is not in the clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_sourceless_modifier"]


def is_sourceless_modifier(cue: Token | None, source: Token | None) -> bool:
    """The cue is a clause modifying a noun (a participle or an infinitive) and no source was found for it."""
    return cue is not None and source is None and cue.dep_ == "acl"
