"""Where a content ends, on text alone: each rule on a sentence written for the test."""

from __future__ import annotations

import pytest

from newsbot.extract.content_edges import before_circumstance, before_dash, before_quoted_sentence, on_cue_line

from .conftest import Extract, find


def _whole(text: str) -> list[tuple[int, int]]:
    return [(0, len(text))]


def _text(text: str, pieces: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in pieces]


def test_an_aside_after_a_spaced_dash_is_cut() -> None:
    text = "the plant will close in June — a blow to the town"
    assert _text(text, before_dash(_whole(text), text)) == ["the plant will close in June"]


@pytest.mark.parametrize(
    "text",
    [
        "options for blocking his path — including a third-party run",
        "modest achievements — like helping the uninsured",
        "the challenges she faced — especially from her own party",
        "the cost of the bridge — and the risks — would be paid by the state",
        "she would back a new toll on the bridge — as long as the revenue went to repairs",
        "the union has won concessions — for instance, longer breaks for night crews",
        "he would sign the budget — unless it cut school funding",
    ],
)
def test_a_dash_going_on_to_examples_is_no_aside(text: str) -> None:
    assert _text(text, before_dash(_whole(text), text)) == [text]


@pytest.mark.parametrize(
    ("text", "words", "content"),
    [
        (
            "Trump talked about many of the things she believed — from Obama being a founder of ISIS to the "
            "idea that the election was rigged.",
            "things she believed",
            "many of the things she believed — from Obama being a founder of ISIS to the idea that the election "
            "was rigged",
        ),
        (
            "The aides discussed options for blocking his path to the nomination — including rallying around a "
            "third-party candidate.",
            "options",
            "options for blocking his path to the nomination — including rallying around a third-party candidate",
        ),
        (
            "The mayor said she would support a tax on sugary drinks — only if the money went to school lunches.",
            "sugary drinks",
            "she would support a tax on sugary drinks — only if the money went to school lunches",
        ),
    ],
)
def test_a_content_runs_on_across_a_dash_to_its_examples(extract: Extract, text: str, words: str, content: str) -> None:
    assert find(extract(text), words).quote.text == content


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Jones said the deal was bad for the city — and Smith said it was even worse.",
            "the deal was bad for the city",
            "it was even worse",
        ),
        (
            'Jones said the deal was bad for the city — and Smith called it "a disaster".',
            "the deal was bad for the city",
            'it "a disaster"',
        ),
    ],
)
def test_a_dash_going_on_to_another_statement_ends_the_first(
    extract: Extract, text: str, first: str, second: str
) -> None:
    records = extract(text)
    assert find(records, first).quote.text == first
    assert any(second in s.quote.text for s in records.statements), [s.quote.text for s in records.statements]


def test_a_dash_with_nothing_after_its_going_on_word_is_not_crossed(extract: Extract) -> None:
    assert find(extract("Jones said the deal was bad for the city — and."), "the deal").quote.text == (
        "the deal was bad for the city"
    )


def test_a_semicolon_ends_the_content() -> None:
    text = "the bridge is safe; engineers disagree"
    assert _text(text, before_dash(_whole(text), text)) == ["the bridge is safe"]


def test_a_dash_inside_open_quotation_marks_is_kept() -> None:
    text = "it was “a plan — and a bad one” all along"
    assert _text(text, before_dash(_whole(text), text)) == [text]


