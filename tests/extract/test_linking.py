"""What seems or appears likely (ready, poised, certain to …) is the writer's judgement, with no speaker: the
subject and its complement are the content, on sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

JUDGED = [
    pytest.param(
        "The mayor seemed poised to win a second term.", "The mayor", "poised to win a second term", id="participle"
    ),
    pytest.param("The senator appears ready to run again.", "The senator", "ready to run again", id="adjective"),
    pytest.param(
        "The minister appears ready, however, to raise taxes on imports.",
        "The minister",
        "ready",
        "to raise taxes on imports",
        id="infinitive-after-aside",
    ),
    pytest.param(
        "The team seemed certain to lose, wandering around the field.",
        "The team",
        "certain to lose",
        id="not-a-participle-clause",
    ),
    pytest.param(
        "The mayor, who toured the plant, seemed eager to reopen it.",
        "The mayor",
        "eager to reopen it",
        id="subject-aside",
    ),
]


@pytest.mark.parametrize(("sentence", "pieces"), [pytest.param(p.values[0], p.values[1:], id=p.id) for p in JUDGED])
def test_a_linking_verb_judges_its_subject(extract: Extract, sentence: str, pieces: tuple[str, ...]) -> None:
    statements = extract(sentence).statements
    assert len(statements) == 1, [s.quote.text for s in statements]
    s = statements[0]
    assert tuple(f.text for f in s.fragments) == pieces
    assert s.speaker is None
    assert s.speaker_mention is None


# "Seem" heading the writer's own sentence judges its subject even without a prospect.
JUDGED_PLAINLY = [
    pytest.param(
        "The coach seemed tired after the long meeting.", "The coach", "tired after the long meeting", id="tired"
    ),
    pytest.param(
        "The new budget seems like a sensible compromise.", "The new budget", "like a sensible compromise", id="like"
    ),
    pytest.param("The old bridge might seem unsafe to drivers.", "The old bridge", "unsafe to drivers", id="modal"),
    pytest.param("The rain stopped, and the match seemed lost.", "the match", "lost", id="joined-to-the-main-clause"),
    pytest.param(
        "``It is over,'' the coach said. The match seemed lost.",
        "The match",
        "lost",
        id="after-a-closed-backtick-quote",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "pieces"), [pytest.param(p.values[0], p.values[1:], id=p.id) for p in JUDGED_PLAINLY]
)
def test_seem_in_the_main_clause_judges_its_subject(extract: Extract, sentence: str, pieces: tuple[str, ...]) -> None:
    statements = [s for s in extract(sentence).statements if s.cue is not None and s.cue.text.startswith("seem")]
    assert len(statements) == 1, [s.quote.text for s in extract(sentence).statements]
    assert tuple(f.text for f in statements[0].fragments) == pieces
    assert statements[0].speaker is None


def test_an_extraposed_it_is_no_part_of_the_content(extract: Extract) -> None:
    statements = extract("It seems increasingly likely that the council will approve the plan.").statements
    assert [s.quote.text for s in statements] == ["increasingly likely that the council will approve the plan"]
    assert statements[0].speaker is None


def test_the_one_it_seems_so_to_holds_the_judgement(extract: Extract) -> None:
    statements = extract("None of their excuses seems credible to me.").statements
    assert [s.quote.text for s in statements] == ["None of their excuses"]
    mention = statements[0].speaker_mention
    assert mention is not None
    assert mention.text == "me"


NOT_JUDGED = [
    pytest.param("The old truck looked like a giant whale in the fog.", id="looks-like-a-thing"),
    pytest.param("The coach appeared tired after the long meeting.", id="appear-no-prospect"),
    pytest.param("The new budget looks like a sensible compromise.", id="look-no-prospect-like"),
    pytest.param("The mayor left early because the plan seemed doomed.", id="seem-in-a-subordinate-clause"),
    pytest.param('The clerk said: "The new budget seems like a sensible compromise."', id="seem-inside-a-quotation"),
    pytest.param("The clerk said: ``The new budget seems like a sensible compromise.''", id="seem-inside-backticks"),
    pytest.param("It seems the town's view of the mayor is poor.", id="it-seems-misread-with-a-noun"),
    pytest.param("If the fee seems too high to you, ask the bank.", id="conditional-reader"),
    pytest.param("What seemed most urgent was the roof.", id="free-relative"),
    pytest.param("The senator appeared on television on Sunday.", id="appear-on"),
    pytest.param("Seeming tired, the mayor left the hall.", id="gerund"),
    pytest.param("The coach sounded subdued.", id="sounded"),
    pytest.param("The calendar looks better for him in May.", id="looks"),
    pytest.param("He seemed unconvinced by the answer.", id="person-pronoun"),
    pytest.param("The outline of a deal seems clear: the city pays for the bridge.", id="announces-after-colon"),
    pytest.param("Does the new budget seem like a sensible compromise?", id="seem-in-a-question"),
]


@pytest.mark.parametrize("sentence", NOT_JUDGED)
def test_no_linking_judgement(extract: Extract, sentence: str) -> None:
    cues = [s.cue.text for s in extract(sentence).statements if s.cue is not None]
    assert not any(c.lower().startswith(("seem", "look", "appear", "sound")) for c in cues), cues


def test_a_statement_inside_the_complement_is_read_on_its_own(extract: Extract) -> None:
    statements = extract("The chairman seemed hopeful that the board would endorse the merger.").statements
    assert [s.cue.text for s in statements if s.cue is not None] == ["endorse"], [s.quote.text for s in statements]
