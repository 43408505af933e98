"""Markup left in an article's text: tags such as `<tweet author="@x" datetime="…">` are nobody's words.

Pages saved or pasted as text sometimes keep the embed tags of posts; a tag's name and attributes parse as
words ("tweet" as a cue, `datetime="2016` as a speaker), so the tags are regions no cue, speaker or content
may come from. Only tags that look like markup count: a name, then attributes with quoted values.
"""

from __future__ import annotations

import re

from .candidates import Candidate, Offsets, Regions

__all__ = ["find_tags", "without_markup"]

_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+=\"[^\"<>\n]*\")*\s*/?>")


def find_tags(text: str) -> list[Offsets]:
    """Every markup tag in `text` (opening, closing or empty), as (start, end)."""
    return [(m.start(), m.end()) for m in _TAG.finditer(text)]


def without_markup(candidates: list[Candidate], tags: list[Offsets]) -> list[Candidate]:
    """Drop candidates whose cue lies in a tag; keep speakers and contents to their words outside tags."""
    if not tags:
        return candidates
    inside = Regions(tags)
    kept: list[Candidate] = []
    for cand in candidates:
        if cand.cue is not None and inside.covers(cand.cue[0]):
            continue
        if cand.mention is not None:
            cand.mention = _outside(cand.mention, tags)
            if cand.mention is None:
                cand.speaker_token = None
        content = _outside((cand.start, cand.end), tags)
        if content is None:
            continue
        cand.start, cand.end = content
        kept.append(cand)
    return kept


def _outside(span: Offsets, tags: list[Offsets]) -> Offsets | None:
    """`span` without the tags at its edges, cut before a tag inside it; None when nothing is left."""
    start, end = span
    for a, b in tags:
        if a <= start < b:
            start = b
        elif start < a < end:
            end = a
    return (start, end) if start < end else None
