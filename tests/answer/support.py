"""Test support: an in-memory library over hand-built records, so answer tests need no extractor or index.

The records are what issue 3's extractor must produce for each article, written by hand with offsets found
in the text; passages come from the real splitter and vectors from the real model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from newsbot.articles import Article, read_article
from newsbot.passages import build_passages
from newsbot.records import ArticleMeta, ArticleRecords, DateMention, Granularity, Passage, Person, Span, Statement
from newsbot.segment import segment
from newsbot.store import IndexedArticle


class Encoder(Protocol):
    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...


def word_pieces(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def span(text: str, needle: str, nth: int = 0, *, after: str | None = None) -> Span:
    """The `nth` occurrence of `needle` in `text` (after the first occurrence of `after`, if given)."""
    start = text.index(after) if after else 0
    at = text.index(needle, start)
    for _ in range(nth):
        at = text.index(needle, at + 1)
    return Span(text=needle, start=at, end=at + len(needle))


def mentions(text: str, *names: str) -> list[Span]:
    """Every non-overlapping occurrence of any of `names`, longest first."""
    taken: list[Span] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not any(s.start < m.end() and m.start() < s.end for s in taken):
                taken.append(Span(text=name, start=m.start(), end=m.end()))
    return sorted(taken, key=lambda s: s.start)


def date(text: str, needle: str, value: str, granularity: Granularity, nth: int = 0) -> DateMention:
    s = span(text, needle, nth)
    return DateMention(text=s.text, start=s.start, end=s.end, value=value, granularity=granularity)


class HandLibrary:
    """`LibraryLike` over articles indexed in memory: real passages and vectors, hand-written records."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self.articles: dict[str, IndexedArticle] = {}
        self.vectors: dict[str, npt.NDArray[np.float32]] = {}
        self.embed_calls = 0
        self._next_id = 0

    def add(self, article: Article, records: ArticleRecords) -> IndexedArticle:
        segment(article)
        passages = build_passages(article, word_pieces, first_id=self._next_id)
        self._next_id += len(passages)
        indexed = IndexedArticle(
            id=article.id,
            path=article.path,
            sha256=article.sha256,
            text=article.text,
            meta=records.meta,
            paragraphs=article.paragraphs,
            passages=passages,
            records=records,
        )
        self.articles[article.id] = indexed
        windows = [article.text[p.window_start : p.window_end] for p in passages]
        self.vectors[article.id] = self.encoder.encode(windows)
        return indexed

    def default_article_id(self) -> str:
        return next(iter(self.articles))

    def article(self, article_id: str) -> IndexedArticle:
        from newsbot.errors import NewsbotError

        if article_id not in self.articles:
            raise NewsbotError(f"no article {article_id!r}")
        return self.articles[article_id]

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.embed_calls += 1
        return self.encoder.encode(texts)

    def search(
        self, vector: npt.NDArray[np.float32], k: int, *, article_id: str | None = None
    ) -> list[tuple[Passage, float]]:
        ids = [article_id] if article_id else list(self.articles)
        hits: list[tuple[Passage, float]] = []
        for aid in ids:
            scores = self.vectors[aid] @ vector.reshape(-1)
            hits.extend(zip(self.articles[aid].passages, (float(s) for s in scores), strict=True))
        hits.sort(key=lambda h: -h[1])
        return hits[:k]


class HashEncoder:
    """A fast, deterministic stand-in for the model: hashed bag of words, L2-normalised."""

    dimension = 384

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row, hash(word) % self.dimension] += 1.0
            norm = float(np.linalg.norm(out[row]))
            if norm:
                out[row] /= norm
        return out


# ---- the bundled article, as issue 3 says extraction must see it ------------------------------------------


