"""What a speaker was asked about, on sentences written for the test: each row is a sentence and the topic of
the question (or None when no question topic may be read off it)."""

from __future__ import annotations

import pytest

from .conftest import Extract

ASKED_ABOUT = [
    pytest.param("Asked Tuesday about Sullivan, the senator said she knew nothing.", "Sullivan", id="one-word-topic"),
    pytest.param(
        "When asked at the business conference about the merger, she defended her decision.",
        "the merger",
        id="about-hung-on-a-circumstance",
    ),
    pytest.param(
        "Asked at a briefing Monday in Washington about the new tariffs, the spokesman said little.",
        "the new tariffs",
        id="about-after-two-circumstances",
    ),
    pytest.param(
        "The mayor was asked about the budget cuts she made behind closed doors.",
        "the budget cuts she made behind closed doors",
        id="named-person-asked",
    ),
    pytest.param(
        "Asked about the remarks at a news conference in Ohio on Monday, the senator declined to comment.",
        "the remarks",
        id="the-occasion-is-no-part-of-the-topic",
    ),
    pytest.param(
        "Asked about the shooting in an interview with a local paper, the sheriff said it was awful.",
        "the shooting",
        id="in-an-interview",
    ),
    pytest.param(
        "Asked about the vote in the state senate, she said it would be close.",
        "the vote in the state senate",
        id="a-place-that-is-part-of-the-topic",
    ),
    pytest.param("Asked about it, the senator said she would release them.", None, id="a-bare-pronoun"),
    pytest.param(
        "Asked about the plan, he said, it is wrong.", None, id="the-ask-is-the-occasion-of-an-interrupting-saying"
    ),
    pytest.param(
        "Asked about the new tariffs, he said, they would hurt farmers.",
        None,
        id="a-longer-topic-is-no-prep-content-either",
    ),
    pytest.param(
        "Asked about the new tariffs, the senator said, they would hurt farmers.",
        None,
        id="the-saying-parsed-as-the-main-verb",
    ),
    pytest.param(
        "Asked about the new tariffs, he said they would hurt farmers.",
        "the new tariffs",
        id="an-ask-before-an-uninterrupted-saying-stays",
    ),
    pytest.param(
        "In the same debate, the moderator asked Smith about his ties to a supplement maker.",
        "his ties to a supplement maker",
        id="active-ask-of-a-named-listener",
    ),
    pytest.param(
        "When the paper asked Jones about the mayor's remarks, the campaign manager said he needed to check first.",
        "the mayor's remarks",
        id="active-ask-in-a-when-clause",
    ),
    pytest.param(
        "A student tried to ask Mr. Smith about the steep tuition increase at the college.",
        None,
        id="an-ask-only-intended",
    ),
    pytest.param(
        "The host asked Jones about the women who said they had been mistreated at the plant.",
        None,
        id="a-statement-inside-the-topic-is-its-own",
    ),
    pytest.param("The reporter asked the mayor about the budget.", None, id="a-two-word-topic-of-an-active-ask"),
    pytest.param(
        "Reporters asked Smith about his ties to the bank at a rally in Ohio.",
        "his ties to the bank",
        id="the-occasion-of-an-active-ask-is-no-part-of-the-topic",
    ),
]


@pytest.mark.parametrize(("sentence", "topic"), ASKED_ABOUT)
def test_the_topic_of_an_ask_is_a_statement(extract: Extract, sentence: str, topic: str | None) -> None:
    asked = [
        s.quote.text for s in extract(sentence).statements if s.cue is not None and s.cue.text.lower().startswith("ask")
    ]
    assert asked == ([] if topic is None else [topic])


FRAMED_QUOTES = [
    pytest.param(
        'Asked by the host whether she had practiced her speech, she said, "I read it once over."',
        "whether she had practiced her speech",
        '"I read it once over."',
        id="asked-by-whether",
    ),
    pytest.param(
        'When asked about the plan, he said, "It is the wrong thing."',
        "the plan",
        '"It is the wrong thing."',
        id="when-asked-about",
    ),
]


@pytest.mark.parametrize(("sentence", "question", "answer"), FRAMED_QUOTES)
def test_an_opening_ask_is_no_part_of_the_answer(extract: Extract, sentence: str, question: str, answer: str) -> None:
    """The parser hangs "said" on the quotation and the "Asked …" clause on it too: the question is its own
    statement and the answer starts after the cue."""
    found = [s.quote.text for s in extract(sentence).statements]
    assert question in found
    assert answer in found


def test_a_condition_before_the_cue_stays_in_the_claim(extract: Extract) -> None:
    found = [s.quote.text for s in extract('If the mayor is elected, he said, "the city will go broke."').statements]
    assert any(q.startswith("If the mayor is elected") for q in found), found


MISPLACED_QUESTIONS = [
    pytest.param(
        "Last week, when I asked the governor if she would ever run again, she laughed at the camera.",
        "if she would ever run again",
        id="if-clause-read-as-a-condition",
    ),
    pytest.param(
        "The host was asked by a caller why young men are leaving the small towns.",
        "why young men are leaving the small towns",
        id="by-an-asker-of-a-passive",
    ),
    pytest.param(
        "We asked the campaigns of the remaining candidates why they did not respond to the survey.",
        "why they did not respond to the survey",
        id="why-clause-read-as-a-relative",
    ),
    pytest.param(
        "The reporter asked the mayor whether she would run again.",
        "whether she would run again",
        id="a-question-the-parser-placed-stays",
    ),
    pytest.param(
        "The company will ask for more permits, which are issued to builders of new homes.",
        None,
        id="a-relative-clause-on-what-is-asked-for",
    ),
    pytest.param(
        "The governor asked lawmakers for $2 billion if revenues fall short next year.",
        None,
        id="the-condition-of-a-request",
    ),
]


@pytest.mark.parametrize(("sentence", "question"), MISPLACED_QUESTIONS)
def test_a_question_hung_elsewhere_is_the_asks(extract: Extract, sentence: str, question: str | None) -> None:
    asked = [
        s.quote.text for s in extract(sentence).statements if s.cue is not None and s.cue.text.lower().startswith("ask")
    ]
    assert asked == ([] if question is None else [question])
