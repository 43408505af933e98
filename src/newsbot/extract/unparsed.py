"""What extraction finds on the article's raw text alone, before or without its parse.

Dates, quotation marks, embedded posts, transcript labels and credits need no spaCy, so they can be found
while the paragraphs are still being parsed (by the parsing helper, see `newsbot.parse_helper`); the rest
of `extract_records` then starts from these findings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import ArticleMeta, Credit, DateMention
from .candidates import Offsets
from .credits import find_credits
from .dates import find_dates, published_date, resolve_meta
from .dates_yearless import find_yearless
from .labels import Label, find_headline, find_kicker, find_notes, find_turns
from .link_lists import find_link_items
from .markup import find_tags
from .posts import DashByline, Post, find_dash_bylines, find_posts
from .quotes import QuoteSpan, find_quotes

if TYPE_CHECKING:
    from ..articles import Article

__all__ = ["Unparsed", "find_unparsed", "line_start"]


@dataclass(frozen=True)
class Unparsed:
    """The findings on the raw text of one article (`labels` includes a `Source: words` headline; `notes` are
    the paper's notes on the article, a newsletter's reading-list lines and the headline's kicker, where nobody
    is quoted; `tags` are markup tags left in the text, which are nobody's words)."""

    meta: ArticleMeta
    dates: list[DateMention]
    yearless: list[DateMention]
    lines: list[Offsets]
    quotes: list[QuoteSpan]
    posts: list[Post]
    labels: list[Label]
    notes: list[Offsets]
    tags: list[Offsets]
    dash_bylines: list[DashByline]
    credits: list[Credit]


def find_unparsed(article: Article) -> Unparsed:
    """Everything `extract_records` finds without the parse, for `article`."""
    text = article.text
    paragraphs = [(p.start, p.end) for p in article.paragraphs]
    meta = resolve_meta(article)
    dates = find_dates(text, published=published_date(meta), start=article.body_start)
    lines = _lines(text, paragraphs)
    # The headline's own `Label:` is read by `find_headline`, with the checks a headline needs.
    body = paragraphs[1][0] if len(paragraphs) > 1 else 0
    body_lines = [line for line in lines if line[0] >= body]
    labels = find_turns(text, lines, body)
    headline = find_headline(text, paragraphs[0]) if paragraphs else None
    if headline is not None:
        labels.append(headline)
    kicker = find_kicker(text, paragraphs[0]) if paragraphs else None
    return Unparsed(
        meta=meta,
        dates=dates,
        yearless=find_yearless(text, dates, start=article.body_start) if meta.published is None else [],
        lines=lines,
        quotes=find_quotes(text, lines),
        posts=find_posts(text, paragraphs),
        labels=labels,
        notes=find_notes(text, body_lines)
        + find_link_items(text, body_lines)
        + ([kicker] if kicker is not None else []),
        tags=find_tags(text),
        dash_bylines=find_dash_bylines(text, lines),
        credits=find_credits(text, article.body_start),
    )


def line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _lines(text: str, paragraphs: Sequence[Offsets]) -> list[Offsets]:
    """Paragraphs split at single line breaks: some sources put one paragraph per line, others not."""
    lines: list[Offsets] = []
    for start, end in paragraphs:
        cursor = start
        while cursor < end:
            stop = text.find("\n", cursor, end)
            stop = end if stop == -1 else stop
            a, b = cursor, stop
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                lines.append((a, b))
            cursor = stop + 1
    return lines