def test_quoted_words_end_before_the_circumstances_of_saying_them() -> None:
    text = "the plan a “crazy system” during a stop in Ohio"
    assert _text(text, before_circumstance(_whole(text), text)) == ["the plan a “crazy system”"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the budget was balanced, when she ran for office", "the budget was balanced"),
        ("the bridge is safe, although engineers disagree", "the bridge is safe"),
        ("the plan is working, according to the ministry", "the plan is working"),
        # A concession is part of the claim: "despite …" says what the claim holds against.
        (
            "families still want their own schools, despite the rise of charter schools",
            "families still want their own schools, despite the rise of charter schools",
        ),
        ("prices will fall, despite the drought", "prices will fall, despite the drought"),
        # ", where …" describes a place the content names, not where the words were said.
        (
            "the campaign will spend more in Ohio, where the race is close",
            "the campaign will spend more in Ohio, where the race is close",
        ),
    ],
)
def test_an_unquoted_content_ends_before_a_comma_and_the_circumstances_of_saying_it(text: str, kept: str) -> None:
    assert _text(text, before_circumstance(_whole(text), text)) == [kept]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A short phrase closed by a second comma sits inside the clause, which goes on after it.
        (
            "the new mayor, even as a candidate, had promised cleaner streets",
            "the new mayor, even as a candidate, had promised cleaner streets",
        ),
        ("the old ferry, while slow, was safe enough", "the old ferry, while slow, was safe enough"),
        (
            "the plan could win over rural, though conservative, districts",
            "the plan could win over rural, though conservative, districts",
        ),
        # Not closed: the phrase runs to the end, so the content ends before it.
        ("the town is recovering well, even as the rain goes on", "the town is recovering well"),
        # Closed, but the stretch is a clause of its own, too long for a set-off phrase.
        (
            "the budget was balanced, when she ran for office for the very first time, and it still is",
            "the budget was balanced",
        ),
        # "according to" credits another source even when the sentence goes on.
        ("the plan is working, according to the ministry, and costs less", "the plan is working"),
    ],
)
def test_a_phrase_set_off_by_two_commas_stays_inside_the_content(text: str, kept: str) -> None:
    assert _text(text, before_circumstance(_whole(text), text)) == [kept]


def test_a_content_stays_on_the_line_of_its_cue() -> None:
    text = "She said the vote was fair\nNext item: the weather"
    assert _text(text, on_cue_line(_whole(text), text, cue_at=4)) == ["She said the vote was fair"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He said “That makes me smart,” when she asked about his taxes.", "That makes me smart,”"),
        ('She answered "We will win," after the polls closed on Tuesday.', 'We will win,"'),
    ],
)
def test_a_circumstance_is_cut_when_the_opening_mark_lies_just_outside_the_content(text: str, kept: str) -> None:
    """The parse can leave the opening mark outside the content; the quotation still closes before "when"."""
    start = text.index(kept)
    pieces = before_circumstance([(start, len(text) - 1)], text)
    assert _text(text, pieces) == [kept]


@pytest.mark.parametrize(
    ("text", "words", "pieces"),
    [
        (
            "The middle fifth paid 8.9 percent, the agency said in a June report, and the bottom fifth paid 0.8 percent.",
            "middle fifth",
            ["The middle fifth paid 8.9 percent", "the bottom fifth paid 0.8 percent"],
        ),
        (
            "The emails covered many topics, the Times said, including speeches and meetings.",
            "emails",
            ["The emails covered many topics", "including speeches and meetings"],
        ),
    ],
)
def test_a_content_the_cue_interrupts_goes_on_after_it(
    extract: Extract, text: str, words: str, pieces: list[str]
) -> None:
    assert [f.text for f in find(extract(text), words).fragments] == pieces


def test_a_quotation_before_an_inserted_cue_does_not_take_the_rest_of_the_sentence(extract: Extract) -> None:
    text = "“We will win this race,” she said, and the crowd cheered."
    assert find(extract(text), "win this race").quote.text == "“We will win this race,”"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("their support — who cited her record", "their support"),
        ("the bill -- which passed last year", "the bill"),
        # Without a relative word a short content keeps its dash: too little to tell an aside.
        ("its record — a mixed one", "its record — a mixed one"),
    ],
)
def test_a_short_content_ends_before_a_dash_and_a_relative_clause(text: str, kept: str) -> None:
    assert _text(text, before_dash(_whole(text), text)) == [kept]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("the answer was simple. ''Just wait,'' he said", "the answer was simple"),
        ("the answer was simple. “Just wait,” he said", "the answer was simple"),
        ('the answer was simple. "Just wait," he said', "the answer was simple"),
    ],
)
def test_a_content_ends_where_a_quotation_opens_the_next_sentence(text: str, content: str) -> None:
    assert _text(text, before_quoted_sentence(_whole(text), text)) == [content]


