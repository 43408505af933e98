"""Dates counted from another date in the text: "the day before last Tuesday", "the previous Friday"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbot.extract.dates import find_dates


def found(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "The day before last Tuesday's hearing, Manuel went to Lazaro's home.",
            dt.date(2000, 2, 24),
            [("The day before last Tuesday", "2000-02-21")],
        ),
        ("He flew home the day after Christmas.", dt.date(2025, 1, 5), [("the day after Christmas", "2024-12-26")]),
        ("They met the day before May 7, 2025.", dt.date(2025, 5, 11), [("the day before May 7, 2025", "2025-05-06")]),
    ],
)
def test_the_day_before_or_after_a_date_moves_it_one_day(
    sentence: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "London shares closed lower Friday. The index fell 4.5% from the previous Friday.",
            dt.date(1989, 10, 30),
            [("Friday", "1989-10-27"), ("the previous Friday", "1989-10-20")],
        ),
        (
            "The strike began on March 3, 2025. It ended the following Monday.",
            dt.date(2025, 5, 11),
            [("March 3, 2025", "2025-03-03"), ("the following Monday", "2025-03-10")],
        ),
        (
            "The talks opened on Wednesday, May 7. The preceding Sunday, envoys met in Doha.",
            dt.date(2025, 5, 11),
            [("Wednesday, May 7", "2025-05-07"), ("The preceding Sunday", "2025-05-04")],
        ),
    ],
)
def test_the_previous_or_following_weekday_counts_from_the_day_just_given(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


def test_the_previous_weekday_without_a_day_before_it_stays_a_weekday() -> None:
    assert found("Shares fell from the previous Friday.", dt.date(1989, 10, 30)) == [("Friday", "1989-10-27")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "For the quarter ended Sept. 30, Delta posted net income of $133.1 million, up from $100 million "
            "a year earlier.",
            [("Sept. 30", "1989-09-30"), ("a year earlier", "1988-09-30")],
        ),
        (
            "For the six months ended Aug. 12, Provigo earned C$6.5 million, compared with C$18.1 million a year "
            "before.",
            [("Aug. 12", "1989-08-12"), ("a year before", "1988-08-12")],
        ),
    ],
)
def test_a_year_earlier_than_a_period_that_ended_on_a_day_is_that_day_a_year_back(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dt.date(1989, 10, 26)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Profit rose to $5 million from $4 million a year earlier.",  # no period named: the year before publication
        "The deal closed on Sept. 30. Profit rose to $5 million from $4 million a year earlier.",  # not "ended"
        "For the quarter ended Sept. 30, profit rose.\n\nRevenue fell from a year earlier.",  # another paragraph
    ],
)
def test_a_year_earlier_elsewhere_is_the_year_before_publication(text: str) -> None:
    assert found(text, dt.date(1989, 10, 26))[-1] == ("a year earlier", "1988")
