"""The cue lexicons and the helper every lexicon is written with."""

from __future__ import annotations

from newsbot.extract.cues import SPEECH_VERBS, word_set
from newsbot.extract.non_agents import NON_AGENTS


def test_a_lexicon_is_its_words_across_spaces_and_lines() -> None:
    assert word_set("""
    say  tell
    warn
    """) == frozenset({"say", "tell", "warn"})
    assert word_set("") == frozenset()


def test_the_lexicons_of_both_modules_are_read_with_it() -> None:
    assert "say" in SPEECH_VERBS
    assert {"bulldozer", "river"} <= NON_AGENTS
    assert "" not in NON_AGENTS
