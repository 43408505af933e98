"""Quotation marks on raw text: curly and straight, doubled apostrophes, multi-paragraph quotes."""

from __future__ import annotations

import pytest

from newsbot.extract.quotes import QuoteLookup, find_quotes

from .conftest import Extract, only


def quotes_in(text: str) -> list[str]:
    paragraphs = []
    cursor = 0
    for block in text.split("\n\n"):
        paragraphs.append((cursor, cursor + len(block)))
        cursor += len(block) + 2
    return [text[q.start : q.end] for q in find_quotes(text, paragraphs)]


def test_curly_quotes_include_their_marks() -> None:
    assert quotes_in("She said, “We will win.” Then she left.") == ["“We will win.”"]


def test_straight_quotes_pair_by_context() -> None:
    text = '"We will win," he said. "And soon."'
    assert quotes_in(text) == ['"We will win,"', '"And soon."']


def test_doubled_apostrophes_are_one_mark() -> None:
    assert quotes_in("''Hopefully,'' the president said.") == ["''Hopefully,''"]


def test_apostrophes_and_single_quotes_inside_do_not_end_a_quote() -> None:
    text = "“It’s ‘fine’, don’t worry,” she said."
    assert quotes_in(text) == ["“It’s ‘fine’, don’t worry,”"]


def test_a_quote_runs_over_paragraphs_that_reopen_with_a_mark() -> None:
    text = "He said: “First part.\n\n“Second part.”\n\nNarration."
    paragraphs = [(0, 21), (23, 37), (39, 49)]
    (quote,) = find_quotes(text, paragraphs)
    assert [text[a:b] for a, b in quote.fragments] == ["“First part.", "“Second part.”"]
    assert quote.closed


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "He said: “It never ends.\n\nNarration resumes here."
    (quote,) = find_quotes(text, [(0, 24), (26, 48)])
    assert text[quote.start : quote.end] == "“It never ends."
    assert not quote.closed


def test_lookup_finds_overlaps_and_containment() -> None:
    text = "A “b” c “d e” f"
    lookup = QuoteLookup(find_quotes(text, [(0, len(text))]))
    assert [text[q.start : q.end] for q in lookup.overlapping(0, len(text))] == ["“b”", "“d e”"]
    assert lookup.covering(text.index("d")) is not None
    assert lookup.covering(text.index("c")) is None


def test_a_quote_opened_curly_may_close_straight_and_vice_versa() -> None:
    text = '“Taxes will rise," the mayor said, adding that costs were "out of hand." Then "safe” and “sound.”'
    assert quotes_in(text) == ['“Taxes will rise,"', '"out of hand."', '"safe”', "“sound.”"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("‘We will win,’ she said. ‘And soon.’", ["‘We will win,’", "‘And soon.’"], id="british-style"),
        pytest.param("Smith Calls Plan ‘A Disgrace’ Over Costs", [], id="not-in-a-title-cased-headline"),
        pytest.param("Smith called the plan ‘a disgrace’ on Monday.", ["‘a disgrace’"], id="scare-quotes"),
        pytest.param(
            "“We will win,” she said of the film ‘The 411’ on Monday.",
            ["“We will win,”"],
            id="titles-where-double-quotes-quote",
        ),
        pytest.param(
            "‘The players’ union won’t budge,’ he said.", ["‘The players’ union won’t budge,’"], id="possessive-inside"
        ),
        pytest.param(
            "“He told me ‘never again’ and left,” she said.",
            ["“He told me ‘never again’ and left,”"],
            id="nested-stays-inner",
        ),
        pytest.param("The ’90s were rock ’n’ roll, we don’t deny it.", [], id="apostrophes-only"),
    ],
)
def test_single_curly_quotes_are_quotation_marks_outside_double_ones(text: str, expected: list[str]) -> None:
    assert quotes_in(text) == expected


def test_a_statement_in_single_curly_quotes(extract: Extract) -> None:
    s = only(extract("‘We will close the mine in June,’ Ann Smith said."))
    assert s.quote.text == "‘We will close the mine in June,’"
    assert s.speaker == "Ann Smith"
    assert s.kind == "direct"


