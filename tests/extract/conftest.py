"""Shared helpers for the extraction tests: run the real pipeline on text written in the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsbot.articles import parse_article
from newsbot.extract import extract_records
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
