"""The working record of a statement while extraction assembles it (mutable, offsets into the article)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import StatementKind

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Candidate", "Offsets"]

Offsets = tuple[int, int]


@dataclass
class Candidate:
    """One statement in the making.

    `speaker_token` is the head of the grammatical source (resolved to a name later); `speaker` is set
    directly when the text names the source outside any parse (a post's byline).
    """

    start: int
    end: int
    kind: StatementKind
    paragraph: int
    origin: str
    fragments: list[Offsets] = field(default_factory=list)
    cue: Offsets | None = None
    cue_token: Token | None = None
    speaker_token: Token | None = None
    mention: Offsets | None = None
    speaker: str | None = None
    date_anchor: Offsets | None = None  # text whose dates govern the statement (the cue's clause, a byline)
    repeats: list[Offsets] = field(default_factory=list)

    def overlap(self, start: int, end: int) -> int:
        return max(0, min(self.end, end) - max(self.start, start))
