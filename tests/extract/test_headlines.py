"""Which first paragraphs are headlines, on lines written for the test."""

from __future__ import annotations

import pytest

from newsbot.extract.headlines import first_part_end, is_headline

from .conftest import Extract


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        pytest.param("E.U. leaders weigh plans for a joint fleet.", True, id="initials-are-no-sentence-break"),
        pytest.param("State Court Rules Against New Fees", True, id="title-case-no-stop"),
        pytest.param("The court ruled on Monday. Its critics were quick to respond.", False, id="two-sentences"),
        pytest.param("Court rules on fees\nCritics respond", False, id="two-lines"),
        pytest.param("A " + "very " * 40 + "long line", False, id="too-long"),
    ],
)
def test_a_headline_is_one_short_line_without_a_sentence_break(text: str, headline: bool) -> None:
    assert is_headline(text) is headline


@pytest.mark.parametrize(
    ("headline", "first"),
    [
        pytest.param("Questioning the New Timetable; Riders Wait", "Questioning the New Timetable", id="semicolon"),
        pytest.param("Court rules on fees: what it means", "Court rules on fees", id="colon"),
        pytest.param("Explaining the port deal — and its critics", "Explaining the port deal", id="em-dash"),
        pytest.param("Explaining the port deal – and its critics", "Explaining the port deal", id="en-dash"),
        pytest.param("Explaining the port deal -- and its critics", "Explaining the port deal", id="double-hyphen"),
        pytest.param("Explaining the port deal - and its critics", "Explaining the port deal", id="spaced-hyphen"),
        pytest.param("Council votes on the 9:30 bus.", "Council votes on the 9:30 bus", id="time-is-no-break"),
        pytest.param("Mayor weighs a two-year freeze", "Mayor weighs a two-year freeze", id="hyphen-is-no-break"),
    ],
)
def test_a_headlines_first_part_ends_at_its_first_break(headline: str, first: str) -> None:
    assert headline[: first_part_end(headline, 0, len(headline))] == first


BODY = "\n\nThe mayor spoke to reporters on Tuesday after a long day of talks."

TITLE_CASED = [
    pytest.param("Governor Endorses Jane Smith With Party’s Blessing.", "Jane Smith", id="with-blessing"),
    pytest.param("Senator Praises New Budget Amid Rising Debt Fears.", "New Budget", id="amid"),
    pytest.param(
        "Senator Calls Plan ‘A Disgrace’ Over Rising Costs.", "Plan ‘A Disgrace’ Over Rising Costs", id="over"
    ),
]


@pytest.mark.parametrize(("headline", "content"), TITLE_CASED)
def test_a_title_cased_headline_runs_to_its_circumstances(extract: Extract, headline: str, content: str) -> None:
    records = extract(headline + BODY)
    assert [s.quote.text for s in records.statements if s.quote.start < len(headline)] == [content]


SENTENCE_CASED = [
    pytest.param("Prince mocks Smith on Twitter.", "Smith", id="mocks-on"),
    pytest.param("Senator blames governor for the late budget.", "governor for the late budget", id="own-preposition"),
]


@pytest.mark.parametrize(("headline", "content"), SENTENCE_CASED)
def test_a_headline_object_ends_before_its_occasion(extract: Extract, headline: str, content: str) -> None:
    records = extract(headline + BODY)
    assert [s.quote.text for s in records.statements if s.quote.start < len(headline)] == [content]
