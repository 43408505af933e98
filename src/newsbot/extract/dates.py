"""Finding every date expression in an article and normalising it against the publication date.

Pure regex and calendar rules (see `dates_rules`), so it is fast and deterministic: "May 7" → 2025-05-07,
"On Saturday" → the latest Saturday on or before publication, "earlier this week" → 2025-W19, "last June" →
the June before publication, "in 1995" → 1995. A value never claims more precision than the text gives.
Without a publication date only expressions that carry their own year resolve.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..records import ArticleMeta, DateMention
from .dates_anaphora import resolve_anaphora
from .dates_captions import in_caption
from .dates_context import tense_at
from .dates_offsets import apply_day_offsets
from .dates_rules import RULES, Candidate, Context

if TYPE_CHECKING:
    from ..articles import Article

__all__ = ["find_dates", "published_date", "resolve_meta"]


def find_dates(text: str, *, published: dt.date | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in text[start:end], offsets into `text`, sorted by start."""
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, start)
    if begin >= stop:
        return []
    ctx = Context(text=text, published=published)
    candidates: list[Candidate] = []
    for rule in RULES:
        for match in rule.pattern.finditer(text, begin, stop):
            found = rule.resolve(match, ctx)
            if found is not None and begin <= found.start < found.end <= stop:
                candidates.append(found)
    kept = apply_day_offsets(text, _longest_first(candidates, begin, stop), begin)
    kept = sorted(kept + resolve_anaphora(text, kept, begin, stop, published=published), key=lambda c: c.start)
    return [
        DateMention(
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            value=c.resolved.value,
            granularity=c.resolved.granularity,
        )
        for c in kept
    ]


def _longest_first(candidates: list[Candidate], begin: int, stop: int) -> list[Candidate]:
    """Keep the longest candidates that do not overlap ("May 11, 2025" beats "May 11" and "2025")."""
    taken = bytearray(stop - begin)
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        lo, hi = cand.start - begin, cand.end - begin
        if taken.find(1, lo, hi) != -1:
            continue
        taken[lo:hi] = b"\x01" * (hi - lo)
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept


def resolve_meta(article: Article) -> ArticleMeta:
    """The article's metadata with a publication date: given, or inferred from the latest full date in the text.

    The inferred date is the latest explicit year-month-day date in the body (a post's byline "May 11, 2025",
    a dateline), flagged `published_inferred=True`; dates in photo captions and in a future-tense clause
    never count (the article was written before them). With no such date `published` stays None.
    """
    meta = article.meta
    if meta.published is not None:
        return meta
    mentions = find_dates(article.text, published=None, start=article.body_start)
    # A photo caption's date ("pictured in Lyon on May 2, 2019") is when the picture was taken.
    days = [m for m in mentions if m.granularity == "day" and not in_caption(article.text, m.start, m.end)]
    if not days:
        return meta
    # A date the text looks forward to ("the trial is set for June 30, 2026") is not when it was written.
    reported = [m for m in days if tense_at(article.text, m.start, m.end) != "future"]
    if not reported:
        return meta
    latest = max(m.value for m in reported)
    return meta.model_copy(update={"published": latest, "published_inferred": True})


def published_date(meta: ArticleMeta) -> dt.date | None:
    """`meta.published` as a date (None when unknown)."""
    return None if meta.published is None else dt.date.fromisoformat(meta.published)