def test_a_content_that_took_in_the_opening_marks_ends_before_them() -> None:
    text = "the answer was simple. ''Just wait,'' he said"
    pieces = [(0, text.index("Just"))]
    assert _text(text, before_quoted_sentence(pieces, text)) == ["the answer was simple"]


@pytest.mark.parametrize(
    "text",
    [
        "the sign read ''Stop. Go back'' in red",  # the sentence break is inside the quotation
        "the plant in St. Louis will close",
        "the answer was simple. Just wait",
    ],
)
def test_a_content_without_a_following_quotation_is_kept(text: str) -> None:
    assert _text(text, before_quoted_sentence(_whole(text), text)) == [text]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "The solution, the partner told them, was simple. ''Just put your money in an index fund,'' he said.",
            "The solution, the partner told them, was simple",
        ),
        (
            "The delay, he noted, may be on the city's end. ''Nothing moves without a permit,'' he said.",
            "The delay, he noted, may be on the city's end",
        ),
    ],
)
def test_an_aside_cue_does_not_run_into_the_next_quotation(extract: Extract, sentence: str, quote: str) -> None:
    assert find(extract(sentence), quote.split(",")[0]).quote.text == quote


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "To win over young voters, Mayor Okafor is rolling out a new and more personal campaign message: "
            '"It\'s about the schools."',
            '"It\'s about the schools."',
            id="message-then-quotation",
        ),
        pytest.param(
            'The union sent the board a blunt warning: "We will strike in May."',
            '"We will strike in May."',
            id="warning-after-an-indirect-object",
        ),
        pytest.param(
            'The coach repeated her usual advice: "Sleep early and eat well."',
            '"Sleep early and eat well."',
            id="advice",
        ),
        pytest.param(
            "The report offered one grim finding: most of the wells are dry.",
            "most of the wells are dry",
            id="unquoted-finding",
        ),
        pytest.param(
            "He said the plan had one flaw: it cost too much.",
            "the plan had one flaw: it cost too much",
            id="a-clause-before-the-colon-is-kept",
        ),
    ],
)
def test_a_content_opening_with_the_name_of_a_statement_starts_after_its_colon(
    extract: Extract, text: str, content: str
) -> None:
    assert find(extract(text), content).quote.text == content


@pytest.mark.parametrize(
    ("text", "words", "content"),
    [
        (
            "Among the parents, 48 percent said the governor would handle the economy better, "
            "compared with 37 percent for his challenger.",
            "governor",
            "the governor would handle the economy better",
        ),
        (
            "The bakery chain reported a profit of $2.10 a share, well above the $1.85 that analysts expected.",
            "profit",
            "a profit of $2.10 a share",
        ),
        (
            "Most teachers said the new schedule left them less time to plan, compared to 20 percent last year.",
            "schedule",
            "the new schedule left them less time to plan",
        ),
        (
            "The senator said she wants an independent review of the contract, as have several of her colleagues.",
            "review",
            "she wants an independent review of the contract",
        ),
        (
            "The coach said the team does not practice on Sundays, as was the case during the last season.",
            "practice",
            "the team does not practice on Sundays",
        ),
    ],
)
def test_a_content_ends_before_the_writers_comparison(extract: Extract, text: str, words: str, content: str) -> None:
    """ ", compared with 37 percent …" sets the reported figure against another: the writer's words, not the
    finding."""
    assert find(extract(text), words).quote.text == content


@pytest.mark.parametrize(
    ("text", "words", "content"),
    [
        (
            "She spent Monday discussing problems in Europe that span rising rents to falling wages.",
            "problems",
            "problems in Europe that span rising rents to falling wages",
        ),
        (
            "The union is expected to approve a contract later this month that would raise wages for nurses.",
            "union",
            "The union is expected to approve a contract later this month that would raise wages for nurses",
        ),
    ],
)
def test_a_content_runs_on_over_a_relative_clause_with_no_comma(
    extract: Extract, text: str, words: str, content: str
) -> None:
    assert find(extract(text), words).quote.text == content
