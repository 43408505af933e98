"""A noun or adjective cue inside a reported content, whose own content starts there and runs on past the first
one's end, reads the same words again: the writer reports one thing (`stacked.py`).

Each row is a sentence written for the test, read by the real pipeline (see `conftest.Case`).
"""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

ONE_STATEMENT = [
    pytest.param(
        Case(
            "The senator defended her decision to rely on the private server at her home in Denver, Colo., which "
            "critics have attacked.",
            "her decision to rely on the private server at her home in Denver, Colo",
            cue="defended",
        ),
        id="decision-inside-an-object",
    ),
    pytest.param(
        Case(
            "Republicans expressed doubt that the regime had the capability to build a hydrogen bomb, which would "
            "be far more powerful.",
            "doubt that the regime had the capability to build a hydrogen bomb",
        ),
        id="doubt-inside-an-object",
    ),
    pytest.param(
        Case(
            "The governor campaigned on pledges to be tough on the banks, a departure from the years when his "
            "party courted them.",
            "pledges to be tough on the banks",
        ),
        id="pledges-inside-a-topic",
    ),
    pytest.param(
        Case(
            "Mrs. Lee praised the mayor's proposals to help small businesses, which include a provision that would "
            "cut their taxes.",
            "the mayor's proposals to help small businesses",
            cue="praised",
        ),
        id="proposals-inside-an-object",
    ),
]


@pytest.mark.parametrize("case", ONE_STATEMENT)
def test_a_naming_cue_inside_a_content_adds_no_statement(extract: Extract, case: Case) -> None:
    check_case(extract, case)


TWO_STATEMENTS = [
    pytest.param(
        "The filings due Sunday are expected to show that Cruz, who has boasted of his appeal to conservatives, "
        "raised more money than anyone.",
        [
            "The filings due Sunday are expected to show that Cruz",
            "that Cruz, who has boasted of his appeal to conservatives, raised more money than anyone",
        ],
        id="a-verb-cue-inside-stays",
    ),
    pytest.param(
        "Aides were eager to prove that her campaign has heard what voters are saying, and that she is as strong "
        "today as ever.",
        [
            "to prove that her campaign has heard what voters are saying",
            "that her campaign has heard what voters are saying, and that she is as strong today as ever",
        ],
        id="a-second-saying-stays",
    ),
    pytest.param(
        "The mayor said the city must act, and Jones said that it would not.",
        ["the city must act", "that it would not"],
        id="side-by-side",
    ),
    pytest.param(
        '"We made a decision to rely on the private server," the senator said, adding that critics had attacked it.',
        ['"We made a decision to rely on the private server,"', "that critics had attacked it"],
        id="after-a-quotation",
    ),
]


@pytest.mark.parametrize(("sentence", "quotes"), TWO_STATEMENTS)
def test_other_overlaps_keep_both_statements(extract: Extract, sentence: str, quotes: list[str]) -> None:
    assert [s.quote.text for s in extract(sentence).statements] == quotes
