"""Embedded social-media posts and dash bylines.

A post pasted from X/Twitter ends with a byline: `… https://t.co/x — Asaduddin Owaisi (@asadowaisi) May 11,
2025`. The post's words run from the start of that paragraph (and of short paragraphs just before it that
carry no quotation marks) to the link or the dash. A quotation followed by `― Name` at the end of its
paragraph is attributed by the dash the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["DashByline", "Post", "find_dash_bylines", "find_posts"]

_DASH = r"(?:[—―–]|--?)"
_BYLINE = re.compile(
    _DASH + r"[ \t\u00a0]*(?P<name>[^\n()—―–@]{1,80}?)[ \t\u00a0]*\((?P<handle>@\w{1,30})\)[ \t\u00a0]*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?[ \t\u00a0]+\d{1,2},?[ \t\u00a0]+\d{4})|(?:\d{1,2}[ \t\u00a0]+[A-Z][a-z]{2,8}"
    r"[ \t\u00a0]+\d{4}))[ \t\u00a0]*\.?[ \t\u00a0]*\Z"
)
_TRAILING_LINKS = re.compile(r"(?:[ \t\u00a0]*(?:https?://\S+|pic\.twitter\.com/\S+|…|\.\.\.))+[ \t\u00a0]*\Z")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
_DASH_NAME = re.compile(
    r"(?P<quote>[”\"])[ \t\u00a0]*(?:\n[ \t\u00a0]*){0,2}(?P<dash>[—―–]|--)[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t\u00a0]+(?:[A-Z][\w.'’-]*|de|van|von|da|al|bin)){0,4})"
    r"(?:,[^\n]{0,80})?[ \t\u00a0]*\.?[ \t\u00a0]*\Z"
)
# A paragraph that reports speech introduces the post rather than belonging to it.
_NARRATION = re.compile(
    r"\b(?:said|says|wrote|writes|tweeted|tweets|posted|posts|replied|replies|added|adds|told|tells|responded|"
    r"according to|shared|reacted|reacts)\b",
    re.IGNORECASE,
)
MAX_POST_CHARS = 320  # a tweet is at most 280 characters; leave room for line breaks and entities


@dataclass(frozen=True)
class Post:
    """An embedded post: its text fragments (one per paragraph), the byline's dash, name and date."""

    fragments: tuple[tuple[int, int], ...]
    dash: tuple[int, int]
    name: tuple[int, int]
    handle: str
    date: tuple[int, int]
    paragraph: int  # 1-based number of the byline's paragraph

    @property
    def start(self) -> int:
        return self.fragments[0][0] if self.fragments else self.dash[0]

    @property
    def end(self) -> int:
        return self.date[1]


@dataclass(frozen=True)
class DashByline:
    """`“…” ― Name`: the dash is the cue and the name the speaker of the quotation that ends at `quote_end`."""

    quote_end: int
    dash: tuple[int, int]
    name: tuple[int, int]


def _final_period(name: str) -> int:
    """1 when a name ends with a sentence period rather than an initial ("Carla Sanchez." but "Jr.")."""
    stripped = name.rstrip()
    last = stripped.split()[-1] if stripped.split() else ""
    return 1 if stripped.endswith(".") and len(last) > 3 and len(stripped) == len(name) else 0


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_posts(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Post]:
    """Every embedded post, found by its byline at the end of a paragraph."""
    posts: list[Post] = []
    used_until = 0
    for index, (p_start, p_end) in enumerate(paragraphs):
        match = _BYLINE.search(text, p_start, p_end)
        if match is None:
            continue
        body_end = match.start()
        links = _TRAILING_LINKS.search(text, p_start, body_end)
        if links is not None:
            body_end = links.start()
        fragments: list[tuple[int, int]] = []
        first = _strip_span(text, p_start, body_end)
        if first[1] > first[0]:
            fragments.append(first)
        total = first[1] - first[0]
        back = index - 1
        while back >= 0 and paragraphs[back][0] >= used_until and len(fragments) < 4:
            b_start, b_end = paragraphs[back]
            size = b_end - b_start
            if _QUOTE_MARKS.search(text, b_start, b_end) or total + size > MAX_POST_CHARS:
                break
            if _NARRATION.search(text, b_start, b_end) or text[b_start:b_end].rstrip().endswith(":"):
                break
            if _BYLINE.search(text, b_start, b_end):
                break
            fragments.insert(0, (b_start, b_end))
            total += size
            back -= 1
        name = _strip_span(text, match.start("name"), match.end("name"))
        dash_end = match.start() + (2 if text.startswith("--", match.start()) else 1)
        posts.append(
            Post(
                fragments=tuple(fragments),
                dash=(match.start(), dash_end),
                name=name,
                handle=match.group("handle"),
                date=(match.start("date"), match.end("date")),
                paragraph=index + 1,
            )
        )
        used_until = p_end
    return posts


def _dash_line(text: str, start: int, end: int) -> bool:
    line = text[start:end].lstrip(" \t\u00a0")
    return line.startswith(("—", "―", "–", "--"))


def find_dash_bylines(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[DashByline]:
    """Quotations closed by `― Name` at the end of their paragraph, or on the line after it."""
    found: list[DashByline] = []
    for k, (p_start, p_end) in enumerate(paragraphs):
        if _dash_line(text, p_start, p_end) and k > 0:
            continue  # read with the line before it
        end = p_end
        if k + 1 < len(paragraphs):
            n_start, n_end = paragraphs[k + 1]
            gap = text[p_end:n_start]
            if _dash_line(text, n_start, n_end) and not gap.strip() and gap.count("\n") <= 2:
                end = n_end
        match = _DASH_NAME.search(text, p_start, end)
        if match is None or _BYLINE.search(text, p_start, end):
            continue
        found.append(
            DashByline(
                quote_end=match.end("quote"),
                dash=(match.start("dash"), match.end("dash")),
                name=_strip_span(text, match.start("name"), match.end("name") - _final_period(match.group("name"))),
            )
        )
    return found
