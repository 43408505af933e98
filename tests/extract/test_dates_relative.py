"""Expressions counted from publication: "it's the second day of", "the last week"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbot.extract.dates import find_dates

PUB = dt.date(1998, 3, 6)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published=PUB)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It's the second day of an offensive against the villages.", [("the second day", "1998-03-06")]),
        (
            "In Riyadh, today is the eighth day of the operation.",
            [("today", "1998-03-06"), ("the eighth day", "1998-03-06")],
        ),
        ("It is the 10th straight day of protests.", [("the 10th straight day", "1998-03-06")]),
        ("This is the third consecutive day of rain.", [("the third consecutive day", "1998-03-06")]),
    ],
)
def test_the_nth_day_of_something_in_the_present_is_today(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the second day of the offensive.",  # the past: which day is not said
        "On the second day of the trial, he wept.",
        "He has been in Bethesda for the last week.",  # a stretch of seven days, like "the past week"
        "Prices rose over the last month.",
    ],
)
def test_stretches_and_past_ordinal_days_are_not_dates(sentence: str) -> None:
    assert found(sentence) == []


def test_the_last_year_is_the_year_before_like_the_past_year() -> None:
    assert found("Sales grew 5% in the last year.") == [("the last year", "1997")]
    assert found("He met them last week.") == [("last week", "1998-W09")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The stock would be redeemed in five years.", [("in five years", "2003")]),
        ("The plant will close in two months.", [("in two months", "1998-05")]),
        ("Elections are expected in 10 days.", [("in 10 days", "1998-03-16")]),
    ],
)
def test_in_so_many_units_in_a_future_clause_counts_from_publication(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Spending rose 0.2%, the smallest gain in a year.",
        "It will be the first time in five years that they meet.",
        "Prices have doubled in two years.",
    ],
)
def test_in_so_many_units_as_a_stretch_is_not_a_date(sentence: str) -> None:
    assert found(sentence) == []


# Published on a Saturday: "Tuesday" is 3 March before it, 10 March after.
SATURDAY = dt.date(1998, 3, 7)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the clause awaits the event: the coming weekday
        ("Lee, who badly needs a win in Tuesday's primary, toured the state.", "1998-03-10"),
        ("Lee will face voters in Tuesday's GOP primary.", "1998-03-10"),
        ("Candidates are preparing for Thursday's debate.", "1998-03-12"),
        ("The governor wants to cancel Friday's debate.", "1998-03-13"),  # cancelling it awaits it
        ("The governor wants to postpone Tuesday's election.", "1998-03-10"),
        ("Polls before Sunday's runoff vote show a tight race.", "1998-03-08"),
        ("Ahead of Friday's talks, the envoy flew to Cairo.", "1998-03-13"),
        ("In the run-up to Friday's announcement, shares rose.", "1998-03-13"),  # any event, after "ahead of"
        # the event is reported, or the day names an outcome: the past weekday
        ("Lee lost Tuesday's primary, and he says he will fight on.", "1998-03-03"),
        ("The results of Tuesday's primary will be certified.", "1998-03-03"),
        ("He resigned two days before Tuesday's vote.", "1998-03-03"),
        ("They said they would look for ways to get around Wednesday's ruling.", "1998-03-04"),
        ("The losing side wants to overturn Tuesday's vote.", "1998-03-03"),  # not the coming Tuesday
    ],
)
def test_a_weekdays_event_is_the_coming_one_when_its_clause_awaits_it(sentence: str, expected: str) -> None:
    values = [m.value for m in find_dates(sentence, published=SATURDAY) if m.text.endswith("day")]
    assert values == [expected]
