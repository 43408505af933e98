"""Markup left in an article's text: tags such as `<tweet author="@x" datetime="…">` are nobody's words.

Pages saved or pasted as text sometimes keep the embed tags of posts; a tag's name and attributes parse as
words ("tweet" as a cue, `datetime="2016` as a speaker), so the tags are regions no cue, speaker or content
may come from. Only tags that look like markup count: a name, then attributes with quoted values. A quotation
with a tag inside it (“<b>No</b>,” he said) is still read whole, as the speaker's words; other contents stop
before a tag inside them.
"""

from __future__ import annotations

import re

from .candidates import Candidate, Offsets
from .spans import trim

__all__ = ["find_tags", "without_markup"]

_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+=\"[^\"<>\n]*\")*\s*/?>")


def find_tags(text: str) -> list[Offsets]:
    """Every markup tag in `text` (opening, closing or empty), as (start, end)."""
    return [(m.start(), m.end()) for m in _TAG.finditer(text)]


def without_markup(candidates: list[Candidate], tags: list[Offsets], text: str) -> list[Candidate]:
    """Keep speakers and contents to their words outside tags (a content's fragments too; a quotation only loses
    the tags at its edges), and drop a content with no word left. A cue inside a tag never makes a candidate:
    the tags are among the regions `extract_records` excludes, with posts and notes."""
    if not tags:
        return candidates
    kept: list[Candidate] = []
    for cand in candidates:
        if cand.mention is not None:
            cand.mention = _outside(cand.mention, tags)
            if cand.mention is None:
                cand.speaker_token = None
        content = _outside((cand.start, cand.end), tags, cut=cand.kind != "direct")
        if content is None:
            continue
        if content != (cand.start, cand.end) and not _cut_to(cand, content, text):
            continue
        kept.append(cand)
    return kept


def _cut_to(cand: Candidate, content: Offsets, text: str) -> bool:
    """Cut `cand`'s content to `content`, trimmed, and its pieces with it, so that the quote and its fragments
    stay one reading of the text; False when no word is left."""
    start, end = trim(text, *content)
    if not any(ch.isalnum() for ch in text[start:end]):
        return False
    cand.start, cand.end = start, end
    pieces = [trim(text, max(a, start), min(b, end)) for a, b in cand.fragments if a < end and b > start]
    pieces = [(a, b) for a, b in pieces if a < b]
    cand.fragments = pieces if len(pieces) > 1 else []
    return True


def _outside(span: Offsets, tags: list[Offsets], *, cut: bool = True) -> Offsets | None:
    """`span` without the tags at its edges, cut before a tag inside it (with `cut`; else only before a tag it
    runs into); None when nothing is left."""
    start, end = span
    for a, b in tags:
        if a <= start < b:
            start = b
        elif start < a < end and (cut or end < b):
            end = a
    return (start, end) if start < end else None