def owaisi_article(path: Path) -> tuple[Article, ArticleRecords]:
    article = read_article(path)
    t = article.text
    aid = article.id
    owaisi = Person(
        name="Asaduddin Owaisi",
        aliases=["Owaisi"],
        roles=["AIMIM President"],
        mentions=mentions(t, "Asaduddin Owaisi", "Owaisi"),
        introduction=span(t, "The All India Majlis-e-Ittehadul Muslimeen (AIMIM) President, Asaduddin Owaisi"),
    )
    misri = Person(
        name="Vikram Misri",
        aliases=["Misri", "Mr Vikram Misri", "Foreign Secretary Misri"],
        roles=["Foreign Secretary"],
        mentions=mentions(t, "Vikram Misri", "Misri"),
        introduction=span(t, "the Foreign Secretary Vikram Misri"),
    )
    qureshi = Person(
        name="Sophia Qureshi",
        aliases=["Qureshi", "Colonel Qureshi", "Colonel Sophia Qureshi"],
        roles=["Colonel"],
        mentions=mentions(t, "Sophia Qureshi", "Qureshi"),
        introduction=span(t, "Colonel Sophia Qureshi"),
    )
    singh = Person(
        name="Vyomika Singh",
        aliases=["Singh", "Wing Commander Singh", "Wing Commander Vyomika Singh"],
        roles=["Wing Commander"],
        mentions=mentions(t, "Vyomika Singh", "Singh"),
        introduction=span(t, "Wing Commander Vyomika Singh"),
    )
    byline = date(t, "May 11, 2025", "2025-05-11", "day")
    may7 = date(t, "May 7", "2025-05-07", "day")
    saturday = date(t, "On Saturday", "2025-05-10", "day")
    week = date(t, "earlier this week", "2025-W19", "week")
    post = "Mr Vikram Misri is a decent and an Honest Hard working Diplomat working tirelessly for our Nation."
    civil = "Our Civil Servants work under the Executive this must be remembered & they shouldn’t be blamed"
    civil_full = civil + " for the decisions taken by The Executive /or any Political leadership running Watan E Aziz"
    pahalgam_start = t.index("The attack in Pahalgam")
    pahalgam_end = t.index("returning to Kashmir.") + len("returning to Kashmir.")
    dgmo = "Pakistan's Director General of Military Operations (DGMO) had contacted his Indian counterpart earlier"
    dgmo += " this week and the two sides agreed to halt all military actions on land, sea, and air"
    statements = [
        Statement(
            id=0,
            article_id=aid,
            quote=span(t, post),
            kind="post",
            speaker=owaisi.name,
            speaker_mention=span(t, "Owaisi", 1),
            cue=span(t, "wrote"),
            date="2025-05-11",
            date_text="May 11, 2025",
            date_span=byline,
            paragraph=3,
            repeats=[span(t, post, 1)],
        ),
        Statement(
            id=1,
            article_id=aid,
            quote=span(t, "Misri a decent and hard-working diplomat"),
            kind="indirect",
            speaker=owaisi.name,
            speaker_mention=span(t, "Owaisi", 1),
            cue=span(t, "called"),
            paragraph=3,
        ),
        Statement(
            id=2,
            article_id=aid,
            quote=span(t, civil_full),
            kind="post",
            speaker=owaisi.name,
            speaker_mention=span(t, "he added"),
            cue=span(t, "added"),
            date="2025-05-11",
            date_text="May 11, 2025",
            date_span=byline,
            paragraph=4,
            repeats=[span(t, civil, 1)],
        ),
        Statement(
            id=3,
            article_id=aid,
            quote=Span(text=t[pahalgam_start:pahalgam_end], start=pahalgam_start, end=pahalgam_end),
            kind="direct",
            speaker=misri.name,
            speaker_mention=span(t, "Misri", after="Misri in the May 7"),
            cue=span(t, "said", after="May 7 briefing"),
            date="2025-05-07",
            date_text="May 7",
            date_span=may7,
            paragraph=9,
        ),
        Statement(
            id=4,
            article_id=aid,
            quote=span(t, dgmo),
            kind="indirect",
            speaker=misri.name,
            speaker_mention=span(t, "Foreign Secretary Misri"),
            cue=span(t, "confirmed"),
            date="2025-05-10",
            date_text="On Saturday",
            date_span=saturday,
            paragraph=10,
        ),
    ]
    records = ArticleRecords(
        article_id=aid,
        meta=ArticleMeta(published="2025-05-11", published_inferred=True),
        statements=statements,
        persons=[owaisi, misri, qureshi, singh],
        dates=sorted([byline, may7, saturday, week], key=lambda d: d.start),
    )
    return article, records
