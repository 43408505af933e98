"""Turning records into the reply: a short lead line in our words, then the article's words, cited.

`Reply` collects parts in order; `Reply.answer()` renders the plain text (quotes in curly marks with their
paragraph number) and the citations the contract needs. Every quote part is a verbatim slice of the article,
checked here, so no caller can cite words the article does not contain.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import ArticleMeta, Span, Statement, yearless_parts
from .model import Answer, AnswerPart, Citation, QuestionKind
from .stance import speaker_verb

if TYPE_CHECKING:
    from .view import ArticleView

__all__ = [
    "UNDATED_HINT",
    "Reply",
    "date_phrase",
    "format_date",
    "inferred_note",
    "is_relative",
    "person_label",
    "statement_lead",
    "undated_note",
]

_MAX_QUOTE_CHARS = 600
ANSWER_QUOTE_CHARS = 700  # a quote that answers a question may run longer than a listed one
_LEADING_MARKS = frozenset("\"“”„«»'‘’")
_TRAILING_MARKS = frozenset("\"“”«»'‘’,;:")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_RELATIVE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|last|this|"
    r"next|earlier|later|ago|previous|recent)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def format_date(value: str | None, *, weekday: bool = False) -> str:
    """ISO value → words that keep its precision: "11 May 2025", "May 2025", "the week of 5 May 2025", and for
    an undated article's "March 3" (`--03-03`) "3 March (year not given)"."""
    if not value:
        return ""
    yearless = yearless_parts(value)
    if yearless is not None:
        month, day_of_month = yearless
        name = dt.date(2000, month, 1).strftime("%B")
        return f"{day_of_month} {name} (year not given)" if day_of_month else f"{name} (year not given)"
    try:
        week = _WEEK.match(value)
        if week:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return f"the week of {monday.day} {monday:%B %Y}"
        parts = value.split("-")
        if len(parts) == 3:
            day = dt.date.fromisoformat(value)
            return f"{day:%A} {day.day} {day:%B %Y}" if weekday else f"{day.day} {day:%B %Y}"
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1).strftime("%B %Y")
        return parts[0]
    except ValueError:
        return value


def is_relative(date_text: str | None) -> bool:
    """Whether resolving `date_text` needed the publication date (a weekday, "yesterday", a date without year)."""
    if not date_text:
        return False
    return bool(_RELATIVE.search(date_text)) or not _YEAR.search(date_text)


def date_phrase(value: str | None, date_text: str | None) -> str:
    """ " on Saturday 10 May 2025 ("On Saturday")" — our resolution, with the article's own words."""
    if not value:
        return ""
    relative = is_relative(date_text)
    words = format_date(value, weekday=relative and bool(re.search(r"day\b", date_text or "", re.I)))
    prep = "in" if not re.match(r"^(?:\d{4}|-)-\d{2}-\d{2}$", value) else "on"
    if words.startswith("the week"):
        prep = "in"
    out = f" {prep} {words}"
    if relative and date_text and date_text.strip().lower() not in words.lower():
        out += f" (“{date_text.strip()}”)"
    return out


def inferred_note(meta: ArticleMeta, date_texts: list[str | None]) -> str:
    """A caveat when a date was resolved against a publication date we only inferred."""
    if not meta.published_inferred or not meta.published:
        return ""
    if not any(is_relative(t) for t in date_texts if t):
        return ""
    return (
        f"\n(The article gives no publication date; relative dates are resolved against "
        f"{format_date(meta.published)}, the latest date it mentions.)"
    )


UNDATED_HINT = (
    "The article has no publication date, so dates it gives without a year stay without one. Give it one with "
    "`newsbot index add FILE --published YYYY-MM-DD` (or `newsbot ask --article FILE --published …`), or a "
    "`published: YYYY-MM-DD` line in the file's front matter."
)


def undated_note(meta: ArticleMeta, values: list[str | None]) -> str:
    """How to give a date, when an answer shows a date without its year because the article has none."""
    if meta.published or not any(v and yearless_parts(v) for v in values):
        return ""
    return f"\n({UNDATED_HINT})"