HEADLINE_QUOTES = [
    pytest.param(
        "Mayor calls the budget 'a disgrace,' but signs it\n\nThe mayor spoke on Monday.",
        ["'a disgrace,'"],
        id="straight-marks",
    ),
    pytest.param(
        "Senator Calls Plan A ‘Total Failure.’\n\nThe senator spoke on Monday.",
        ["‘Total Failure.’"],
        id="curly-marks-in-a-title-cased-headline",
    ),
    pytest.param(
        "Governor: 'We will not raise taxes.'\n\nThe governor spoke on Monday.",
        ["'We will not raise taxes.'"],
        id="after-a-speaker-label",
    ),
    pytest.param(
        "Voters' 'anger' surprises the parties\n\nTurnout rose.",
        ["'anger'"],
        id="plural-possessive-before-it",
    ),
    pytest.param(
        "Smith's plan won't pass, aides say\n\nThe vote is on Monday.",
        [],
        id="apostrophes-only",
    ),
    pytest.param(
        "Fans cheer as '90s band returns to 'SNL'\n\nThe band played two songs.",
        ["'SNL'"],
        id="a-years-elision-opens-nothing",
    ),
    pytest.param(
        "Rock 'n' Roll Hall Calls Band 'Legends'\n\nThe band played two songs.",
        ["'Legends'"],
        id="an-elided-and-opens-nothing",
    ),
    pytest.param(
        "Rock ‘n’ Roll Hall Calls Band ‘Legends’\n\nThe band played two songs.",
        ["‘Legends’"],
        id="an-elided-and-in-curly-marks-opens-nothing",
    ),
    pytest.param(
        "The council met on Monday.\n\nShe called the plan 'bold' and left.",
        [],
        id="not-below-the-headline",
    ),
    pytest.param("Mayor calls the budget 'a disgrace'", [], id="not-in-a-text-of-one-line"),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_QUOTES)
def test_single_marks_are_a_headlines_quotation_marks(text: str, expected: list[str]) -> None:
    assert quotes_in(text) == expected


def test_a_headline_statement_runs_over_its_single_quoted_words(extract: Extract) -> None:
    records = extract("Gowdy promises report 'as soon as possible.'\n\nThe committee met on Monday.")
    assert [s.quote.text for s in records.statements] == ["report 'as soon as possible.'"]


MISTYPED_MARKS = [
    pytest.param(
        "“Do you want that?“ he asked.\n\n“No,” she said.",
        ["“Do you want that?“", "“No,”"],
        id="opening-mark-typed-as-the-close",
    ),
    pytest.param("The ruling was “Mostly False.“\n\nThe paper disagreed.", ["“Mostly False.“"], id="close-at-line-end"),
    pytest.param("“It’s unusual,“ said Ann Lee.", ["“It’s unusual,“"], id="close-before-a-comma-inside"),
    pytest.param(
        "Aides would not let staff ”get close to Ben” on policy.",
        ["”get close to Ben”"],
        id="closing-mark-typed-as-the-open",
    ),
    pytest.param("\u202a”We will win!” wrote Pete.", ["”We will win!”"], id="after-an-invisible-direction-mark"),
    pytest.param(
        "“He told me “no” and left,” she said.", ["“He told me “no” and left,”"], id="nested-opener-after-a-space"
    ),
    pytest.param("“Fine,” he said, ”and more.”", ["“Fine,”", "”and more.”"], id="reopened-after-a-space"),
]


@pytest.mark.parametrize(("text", "expected"), MISTYPED_MARKS)
def test_a_curly_mark_of_the_wrong_shape_is_read_by_its_place(text: str, expected: list[str]) -> None:
    assert quotes_in(text) == expected


def test_a_quotation_closed_by_a_mistyped_mark_keeps_its_cue(extract: Extract) -> None:
    records = extract("Smith was shocked. “Do you want to be associated with a fascist?“ he asked.\n\n“No,” Lee said.")
    assert [(s.quote.text, s.speaker) for s in records.statements] == [
        ("“Do you want to be associated with a fascist?“", "Smith"),
        ("“No,”", "Lee"),
    ]


def test_a_quotation_after_a_direction_mark_keeps_its_cue(extract: Extract) -> None:
    records = extract("Readers replied.\n\n\u202a”We will win this!” wrote Pete Hidalgo.")
    assert [(s.quote.text, s.cue.text if s.cue else None) for s in records.statements] == [
        ("”We will win this!”", "wrote")
    ]


MARKUP_MARKS = [
    pytest.param(
        '<post post-author="@annlee" post-date="May 9, 2025\n\n">The bridge opens today. Come and see it!<post/>.',
        [],
        id="attribute-closed-after-a-line-break",
    ),
    pytest.param(
        'Lee wrote:\n\n"The bridge opens today."',
        ['"The bridge opens today."'],
        id="a-quotation-after-a-colon-still-opens",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKUP_MARKS)
def test_a_straight_mark_before_a_tag_end_is_markup(text: str, expected: list[str]) -> None:
    assert quotes_in(text) == expected
