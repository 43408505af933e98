"""The cue lexicons and the helper every lexicon is written with."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from newsbot.extract import cues, non_agents
from newsbot.extract.cues import word_set


def test_a_lexicon_is_its_words_across_spaces_and_lines() -> None:
    assert word_set("""
    say  tell
    warn
    """) == frozenset({"say", "tell", "warn"})
    assert word_set("") == frozenset()


@pytest.mark.parametrize("module", [cues, non_agents], ids=lambda m: m.__name__)
def test_every_lexicon_is_lower_case_single_words(module: ModuleType) -> None:
    """Running text invites a stray comma or capital ("say, tell", "Warn") that no lemma would ever match."""
    lexicons = {name: v for name, v in vars(module).items() if isinstance(v, frozenset) and v}
    assert lexicons
    for name, words in lexicons.items():
        odd = sorted(w for w in words if not re.fullmatch(r"[a-z][a-z'-]*", w))
        assert odd == [], (name, odd)
