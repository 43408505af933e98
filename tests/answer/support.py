"""Test support: an in-memory library over hand-built records, so answer tests need no extractor or index.

The records are what issue 3's extractor must produce for each article, written by hand with offsets found
in the text; passages come from the real splitter and vectors from the real model.
"""

from __future__ import annotations

import functools
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
        indexed = IndexedArticle.build(article, passages, records)
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


# ---- tests/data/indiana-governor-endorses-cruz.txt (PolNeAR train), as a correct extractor would see it ----


def _person(t: str, name: str, aliases: list[str], roles: list[str], intro: str, *, kind: str = "person") -> Person:
    return Person(
        name=name,
        kind="organisation" if kind == "organisation" else "person",
        aliases=aliases,
        roles=roles,
        mentions=mentions(t, name, *aliases),
        introduction=span(t, intro),
    )


def _statement(
    article: Article,
    n: int,
    quote: str,
    kind: str,
    speaker: str | None,
    cue: str,
    *,
    after: str | None = None,
    when: DateMention | None = None,
) -> Statement:
    t = article.text
    q = span(t, quote, after=after)
    cues = [m.start() for m in re.finditer(re.escape(cue), t)]
    at = min(cues, key=lambda c: min(abs(c - q.start), abs(c - q.end)))
    return Statement(
        id=n,
        article_id=article.id,
        quote=q,
        kind="direct" if kind == "direct" else "indirect" if kind == "indirect" else "mixed",
        speaker=speaker,
        cue=Span(text=cue, start=at, end=at + len(cue)),
        date=when.value if when else None,
        date_text=when.text if when else None,
        date_span=Span(text=when.text, start=when.start, end=when.end) if when else None,
        paragraph=article.paragraph_at(q.start),
    )


def indiana_article(path: Path) -> tuple[Article, ArticleRecords]:
    article = read_article(path)
    t = article.text
    aid = article.id
    persons = [
        _person(t, "Ted Cruz", ["Cruz"], ["senator from Texas"], "Ted Cruz, who badly needs a win"),
        _person(t, "Mike Pence", ["Pence", "Gov. Mike Pence", "Governor Mike Pence"], ["Indiana Governor"],
                "Gov. Mike Pence (R)"),
        _person(t, "Donald Trump", ["Trump"], ["Republican front-runner"], "Republican front-runner Donald Trump"),
        _person(t, "Greg Garrison", ["Garrison"], ["conservative host"], "conservative host Greg Garrison"),
        _person(t, "Lindsey O. Graham", ["Graham", "Sen. Lindsey O. Graham"], ["former presidential candidate"],
                "Sen. Lindsey O. Graham (R-S.C.), a former presidential candidate and a Cruz supporter"),
        _person(t, "John Kasich", ["Kasich", "Ohio Gov. John Kasich"], ["Ohio Gov."],
                "Ohio Gov. John Kasich, the third candidate in the GOP race"),
        _person(t, "Bobby Knight", ["Knight"], ["former Indiana University basketball coach"],
                "former Indiana University basketball coach Bobby Knight"),
        _person(t, "Carly Fiorina", ["Fiorina"], ["former technology executive"],
                "former technology executive Carly Fiorina"),
    ]  # fmt: skip
    tuesday = date(t, "Tuesday", "2016-05-03", "day")  # the upcoming primary: Tuesday 3 May 2016
    friday = date(t, "on Friday", "2016-04-29", "day")
    this_year = date(t, "this year", "2016", "year")
    this_week = date(t, "this week", "2016-W17", "week")
    friday_afternoon = date(t, "on Friday afternoon", "2016-04-29", "day")
    wednesday = date(t, "Wednesday", "2016-04-27", "day")
    last_week = date(t, "last week", "2016-W16", "week")
    this_week2 = date(t, "this week", "2016-W17", "week", 1)
    friday2 = date(t, "on Friday", "2016-04-29", "day", 2)
    friday3 = date(t, "Friday", "2016-04-29", "day", 3)
    wednesday2 = date(t, "Wednesday", "2016-04-27", "day", 1)
    dates = [tuesday, friday, this_year, this_week, friday_afternoon, wednesday, last_week, this_week2, friday2,
             friday3, wednesday2]  # fmt: skip
    s = functools.partial(_statement, article)
    statements = [
        s(0, "I'm not against anybody, but I will be voting for Ted Cruz in the upcoming primary", "direct",
          "Mike Pence", "said"),
        s(1, 'Cruz for showing "the courage of his convictions."', "mixed", "Mike Pence", "praised",
          after="running for reelection"),
        s(2, "I particularly want to commend Donald Trump, who I think has given voice to the frustration of "
          "millions of working Americans", "direct", "Mike Pence", "said"),
        s(3, "he plans to support the Republican nominee, whoever it ends up being", "indirect", "Mike Pence",
          "said", after="It wasn't clear"),
        s(4, "I appreciate Indiana Governor @mike_pence endorsing @tedcruz for President. He's standing up for "
          "Conservatism - not Trumpism", "direct", "Lindsey O. Graham", "tweeted"),
        s(5, "that he did not know whether Pence would endorse him, even as speculation was brewing publicly",
          "indirect", "Ted Cruz", "told"),
        s(6, "Pence for cutting taxes and paring regulations - moves that he said improved Indiana's economy",
          "indirect", "Ted Cruz", "praised"),
        s(7, "I have tremendous respect for Governor Mike Pence. He has been an incredible leader for the state of "
          "Indiana", "direct", "Ted Cruz", "said"),
        s(8, "I would enthusiastically welcome his support.", "direct", "Ted Cruz", "adding"),
        s(9, "Thank you Indiana! #Trump2016", "direct", "Donald Trump", "tweeted", when=friday_afternoon),
        s(10, "the idea that he had struck a major deal with Kasich", "indirect", "Ted Cruz", "played down",
          when=friday2),
        s(11, "There never was a grand alliance", "direct", "Ted Cruz", "said", when=friday2),
        s(12, "John Kasich is throwing votes away.", "direct", "Carly Fiorina", "told"),
    ]  # fmt: skip
    records = ArticleRecords(
        article_id=aid,
        meta=ArticleMeta(
            title="Indiana governor endorses Cruz - but also has praise for front-runner", published="2016-04-30"
        ),
        statements=statements,
        persons=persons,
        dates=sorted(dates, key=lambda d: d.start),
    )
    return article, records
