"""Words set below their attribution as a paragraph of their own, without quotation marks: "The governor
added:" and, on the next line, what he added ("It's typical of her. She knows nothing …").

Web articles print a long quotation as a block quote, so the marks that would tie it to its speaker are
gone; the colon closing the paragraph is what introduces it. A quoted next paragraph is `direct.py`'s, an
embedded post (`<tweet …>`) is `posts.py`'s, and a list of items or a heading is nobody's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate
from .cues import SPEECH_VERBS, cue_tokens
from .indirect import MIN_CONTENT_WORDS, QUOTE_CHARS, indirect_candidate
from .spans import subject_of, word_count

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["block_quote_candidate"]

_ENDS = (".", "!", "?", "…")


def _line_end(text: str, start: int) -> int | None:
    """The end of the sentence-like line at `start`, without trailing spaces; None for a quotation, an
    embedded post, a list item or a heading."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    if not line or line[0] in QUOTE_CHARS or line[0] in "<•*-–—" or not line.endswith(_ENDS):
        return None
    return start + len(line)


def _block_end(text: str, start: int) -> int | None:
    """Where the block at `start` ends: a block quote set line by line ("Let no one be mistaken – …⏎It
    cannot be pacified …⏎I feel so strongly …") runs on over the lines joined by single line breaks, up to
    the blank line that closes it."""
    end = _line_end(text, start)
    while end is not None:
        brk = end
        while brk < len(text) and text[brk] in " \t\u00a0":
            brk += 1
        if not text.startswith("\n", brk) or text.startswith("\n", brk + 1):
            return end
        following = _line_end(text, brk + 1)
        if following is None:
            return end
        end = following
    return None


def block_quote_candidate(cue: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """The paragraph after "X said:" when the cue has nothing else to say and ends its own paragraph."""
    doc = cue.doc
    after = cue.i + 1
    if after >= len(doc) or doc[after].text != ":" or cue.lemma_.lower() not in SPEECH_VERBS:
        return None
    if any(not t.is_space for t in doc[after + 1 :]):
        return None  # "He said: the plan is dead" keeps its words on the line
    source = subject_of(cue)
    if source is None:
        return None
    colon_end = offset + doc[after].idx + 1
    start = colon_end
    while start < len(text) and text[start].isspace():
        start += 1
    if start == colon_end or "\n" not in text[colon_end:start] or start >= len(text):
        return None
    end = _block_end(text, start)
    if end is None:
        return None
    block = text[start:end]
    pieces = [(start, end - (1 if block.endswith(".") else 0))]
    if word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    return indirect_candidate(pieces, paragraph, "block", cue_tokens(cue), source, offset)
