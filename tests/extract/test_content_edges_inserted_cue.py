"""A content a reporting clause interrupts without quotation marks ("The plan, Jones told reporters, was
dead"): both halves are one statement. Each row is a sentence written for the test."""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

INTERRUPTED = [
    pytest.param(
        Case(
            "There is no risk of a strike this year, union leaders insist, because the contract runs until 2028.",
            "There is no risk of a strike this year, union leaders insist, because the contract runs until 2028",
            cue="insist",
            fragments=("There is no risk of a strike this year", "because the contract runs until 2028"),
        ),
        id="goes-on-with-because",
    ),
    pytest.param(
        Case(
            "Nor does the mayor have any plans, aides say, to raise the city's sales tax next spring.",
            "Nor does the mayor have any plans, aides say, to raise the city's sales tax next spring",
            cue="say",
            fragments=("Nor does the mayor have any plans", "to raise the city's sales tax next spring"),
        ),
        id="goes-on-with-an-infinitive",
    ),
    pytest.param(
        Case(
            "It is her job, she said, to explain the rules to the voters of the district.",
            "It is her job, she said, to explain the rules to the voters of the district",
            cue="said",
            fragments=("It is her job", "to explain the rules to the voters of the district"),
        ),
        id="infinitive-verb-that-is-a-cue-is-no-second-report",
    ),
    pytest.param(
        Case(
            "The plan, Jones told reporters, was dead.",
            "The plan, Jones told reporters, was dead",
            cue="told",
            speaker="Jones",
            fragments=("The plan", "was dead"),
        ),
        id="subject-left-unlabelled-verb-coordinated",
    ),
    pytest.param(
        Case(
            "The deal, the minister told parliament, would cost too much.",
            "The deal, the minister told parliament, would cost too much",
            cue="told",
            fragments=("The deal", "would cost too much"),
        ),
        id="subject-left-unlabelled-with-a-listener",
    ),
    pytest.param(
        Case(
            "Riding alone at night in the park, they said, can be dangerous.",
            "Riding alone at night in the park, they said, can be dangerous",
            cue="said",
            fragments=("Riding alone at night in the park", "can be dangerous"),
        ),
        id="gerund-subject-is-no-framing",
    ),
    pytest.param(
        Case("The plan is dead, he said, in an interview with the Times.", "The plan is dead", cue="said"),
        id="a-closing-interview-is-the-channel-not-the-content",
    ),
    pytest.param(
        Case(
            "The plan, he said in an interview with the Times, is dead.",
            "The plan, he said in an interview with the Times, is dead",
            cue="said",
            fragments=("The plan", "is dead"),
        ),
        id="an-inserted-interview-is-the-channel-not-the-content",
    ),
    pytest.param(
        Case("Asked about the plan, he said, it is wrong.", "it is wrong", cue="said", find="is wrong"),
        id="participle-before-a-clause-with-its-subject-frames",
    ),
    pytest.param(
        Case(
            "Maine, as one of the governor's advisers pointed out, normally does not get two big storms in a row.",
            "Maine, as one of the governor's advisers pointed out, normally does not get two big storms in a row",
            fragments=("Maine", "normally does not get two big storms in a row"),
        ),
        id="as-aside-read-as-a-phrase-on-the-cue",
    ),
]


@pytest.mark.parametrize("case", INTERRUPTED)
def test_a_content_a_reporting_clause_interrupts(extract: Extract, case: Case) -> None:
    check_case(extract, case)
