"""Shared helpers for the extraction tests: run the real pipeline on text written in the test."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest
from spacy.tokens import Doc

from newsbot.articles import parse_article
from newsbot.extract import extract_records
from newsbot.nlp import load_nlp
from newsbot.records import ArticleRecords, Statement
from newsbot.segment import segment

Extract = Callable[..., ArticleRecords]


def _extract(text: str, published: str | None = "2025-05-11") -> ArticleRecords:
    article = parse_article(text, article_id="test", published=published)
    records = extract_records(article, segment(article))
    for statement in records.statements:
        for span in [statement.quote, *statement.fragments, *statement.repeats]:
            assert text[span.start : span.end] == span.text
        for maybe in (statement.cue, statement.speaker_mention, statement.date_span):
            assert maybe is None or text[maybe.start : maybe.end] == maybe.text
    return records


@pytest.fixture(scope="session")
def extract() -> Extract:
    """`extract(text, published=...)` → ArticleRecords, checking every span against the text."""
    return _extract


def only(records: ArticleRecords) -> Statement:
    assert len(records.statements) == 1, [s.quote.text for s in records.statements]
    return records.statements[0]


def find(records: ArticleRecords, words: str) -> Statement:
    """The statement whose quote contains `words`."""
    hits = [s for s in records.statements if words in s.quote.text]
    assert hits, f"no statement contains {words!r}: {[s.quote.text for s in records.statements]}"
    return hits[0]


def check_said(statements: list[Statement], content: str | None, mention: str | None, *, alone: bool = False) -> None:
    """The one statement of a sentence whose quote is `content`, said by words that hold `mention`; with
    `content` None, the sentence holds no statement at all. `alone`: nor any other statement."""
    quotes = [s.quote.text for s in statements]
    if content is None:
        assert statements == [], quotes
        return
    hits = [s for s in statements if s.quote.text == content]
    assert quotes == [content] if alone else len(hits) == 1, quotes
    said_by = hits[0].speaker_mention
    assert said_by is not None
    assert mention is not None
    assert mention in said_by.text


class Case(NamedTuple):
    """One row of a table of reported speech: a sentence, the statement's words and what else must hold. An
    expected quote ending in "…" only fixes how the quote starts, one starting with "…" how it ends."""

    sentence: str
    quote: str
    find: str | None = None  # words of the statement when the sentence holds several; else it holds exactly one
    cue: str | None = None
    speaker: str | None = None
    mention: str | None = None
    fragments: tuple[str, ...] = ()
    kind: str | None = None


def _check_quote(statement: Statement, expected: str) -> None:
    if expected.endswith("…"):
        assert statement.quote.text.startswith(expected[:-1]), statement.quote.text
    elif expected.startswith("…"):
        assert statement.quote.text.endswith(expected[1:]), statement.quote.text
    else:
        assert statement.quote.text == expected


def check_case(extract: Extract, case: Case) -> None:
    """Extract the row's sentence and check its statement against the row."""
    records = extract(case.sentence)
    s = only(records) if case.find is None else find(records, case.find)
    _check_quote(s, case.quote)
    if case.cue is not None:
        assert s.cue is not None
        assert s.cue.text == case.cue
    if case.speaker is not None:
        assert s.speaker == case.speaker
    if case.mention is not None:
        assert s.speaker_mention is not None
        assert s.speaker_mention.text == case.mention
    if case.fragments:
        assert tuple(f.text for f in s.fragments) == case.fragments
    if case.kind is not None:
        assert s.kind == case.kind


def hand_parsed(rows: list[tuple[str, str, str, str, int, str]]) -> Doc:
    """A parse written out by hand: (word, coarse tag, fine tag, dependency, head index, lemma) per word."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in {",", "."} for i in range(len(rows))]
    return Doc(
        load_nlp().vocab,
        words=words,
        spaces=spaces,
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )
