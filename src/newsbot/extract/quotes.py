"""Finding quoted passages by their quotation marks, across paragraphs.

Works on raw text with character offsets, independent of the parser, because tokenisers split and attach
quotation marks inconsistently. Handles curly and straight double quotes, doubled apostrophes (''…'') and
guillemets, and the newspaper convention for a quote that runs over several paragraphs: each paragraph
opens with a quotation mark and only the last one closes it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from .headlines import is_headline, is_title_cased

__all__ = ["INVISIBLE_MARKS", "QuoteLookup", "QuoteSpan", "find_quotes"]

_OPENERS = {"“": "”", "«": "»", "„": "”", "‟": "”"}
_CLOSERS = {"”", "»"}
_STRAIGHT = {'"', "''", "``"}
_BEFORE_OPENER = set(" \t\n\u00a0([{—–-/:;,\u2014\u2013") | {""}


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation from its opening mark to its closing mark (both included).

    `fragments` has one (start, end) per paragraph the quotation covers; `closed` is False when the text ends
    a paragraph without a closing mark and no continuation follows.
    """

    start: int
    end: int
    fragments: tuple[tuple[int, int], ...]
    closed: bool = True

    def words(self, text: str) -> int:
        return sum(len(text[a:b].split()) for a, b in self.fragments)


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Quotation-mark tokens in text[start:end] as (offset, mark); a doubled apostrophe is one mark."""
    marks: list[tuple[int, str]] = []
    i = start
    while i < end:
        ch = text[i]
        pair = text[i : i + 2]
        if pair in ("''", "``") and i + 1 < end:
            marks.append((i, pair))
            i += 2
            continue
        if ch in _OPENERS or ch in _CLOSERS or ch == '"':
            marks.append((i, ch))
        i += 1
    return marks


def _family(mark: str) -> str:
    """Straight and curly marks are different families: a quote opened with one does not continue with the other."""
    if not mark:
        return ""
    return "straight" if mark[0] in "\"'`" else "curly"


def _opens(text: str, offset: int, mark: str) -> bool:
    """Whether a mark at `offset` opens a quotation (by its shape, or for straight marks by its context)."""
    if mark in _OPENERS or mark == "``":
        return True
    if mark in _CLOSERS:
        return False
    before = text[offset - 1] if offset > 0 else ""
    after_at = offset + len(mark)
    after = text[after_at] if after_at < len(text) else ""
    # `">` closes a markup attribute whose value ran over a line break (`tweet-date="May 9, 2016⏎">…`).
    return before in _BEFORE_OPENER and after not in ("", " ", "\n", "\t", ">")


# Direction and zero-width marks that pasted text carries before a quotation (`\u202a”Isis …”`).
INVISIBLE_MARKS = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"


def _reversed_opener(text: str, offset: int, mark: str, line_start: int) -> bool:
    """A closing mark typed before a word, at the start of a line or after a space (`”Mr. Trump …”`, `aides
    ”get close to Ben”`), opens a quotation; invisible direction marks before it do not count."""
    after = offset + len(mark)
    if mark not in _CLOSERS or after >= len(text) or not text[after].isalnum():
        return False
    return not text[line_start:offset].strip(INVISIBLE_MARKS) or text[offset - 1] in (" ", "\u00a0")


def _reversed_closer(text: str, offset: int, mark: str) -> bool:
    """An opening mark typed right after the quoted words and before a space or the line's end closes the
    quotation (`“Do you want to be associated with a fascist?“ he asked.`, `“Mostly False.“`)."""
    if mark not in _OPENERS or offset == 0 or text[offset - 1].isspace():
        return False
    after = offset + len(mark)
    return after >= len(text) or text[after].isspace() or text[after] in ",.;:!?)"


def _closes(text: str, offset: int, mark: str) -> bool:
    if mark in _CLOSERS:
        return True
    if mark in _OPENERS or mark == "``":
        return False
    # A straight mark closes unless it plainly opens a new quotation ("… word "Next").
    before = text[offset - 1] if offset > 0 else ""
    return not (before in (" ", "\t") and _opens(text, offset, mark))


def _mistyped_close(text: str, offset: int, mark: str) -> bool:
    """A closing mark of the other family ends the quotation (`“… FBI," he said`, `"work-related” emails`).

    Editors mix curly and straight marks; a mark that cannot open and follows a word or punctuation (not a
    space) is the close, or the quotation would run on to the paragraph's end.
    """
    before = text[offset - 1] if offset > 0 else ""
    if before in ("", " ", "\t", "\n", "\u00a0"):
        return False
    after_at = offset + len(mark)
    after = text[after_at] if after_at < len(text) else ""
    return _closes(text, offset, mark) and (after == "" or not after.isalnum())


def find_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[QuoteSpan]:
    """Every quotation in the article, in order; `paragraphs` are (start, end) offsets of the blocks."""
    quotes: list[QuoteSpan] = []
    pending: list[tuple[int, int]] = []  # fragments of a quotation still open at a paragraph end
    for p_start, p_end in paragraphs:
        open_at: int | None = None
        marks = _marks(text, p_start, p_end)
        continues = (
            bool(marks)
            and marks[0][0] == p_start
            and _opens(text, p_start, marks[0][1])
            and _family(marks[0][1])
            == _family(text[pending[0][0] : pending[0][0] + len(marks[0][1])] if pending else "")
        )
        if pending and not continues:
            # The previous paragraph's quotation never closed and is not continued here.
            first = pending[0][0]
            quotes.append(QuoteSpan(first, pending[-1][1], tuple(pending), closed=False))
            pending = []
        outer = ""
        nested: list[str] = []  # families of quotations opened inside the open one
        for offset, mark in marks:
            if open_at is None:
                if _opens(text, offset, mark) or _reversed_opener(text, offset, mark, p_start):
                    open_at, outer, nested = offset, _family(mark), []
                continue
            family = _family(mark)
            if not nested and family == outer and _reversed_closer(text, offset, mark):
                end = offset + len(mark)
                fragments = (*pending, (open_at, end))
                quotes.append(QuoteSpan(fragments[0][0], end, fragments))
                pending = []
                open_at = None
                continue
            if family != outer or (family == "curly" and mark in _OPENERS):
                # A quotation inside the quotation: “… "inner" …”, "… “inner” …", “… “inner” …”.
                if nested and nested[-1] == family and _closes(text, offset, mark):
                    nested.pop()
                elif _opens(text, offset, mark):
                    nested.append(family)
                elif not nested and family != outer and _mistyped_close(text, offset, mark):
                    end = offset + len(mark)
                    fragments = (*pending, (open_at, end))
                    quotes.append(QuoteSpan(fragments[0][0], end, fragments))
                    pending = []
                    open_at = None
                continue
            if nested and nested[-1] == family and _closes(text, offset, mark):
                nested.pop()
                continue
            if _closes(text, offset, mark):
                end = offset + len(mark)
                fragments = (*pending, (open_at, end))
                quotes.append(QuoteSpan(fragments[0][0], end, fragments))
                pending = []
                open_at = None
            elif _opens(text, offset, mark):
                open_at = offset  # an opener while open: the earlier one was stray
        if open_at is not None:
            pending.append((open_at, p_end))
    if pending:
        quotes.append(QuoteSpan(pending[0][0], pending[-1][1], tuple(pending), closed=False))
    quotes = _with_single_quotes(text, paragraphs, quotes)
    if len(paragraphs) > 1 and is_headline(text[slice(*paragraphs[0])]):
        quotes = _headline_quotes(text, paragraphs[0], quotes)
    return quotes


_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_BEFORE_SINGLE = set(" \t\n\u00a0([{—–-/:;") | {""}
_SENTENCE_MARKS = set(",.!?…;:—–")


def _single_close(text: str, at: int, end: int, mark: str = _SINGLE_CLOSE) -> int | None:
    """Where a single quotation opened at `at` closes: a ’ (or the straight `mark`) after a word that no letter
    follows (not the apostrophe of "don’t"), and not a plural possessive ("the players’ union")."""
    j = text.find(mark, at + 1, end)
    while j != -1:
        before = text[j - 1]
        after = text[j + 1] if j + 1 < len(text) else ""
        if not before.isspace() and not after.isalnum():
            possessive = before == "s" and after == " " and j + 2 < end and text[j + 2].islower()
            if not possessive or before in _SENTENCE_MARKS:
                return j + 1
        j = text.find(mark, j + 1, end)
    return None


def _headline_quotes(text: str, headline: tuple[int, int], quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single marks are a headline's quotation marks, curly or straight: `Trump: 'We are going to win so much.'`,
    `Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’`."""
    start, end = headline
    lookup = QuoteLookup(quotes)
    found: list[QuoteSpan] = []
    at = start
    while at < end:
        mark = text[at]
        close = None
        if mark in (_SINGLE_OPEN, "'") and (at == start or text[at - 1] in _BEFORE_SINGLE):
            after = text[at + 1] if at + 1 < end else ""
            if after.isalnum() and not _elided(text, at) and lookup.covering(at) is None:
                close = _single_close(text, at, end, _SINGLE_CLOSE if mark == _SINGLE_OPEN else "'")
        if close is not None and not lookup.overlapping(at, close):
            found.append(QuoteSpan(at, close, ((at, close),)))
            at = close
        else:
            at += 1
    return sorted([*quotes, *found], key=lambda q: q.start) if found else quotes


