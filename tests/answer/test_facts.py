"""Which question forms the fact replies take on (the replies themselves: test_answer_kinds.py)."""

from __future__ import annotations

import pytest

from newsbot.answer.facts import HOW_MANY, HOW_OLD, WHICH, _number_core


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Which judge granted bail?", "judge"),
        ("Which television channel did Estrosi talk to?", "television channel"),
        ("which group did the protesters belong to?", "group"),
        ("Which operation did the Indian Armed Forces launch?", "operation"),
    ],
)
def test_which_finds_the_asked_noun(question: str, noun: str) -> None:
    m = WHICH.match(question)
    assert m is not None
    assert m.group("noun") == noun


def test_question_forms() -> None:
    assert HOW_MANY.match("How many passengers were on board?")
    assert HOW_MANY.match("how much did they pay?")
    assert not HOW_MANY.match("How did the ferry sink?")
    assert HOW_OLD.match("How old is Khan?")
    assert WHICH.match("Which is it?") is None


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("at least 80", "80", True),
        ("1,200", "1200", True),
        ("1.5 million", "15", False),
        ("1.5 million", "1.5 billion", False),
        ("2 million", "2 million people", True),
    ],
)
def test_two_spellings_of_one_number_share_a_core(first: str, second: str, same: bool) -> None:

    assert (_number_core(first) == _number_core(second)) is same
