"""The tense and sentence window that decide which way a bare weekday or month points."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbot.extract.dates import find_dates
from newsbot.extract.dates_context import ahead_of, awaited_event, sentence_bounds, tense_at


@pytest.mark.parametrize(
    ("sentence", "inside"),
    [
        ("In January, after the Roe vs. Wade ruling was upheld, a clinic was bombed.", "was upheld"),
        ("On Monday Gen. Powell flew to Riyadh.", "to Riyadh"),
        ("He met Mr. Smith on Friday.", "on Friday"),
        ("Sen. Dole and Gov. Bush met on Friday.", "met on Friday"),
    ],
)
def test_a_full_stop_after_a_title_or_vs_does_not_end_the_sentence(sentence: str, inside: str) -> None:
    at = sentence.index(inside)
    assert sentence_bounds(sentence, at, at + len(inside)) == (0, len(sentence))


def test_a_full_stop_after_a_word_still_ends_the_sentence() -> None:
    text = "The vote was on Friday. Talks resume Monday."
    assert sentence_bounds(text, text.index("Talks"), text.index("Talks") + 5)[0] == text.index("Talks")


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # The tense cue ("killed") comes after a long opening phrase with "vs." in it.
        (
            "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, "
            "a clinic bombing in Birmingham, Ala., killed an off-duty police officer.",
            "January",
            "past",
        ),
        (
            "In March, after two years of talks between the unions, the employers and the three ministries "
            "that oversee the sector, the agreement will finally take effect.",
            "March",
            "future",
        ),
    ],
)
def test_the_tense_cue_may_come_late_in_a_long_sentence(sentence: str, phrase: str, expected: str) -> None:
    at = sentence.index(phrase)
    assert tense_at(sentence, at, at + len(phrase)) == expected


def test_a_month_in_a_long_past_sentence_is_the_one_before_publication() -> None:
    text = (
        "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, "
        "a clinic bombing in Birmingham, Ala., killed an off-duty police officer."
    )
    [mention] = find_dates(text, published=dt.date(1998, 10, 25))
    assert (mention.text, mention.value) == ("January", "1998-01")


@pytest.mark.parametrize(
    ("sentence", "awaited"),
    [
        ("Smith, who needs a win in Sunday's vote, campaigned all week.", True),
        ("Smith is hoping to win Sunday's election.", True),
        ("Voters will choose a mayor in Sunday's runoff.", True),
        ("Before Sunday's vote, the polls were closed to new names.", True),
        ("Smith, who won Sunday's vote, thanked her staff.", False),  # the clause tells it in the past
        ("Smith needs to respond to Sunday's ruling.", False),  # a ruling is an outcome, not a scheduled event
        ("Smith resigned before Sunday's vote.", False),  # "before" in a past clause
        ("Smith wants to overturn Sunday's vote.", False),  # the infinitive acts on the outcome
        ("The party is expected to challenge Sunday's vote in court.", False),
        ("Smith is trying to annul Sunday's election.", False),
        ("Smith plans to contest Sunday's vote.", False),  # contest, like challenge, acts on the outcome
        ("Smith wants to cancel Sunday's debate.", True),  # the event has not happened yet
        ("Smith wants to postpone Sunday's election.", True),
        ("Smith wants to win Sunday's vote.", True),  # the infinitive takes part in the event
        ("Smith is expected to face voters in Sunday's runoff.", True),
    ],
)
def test_awaited_event(sentence: str, awaited: bool) -> None:
    at = sentence.index("Sunday")
    assert awaited_event(sentence, at, at + len("Sunday's")) is awaited


@pytest.mark.parametrize(
    ("sentence", "ahead"),
    [
        ("Ahead of Sunday's announcement, shares rose.", True),
        ("In the run-up to Sunday's announcement, shares rose.", True),
        ("Shares rose ahead  of Sunday's announcement.", True),  # any spacing
        ("After Sunday's announcement, shares rose.", False),
        ("Shares rose ahead of schedule after Sunday's announcement.", False),  # right before the day only
    ],
)
def test_ahead_of(sentence: str, ahead: bool) -> None:
    assert ahead_of(sentence, sentence.index("Sunday")) is ahead
