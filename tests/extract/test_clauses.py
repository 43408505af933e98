"""Clause edges of a reported content, read off the parse."""

from __future__ import annotations

import pytest

from newsbot.extract.clauses import is_occasion
from newsbot.nlp import load_nlp

from .conftest import Extract, find


@pytest.mark.parametrize(
    ("text", "words", "content"),
    [
        (
            "The mayor told residents he would consider it a betrayal if they left the party, "
            "implicitly putting his own career on the line.",
            "betrayal",
            "he would consider it a betrayal if they left the party",
        ),
        (
            "The coach told fans he would consider it a disgrace if the club sold its best player, "
            "openly daring the owners to try.",
            "disgrace",
            "he would consider it a disgrace if the club sold its best player",
        ),
        (
            "The chief told officers she would regard it a failure if crime rose again, "
            "publicly tying her job to the numbers.",
            "failure",
            "she would regard it a failure if crime rose again",
        ),
    ],
)
def test_a_content_ends_before_a_closing_participle_clause(
    extract: Extract, text: str, words: str, content: str
) -> None:
    """ ", implicitly putting …" after the content is the writer's gloss on the saying, not what was said."""
    assert find(extract(text), words).quote.text == content


def test_a_participle_clause_without_a_manner_adverb_stays_in_the_content(extract: Extract) -> None:
    text = "The aide said the campaign plans to win the vote early, thereby avoiding a fight at the convention."
    assert find(extract(text), "win the vote").quote.text == (
        "the campaign plans to win the vote early, thereby avoiding a fight at the convention"
    )


@pytest.mark.parametrize(
    ("text", "words", "content"),
    [
        ("Three unions have also endorsed Clinton in the race.", "Clinton", "Clinton in the race"),
        ("Critics questioned her judgment in supporting the war.", "judgment", "her judgment in supporting the war"),
        ("Trump attacked Machado in early-morning tweets.", "Machado", "Machado"),
        ("The judge rejected that argument in a ruling released Thursday.", "argument", "that argument"),
        ("The minister praised the police in a statement on Sunday.", "police", "the police"),
        # the documents that speak for their issuer (groups.DOCUMENT_NOUNS) are channels too
        ("The group criticized the agency in a lawsuit filed Monday.", "agency", "the agency"),
        ("The union attacked the firm in a release on Friday.", "firm", "the firm"),
        ("The council praised the plan in a notice to residents.", "plan", "the plan"),
        # where or when it was said is no part of the object
        ("The senator criticized the mayor in the city hall.", "mayor", "the mayor"),
        ("The senator criticized the mayor in his office on Monday.", "mayor", "the mayor"),
        ("Smith criticized the rules on the Senate floor.", "rules", "the rules"),
        ("Smith has criticized the plan in the past.", "plan", "the plan"),
        # over/for/about take the matter, even when it names a place or a time
        (
            "The senator criticized the governor over the state of the roads.",
            "governor",
            "the governor over the state of the roads",
        ),
        (
            "The senator attacked the mayor over the office he created last year.",
            "mayor",
            "the mayor over the office he created last year",
        ),
        # a place inside a clause that completes the object stays, and an event's aftermath is no setting
        ("The mayor urged Trump to visit the city.", "Trump", "Trump to visit the city"),
        (
            "The baker praised Christie's leadership in the aftermath of the storm.",
            "leadership",
            "Christie's leadership in the aftermath of the storm",
        ),
    ],
)
def test_an_in_phrase_after_the_object_goes_on_it_unless_it_is_where_the_words_were_said(
    extract: Extract, text: str, words: str, content: str
) -> None:
    """ "endorsed Clinton in the race" narrows the object; "in a ruling" is the channel of the saying, "in the
    city hall" its place."""
    assert find(extract(text), words).quote.text == content


@pytest.mark.parametrize(
    ("text", "words", "content"),
    [
        (
            "The governor has said she wants to build a new bridge over the river and has hired engineers for the job.",
            "bridge",
            "she wants to build a new bridge over the river",
        ),
        (
            "The senator continues to insist that he will stay in the race until the end and refuses to "
            "discuss a deal.",
            "stay in the race",
            "that he will stay in the race until the end",
        ),
        (
            "The mayor has proposed closing the old library on Main Street and has gone so far as to "
            "sell the building.",
            "library",
            "closing the old library on Main Street",
        ),
    ],
)
def test_a_verb_in_the_reporters_form_joined_to_the_end_goes_on_the_reporter(
    extract: Extract, text: str, words: str, content: str
) -> None:
    """ "has said … and has asked …": a verb without a subject of its own, in the cue's form and in no
    form of the content's verbs, tells what the reporter did next, not what was reported."""
    assert find(extract(text), words).quote.text == content


