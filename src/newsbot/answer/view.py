"""Per-article lookups built once and cached, so answering a question only scans the article's sentences.

Everything here derives from the records indexing produced (passages, persons, statements, dates): names and
offsets come from the records, and the only text work is tokenising sentences and locating the records'
own aliases, done once per article version.
"""

from __future__ import annotations

import bisect
import math
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..records import DateMention, Event, Passage, Person, Span, Statement
from ._types import ArticleLike

if TYPE_CHECKING:
    import numpy.typing as npt
from .terms import stem, tokens, words

__all__ = ["ArticleView", "SentenceView", "StatementView", "view_of"]

_MAX_ALIAS_WORDS = 6
_SHORT_WORDS = 5
_HEADLINE_MIN_WORDS = 3
_TITLE_WORDS = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "prof", "president", "minister", "secretary"])


@dataclass(frozen=True)
class SentenceView:
    """One sentence (a passage's centre) with what the records say is in it."""

    index: int
    passage: Passage
    terms: frozenset[str]
    persons: tuple[str, ...]
    dates: tuple[DateMention, ...]
    statements: tuple[int, ...]
    events: tuple[Event, ...] = ()  # dated verbs and event nouns, each with the date the parse attaches to it

    @property
    def span(self) -> Span:
        """The sentence as a citable slice of the article."""
        return Span(text=self.passage.text, start=self.passage.start, end=self.passage.end)


@dataclass(frozen=True)
class StatementView:
    """A statement with its words as terms and the sentences it covers (quote, fragments, repeats, cue)."""

    index: int
    statement: Statement
    terms: frozenset[str]
    sentences: tuple[int, ...]
    pieces: tuple[Span, ...]  # what to cite: the fragments of a split quote, else the quote
    context: Span  # the sentences holding the quote and its cue, for reported speech quoted in full
    quote_terms: frozenset[str] = frozenset()  # the terms of the statement's own words only

    @property
    def citable(self) -> tuple[Span, ...]:
        """What to quote: the speaker's own words, or for reported speech the article's whole sentence."""
        return (self.context,) if self.statement.kind in ("indirect", "mixed") else self.pieces


@dataclass(frozen=True)
class StatementArrays:
    """Per-statement facts as arrays, so scoring every statement is a few vector operations."""

    covered: npt.NDArray[np.int64]  # the sentences each statement covers, concatenated
    offsets: npt.NDArray[np.int64]  # where each statement's run starts in `covered`
    verbatim: npt.NDArray[np.bool_]  # direct, post or mixed: the speaker's own words
    unattributed: npt.NDArray[np.bool_]
    cue_postings: dict[str, list[int]]  # cue stem → statements


def _statement_arrays(statements: list[StatementView], sentence_of: Callable[[int], int]) -> StatementArrays:
    covered: list[int] = []
    offsets: list[int] = []
    cue_postings: dict[str, list[int]] = {}
    for sv in statements:
        offsets.append(len(covered))
        covered.extend(sv.sentences or (sentence_of(sv.statement.quote.start),))
        if sv.statement.cue is not None:
            for term in set(tokens(sv.statement.cue.text)):
                cue_postings.setdefault(term, []).append(sv.index)
    return StatementArrays(
        covered=np.asarray(covered, dtype=np.int64),
        offsets=np.asarray(offsets, dtype=np.int64),
        verbatim=np.asarray([sv.statement.kind in ("direct", "post", "mixed") for sv in statements], dtype=np.bool_),
        unattributed=np.asarray([not sv.statement.speaker for sv in statements], dtype=np.bool_),
        cue_postings=cue_postings,
    )


