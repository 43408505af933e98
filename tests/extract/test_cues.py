"""The cue lexicons and the helper every lexicon is written with."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from newsbot.extract import cues, non_agents
from newsbot.extract.cues import word_set

from .conftest import Extract


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


# Verbs of saying, stressing, posting and directing that take their content as a noun phrase or an infinitive.
OBJECT_AND_INFINITIVE_CUES = [
    pytest.param(
        "The mayor recalled the long winters of her childhood.", "the long winters of her childhood", id="recall"
    ),
    pytest.param("The senator stressed the importance of the vote.", "the importance of the vote", id="stress"),
    pytest.param("The governor emphasized the cost of the new highway.", "the cost of the new highway", id="emphasize"),
    pytest.param("Several farmers voiced doubts about the new tariff.", "doubts about the new tariff", id="voice"),
    pytest.param("The candidate tweeted a photo of the empty stadium.", "a photo of the empty stadium", id="tweet"),
    pytest.param("The report lists the risks of a second shutdown.", "the risks of a second shutdown", id="list"),
    pytest.param("A judge ordered the release of the documents.", "the release of the documents", id="order-object"),
    pytest.param(
        "A judge ordered the city to publish the contracts.", "the city to publish the contracts", id="order-infinitive"
    ),
    pytest.param("The coach prefers to play younger players.", "to play younger players", id="prefer-infinitive"),
    pytest.param("She conceded defeat in the mayoral race.", "defeat in the mayoral race", id="concede"),
    pytest.param(
        "The magazine estimates the senator's fortune at about $42 million.",
        "the senator's fortune at about $42 million",
        id="estimate-at",
    ),
    pytest.param("The council voted 5 to 4 in March to delay the plan.", "to delay the plan", id="vote-infinitive"),
    pytest.param(
        "The mayor singled out the fire chief's budget as the main problem.",
        "the fire chief's budget as the main problem",
        id="single-out-as",
    ),
    pytest.param("The minister tried to justify the new checkpoints.", "the new checkpoints", id="justify"),
]


@pytest.mark.parametrize(("sentence", "content"), OBJECT_AND_INFINITIVE_CUES)
def test_cue_verbs_take_an_object_or_infinitive(extract: Extract, sentence: str, content: str) -> None:
    assert content in [s.quote.text for s in extract(sentence).statements]


PREPOSITION_CUES = [
    pytest.param(
        "At the time, the senator sided with the unions and a coalition of farmers.",
        "the unions and a coalition of farmers",
        id="side-with",
    ),
    pytest.param(
        "Party leaders are hoping for a quick end to the primary fight.",
        "a quick end to the primary fight",
        id="hope-for",
    ),
    pytest.param(
        "The two parties agreed on the broad outline of a budget deal.",
        "the broad outline of a budget deal",
        id="agree-on",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), PREPOSITION_CUES)
def test_a_side_taken_or_an_outcome_hoped_for_is_the_content(extract: Extract, sentence: str, content: str) -> None:
    assert content in [s.quote.text for s in extract(sentence).statements]


# Verbs read only with their "as" or "for" phrase: "named X as …", "hit X for …"; alone they name or strike.
FRAMED_OBJECT_CUES = [
    pytest.param(
        "The magazine named the senator as one of the most powerful women in politics.",
        "the senator as one of the most powerful women in politics",
        id="name-as",
    ),
    pytest.param(
        "Trump hit Clinton for her use of a private email server.",
        "Clinton for her use of a private email server",
        id="hit-for",
    ),
    pytest.param("The company named a new chief executive on Monday.", None, id="name-alone"),
    pytest.param("The storm hit the coast on Monday.", None, id="hit-alone"),
]


@pytest.mark.parametrize(("sentence", "content"), FRAMED_OBJECT_CUES)
def test_some_verbs_are_cues_only_with_their_frame(extract: Extract, sentence: str, content: str | None) -> None:
    found = [s.quote.text for s in extract(sentence).statements]
    if content is None:
        assert found == []
    else:
        assert content in found


# What a book, a film or a report sets down, and what someone is grilled, savaged or contradicted over, is the content.
RECORDING_AND_GRILLING_CUES = [
    pytest.param(
        "The new documentary documents the decline of the town's steel mills.",
        "the decline of the town's steel mills",
        id="document",
    ),
    pytest.param(
        "Her memoir chronicles the collapse of the family farm.",
        "the collapse of the family farm",
        id="chronicle",
    ),
    pytest.param(
        "Senators grilled the bank's chief executive over the fake accounts.",
        "the bank's chief executive over the fake accounts",
        id="grill-over",
    ),
    pytest.param(
        "The governor savaged the budget for its cuts to schools.",
        "the budget for its cuts to schools",
        id="savage-for",
    ),
    pytest.param(
        "The challenger hammered the mayor for the rising cost of housing.",
        "the mayor for the rising cost of housing",
        id="hammer-for",
    ),
    pytest.param(
        "Her own aides contradicted the official account of the meeting.",
        "the official account of the meeting",
        id="contradict",
    ),
    pytest.param(
        "The minister rebutted the charges of favoritism in the contract.",
        "the charges of favoritism in the contract",
        id="rebut",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), RECORDING_AND_GRILLING_CUES)
def test_what_is_recorded_or_grilled_over_is_the_content(extract: Extract, sentence: str, content: str) -> None:
    assert content in [s.quote.text for s in extract(sentence).statements]
