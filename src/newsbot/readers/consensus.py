"""Two extractors voting on a page's paragraphs.

Trafilatura read for precision misses the odd paragraph and still keeps some boilerplate (a "related
stories" box, a caption); read for recall it finds the missing paragraphs and more boilerplate. Readability
finds a page's main block by a different method (text density of the DOM), and when it finds the same article
(it holds most of the precise reading's text) it arbitrates: a paragraph either trafilatura reading found is
kept when readability has it too. Embedded posts are kept regardless, because readability drops embeds. When
readability found something else (a page it misreads), the precise reading stands alone.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter

__all__ = ["AGREEMENT", "agree", "compact", "merge_in_order", "shingles"]

# Share of the precise reading's 4-word shingles readability must hold to count as the same article.
# (On the 30 benchmark pages any threshold from 0.6 to 0.9 picks the same pages.)
AGREEMENT = 0.7
_WORD = re.compile(r"\w+")
_WHITESPACE = re.compile(r"\s+")
_POST_BYLINE = re.compile(r"\(@\w{1,30}\)[^\n()]{0,40}\d{4}\s*\Z")


def compact(text: str) -> str:
    """Text without whitespace: two extractions of the same words compare equal however spaced."""
    return _WHITESPACE.sub("", text)


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """The benchmark's measure of text: overlapping runs of `size` words."""
    words = _WORD.findall(text)
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))


def _coverage(part: str, whole: str) -> float:
    """The share of `part`'s shingles that `whole` also has."""
    mine = shingles(part)
    theirs = shingles(whole)
    total = sum(mine.values())
    return sum(min(count, theirs[key]) for key, count in mine.items()) / total if total else 0.0


def merge_in_order(first: list[str], second: list[str]) -> list[str]:
    """The paragraphs of both readings once each, in page order (`first`'s order where they differ)."""
    key_first = [compact(p) for p in first]
    key_second = [compact(p) for p in second]
    seen = set(key_first)
    merged: list[str] = []
    matcher = difflib.SequenceMatcher(None, key_first, key_second, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        merged.extend(first[i1:i2])
        if op != "equal":
            merged.extend(p for p, key in zip(second[j1:j2], key_second[j1:j2], strict=True) if key not in seen)
    return merged


def agree(precise: list[str], recall: list[str], readability_text: str) -> list[str]:
    """The paragraphs to keep: voted on when readability read the same article, else the precise reading."""
    if not readability_text or _coverage("\n".join(precise), readability_text) < AGREEMENT:
        return precise
    other = compact(readability_text)
    return [p for p in merge_in_order(recall, precise) if compact(p) in other or _POST_BYLINE.search(p)]