@dataclass
class ArticleView:
    """The cached, query-ready form of one indexed article."""

    article: ArticleLike
    sentences: list[SentenceView]
    statements: list[StatementView]
    persons: dict[str, Person]
    person_order: list[str]
    alias_map: dict[tuple[str, ...], str]
    name_stems: frozenset[str]
    idf: dict[str, float]
    unknown_idf: float
    vocab_words: frozenset[str]
    sorted_vocab: list[str]
    passage_to_sentence: dict[int, int]
    by_speaker: dict[str, list[int]] = field(default_factory=dict)
    postings: dict[str, list[int]] = field(default_factory=dict)  # term → sentences holding it
    sorted_terms: list[str] = field(default_factory=list)  # the keys of `postings`, sorted, for root lookups
    shingles: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)  # word trigram → sentences
    statement_postings: dict[str, list[int]] = field(default_factory=dict)  # term → statements holding it
    paragraph_starts: list[int] = field(default_factory=list)
    statement_arrays: StatementArrays | None = None
    short: list[int] = field(default_factory=list)  # sentences under five words: headings, bylines
    headline: frozenset[int] = frozenset()  # sentences that restate the article's title
    first_sentence: dict[str, int] = field(default_factory=dict)  # person → the sentence first naming them
    role_groups: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)  # longest, shortest
    flat_text: str = ""  # the article's words, lower-cased, single-spaced, for phrase lookups
    _starts: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def dates(self) -> list[DateMention]:
        return list(self.article.records.dates)

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing `offset` (or the nearest before it)."""
        if not self._starts:
            return None
        i = bisect.bisect_right(self._starts, offset) - 1
        return max(i, 0)

    def sentences_in(self, start: int, end: int) -> list[int]:
        """Indices of the sentences overlapping article[start:end]."""
        first = self.sentence_at(start)
        if first is None:
            return []
        out: list[int] = []
        for i in range(first, len(self.sentences)):
            p = self.sentences[i].passage
            if p.start >= end and out:
                break
            if p.end > start and p.start < end:
                out.append(i)
            elif p.start >= end:
                break
        if not out:
            out.append(first)
        return out

    def paragraph_at(self, offset: int) -> int:
        """The number of the paragraph holding `offset` (the nearest one before it in a gap)."""
        i = bisect.bisect_right(self.paragraph_starts, offset) - 1
        return self.article.paragraphs[i].number if i >= 0 else 1

    def roles(self, name: str) -> list[str]:
        """The person's distinct roles: one that another restates in more words is dropped
        ("AIMIM President" beside "All India Majlis-e-Ittehadul Muslimeen (AIMIM) President")."""
        return self.role_groups.get(name, ([], []))[0]

    def short_role(self, name: str) -> str | None:
        """The shortest wording of the person's first role, for lead lines."""
        shortest = self.role_groups.get(name, ([], []))[1]
        return shortest[0] if shortest else None

    def distinct(self, indices: list[int]) -> list[int]:
        """`indices` without statements that would cite exactly what an earlier one cites (extraction repeats)."""
        seen: set[tuple[tuple[int, int], ...]] = set()
        out: list[int] = []
        for i in indices:
            key = tuple((span.start, span.end) for span in self.statements[i].citable)
            if key not in seen:
                seen.add(key)
                out.append(i)
        return out

    def has_phrase(self, phrase_words: list[str]) -> bool:
        """Whether the article writes these words in a row (case and punctuation aside)."""
        return bool(phrase_words) and f" {' '.join(phrase_words)} " in self.flat_text

    def idf_of(self, term: str) -> float:
        return self.idf.get(term, self.unknown_idf)

    def find_persons(self, text: str) -> list[str]:
        """Canonical names of the article's persons that `text` names, longest alias first, in order."""
        ws = [w[:-2] if w.endswith("'s") else w for w in words(text)]
        found: dict[str, None] = {}
        i = 0
        while i < len(ws):
            for n in range(min(_MAX_ALIAS_WORDS, len(ws) - i), 0, -1):
                name = self.alias_map.get(tuple(ws[i : i + n]))
                if name is not None:
                    found.setdefault(name, None)
                    i += n
                    break
            else:
                i += 1
        return list(found)


_lock = threading.Lock()
_cache: dict[tuple[object, ...], ArticleView] = {}


def view_of(article: ArticleLike) -> ArticleView:
    """The view of `article`, built on first use and cached per article version."""
    meta = article.records.meta
    records = article.records
    # Same text re-extracted with another publication date gives other records: part of the version.
    key = (article.id, article.sha256, meta.published, meta.published_inferred, len(records.statements),
           len(records.dates), len(records.persons), len(records.events))  # fmt: skip
    with _lock:
        cached = _cache.get(key)
    if cached is not None:
        if cached.article is article:
            return cached
        if cached.article.records == records:  # an equal copy (the library reloaded it): adopt it
            cached.article = article
            return cached
    built = _build(article)
    with _lock:
        for old in [k for k in _cache if k[0] == article.id]:
            del _cache[old]
        _cache[key] = built
    return built


def _passages(article: ArticleLike) -> list[Passage]:
    passages = sorted(article.passages, key=lambda p: p.start)
    if passages:
        return passages
    # An article indexed without passages still answers from its paragraphs.
    return [
        Passage(
            id=para.number - 1,
            article_id=article.id,
            paragraph=para.number,
            sentence=para.number - 1,
            text=para.text,
            start=para.start,
            end=para.end,
            window_start=para.start,
            window_end=para.end,
        )
        for para in article.paragraphs
    ]


def _aliases(person: Person) -> set[tuple[str, ...]]:
    """The word sequences that name `person`: name, aliases, and surname for a person."""
    out: set[tuple[str, ...]] = set()
    for alias in [person.name, *person.aliases]:
        ws = tuple(w[:-2] if w.endswith("'s") else w for w in words(alias))
        if ws:
            out.add(ws)
            stripped = tuple(w for w in ws if w not in _TITLE_WORDS)
            if stripped and person.kind == "person":
                out.add(stripped)
                if len(stripped) > 1:
                    out.add(stripped[-1:])  # the surname
                    out.add(stripped[:1])  # the first name, used only if no one else has it
    return out


