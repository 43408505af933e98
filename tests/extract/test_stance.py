"""Noun cues (`stance.py`): a noun of saying or believing attributes its clause; a noun of likelihood does not."""

from __future__ import annotations

import pytest

from .conftest import Extract, find

_LIKELIHOOD = [
    "Officials raised the possibility that the bridge would close for the whole winter season.",
    "There is a real chance that the council will approve the new budget next month.",
    "The risk that the old dam could fail during heavy spring rains kept the engineers busy.",
    "The possibility that the vote would be delayed again worried the two campaigns.",
    "The odds that the council will approve the new budget this year look long to most members.",
    "The prospect that the old mill would reopen next spring cheered the workers in the valley.",
    "There is little likelihood that the ferry service will return before the summer season.",
]


_LIKELIHOOD_NOUNS = {"possibility", "chance", "risk", "odds", "prospect", "likelihood"}


@pytest.mark.parametrize("sentence", _LIKELIHOOD)
def test_likelihood_noun_with_that_clause_is_no_cue(extract: Extract, sentence: str) -> None:
    records = extract(sentence)
    assert all(s.cue is None or s.cue.text.lower() not in _LIKELIHOOD_NOUNS for s in records.statements)


@pytest.mark.parametrize(
    ("sentence", "cue", "words"),
    [
        (
            "Mayor Ana Ruiz's claim that the bridge would close for the whole winter surprised residents.",
            "claim",
            "bridge",
        ),
        ("The governor's warning that the council would cut the new budget angered teachers.", "warning", "council"),
    ],
)
def test_noun_of_saying_with_that_clause_is_a_cue(extract: Extract, sentence: str, cue: str, words: str) -> None:
    statement = find(extract(sentence), words)
    assert statement.cue is not None
    assert statement.cue.text.lower() == cue


IN_FAVOR = [
    pytest.param("The mayor argued in favor of a longer school day.", "a longer school day", id="argued"),
    pytest.param("All four senators voted in favor of the farm bill on Tuesday.", "the farm bill", id="voted"),
    pytest.param("The governor spoke out in favor of the new stadium.", "the new stadium", id="spoke-out"),
    pytest.param(
        "Ruiz, who was always in favor of stricter building codes, lost the race.",
        "stricter building codes",
        id="was-in-favor",
    ),
    pytest.param("Many voters abandoned the party in favor of a newcomer.", None, id="a-choice-with-an-object"),
    pytest.param("The march in favor of the new law drew thousands.", None, id="on-a-noun"),
]


@pytest.mark.parametrize(("sentence", "content"), IN_FAVOR)
def test_what_someone_is_in_favor_of_is_their_stance(extract: Extract, sentence: str, content: str | None) -> None:
    statements = extract(sentence).statements
    if content is None:
        assert not any(s.cue is not None and "favor" in s.cue.text for s in statements)
    else:
        assert content in [s.quote.text for s in statements]


WILLING = [
    pytest.param(
        "The author is eager to get the book out before the election.",
        "to get the book out before the election",
        id="eager",
    ),
    pytest.param("Some of his supporters remain reluctant to back the nominee.", "to back the nominee", id="reluctant"),
    pytest.param(
        "The council was determined to finish the budget by June.", "to finish the budget by June", id="determined"
    ),
    pytest.param("Few lawmakers were inclined to reopen the debate.", "to reopen the debate", id="inclined"),
    pytest.param("The shop was ready to open at noon.", None, id="ready-is-no-stance"),
]


@pytest.mark.parametrize(("sentence", "content"), WILLING)
def test_an_adjective_of_will_takes_its_infinitive(extract: Extract, sentence: str, content: str | None) -> None:
    found = [s.quote.text for s in extract(sentence).statements]
    if content is None:
        assert found == []
    else:
        assert content in found


# An owned noun of taking a side names a stance, and what it is taken on is the content; without an owner
# ("the defense of Europe") the noun is an act, not anyone's view.
OWNED_STANCE_NOUNS = [
    pytest.param("Trump's embrace of the tariff plan alarmed farmers.", "embrace", "the tariff plan", id="embrace"),
    pytest.param("Her defense of the trade deal cost her votes.", "defense", "the trade deal", id="defense"),
    pytest.param(
        "The union's backing of the new highway plan was no surprise.",
        "backing",
        "the new highway plan",
        id="backing",
    ),
    pytest.param(
        "His denunciation of the new voting rules drew applause.",
        "denunciation",
        "the new voting rules",
        id="denunciation",
    ),
    pytest.param("The defense of the northern border depends on the army.", None, None, id="no-owner"),
]


@pytest.mark.parametrize(("sentence", "cue", "content"), OWNED_STANCE_NOUNS)
def test_an_owned_stance_noun_takes_its_topic(
    extract: Extract, sentence: str, cue: str | None, content: str | None
) -> None:
    statements = extract(sentence).statements
    if content is None:
        assert statements == [], [s.quote.text for s in statements]
        return
    hits = [s for s in statements if s.quote.text == content]
    assert len(hits) == 1, [s.quote.text for s in statements]
    assert hits[0].cue is not None
    assert hits[0].cue.text == cue


QUESTIONS_RAISED = [
    pytest.param(
        "The audit raised new questions about whether the agency had misled the council.",
        "whether the agency had misled the council",
        id="raised-questions-about-whether",
    ),
    pytest.param(
        "There are questions about how the school board spent the grant money.",
        "how the school board spent the grant money",
        id="there-are-questions-about-how",
    ),
    pytest.param(
        "The coach faced a question about why the team had lost four games in a row.",
        "why the team had lost four games in a row",
        id="a-question-about-why",
    ),
    pytest.param("The mayor raised questions about the budget.", None, id="a-noun-phrase-topic-is-left-alone"),
]


@pytest.mark.parametrize(("sentence", "content"), QUESTIONS_RAISED)
def test_a_question_about_an_open_clause_is_reported(extract: Extract, sentence: str, content: str | None) -> None:
    statements = extract(sentence).statements
    asked = [s.quote.text for s in statements if s.cue is not None and "question" in s.cue.text]
    assert asked == ([] if content is None else [content])