def _elided(text: str, at: int) -> bool:
    """A mark before two digits is an apostrophe for a year's elided century (`'90s Band Returns`, `Class of
    ‘16`), and one around a lone "n" between words the elided "and" of `Rock 'n' Roll`: not quotation marks."""
    if text[at + 1 : at + 3].isdigit() and not text[at + 3 : at + 4].isdigit():
        return True
    return (
        text[at + 1 : at + 2] in ("n", "N")
        and text[at + 2 : at + 3] in ("'", _SINGLE_CLOSE)
        and text[at + 3 : at + 4] == " "
    )


def _with_single_quotes(text: str, paragraphs: Sequence[tuple[int, int]], quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single curly marks as quotation marks in an article that quotes with them (British style): ‘We will
    win,’ he said. Where double marks are the article's own, single ones are titles or quotes inside quotes."""
    if text.count(_SINGLE_OPEN) <= text.count("“") + text.count('"') // 2:
        return quotes  # double marks are the article's quotation marks; single ones set off titles and words
    lookup = QuoteLookup(quotes)
    found: list[QuoteSpan] = []
    for p_start, p_end in paragraphs:
        if is_title_cased(text[p_start:p_end]):
            continue  # a headline's single marks set off titles and slogans as often as words
        at = text.find(_SINGLE_OPEN, p_start, p_end)
        while at != -1:
            before = text[at - 1] if at > p_start else ""
            after = text[at + 1] if at + 1 < p_end else ""
            close = None
            if before in _BEFORE_SINGLE and after.isalnum() and lookup.covering(at) is None:
                close = _single_close(text, at, p_end)
            if close is not None and not lookup.overlapping(at, close):
                found.append(QuoteSpan(at, close, ((at, close),)))
                at = text.find(_SINGLE_OPEN, close, p_end)
            else:
                at = text.find(_SINGLE_OPEN, at + 1, p_end)
    return sorted([*quotes, *found], key=lambda q: q.start) if found else quotes


class QuoteLookup:
    """Quotations sorted by offset, for fast overlap and containment tests."""

    def __init__(self, quotes: Sequence[QuoteSpan]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.starts = [q.start for q in self.quotes]

    def overlapping(self, start: int, end: int) -> list[QuoteSpan]:
        hits: list[QuoteSpan] = []
        i = bisect.bisect_left(self.starts, end)
        # Quotes are disjoint and sorted, so walk back while they can still overlap.
        j = i - 1
        while j >= 0:
            q = self.quotes[j]
            if q.end > start:
                hits.append(q)
            elif q.end <= start:
                break
            j -= 1
        hits.reverse()
        return hits

    def covering(self, offset: int) -> QuoteSpan | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.quotes[i].start <= offset < self.quotes[i].end:
            return self.quotes[i]
        return None