def person_label(view: ArticleView, name: str) -> str:
    """ "Asaduddin Owaisi, AIMIM President" — the canonical name and the first role the article gives."""
    role = view.short_role(name)
    return f"{name}, {role}" if role else name


def statement_lead(view: ArticleView, st: Statement) -> str:
    """ "Asaduddin Owaisi, AIMIM President, in a post on 11 May 2025:" """
    who = person_label(view, st.speaker) if st.speaker else "An unidentified speaker"
    when = date_phrase(st.date, st.date_text)
    sep = "," if "," in who else ""
    if st.kind == "post":
        return f"{who}, in a post{when}:"
    verb = speaker_verb(view.text, st).lower() or "said"
    reported = " (reported speech)" if st.kind == "indirect" else ""
    return f"{who}{sep} {verb}{when}{reported}:"


@dataclass
class Reply:
    """An answer under construction: parts in order, verbatim quotes checked against the article."""

    view: ArticleView
    question: str
    kind: QuestionKind
    answered: bool = True
    speaker: str | None = None
    date: str | None = None
    parts: list[AnswerPart] = field(default_factory=list)

    def say(self, text: str) -> Reply:
        if text:
            self.parts.append(AnswerPart(kind="text", text=text))
        return self

    def quote(self, span: Span, *, max_chars: int = _MAX_QUOTE_CHARS) -> Reply:
        """Cite `span`; a very long one is cut at a sentence or clause boundary (the cited slice stays exact)."""
        text = self.view.text
        start, end = span.start, min(span.end, len(text))
        if not 0 <= start < end:
            return self
        short = end - start > max_chars
        if short:
            end = _cut(text, start, start + max_chars)
        # Our own curly marks go around the quote: drop the article's marks and trailing punctuation.
        while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING_MARKS):
            end -= 1
        while start < end and (text[start].isspace() or text[start] in _LEADING_MARKS):
            start += 1
        if start >= end:
            return self
        quote = text[start:end]
        citation = Citation(
            quote=quote,
            start=start,
            end=end,
            paragraph=self.view.paragraph_at(start),
            article_id=self.view.article.id,
        )
        self.parts.append(AnswerPart(kind="quote", text=quote, citation=citation, shortened=short))
        return self

    def cited(self, start: int, end: int) -> bool:
        return any(p.citation is not None and p.citation.start < end and start < p.citation.end for p in self.parts)

    def answer(self) -> Answer:
        chunks: list[str] = []
        for part in self.parts:
            if part.kind == "quote" and part.citation is not None:
                trail = "…" if part.shortened else ""  # outside the marks: inside is only the article's
                chunks.append(f"“{part.text}”{trail} (¶{part.citation.paragraph})")
            else:
                chunks.append(part.text)
        citations: list[Citation] = []
        seen: set[tuple[int, int]] = set()
        for part in self.parts:
            if part.citation is not None and (part.citation.start, part.citation.end) not in seen:
                seen.add((part.citation.start, part.citation.end))
                citations.append(part.citation)
        return Answer(
            question=self.question,
            kind=self.kind,
            answered=self.answered,
            text="".join(chunks).strip(),
            parts=self.parts,
            speaker=self.speaker,
            date=None
            if self.date is None or yearless_parts(self.date)
            else self.date,  # the contract's dates are calendar dates
            citations=citations,
            article_id=self.view.article.id,
        )


_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s")
_CLAUSE_END = re.compile(r"[,;:]\s|\s[-–—]\s")


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a quote shortened to `text[start:limit]`: the last sentence end in it, else the last
    clause boundary, else the last space (a word is never split unless it is longer than the limit)."""
    window = text[start:limit]
    floor = len(window) // 3  # a cut leaving less than a third says too little
    ends = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() > floor]
    if ends:
        return start + ends[-1]
    clauses = [m.start() for m in _CLAUSE_END.finditer(window) if m.start() > floor]
    if clauses:
        return start + clauses[-1]
    space = window.rfind(" ")
    return start + space if space > 0 else limit
