"""The stemmer only has to be consistent: inflections of one word meet on one key."""

from __future__ import annotations

import pytest

from newsbot.answer.terms import SPEECH_STEMS, content_terms, stem


@pytest.mark.parametrize(
    "forms",
    [
        ("defend", "defended", "defends", "defending"),
        ("briefing", "briefings"),
        ("agree", "agreed", "agrees"),
        ("blame", "blamed"),
        ("meet", "met", "meeting"),
        ("win", "won", "wins"),
        ("say", "said", "says"),
        ("accompany", "accompanied"),
        ("stop", "stopped"),
        ("Misri", "Misri's", "Misri’s"),
    ],
)
def test_forms_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(f) for f in forms}) == 1


def test_different_words_stay_apart() -> None:
    assert stem("become") != stem("come")
    assert stem("post") != stem("poster") or stem("poster") == "poster"
    assert stem("us") == "us"


def test_content_terms_skip_stopwords_and_repeat_once() -> None:
    assert content_terms("Who said the ceasefire, the CEASEFIRE, was agreed?") == ["ceasefir", "agr"]


def test_speech_stems_are_stems() -> None:
    assert stem("confirmed") in SPEECH_STEMS
    assert stem("tweeted") in SPEECH_STEMS
    assert stem("launched") not in SPEECH_STEMS
