"""The verb a "did/does …" question asks about, and the words an article may write for it."""

from __future__ import annotations

import pytest

from newsbot.answer.terms import stem
from newsbot.answer.verbs import LIGHT_VERBS, asked_verb, family_terms, relatives, same_family


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        ("When did the driver buy the truck?", "buy"),
        ("When did Obama visit Tehran?", "visit"),
        ("When did Obama first visit Tehran?", "visit"),
        ("When did he resign?", "resign"),
        ("When did the ferry sink exactly?", "sink"),
        ("When did Islamic State attackers kill 32 people in Brussels?", "kill"),
        ("When did the administration trade five Taliban detainees?", "trade"),
        ("How many Iranian men did Obama free?", "free"),
        ("How much did the United States agree to pay?", "agree"),
        ("Which group did the protesters belong to?", "belong"),
        ("When did Mrs. Abedini write on her Facebook page?", "write"),
        ("did Cruz name Fiorina as his running mate?", "name"),  # the body of "/when did …"
        ("When did Misri brief reporters?", "brief"),  # a bare plural object is not the verb
        ("When did the driver buy trucks?", "buy"),
        ("When did the ministers discuss the budget?", "discuss"),
    ],
)
def test_the_verb_follows_the_subject_and_precedes_its_object(body: str, verb: str) -> None:
    assert asked_verb(body) == verb


@pytest.mark.parametrize(
    "body",
    [
        "When did the driver of the truck open fire?",  # "driver" is the noun after "the", not a verb
        # A compound subject or a bare object: word shape cannot tell which word is the verb.
        "When did the French interior minister speak to reporters?",
        "When did Trump's campaign manager quit?",
        "When does the new law take effect?",
        "Did the driver buy gas?",
        "When was the captain arrested?",  # no "did": the participle is not looked for
        "Who sucker-punched a protester?",
        "What did Rubio say?",  # "say" is a function word of questions
        "How many people were killed?",
        "Where is the hotel?",
        "The driver did buy a truck.",  # no question word before "did"
        "",
    ],
)
def test_no_verb_when_it_cannot_be_told_from_the_words(body: str) -> None:
    assert asked_verb(body) is None


def test_a_verb_family_holds_the_words_news_writes_for_the_same_act() -> None:
    assert stem("purchased") in relatives(stem("buy"))
    assert stem("trip") in relatives(stem("visit"))
    assert stem("killed") in relatives(stem("die"))
    assert relatives(stem("ram")) == {stem("ram")}
    assert stem("happened") in LIGHT_VERBS


@pytest.mark.parametrize(
    ("word", "verb", "same"),
    [
        ("bought", "buy", True),
        ("visitor", "visit", True),
        ("freed", "free", True),  # the crude stemmer gives "fre" and "free"
        ("purchases", "buy", True),
        ("toured", "visit", True),
        ("driver", "buy", False),
        ("vision", "visit", False),
        ("at", "attack", False),  # a root under three letters proves nothing
        ("wins", "win", True),
        ("winning", "win", True),
        ("won", "win", True),
        ("winner", "win", True),  # a noun of the doer, its consonant doubled
        ("victory", "win", True),  # the family news writes for the act
        ("attacker", "attack", True),
        ("departure", "leave", True),  # "depart" of the family, made a noun
        ("window", "win", False),  # longer words that merely start with the verb
        ("winter", "win", False),
        ("wink", "win", False),
        ("star", "start", False),  # nor a shorter word the verb starts with
        ("fat", "fatal", False),
        ("visa", "visit", False),
        ("travelled", "travel", True),  # the stemmer keeps the doubled letter: "travell"
        ("travelled", "visit", True),
        ("travelling", "visit", True),
        ("injury", "injure", True),  # a noun of the act in -y
        ("injuries", "injure", True),
        ("injury", "hurt", True),
        ("tourist", "visit", True),  # a noun of the doer in -ist
        ("tourists", "tour", True),
        ("tourism", "visit", True),
    ],
)
def test_family_terms_allow_derived_words_and_the_stemmers_misses(word: str, verb: str, same: bool) -> None:
    article_terms = sorted({stem(w) for w in ["the", "truck", "was", "seen", "on", "monday", word]})
    assert (stem(word) in family_terms(relatives(stem(verb)), article_terms)) is same


@pytest.mark.parametrize(
    ("term", "form", "same"),
    [
        ("fre", "free", True),
        ("free", "fre", True),  # both directions
        ("visitor", "visit", True),
        ("visit", "visitor", True),
        ("winner", "win", True),
        ("win", "winner", True),
        ("window", "win", False),
        ("win", "window", False),
        ("winter", "win", False),
        ("start", "star", False),
        ("travell", "travel", True),  # the last letter doubled, nothing after
        ("travel", "travell", True),
        ("injury", "injur", True),
        ("injur", "injury", True),
        ("tourist", "tour", True),
        ("tour", "tourist", True),
        ("tourism", "tour", True),
        ("win", "windy", False),
        ("wind", "win", False),
    ],
)
def test_same_family_is_one_root_or_a_derived_noun_either_way(term: str, form: str, same: bool) -> None:
    assert same_family(term, form) is same
