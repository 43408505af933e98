"""Date finding and resolution: one test per construction, the bundled article, and a property test."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbot.articles import bundled_article_path, parse_article, read_article
from newsbot.extract.dates import find_dates, published_date, resolve_meta
from newsbot.records import DateMention

PUB = dt.date(2025, 5, 11)  # a Sunday, ISO week 2025-W19
VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")


def found(text: str, published: dt.date | None = PUB) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published=published)]


def value_of(text: str, phrase: str, published: dt.date | None = PUB) -> str | None:
    """The value of the mention that covers `phrase` (None when nothing covers it)."""
    at = text.index(phrase)
    for mention in find_dates(text, published=published):
        if mention.start <= at < mention.end:
            return mention.value
    return None


# ---------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Misri in the May 7 briefing said it was over.", [("May 7", "2025-05-07")]),
        ("The talks began on March 8 in Geneva.", [("March 8", "2025-03-08")]),
        ("The deal was signed on May 11, 2025, in Delhi.", [("May 11, 2025", "2025-05-11")]),
        ("The deal was signed on 7 May 2025 in Delhi.", [("7 May 2025", "2025-05-07")]),
        ("The report is dated 2025-05-11.", [("2025-05-11", "2025-05-11")]),
        ("Prices peaked in May 2025 and fell.", [("May 2025", "2025-05")]),
        ("The shares were issued on Sept. 30, 1989.", [("Sept. 30, 1989", "1989-09-30")]),
        ("He arrived on the 3rd of April.", [("the 3rd of April", "2025-04-03")]),
        ("It opened on Saturday, May 10, 2025.", [("Saturday, May 10, 2025", "2025-05-10")]),
        ("The form is dated 25/12/2024.", [("25/12/2024", "2024-12-25")]),
        ("International Women's Day is on March eighth.", [("March eighth", "2025-03-08")]),
    ],
)
def test_absolute_dates(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The summit is on April 24 and 25.", [("April 24", "2025-04-24"), ("25", "2025-04-25")]),
        ("Talks on May 7-8, 2024 failed.", [("May 7", "2024-05-07"), ("8, 2024", "2024-05-08")]),
        ("Talks on 7 and 8 May 2024 failed.", [("7", "2024-05-07"), ("8 May 2024", "2024-05-08")]),
        ("May 7 and 8 people were hurt.", [("May 7", "2025-05-07")]),
        ("They won 3-1 on May 5.", [("May 5", "2025-05-05")]),
    ],
)
def test_day_ranges(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


def test_a_month_day_after_publication_in_the_past_tense_is_last_year() -> None:
    text = "The boy was rescued Nov. 25 while clinging to an inner tube."
    assert value_of(text, "Nov. 25", dt.date(2000, 1, 28)) == "1999-11-25"


def test_a_month_day_soon_after_publication_stays_in_the_year() -> None:
    text = "The transaction is expected to be completed by Dec. 15."
    assert value_of(text, "Dec. 15", dt.date(1989, 10, 31)) == "1989-12-15"


def test_an_ambiguous_numeric_date_is_skipped() -> None:
    assert found("The form is dated 5/11/2025.") == []


def test_an_impossible_date_never_becomes_a_day() -> None:
    mentions = find_dates("It happened on February 30, 2025.", published=PUB)
    assert all(m.granularity != "day" for m in mentions)


# ---------------------------------------------------------------- months


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Inflation slowed in April.", "April", "2025-04"),
        ("The firm was sold last June.", "last June", "2024-06"),
        ("The firm will be sold next June.", "next June", "2025-06"),
        ("The plant closed in November, workers said.", "November", "2024-11"),
        ("The summit is expected in February.", "February", "2026-02"),
        ("The plan was approved in late November.", "late November", "2024-11"),
        ("The election is due this September.", "this September", "2025-09"),
        ("They met in January this year.", "January this year", "2025-01"),
        ("They met in June last year.", "June last year", "2024-06"),
    ],
)
def test_months(sentence: str, phrase: str, expected: str) -> None:
    assert value_of(sentence, phrase) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister may resign if the vote fails.",
        "May I ask a question?",
        "Prime Minister Theresa May said she would stay.",
        "Protesters will march to parliament.",
        "April Ryan asked the first question.",
    ],
)
def test_month_names_that_are_not_dates(sentence: str) -> None:
    assert found(sentence) == []


# ---------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("On Saturday, the two sides agreed to halt all military action.", "Saturday", "2025-05-10"),
        ("The minister said on Sunday that talks were over.", "Sunday", "2025-05-11"),
        ("Talks broke down on Monday.", "Monday", "2025-05-05"),
        ("The prime minister will travel to Paris on Tuesday.", "Tuesday", "2025-05-13"),
        ("Talks are set to resume Monday in Belfast.", "Monday", "2025-05-12"),
        ("He resigned last Friday.", "last Friday", "2025-05-09"),
        ("The court will rule next Monday.", "next Monday", "2025-05-12"),
        ("Protesters gathered on Friday night.", "Friday night", "2025-05-09"),
    ],
)
def test_weekdays(sentence: str, phrase: str, expected: str) -> None:
    assert value_of(sentence, phrase) == expected


def test_a_newspaper_title_is_not_a_weekday() -> None:
    assert found("He told the Sunday Times he would stay.") == []


# ---------------------------------------------------------------- relative expressions


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The ministry said yesterday that the border was open.", "yesterday", "2025-05-10"),
        ("Parliament meets today.", "today", "2025-05-11"),
        ("The results come out tomorrow.", "tomorrow", "2025-05-12"),
        ("The army had contacted his counterpart earlier this week.", "earlier this week", "2025-W19"),
        ("Talks were held this week.", "this week", "2025-W19"),
        ("Talks were held last week.", "last week", "2025-W18"),
        ("Talks will be held next week.", "next week", "2025-W20"),
        ("Exports fell last month.", "last month", "2025-04"),
        ("Exports rose this month.", "this month", "2025-05"),
        ("Exports will rise next month.", "next month", "2025-06"),
        ("Exports fell last year.", "last year", "2024"),
        ("Exports rose this year.", "this year", "2025"),
        ("Exports will rise next year.", "next year", "2026"),
        ("The company was founded two years ago.", "two years ago", "2023"),
        ("The letter arrived 10 days ago.", "10 days ago", "2025-05-01"),
        ("The rules changed three weeks ago.", "three weeks ago", "2025-W16"),
        ("Sales rose 4% from a year earlier.", "a year earlier", "2024"),
    ],
)
def test_relative_expressions(sentence: str, phrase: str, expected: str) -> None:
    assert value_of(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Talks stalled over the weekend.", "over the weekend", "2025-W19"),
        ("Talks stalled last weekend.", "last weekend", "2025-W18"),
        ("Talks stalled this past weekend.", "this past weekend", "2025-W19"),
        ("The court will sit on Monday next week.", "Monday next week", "2025-05-12"),
        ("Protesters denounced Wednesday's ruling.", "Wednesday", "2025-05-07"),
        ("The troops must leave by the end of the month.", "the end of the month", "2025-05"),
        ("Sales for the current fiscal year will rise.", "the current fiscal year", "2025"),
        ("Rains delayed planting earlier in the year.", "the year", "2025"),
        ("He was found on Thanksgiving Day.", "Thanksgiving Day", "2024-11-28"),
        ("A bomb hit Atlanta in nineteen ninety-six.", "nineteen ninety-six", "1996"),
        ("The order is dated 10.05.2025.", "10.05.2025", "2025-05-10"),
        ("It was signed in May, 2024.", "May, 2024", "2024-05"),
        ("The court ruled the week of March 6.", "the week of March 6", "2025-W10"),
        ("The board met on the last Friday in August 2015.", "the last Friday", "2015-08-28"),
    ],
)
def test_more_relative_and_named_dates(sentence: str, phrase: str, expected: str) -> None:
    assert value_of(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The army struck on May 7. The next day, Pakistan responded.", "The next day", "2025-05-08"),
        ("He fled in June 1998 and returned later that year.", "later that year", "1998"),
        ("Farkas was promoted on May 22, 1995, and the following year he moved.", "the following year", "1996"),
        ("Talks began on Saturday. Two days later they collapsed.", "Two days later", "2025-05-12"),
        ("He was killed on Oct. 23, 1999. Earlier that day, the family sent a fax.", "Earlier that day", "1999-10-23"),
    ],
)
def test_dates_that_point_back(sentence: str, phrase: str, expected: str) -> None:
    assert value_of(sentence, phrase) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "That day was hard for everyone.",  # no antecedent: never guessed
        "He was last seen Nov. 3, the day before police issued a warrant.",  # anchored on the warrant
        "The army struck on May 7.\n\nNothing else.\n\nThe next day was quiet.",  # antecedent two paragraphs back
    ],
)
def test_dates_that_point_back_need_a_near_antecedent(sentence: str) -> None:
    phrase = (
        "the day before" if "the day before" in sentence else ("That day" if "That day" in sentence else "next day")
    )
    assert value_of(sentence, phrase) is None


# ---------------------------------------------------------------- years and false hits


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The party was founded in 1995.", [("1995", "1995")]),
        ("In fiscal 1989, it had sales of $1 billion.", [("fiscal 1989", "1989")]),
        ("Ten years after 2015, the law changed.", [("2015", "2015")]),
        ("He won the 2024 New Hampshire primary.", [("2024", "2024")]),
    ],
)
def test_years(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "India won by 7 wickets after scoring 2001 runs.",
        "The team won 3-1 at 7:30 pm.",
        "The fine was $1995 and 2000 people paid it.",
        "The strike began at 1800 GMT.",
        "Some 1500 troops were moved, about 40% of the force.",
        "Flight 1549 landed in the Hudson.",
        "The White House is at 1600 Pennsylvania Avenue.",
        "Turnout was 1,995,000 and the 1990s were different.",
        "He scored 12 points in 20 minutes.",
        "Call 2025 5511 for tickets.",
        "Today's youth want jobs, a USA Today poll found.",
        'He spoke on ABC\'s "This Week" programme.',
        "The Sunday Times reported it.",
        "Clinton won most states on Super Tuesday.",
        "The Mail on Sunday reported it first.",
        "The council meets every Friday, and Orangemen march each July.",
        "A USA TODAY poll found the same.",
        "The Rs 2000 fine covers a 1200 kms trip and a 2000 MW plant.",
    ],
)
def test_numbers_that_are_not_dates(sentence: str) -> None:
    assert found(sentence) == []


# ---------------------------------------------------------------- without a publication date


def test_without_publication_only_dates_with_a_year_resolve() -> None:
    text = "On Saturday, May 7, talks began; the accord of May 11, 2025 followed a 1995 treaty, in March 2024."
    assert found(text, published=None) == [
        ("May 11, 2025", "2025-05-11"),
        ("1995", "1995"),
        ("March 2024", "2024-03"),
    ]


def test_window_and_offsets_index_the_whole_text() -> None:
    text = "Head May 1, 2020.\n\nBody: talks ended yesterday."
    body = text.index("Body")
    mentions = find_dates(text, published=PUB, start=body)
    assert [(m.text, m.start, m.value) for m in mentions] == [("yesterday", text.index("yesterday"), "2025-05-10")]
    assert find_dates(text, published=PUB, start=5, end=5) == []


# ---------------------------------------------------------------- publication date


def test_resolve_meta_prefers_the_given_date() -> None:
    article = parse_article("---\npublished: 2024-01-02\n---\nTalks ended on May 11, 2025.\n", article_id="a")
    meta = resolve_meta(article)
    assert meta.published == "2024-01-02"
    assert meta.published_inferred is False


def test_resolve_meta_infers_the_latest_full_date() -> None:
    article = parse_article("Talks began on May 1, 2025 and ended on 9 May 2025, a year after 2024.\n", article_id="a")
    meta = resolve_meta(article)
    assert meta.published == "2025-05-09"
    assert meta.published_inferred is True


def test_resolve_meta_skips_dates_the_text_looks_forward_to() -> None:
    text = "The trial is set for June 30, 2026, prosecutors said on May 11, 2025, a day after May 10, 2025.\n"
    meta = resolve_meta(parse_article(text, article_id="a"))
    assert meta.published == "2025-05-11"
    only_future = resolve_meta(parse_article("The trial will open on June 30, 2026.\n", article_id="b"))
    assert only_future.published is None


def test_resolve_meta_skips_photo_captions() -> None:
    text = "Talks ended on March 3, 2024.\n\nThe minister, pictured in Lyon on May 2, 2025, said little.\n"
    assert resolve_meta(parse_article(text, article_id="a")).published == "2024-03-03"
    credit = "Talks ended on March 3, 2024.\nPhoto: the harbour on May 2, 2025 (Reuters)\n"
    assert resolve_meta(parse_article(credit, article_id="b")).published == "2024-03-03"
    only_caption = "Pictured: the Marisol at her launch in Gdansk on May 2, 2011.\n"
    assert resolve_meta(parse_article(only_caption, article_id="c")).published is None


def test_resolve_meta_without_any_full_date_stays_unknown() -> None:
    article = parse_article("Talks began on Monday, in May 2025.\n", article_id="a")
    meta = resolve_meta(article)
    assert meta.published is None
    assert meta.published_inferred is False


def test_resolve_meta_ignores_dates_in_front_matter() -> None:
    article = parse_article("---\ntitle: Review of May 1, 2030\n---\nNo dates here.\n", article_id="a")
    assert resolve_meta(article).published is None


# ---------------------------------------------------------------- the bundled article


@pytest.fixture(scope="module")
def bundled() -> tuple[str, str | None, bool, list[DateMention]]:
    article = read_article(bundled_article_path())
    meta = resolve_meta(article)
    mentions = find_dates(article.text, published=published_date(meta), start=article.body_start)
    return article.text, meta.published, meta.published_inferred, mentions


def test_bundled_article_publication_is_inferred(bundled: tuple[str, str | None, bool, list[DateMention]]) -> None:
    _, published, inferred, _ = bundled
    assert published == "2025-05-11"
    assert inferred is True


def test_bundled_article_dates(bundled: tuple[str, str | None, bool, list[DateMention]]) -> None:
    text, _, _, mentions = bundled
    assert [(m.text, m.value, m.granularity) for m in mentions] == [
        ("May 11, 2025", "2025-05-11", "day"),
        ("May 7", "2025-05-07", "day"),
        ("Saturday", "2025-05-10", "day"),
        ("earlier this week", "2025-W19", "week"),
    ]
    assert text[mentions[2].start - 3 : mentions[2].end] == "On Saturday"
    assert all(text[m.start : m.end] == m.text for m in mentions)


# ---------------------------------------------------------------- never crash, never lie about offsets

_PIECES = st.sampled_from(
    [
        "May",
        "may",
        "March 8",
        " 7",
        ", 2025",
        "1995",
        "Saturday",
        "last",
        "next",
        "this week",
        "yesterday",
        "ago",
        "two years",
        " ",
        "\n",
        "\n\n",
        ".",
        "Sept.",
        "30",
        "2025-05-11",
        "12/31/1999",
        "the day before yesterday",
        "31st of February",
        "9999",
        "1000",
        "the next day",
        "that year",
        " two days later",
        "Thanksgiving",
        "Easter",
        "the last Friday in August",
        "nineteen ninety-six",
        "10.05.2025",
        "over the weekend",
        "Monday next week",
        "the end of the month",
        "Wednesday's",
        "USA Today",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=30),
    published=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
    start=st.integers(min_value=-5, max_value=300),
    end=st.one_of(st.none(), st.integers(min_value=-5, max_value=300)),
)
def test_property_offsets_and_values(pieces: list[str], published: dt.date | None, start: int, end: int | None) -> None:
    text = "".join(pieces)
    mentions = find_dates(text, published=published, start=start, end=end)
    previous = -1
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert VALUE.match(mention.value)
        assert mention.start >= max(0, start)
        assert mention.start >= previous
        previous = mention.start
        if end is not None:
            assert mention.end <= max(0, end)


def test_a_date_pointing_back_never_counts_back_from_a_coming_date() -> None:
    text = "Trump held a rally ahead of next Tuesday's primary. A day earlier, six protesters were arrested.\n"
    found = {d.text: d.value for d in find_dates(text, published=dt.date(2016, 3, 30))}
    assert found["next Tuesday"] == "2016-04-05"
    assert "A day earlier" not in found  # not 4 April: no antecedent in the past, so left out, never guessed
    past = "The rally was on Tuesday. A day earlier, six protesters were arrested.\n"
    assert {d.text: d.value for d in find_dates(past, published=dt.date(2016, 3, 30))}["A day earlier"] == "2016-03-28"
