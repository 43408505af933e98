"""Tests for `newsbot.extract.tags`: one meaning of "finite" for every rule."""

from __future__ import annotations

import pytest

from newsbot.extract.tags import has_tense
from newsbot.nlp import load_nlp

TENSED = [
    pytest.param("The party won only four times.", "won", True, id="past"),
    pytest.param("The party has won only four times.", "won", True, id="perfect"),
    pytest.param("The party will win only four times.", "win", True, id="modal"),
    pytest.param("The party hopes to win only four times.", "win", False, id="infinitive"),
    pytest.param("Winning only four times, the party fell.", "Winning", False, id="participle"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), TENSED)
def test_a_clause_has_tense_when_its_verb_or_auxiliary_is_finite(sentence: str, word: str, expected: bool) -> None:
    doc = load_nlp()(sentence)
    verb = next(t for t in doc if t.text == word)
    assert has_tense(verb) is expected