@pytest.mark.parametrize(
    ("text", "words", "content"),
    [
        (
            "The witness said he heard a loud crash and ran to the window.",
            "crash",
            "he heard a loud crash and ran to the window",
        ),
        (
            "The company says it makes the parts in Ohio and ships them to Texas.",
            "parts",
            "it makes the parts in Ohio and ships them to Texas",
        ),
        (
            "The minister said the plan would cut taxes and raise wages.",
            "taxes",
            "the plan would cut taxes and raise wages",
        ),
    ],
)
def test_a_verb_in_the_contents_own_form_stays_in_the_content(
    extract: Extract, text: str, words: str, content: str
) -> None:
    """The same form as a verb of the content (or a bare past tense on both sides) keeps the joined verb."""
    assert find(extract(text), words).quote.text == content


@pytest.mark.parametrize(
    ("text", "words", "content"),
    [
        (
            "The spokeswoman said the governor would travel to the border next week and would not name the towns.",
            "border",
            "the governor would travel to the border next week",
        ),
        (
            "The team confirmed that the coach would be leaving at the end of the year but would not offer a reason.",
            "coach",
            "that the coach would be leaving at the end of the year",
        ),
        (
            "The firm says it will close two plants in the spring and declined to name the buyers.",
            "plants",
            "it will close two plants in the spring",
        ),
    ],
)
def test_a_joined_refusal_to_tell_more_goes_on_the_reporter(
    extract: Extract, text: str, words: str, content: str
) -> None:
    """ "… and would not name the towns", "… but declined to give …": withholding the rest is what the reporter
    did, in whatever verb form, not part of what was reported."""
    assert find(extract(text), words).quote.text == content


def test_a_refusal_joined_by_or_stays_in_the_content(extract: Extract) -> None:
    """ "what to say or not say" is one thing that was told."""
    text = "The workers said their managers never told them what to say or not say on the air."
    assert (
        find(extract(text), "managers").quote.text == "their managers never told them what to say or not say on the air"
    )


@pytest.mark.parametrize(
    ("sentence", "noun", "occasion"),
    [
        ("She was asked about it at a rally.", "rally", True),
        ("She was asked about it at a town hall.", "hall", True),
        ("He called it rigged on his radio show.", "show", True),
        ("He called it rigged in a tweet.", "tweet", True),
        ("He said so in a statement.", "statement", True),
        ("She was asked about the wall.", "wall", False),
        ("She was asked about jobs for women.", "women", False),
        ("He called it the pearl of the Silk Road.", "Road", False),
    ],
)
def test_is_occasion_tells_where_words_were_said_from_what_of(sentence: str, noun: str, occasion: bool) -> None:
    token = next(t for t in load_nlp()(sentence) if t.text == noun)
    assert is_occasion(token) is occasion


def _quotes(extract: Extract, text: str) -> list[str]:
    return [s.quote.text for s in extract(text).statements]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        pytest.param(
            "The governor rejected the idea that the new owner of the steel plant would be a drag on the town's "
            "economy, saying the crowds he draws at the gates prove that the plant would thrive.",
            "the idea that the new owner of the steel plant would be a drag on the town's economy",
            "the crowds he draws at the gates prove that the plant would thrive",
            id="saying-after-a-noun-content",
        ),
        pytest.param(
            "Her son said his mother has been a champion for nurses in her hospital and would do the same as mayor, "
            "saying that she supports longer breaks and would change the rota to help parents.",
            "his mother has been a champion for nurses in her hospital and would do the same as mayor",
            "that she supports longer breaks and would change the rota to help parents",
            id="saying-that-after-joined-verbs",
        ),
        pytest.param(
            "The governor rejected the idea that the plant would close, vowing to fight any buyer in court.",
            "the idea that the plant would close",
            "to fight any buyer in court",
            id="already-apart-stays-apart",
        ),
    ],
)
def test_a_closing_participle_of_saying_is_a_statement_of_its_own(
    extract: Extract, text: str, first: str, second: str
) -> None:
    """ ", vowing to …" after a content is a second saying of the speaker's, not part of the first."""
    quotes = _quotes(extract, text)
    assert first in quotes, quotes
    assert second in quotes, quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The aide said the campaign plans to win the vote early, thereby avoiding a fight at the convention.",
            "the campaign plans to win the vote early, thereby avoiding a fight at the convention",
            id="a-participle-that-is-no-saying-stays",
        ),
        pytest.param(
            'The mayor said "the council will stay in session all night, vowing to finish the budget."',
            "the council will stay in session all night, vowing to finish the budget.",
            id="inside-a-quotation-it-stays",
        ),
    ],
)
def test_a_closing_participle_that_is_no_second_saying_stays_in_the_content(
    extract: Extract, text: str, content: str
) -> None:
    quotes = _quotes(extract, text)
    assert any(content.rstrip(".") in q for q in quotes), quotes
