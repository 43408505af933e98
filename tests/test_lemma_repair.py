"""The lemma repair: undoubled inflections of one-syllable stems get their "e" back, nothing else changes."""

from __future__ import annotations

import pytest

from newsbot.lemma_repair import repaired_lemma


@pytest.mark.parametrize(
    ("text", "lemma", "wanted"),
    [
        ("hoped", "hop", "hope"),
        ("hopes", "hop", "hope"),
        ("hoping", "hop", "hope"),
        ("Hoping", "hop", "hope"),
        ("griped", "grip", "gripe"),
        ("rated", "rat", "rate"),
        ("spared", "spar", "spare"),
        ("staring", "star", "stare"),
        # Left alone: doubled forms, stems of more than one syllable, stems the rule cannot judge.
        ("hopped", "hop", "hop"),
        ("hopping", "hop", "hop"),
        ("visited", "visit", "visit"),
        ("opened", "open", "open"),
        ("busing", "bus", "bus"),
        ("fixed", "fix", "fix"),
        ("said", "say", "say"),
        ("hop", "hop", "hop"),
    ],
)
def test_repaired_lemma(text: str, lemma: str, wanted: str) -> None:
    assert repaired_lemma(text, lemma) == wanted


@pytest.mark.parametrize(
    ("sentence", "verb", "lemma"),
    [
        ("She hoped that the talks would resume.", "hoped", "hope"),
        ("They are hoping to win the seat.", "hoping", "hope"),
        ("He hopes for a deal.", "hopes", "hope"),
        ("The rabbit hopped away.", "hopped", "hop"),
        ("Officials opened the bridge.", "opened", "open"),
    ],
)
def test_the_pipeline_lemmas_are_repaired(sentence: str, verb: str, lemma: str) -> None:
    from newsbot.nlp import load_nlp

    (token,) = [t for t in load_nlp()(sentence) if t.text == verb]
    assert token.lemma_ == lemma


def test_hoping_to_is_a_stance() -> None:
    from newsbot.articles import parse_article
    from newsbot.extract import extract_records
    from newsbot.segment import parse_paragraphs

    article = parse_article("Mayor Ann Lee is hoping to open the new bridge before winter.\n", article_id="bridge")
    statements = extract_records(article, parse_paragraphs(article)).statements
    assert [(s.quote.text, s.speaker) for s in statements] == [("to open the new bridge before winter", "Ann Lee")]
