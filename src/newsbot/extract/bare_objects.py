"""An object content that is one bare common noun ("announced plans", "offered proof", "thanked supporters")
names no stance: the verb is an act, and what was announced or offered is not given. A name ("endorsed
Clinton") or a noun with a determiner or modifier ("denied the allegations") still is one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_bare_noun"]


def is_bare_noun(tokens: list[Token]) -> bool:
    """The content's words (punctuation aside) are a single common noun."""
    words = [t for t in tokens if not t.is_punct]
    return len(words) == 1 and words[0].pos_ == "NOUN"
