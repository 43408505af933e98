"""Statements introduced by a label and a colon rather than a verb.

Two layouts: transcript turns (`PENCE: Well, look, …`, with unlabelled paragraphs continuing the turn)
and headlines that name their source before a colon (`Poll: Wealthy Voters Abandon …`). The colon is the
cue, the label the source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .rubrics import is_rubric

__all__ = ["Label", "find_headline", "find_turns"]

_TURN = re.compile(
    r"(?P<open>[\"“]?)(?P<name>(?:[A-Z][A-Z.'’-]+)(?:[ \t][A-Z][A-Z.'’-]+){0,3})(?P<colon>:)[ \t\u00a0]+(?P<body>\S)"
)
_HEADLINE = re.compile(r"(?P<source>[^:.!?\n]{2,60}?)[ \t]*(?P<colon>:)[ \t\u00a0]+(?P<body>\S[^\n]*)")
_FROM = re.compile(r"[A-Za-z]+(?: [a-z]+)? from (?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})")
_MAX_HEADLINE = 220
_MAX_SOURCE_WORDS = 6
_CLOSING = "\"”'’"
_HEADLINE_SMALL = frozenset({"on", "of", "the", "a", "an", "to", "for", "and", "in", "at", "about", "with", "vs"})


@dataclass(frozen=True)
class Label:
    """A labelled statement: its fragments (one per paragraph), the label and the colon."""

    fragments: tuple[tuple[int, int], ...]
    name: tuple[int, int]
    colon: tuple[int, int]
    turn: bool = True  # a transcript turn (verbatim speech) rather than a headline


def _trim_end(text: str, start: int, end: int, *, keep_quote: bool) -> int:
    while end > start and text[end - 1] in (" \t\u00a0." if keep_quote else " \t\u00a0"):
        end -= 1
    if not keep_quote:
        while end > start and text[end - 1] in _CLOSING and text.count(text[end - 1], start, end) % 2 == 1:
            end -= 1
    return end


def find_turns(text: str, lines: Sequence[tuple[int, int]]) -> list[Label]:
    """Transcript turns: an upper-case speaker label, then the words up to the next label."""
    turns: list[Label] = []
    current: list[tuple[int, int]] = []
    name = colon = (0, 0)
    style = ""

    def close() -> None:
        if current:
            turns.append(Label(tuple(current), name, colon))

    for start, end in lines:
        match = _TURN.match(text, start, end)
        if match is not None and any(ch.isalpha() for ch in match.group("name")) and len(match.group("name")) > 1:
            close()
            name = (match.start("name"), match.end("name"))
            colon = (match.start("colon"), match.end("colon"))
            style = match.group("open")
            body_start = match.start("body")
            current = [(body_start, _trim_end(text, body_start, end, keep_quote=False))]
            continue
        if current and style and text.startswith(style, start):
            body_start = start + len(style)
            current.append((body_start, _trim_end(text, body_start, end, keep_quote=False)))
            continue
        close()
        current = []
    close()
    return [t for t in turns if t.fragments and all(b > a for a, b in t.fragments)]


def _capitalised(words: Sequence[str]) -> bool:
    return all(w[:1].isupper() or w.lower() in _HEADLINE_SMALL for w in words if any(c.isalpha() for c in w))


def _sender(text: str, label: tuple[int, int]) -> tuple[int, int] | None:
    """The name in a label that says whose words follow: "A lesson from Loretta Lynch: '…'" → Loretta Lynch."""
    found = _FROM.fullmatch(text, *label)
    if found is None or not _capitalised(found.group("name").split()):
        return None
    return found.start("name"), found.end("name")


def find_headline(text: str, first: tuple[int, int]) -> Label | None:
    """A headline `Source: words` in the first paragraph, when it is short and on one line."""
    start, end = first
    if end - start > _MAX_HEADLINE or "\n" in text[start:end]:
        return None
    match = _HEADLINE.match(text, start, end)
    if match is None:
        return None
    source = match.group("source")
    words = source.split()
    if not words or len(words) > _MAX_SOURCE_WORDS or "," in source or is_rubric(source):
        return None
    name = (match.start("source"), match.end("source"))
    if not _capitalised(words):
        name = _sender(text, name) or (0, 0)
        if name == (0, 0):
            return None
    body_start = match.start("body")
    body_end = _trim_end(text, body_start, end, keep_quote=True)
    if body_end <= body_start:
        return None
    return Label(((body_start, body_end),), name, match.span("colon"), turn=False)
