"""Attribution verbs outside the cue lists, known by the punctuation around them (`“…,” he surmised.`)."""

from __future__ import annotations

import pytest

from .conftest import Extract, find

# A quotation closed by a comma, question or exclamation mark, then a subject and its verb ending the
# sentence: that verb attributes it, and the next quotation goes on with the same words. (text, the
# quotation, the cue, the speaker's words, the continuation or None)
UNLISTED_ATTRIBUTION = [
    pytest.param(
        "Vote news.\n\n“Voters are afraid of wasting their votes,” he surmised. “I see the ads all the time.”",
        "Voters are afraid",
        "surmised",
        None,
        "I see the ads all the time.",
        id="pronoun-and-verb",
    ),
    pytest.param(
        "Gun news.\n\n“They could have picked the only bill with support from both parties,” Senator Ann Reed"
        " fumed on Tuesday. “That would have shown good faith.”",
        "They could have picked",
        "fumed",
        "Ann Reed",
        "That would have shown good faith.",
        id="name-verb-and-date",
    ),
    pytest.param(
        "Debate news.\n\n“Would it be negotiable for the families already here?” Hannity pressed. “Maybe let"
        " some people stay?”",
        "Would it be negotiable",
        "pressed",
        "Hannity",
        "Maybe let some people stay?",
        id="question-then-verb",
    ),
    pytest.param(
        "Company news.\n\n“Analysts told her not to do it, and she set out to prove them wrong,” remembered"
        " Tom Price, the company's former spokesman. “The more they doubted, the harder she worked.”",
        "Analysts told her",
        "remembered",
        "Tom Price",
        "The more they doubted",
        id="verb-then-subject",
    ),
    pytest.param(
        "Campaign news.\n\n“Governor, let me help you out - the answer is no!” the nominee riffed on the"
        " governor's reply, drawing laughs from the crowd.",
        "let me help you out",
        "riffed",
        "the nominee",
        None,
        id="exclamation-and-participle-after",
    ),
]


@pytest.mark.parametrize(("text", "words", "cue", "speaker", "continued"), UNLISTED_ATTRIBUTION)
def test_a_verb_after_a_comma_closed_quotation_attributes_it(
    extract: Extract, text: str, words: str, cue: str, speaker: str | None, continued: str | None
) -> None:
    s = find(extract(text), words)
    assert s.cue is not None
    assert s.cue.text == cue
    if speaker is not None:
        assert s.speaker_mention is not None
        assert speaker in s.speaker_mention.text
    if continued is not None:
        assert continued in s.quote.text
        assert len(s.fragments) == 2


# No attribution: the quotation ends its sentence, the words after it are no subject and verb, or the verb
# has content of its own. (text, the quotation's words)
NOT_AN_ATTRIBUTION = [
    pytest.param(
        "Plan news.\n\n“The plan has failed in every town that tried it.” The program ended a week later.",
        "The plan has failed",
        id="full-stop-inside-the-marks",
    ),
    pytest.param(
        "Plan news.\n\n“The plan has failed in every town that tried it,” and then the program ended.",
        "The plan has failed",
        id="no-subject-before-the-verb",
    ),
    pytest.param(
        "Shop news.\n\n“We are closed until the roof is repaired,” the owner taped a sign to the door.",
        "We are closed",
        id="verb-with-an-object",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_AN_ATTRIBUTION)
def test_no_unlisted_cue_without_an_attribution_clause(extract: Extract, text: str, words: str) -> None:
    hits = [s for s in extract(text).statements if words in s.quote.text]
    assert hits
    assert all(s.cue is None for s in hits), [(s.quote.text, s.cue) for s in hits]


# A colon closing a clause with a subject introduces the quotation after it, whatever the verb: the verb is its
# cue, and a short quotation is kept. (text, the quotation's words, the cue, the speaker's words)
BEFORE_A_COLON = [
    pytest.param(
        "Hall news.\n\nAsked whether the board should apologise, Ann Reed shot back: “That would be good.”",
        "That would be good.",
        "shot",
        "Ann Reed",
        id="short-reply-after-a-verb-and-particle",
    ),
    pytest.param(
        "Rally news.\n\nThe march through the city on Sunday had one message: “Save the library.”",
        "Save the library.",
        "had",
        "The march",
        id="verb-and-object-before-the-colon",
    ),
    pytest.param(
        "Press news.\n\nThe first reporters ranged from curious to hostile: “Is the plan dead?” . . . “Who pays?”",
        "Who pays?",
        "ranged",
        "The first reporters",
        id="quotations-after-the-colon-join",
    ),
]


@pytest.mark.parametrize(("text", "words", "cue", "speaker"), BEFORE_A_COLON)
def test_the_verb_before_a_colon_attributes_the_quotation(
    extract: Extract, text: str, words: str, cue: str, speaker: str
) -> None:
    s = find(extract(text), words)
    assert s.cue is not None
    assert s.cue.text == cue
    assert s.speaker_mention is not None
    assert speaker in s.speaker_mention.text


# No clause before the colon: a label or a heading is not a verb's subject. (text, the quotation's words)
NOT_A_CLAUSE_BEFORE_THE_COLON = [
    pytest.param(
        "Court news.\n\nThe verdict on the third day of the trial: “Not guilty of every charge.”",
        "Not guilty",
        id="verbless-heading",
    ),
    # A subject that met the words rather than said them.
    pytest.param(
        "Town news.\n\nThe mayor faced a simple question from voters: “Where did the money go?”",
        "Where did the money go",
        id="a-question-faced",
    ),
    pytest.param(
        "Town news.\n\nSmith wore a cap with the slogan: “Make America Great Again.”",
        "Make America Great",
        id="a-slogan-worn",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_A_CLAUSE_BEFORE_THE_COLON)
def test_no_cue_before_a_colon_without_a_clause(extract: Extract, text: str, words: str) -> None:
    hits = [s for s in extract(text).statements if words in s.quote.text]
    assert all(s.cue is None for s in hits), [(s.quote.text, s.cue) for s in hits]
