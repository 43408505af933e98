"""The article's own sources: agencies, outlets and bylines, each an exact slice of the text."""

from __future__ import annotations

import pytest

from newsbot.extract.credits import find_credits

from .conftest import Extract

CASES = [
    pytest.param(
        "The talks failed on Monday. (with Reuters inputs)",
        "Reuters",
        "agency",
        "(with Reuters inputs)",
        id="with-inputs",
    ),
    pytest.param(
        "The talks failed. (With inputs from PTI)", "PTI", "agency", "(With inputs from PTI)", id="inputs-from"
    ),
    pytest.param(
        "WASHINGTON (AP) — The talks failed on Monday.",
        "The Associated Press",
        "agency",
        "WASHINGTON (AP) —",
        id="dateline",
    ),
    pytest.param("The talks failed on Monday, officials said. — AFP", "AFP", "agency", "— AFP", id="dash-credit"),
    pytest.param(
        "A fire broke out in Oakland, KTVU reports.", "KTVU", "outlet", "KTVU reports", id="call-letters-report"
    ),
    pytest.param(
        "The senator will resign, The Washington Post reported on Friday.",
        "Washington Post",
        "outlet",
        "The Washington Post reported",
        id="outlet-reported",
    ),
    pytest.param(
        "Ten people died, according to The Associated Press.",
        "The Associated Press",
        "agency",
        "according to The Associated Press",
        id="according-to-agency",
    ),
    pytest.param(
        "The plant will close.\n\n(Reporting by Jane Doe; Editing by John Roe)",
        "Jane Doe",
        "byline",
        "Reporting by Jane Doe",
        id="reporting-by",
    ),
    pytest.param("By Jane Doe\n\nThe plant will close.", "Jane Doe", "byline", "By Jane Doe", id="byline"),
]


@pytest.mark.parametrize(("text", "name", "kind", "span"), CASES)
def test_a_credit_is_recorded(text: str, name: str, kind: str, span: str) -> None:
    credits = find_credits(text)
    hit = next((c for c in credits if c.name == name), None)
    assert hit is not None, [c.name for c in credits]
    assert hit.kind == kind
    assert hit.text == span
    assert text[hit.start : hit.end] == hit.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ann Smith reported the theft to the police.", id="a-person-reporting"),
        pytest.param("According to the mayor, the plant will close.", id="according-to-a-person"),
        pytest.param("The ministry reported a rise in cases.", id="an-organisation-that-is-no-outlet"),
        pytest.param("Prices rose - Reuters analysts disagree on why.", id="dash-mid-sentence"),
    ],
)
def test_no_credit(text: str) -> None:
    assert find_credits(text) == []


def test_each_source_once_in_article_order() -> None:
    text = "WASHINGTON (AP) — Prices rose, the AP reported.\n\nMore later, KTVU reports. (with Reuters inputs)"
    assert [c.name for c in find_credits(text)] == ["The Associated Press", "KTVU", "Reuters"]


def test_credits_are_on_the_article_records(extract: Extract) -> None:
    records = extract("Storm hits coast\n\nLONDON (Reuters) - A storm hit the coast, officials said.")
    assert [(c.name, c.kind) for c in records.sources] == [("Reuters", "agency")]
