"""The working record of a statement while extraction assembles it (mutable, offsets into the article)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import StatementKind

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Candidate", "Offsets", "Regions"]

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


class Regions:
    """Sorted, possibly overlapping (start, end) regions with a fast "is this offset inside one" test."""

    def __init__(self, regions: Sequence[Offsets]) -> None:
        self._regions = sorted(regions)
        self._starts = [a for a, _ in self._regions]
        self._reach: list[int] = []
        reach = -1
        for _, b in self._regions:
            reach = max(reach, b)
            self._reach.append(reach)

    def covers(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and self._reach[i] > offset
