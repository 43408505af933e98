"""The article's timeline for "/when": dated statements and dated events, oldest first.

A statement's date is the one its record carries (the date governing its cue, or a post's byline); a date
the article mentions that dates no statement becomes an event, cited with the sentence that mentions it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import DateMention, Span, Statement, yearless_parts
from .compose import UNDATED_HINT, Reply, date_phrase, format_date, inferred_note, statement_lead, undated_note

if TYPE_CHECKING:
    from .view import ArticleView

__all__ = ["sort_key", "timeline_reply"]

_MAX_ENTRIES = 30
_ENTRY_QUOTE_CHARS = 220
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_NO_YEAR = 9996  # a leap year, so "29 February" without a year still sorts


def sort_key(value: str) -> tuple[dt.date, int]:
    """Chronological order of ISO values of any precision; coarser first on the same starting day."""
    yearless = yearless_parts(value)
    if yearless is not None:  # an undated article's "March 3": after every dated entry, in calendar order
        return dt.date(_NO_YEAR, yearless[0], yearless[1] or 1), 3 if yearless[1] else 2
    try:
        week = _WEEK.match(value)
        if week:
            return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1), 1
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            return dt.date(parts[0], parts[1], parts[2]), 3
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], 1), 2
        return dt.date(parts[0], 1, 1), 0
    except (ValueError, IndexError):
        return dt.date.max, 9


@dataclass(frozen=True)
class _Entry:
    value: str
    position: int
    statement: Statement | None = None
    pieces: tuple[Span, ...] = ()
    mention: DateMention | None = None


def _entries(view: ArticleView, person: str | None = None) -> list[_Entry]:
    entries: list[_Entry] = []
    used: set[int] = set()
    # An event on the same day in a sentence a dated statement already quotes is that statement again.
    seen_events: set[tuple[str, int]] = set()
    for index in view.distinct(list(range(len(view.statements)))):
        sv = view.statements[index]
        st = sv.statement
        if st.date and (person is None or st.speaker == person):
            entries.append(_Entry(st.date, st.quote.start, statement=st, pieces=sv.citable))
            if st.date_span is not None:
                used.add(st.date_span.start)
            seen_events.update((st.date, i) for i in view.sentences_in(sv.citable[0].start, sv.citable[0].end))
    records = view.article.records
    for mention in sorted([*records.dates, *records.yearless], key=lambda d: d.start):
        if mention.start in used:
            continue
        i = view.sentence_at(mention.start)
        if i is None or (person is not None and person not in view.sentences[i].persons):
            continue
        key = (mention.value, i)
        if key in seen_events:
            continue
        seen_events.add(key)
        entries.append(_Entry(mention.value, mention.start, mention=mention))
    entries.sort(key=lambda e: (sort_key(e.value), e.position))
    return entries


def timeline_reply(view: ArticleView, question: str, person: str | None = None) -> Reply:
    """Oldest first: each dated statement with its lead and quote, each dated event with its sentence.

    With `person`, only what they said and the dated sentences that name them ("/when Misri").
    """
    reply = Reply(view, question, "timeline" if person is None else "when")
    entries = _entries(view, person)
    if not entries:
        reply.answered = False
        whose = f" for anything {person} said or did" if person else ""
        reply.say(f"The article gives no dates{whose}.")
        if not view.article.meta.published:
            reply.say(f" ({UNDATED_HINT})")
        return reply
    if person is not None and len({e.value for e in entries}) == 1:
        reply.date = entries[0].value
    reply.say("Timeline (oldest first):" if person is None else f"{person}, oldest first:")
    for entry in entries[:_MAX_ENTRIES]:
        when = format_date(entry.value)
        if entry.statement is not None:
            st = entry.statement
            lead = statement_lead(view, st).replace(date_phrase(st.date, st.date_text), "")
            reply.say(f"\n• {when} — {lead} ")
            reply.quote(entry.pieces[0], max_chars=_ENTRY_QUOTE_CHARS)
            span = st.date_span
            if span is not None and not reply.cited(span.start, span.end):
                reply.say(" — dated by ").quote(span)
        elif entry.mention is not None:
            sentence = view.sentences[view.sentence_at(entry.mention.start) or 0].passage
            reply.say(f"\n• {when} (“{entry.mention.text}”) — ")
            reply.quote(Span(text=sentence.text, start=sentence.start, end=sentence.end), max_chars=_ENTRY_QUOTE_CHARS)
            if not reply.cited(entry.mention.start, entry.mention.end):
                reply.say(" — ").quote(entry.mention)
    if len(entries) > _MAX_ENTRIES:
        reply.say(f"\n… and {len(entries) - _MAX_ENTRIES} more dated items.")
    reply.say(
        inferred_note(
            view.article.meta,
            [e.statement.date_text if e.statement else e.mention.text if e.mention else None for e in entries],
        )
    )
    reply.say(undated_note(view.article.meta, [e.value for e in entries]))
    return reply
