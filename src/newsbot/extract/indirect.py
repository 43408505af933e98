"""What every reader of reported speech shares: the candidate it builds from content pieces, cue and source,
and the limits a content must meet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate, Offsets
from .spans import mention_span, token_span

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["MIN_CONTENT_WORDS", "QUOTE_CHARS", "SURFACE_WINDOW", "indirect_candidate"]

QUOTE_CHARS = "\"“”'‘’«»"
MIN_CONTENT_WORDS = 3  # fewer words than this ("spoke about it") is rarely someone's statement
SURFACE_WINDOW = 8  # how far past a cue (or an "according to") the words that complete it may lie


def indirect_candidate(
    pieces: list[Offsets],
    paragraph: int,
    origin: str,
    cue: list[Token],
    source: Token | None,
    offset: int,
    *,
    mention: Offsets | None = None,
) -> Candidate:
    """An indirect statement from its content pieces, its cue words (the first is the cue proper) and its
    grammatical source; the cue's sentence holds the dates that may say when it was said."""
    if mention is None and source is not None:
        mention = mention_span(source, offset)
    return Candidate(
        start=pieces[0][0],
        end=pieces[-1][1],
        kind="indirect",
        paragraph=paragraph,
        origin=origin,
        fragments=pieces if len(pieces) > 1 else [],
        cue=token_span(cue, offset),
        cue_token=cue[0],
        speaker_token=source,
        mention=mention,
        date_anchor=token_span(cue[0].sent, offset),
    )
