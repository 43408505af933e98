"""The parsing helper gives the very `Doc`s a local parse gives, faster or not at all, and never fails a read."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest
from spacy.tokens import Doc

from newsbot.articles import parse_article
from newsbot.bench.intake import news_article
from newsbot.extract import extract_records
from newsbot.nlp import load_nlp
from newsbot.parse_helper import SPLIT_MIN_CHARS, ParseHelper, _cut

Analysis = list[list[tuple[str, int, str, str, str, int, str, str, str, bool | None, str]]]


def analysis(docs: list[Doc]) -> Analysis:
    return [
        [
            (t.text, t.idx, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start,
             str(t.morph))
            for t in doc
        ]
        for doc in docs
    ]  # fmt: skip


def long_texts(label: str) -> list[str]:
    return [p.text for p in parse_article(news_article(label, 30_000), article_id=label).paragraphs]


@pytest.fixture(scope="module")
def helper() -> Iterator[ParseHelper]:
    started = ParseHelper()
    started.start()
    wait_until_ready(started)
    yield started
    started.close()


def wait_until_ready(helper: ParseHelper) -> None:
    deadline = time.monotonic() + 120
    while not helper.ready:
        assert time.monotonic() < deadline, "the parsing helper never became ready"
        time.sleep(0.05)


def test_a_long_article_is_split_and_parsed_exactly_as_here(helper: ParseHelper) -> None:
    texts = long_texts("split")
    served = helper.served
    assert analysis(helper.parse(texts)) == analysis(list(load_nlp().pipe(texts)))
    assert helper.served == served + 1


def test_records_from_a_split_parse_are_the_records_of_a_local_parse(helper: ParseHelper) -> None:
    article = parse_article(news_article("records", 30_000), article_id="records", published="2024-06-14")
    texts = [p.text for p in article.paragraphs]
    split = extract_records(article, helper.parse(texts))
    local = extract_records(article, list(load_nlp().pipe(texts)))
    assert split.statements
    assert split.model_dump() == local.model_dump()


def test_a_short_article_is_parsed_here_alone(helper: ParseHelper) -> None:
    texts = ['"Fine," said Ana Costa on Monday.', "The port reopened."]
    served = helper.served
    assert analysis(helper.parse(texts)) == analysis(list(load_nlp().pipe(texts)))
    assert helper.served == served


def test_a_helper_that_dies_costs_speed_not_the_parse_and_the_next_article_starts_another() -> None:
    helper = ParseHelper()
    try:
        helper.start()
        wait_until_ready(helper)
        pid = helper.pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        texts = long_texts("after-death")
        assert analysis(helper.parse(texts)) == analysis(list(load_nlp().pipe(texts)))
        assert helper.served == 0
        helper.parse(texts)  # the next article starts a new helper (and is parsed here while it loads)
        assert helper.pid not in (None, pid)
        wait_until_ready(helper)
        assert analysis(helper.parse(texts)) == analysis(list(load_nlp().pipe(texts)))
        assert helper.served == 1
    finally:
        helper.close()


def test_a_closed_helper_parses_here_and_starts_no_process() -> None:
    helper = ParseHelper()
    helper.close()
    texts = long_texts("closed")
    assert analysis(helper.parse(texts)) == analysis(list(load_nlp().pipe(texts)))
    assert helper.pid is None
    assert helper.served == 0


@pytest.mark.parametrize(
    ("lengths", "cut"),
    [
        ([SPLIT_MIN_CHARS - 1], 1),  # short: all here
        ([SPLIT_MIN_CHARS // 2 - 1, SPLIT_MIN_CHARS // 2 - 1], 2),  # under the threshold in total
        ([SPLIT_MIN_CHARS * 2], 1),  # one paragraph cannot be split
        ([1000] * 20, 10),  # half the characters each
        ([9000, 1000, 1000, 1000, 1000, 1000], 1),  # the first paragraph is already half
        ([1000, 1000, 1000, 1000, 1000, 9000], 5),
    ],
)
def test_the_helper_gets_about_the_later_half_of_the_characters(lengths: list[int], cut: int) -> None:
    assert _cut(["x" * n for n in lengths]) == cut
