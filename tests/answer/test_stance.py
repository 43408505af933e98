"""The stance lexicon: polarity of cues and judgement words, and what a stance question asks."""

from __future__ import annotations

import pytest

from newsbot.answer.question import parse_question
from newsbot.answer.stance import cue_polarity, parse_object_stance, parse_stance, text_polarity


@pytest.mark.parametrize(
    ("cue", "polarity"),
    [
        ("defended", 1),
        ("praised", 1),
        ("threw his support behind", 1),
        ("attacked", -1),
        ("criticised", -1),
        ("criticized", -1),
        ("dismissed", -1),
        ("went after", -1),
        # a stance received ("X faced criticism from Y"): the noun's polarity
        ("faced criticism", -1),
        ("drew praise", 1),
        ("came under fire", -1),
        ("came under heavy fire", -1),
        ("faced a backlash", -1),
        ("fired", 0),
        ("said", 0),
        ("told reporters", 0),
    ],
)
def test_cue_polarity(cue: str, polarity: int) -> None:
    assert cue_polarity(cue) == polarity


def test_judgement_words_give_a_polarity_and_negation_flips_it() -> None:
    assert text_polarity("Mr Misri is a decent and an Honest Hard working Diplomat") == 1
    assert text_polarity("Donald Trump's ignorant view of Islam could make both our countries less safe") == -1
    assert text_polarity("The minister is not ignorant of the risks") == 1
    assert text_polarity("The talks resumed on Monday") == 0


@pytest.mark.parametrize(
    ("question", "verb", "polarity", "target"),
    [
        ("Who attacked the transport ministry?", "attacked", -1, "the transport ministry"),
        ("/who defended Vikram Misri?", "defended", 1, "Vikram Misri"),
        ("Who criticised Trump's view of Islam?", "criticised", -1, "Trump's view of Islam"),
        ("Who went after Walker?", "went", -1, "Walker"),
    ],
)
def test_parse_stance(question: str, verb: str, polarity: int, target: str) -> None:
    ask = parse_stance(parse_question(question))
    assert ask is not None
    assert (ask.verb, ask.polarity, ask.target) == (verb, polarity, target)


@pytest.mark.parametrize(
    "question",
    [
        "Who did Walker back for the nomination?",  # asks for the one backed
        "/who tweeted about Pence endorsing Cruz?",  # the stance word is not the asked verb
        "Who said the ferry was unsafe?",
        "When did Owaisi defend Misri?",
        "Who defended?",
        "Who fired the coach?",  # "fire" is a stance only "under fire"
    ],
)
def test_not_a_stance_question(question: str) -> None:
    assert parse_stance(parse_question(question)) is None


def test_parse_object_stance() -> None:
    ask = parse_object_stance(parse_question("Who did Walker back for the nomination?"))
    assert ask is not None
    assert (ask.subject, ask.polarity) == ("Walker", 1)
    whom = parse_object_stance(parse_question("/who did Scott Walker criticise?"))
    assert whom is not None
    assert (whom.subject, whom.polarity) == ("Scott Walker", -1)
    assert parse_object_stance(parse_question("Who backed Walker?")) is None
    assert parse_object_stance(parse_question("Who did Walker meet?")) is None
