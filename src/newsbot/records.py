"""The records that flow from an article to an answer.

Every record that carries text also carries the character offsets of that text in the article file as read
(`open(path, encoding="utf-8").read()`), so any layer can prove a quote is verbatim: `text[start:end] == quote`.
Records are frozen pydantic models so they can be cached, hashed and serialised into the index sidecar.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ArticleMeta",
    "ArticleRecords",
    "Credit",
    "CreditKind",
    "DateMention",
    "Event",
    "Granularity",
    "Paragraph",
    "Passage",
    "Person",
    "PublishedFrom",
    "Sentence",
    "Span",
    "Statement",
    "StatementKind",
    "yearless_parts",
]

StatementKind = Literal["direct", "indirect", "mixed", "post"]
PublishedFrom = Literal["front matter", "page metadata", "url", "forwarded post", "text"]
Granularity = Literal["year", "month", "week", "day"]
CreditKind = Literal["agency", "outlet", "byline"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """A verbatim slice of the article: `article_text[start:end] == text`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Paragraph(Span):
    """A block of text; `number` counts from 1 as a reader would cite it."""

    number: int = Field(ge=1)


class Sentence(Span):
    """A sentence; `index` counts from 0 over the whole article."""

    index: int = Field(ge=0)
    paragraph: int = Field(ge=1)


class ArticleMeta(_Frozen):
    """Front matter, plus the publication date the date resolver anchors on."""

    title: str | None = None
    published: str | None = None  # ISO YYYY-MM-DD
    published_inferred: bool = False  # True when guessed from the latest date in the text
    published_from: PublishedFrom | None = None  # where `published` came from (None when there is none)
    source: str | None = None
    url: str | None = None
    author: str | None = None
    site: str | None = None


class Passage(_Frozen):
    """One retrieval unit: a sentence embedded together with its neighbours.

    `id` is the FAISS id. The cited text is always the centre sentence (`text`, `start`, `end`);
    the window only widens what the embedding sees.
    """

    id: int = Field(ge=0)
    article_id: str
    paragraph: int = Field(ge=1)
    sentence: int = Field(ge=0)
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    window_start: int = Field(ge=0)
    window_end: int = Field(ge=0)


class DateMention(Span):
    """A date expression resolved against the publication date.

    `value` is an ISO date or a prefix of one (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www) and never claims more
    precision than the text gives: `granularity` says how much it gives.
    """

    value: str
    granularity: Granularity


_YEARLESS = re.compile(r"^--(\d{2})(?:-(\d{2}))?$")


def yearless_parts(value: str) -> tuple[int, int | None] | None:
    """(month, day or None) of a year-less value (`--03-03`, `--03`: ISO 8601's form without a year), else None."""
    m = _YEARLESS.match(value)
    if m is None:
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


class Event(Span):
    """A dated happening: the verb (or event noun) a date mention governs, as the parse attaches them.

    `text`/`start`/`end` are the verb's own word ("sank" in "sank in a storm on Tuesday night"), `lemma` its
    dictionary form, and `date` the mention that dates it, so "when did the ferry sink?" is answered by the date
    of the sinking, not by the date of a statement nearby.
    """

    lemma: str
    date: DateMention


class Person(_Frozen):
    """Someone (or an organisation that speaks) the article mentions.

    `name` is the canonical (longest) name; `aliases` are the other ways the article refers to them
    ("Misri", "Mr Vikram Misri", "Foreign Secretary Misri").
    """

    name: str
    kind: Literal["person", "organisation"] = "person"
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    introduction: Span | None = None  # the sentence-part that first introduces them


class Statement(_Frozen):
    """Who said what, with what cue, and when.

    `quote` covers the statement's words; for a split quote ("…," he added, "…") `fragments` holds the
    quoted pieces and `quote` spans from the first to the last. `repeats` are other places in the article
    that carry the same words (an embedded post quoted again in the body).
    """

    id: int = Field(ge=0)
    article_id: str
    quote: Span
    fragments: list[Span] = Field(default_factory=list)
    kind: StatementKind
    speaker: str | None = None  # canonical Person.name, or a description when the article names no one
    speaker_mention: Span | None = None
    cue: Span | None = None
    date: str | None = None  # ISO value as in DateMention.value
    date_text: str | None = None
    date_span: Span | None = None
    paragraph: int = Field(ge=1)
    repeats: list[Span] = Field(default_factory=list)


class Credit(Span):
    """A source the article itself credits: a wire agency ("(with Reuters inputs)", "WASHINGTON (AP) —"), an
    outlet it reports from ("KTVU reports", "according to The Washington Post") or a reporter ("By Jane Doe").
    The span is the credit as written; `name` is who it credits."""

    name: str
    kind: CreditKind


class ArticleRecords(_Frozen):
    """Everything extraction found in one article, built at index time so answering never parses."""

    article_id: str
    meta: ArticleMeta
    statements: list[Statement] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    sources: list[Credit] = Field(default_factory=list)  # the article's credits and reporting sources
    # Month-day dates an undated article gives without a year ("March 3" → value "--03-03"): kept apart from
    # `dates`, whose values are always calendar dates, and empty once a publication date resolves them.
    yearless: list[DateMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
