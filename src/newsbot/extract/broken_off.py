"""A clause before a colon, semicolon or spaced dash is not what the verb after it reports: in "We have been
here before: Osama bin Laden declared war on the United States" the writer's lead-in ends at the colon, and
the clause after it has its own subject and verb. (Without a break, "The economy is strong, he said" is the
saying's content.) A cue with nothing of its own after the break ("— the minister said on Monday", "; the
president told reporters") still reports the clause before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidates import Offsets
from .cues import has_own_complement

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["broken_off"]

_BREAK = re.compile(r"[:;]|\s(?:—|--|―|–)\s")


def broken_off(pieces: list[Offsets], verb: Token, source: Token | None, offset: int, text: str) -> bool:
    """True when the whole content lies before the cue and a colon, semicolon or spaced dash separates it
    from the cue's own clause, whose subject comes after the break and whose verb has a complement of its own
    ("declared war on …"). An imperative ("…: think of …") has no subject and is left alone."""
    if not pieces or source is None or not has_own_complement(verb):
        return False
    content_end = pieces[-1][1]
    subject_at = offset + source.left_edge.idx
    if content_end > subject_at or subject_at > offset + verb.idx:
        return False
    gap = text[content_end:subject_at]
    return "\n" not in gap and _BREAK.search(gap) is not None