def _alias_map(persons: list[Person]) -> dict[tuple[str, ...], str]:
    claims: dict[tuple[str, ...], set[str]] = {}
    for person in persons:
        for alias in _aliases(person):
            claims.setdefault(alias, set()).add(person.name)
    # An alias two people share ("Singh" for two Singhs) names neither; full names always win.
    out = {alias: next(iter(names)) for alias, names in claims.items() if len(names) == 1}
    # A role held by one person only ("the Foreign Secretary") names them too, unless it is someone's name.
    roles: dict[tuple[str, ...], set[str]] = {}
    for person in persons:
        for role in person.roles:
            ws = tuple(w for w in words(role) if w != "the")
            # "the mayor" for "mayor of Port Aven": the role's noun before what it is the role of.
            head = ws[: ws.index("of")] if "of" in ws[1:] else ()
            for alias in (ws, head):
                if alias and not (len(alias) == 1 and alias[0] in _TITLE_WORDS):
                    roles.setdefault(alias, set()).add(person.name)
    for ws, names in roles.items():
        if len(names) == 1 and ws not in claims:
            out[ws] = next(iter(names))
    for person in persons:
        full = tuple(words(person.name))
        if full:
            out[full] = person.name
    return out


def _person_spans(
    article: ArticleLike, persons: list[Person], alias_map: dict[tuple[str, ...], str]
) -> list[tuple[int, int, str]]:
    spans = [(m.start, m.end, p.name) for p in persons for m in p.mentions]
    # Also locate the records' own aliases, in case extraction listed fewer mentions than there are.
    names = sorted({" ".join(a) for a in alias_map}, key=len, reverse=True)
    if names:
        pattern = re.compile(r"\b(" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b", re.I)
        for m in pattern.finditer(article.text):
            key = tuple(words(m.group(0)))
            name = alias_map.get(key)
            if name is not None:
                spans.append((m.start(), m.end(), name))
    spans.sort()
    return spans


def _context(text: str, passages: list[Passage], st: Statement, sentence_of: Callable[[int], int]) -> Span:
    """The sentences spanning the statement's quote and cue (the quote itself if there are none)."""
    if not passages:
        return st.quote
    ends = [st.quote.start, max(st.quote.end - 1, st.quote.start)]
    if st.cue is not None and abs(st.cue.start - st.quote.start) < 1000:
        ends += [st.cue.start, max(st.cue.end - 1, st.cue.start)]
    first = passages[sentence_of(min(ends))]
    last = passages[sentence_of(max(ends))]
    start, end = min(first.start, st.quote.start), max(last.end, st.quote.end)
    return Span(text=text[start:end], start=start, end=end)


def _quote_start(st: Statement) -> int:
    return st.quote.start


def _canonical_speaker(st: Statement, persons: dict[str, Person], alias_map: dict[tuple[str, ...], str]) -> Statement:
    """The statement with its speaker named as the person the article's aliases say it is ("Reyes" → "Tomas
    Reyes"), so one person's statements are found together; other speakers are left as extraction gave them."""
    if not st.speaker or st.speaker in persons:
        return st
    ws = tuple(w[:-2] if w.endswith("'s") else w for w in words(st.speaker))
    name = alias_map.get(ws)
    return st.model_copy(update={"speaker": name}) if name is not None else st


def _role_groups(roles: list[str]) -> tuple[list[str], list[str]]:
    """Roles grouped when one's words are all in another; each group's longest and shortest wording."""
    groups: list[list[str]] = []
    for role in roles:
        mine = set(words(role))
        if not mine:
            continue
        for group in groups:
            if any(mine <= set(words(other)) or set(words(other)) <= mine for other in group):
                group.append(role)
                break
        else:
            groups.append([role])
    return [max(g, key=len) for g in groups], [min(g, key=len) for g in groups]


def _headline(sentences: list[SentenceView], title: str | None) -> frozenset[int]:
    """The sentences whose words are a run of the title's words (three or more): the headline the text
    repeats, which sums up what the body tells with its details and sources."""
    flat_title = f" {' '.join(words(title or ''))} "
    out = []
    for s in sentences:
        ws = words(s.passage.text)
        if len(ws) >= _HEADLINE_MIN_WORDS and f" {' '.join(ws)} " in flat_title:
            out.append(s.index)
    return frozenset(out)


def _build(article: ArticleLike) -> ArticleView:
    records = article.records
    persons_list = list(records.persons)
    persons = {p.name: p for p in persons_list}
    alias_map = _alias_map(persons_list)
    passages = _passages(article)
    starts = [p.start for p in passages]

    def sentence_of(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    sent_persons: list[dict[str, None]] = [{} for _ in passages]
    for start, _end, name in _person_spans(article, persons_list, alias_map):
        if passages:
            i = sentence_of(start)
            if passages[i].start <= start < passages[i].end:
                sent_persons[i].setdefault(name, None)
    sent_dates: list[list[DateMention]] = [[] for _ in passages]
    for d in sorted([*records.dates, *records.yearless], key=lambda d: d.start):
        if passages:
            sent_dates[sentence_of(d.start)].append(d)

    sent_events: list[list[Event]] = [[] for _ in passages]
    for event in records.events:
        if passages:
            sent_events[sentence_of(event.start)].append(event)

    statements: list[StatementView] = []
    sent_statements: list[list[int]] = [[] for _ in passages]
    by_speaker: dict[str, list[int]] = {}
    for st in sorted((_canonical_speaker(st, persons, alias_map) for st in records.statements), key=_quote_start):
        pieces = tuple(st.fragments) if st.fragments else (st.quote,)
        covered: dict[int, None] = {}
        for span in [st.quote, *st.repeats, *([st.cue] if st.cue else [])]:
            if not passages:
                break
            for i in range(sentence_of(span.start), len(passages)):
                if passages[i].start >= max(span.end, span.start + 1):
                    break
                covered.setdefault(i, None)
        context = _context(article.text, passages, st, sentence_of)
        text_parts = [st.quote.text, *(passages[i].text for i in covered if passages)]
        terms = frozenset(t for part in text_parts for t in tokens(part))
        sv = StatementView(
            len(statements), st, terms, tuple(sorted(covered)), pieces, context, frozenset(tokens(st.quote.text))
        )
        for i in covered:
            sent_statements[i].append(sv.index)
        if st.speaker:
            by_speaker.setdefault(st.speaker, []).append(sv.index)
        statements.append(sv)

    sentences = [
        SentenceView(
            index=i,
            passage=p,
            terms=frozenset(tokens(p.text)),
            persons=tuple(sent_persons[i]),
            dates=tuple(sent_dates[i]),
            statements=tuple(sent_statements[i]),
            events=tuple(sent_events[i]),
        )
        for i, p in enumerate(passages)
    ]
    df: Counter[str] = Counter()
    postings: dict[str, list[int]] = {}
    for s in sentences:
        df.update(s.terms)
        for term in s.terms:
            postings.setdefault(term, []).append(s.index)
    shingles: dict[tuple[str, str, str], list[int]] = {}
    for s in sentences:
        ws = words(s.passage.text)
        for gram in {(ws[k], ws[k + 1], ws[k + 2]) for k in range(len(ws) - 2)}:
            shingles.setdefault(gram, []).append(s.index)
    statement_postings: dict[str, list[int]] = {}
    for sv in statements:
        for term in sv.terms:
            statement_postings.setdefault(term, []).append(sv.index)
    n = max(len(sentences), 1)
    idf = {t: math.log(1 + n / c) for t, c in df.items()}
    name_stems = frozenset(
        stem(w) for p in persons_list for text in [p.name, *p.aliases, *p.roles] for w in words(text)
    )
    all_words = words(article.text)
    vocab = frozenset(all_words) | frozenset(w[:-2] for w in all_words if w.endswith("'s"))
    order = sorted(persons_list, key=lambda p: min((m.start for m in p.mentions), default=len(article.text)))
    return ArticleView(
        article=article,
        sentences=sentences,
        statements=statements,
        persons=persons,
        person_order=[p.name for p in order],
        alias_map=alias_map,
        name_stems=name_stems,
        idf=idf,
        unknown_idf=math.log(1 + n),
        vocab_words=vocab,
        sorted_vocab=sorted(vocab),
        passage_to_sentence={p.id: i for i, p in enumerate(passages)},
        by_speaker=by_speaker,
        postings=postings,
        sorted_terms=sorted(postings),
        shingles=shingles,
        statement_postings=statement_postings,
        paragraph_starts=[para.start for para in article.paragraphs],
        statement_arrays=_statement_arrays(statements, sentence_of) if passages else None,
        flat_text=" " + " ".join(w[:-2] if w.endswith("'s") else w for w in all_words) + " ",
        first_sentence={name: i for i in reversed(range(len(sentences))) for name in sentences[i].persons},
        role_groups={p.name: _role_groups(p.roles) for p in persons_list if p.roles},
        short=[s.index for s in sentences if len(words(s.passage.text)) < _SHORT_WORDS],
        headline=_headline(sentences, article.meta.title),
        _starts=starts,
    )
