"""A finding placed "in" its poll or a view "in" its holder's eyes: the clause is the content, "in" the cue.

Each row is a sentence written for the test, read by the real pipeline (see `conftest.Case`).
"""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

FOUND_IN = [
    pytest.param(
        Case(
            "In the latest CNN poll released Wednesday, the senator fell to 10 percent.",
            "the senator fell to 10 percent",
            cue="In",
            mention="the latest CNN poll",
        ),
        id="fronted-poll",
    ),
    pytest.param(
        Case(
            "The governor leads her rival among men by eight points in the survey.",
            "The governor leads her rival among men by eight points",
            cue="in",
            mention="the survey",
        ),
        id="trailing-survey",
    ),
    pytest.param(
        Case(
            "In an average of recent state polls, the mayor trails by nine points.",
            "the mayor trails by nine points",
            cue="In",
            mention="an average of recent state polls",
        ),
        id="average-of-polls",
    ),
    pytest.param(
        Case(
            "By Jan. 18, in the same poll, the mayor was winning young voters by 28 points.",
            "the mayor was winning young voters by 28 points",
            cue="in",
        ),
        id="time-before-subject-left-out",
    ),
    pytest.param(
        Case(
            "In a Register poll last month, the senator had a 10-point lead, largely because he had more donors.",
            "the senator had a 10-point lead",
        ),
        id="ends-before-comma-adjunct",
    ),
    pytest.param(
        Case("In his view, the trade deal is already dead.", "the trade deal is already dead", cue="In", mention="his"),
        id="in-his-view",
    ),
    pytest.param(
        Case("In the latest poll, the mayor was ahead by six points.", "the mayor was ahead by six points"),
        id="be-with-its-own-predicate",
    ),
    pytest.param(
        Case(
            "In the study, the mice that ate sugar gained weight faster.",
            "the mice that ate sugar gained weight faster",
        ),
        id="a-finding-verb-stays",
    ),
    pytest.param(
        Case(
            "In a state poll released Monday, 62 percent of teachers said the new exams were too long.",
            "62 percent of teachers said the new exams were too long",
            cue="In",
            mention="a state poll",
        ),
        id="respondents-said",
    ),
    pytest.param(
        Case(
            "In the latest county survey, a majority of farmers said they would plant less corn next year.",
            "a majority of farmers said they would plant less corn next year",
            cue="In",
        ),
        id="a-majority-said",
    ),
    pytest.param(
        Case(
            "The governor had 41 percent support in a new county poll.",
            "The governor had 41 percent support",
            cue="in",
            mention="a new county poll",
        ),
        id="phrase-hung-on-the-object",
    ),
    pytest.param(
        Case(
            "The mayor won the city easily, although his rival moved to second in a later survey.",
            "his rival moved to second",
            find="rival",
            cue="in",
        ),
        id="single-poll-in-a-subordinate-clause",
    ),
    pytest.param(
        Case(
            "In a Reuters/Ipsos Poll released Friday, two in three Americans disapproved of the deal.",
            "two in three Americans disapproved of the deal",
            cue="In",
            mention="a Reuters/Ipsos Poll",
        ),
        id="fronted-poll-before-a-misread-clause",
    ),
    pytest.param(
        Case("In a Fox News Poll, Smith ahead by nine points.", "Smith ahead by nine points", cue="In"),
        id="fronted-poll-before-a-verbless-clause",
    ),
]


@pytest.mark.parametrize("case", FOUND_IN)
def test_found_in(extract: Extract, case: Case) -> None:
    check_case(extract, case)


NOT_FOUND_IN = [
    pytest.param("In Iowa, the senator finished a distant third.", id="a-place"),
    pytest.param("In the wake of the latest polls, the mayor canceled his vacation.", id="wake-of-polls"),
    pytest.param("The former governor has slid behind his rivals in the polls.", id="polls-in-general"),
    pytest.param("In an interview, the coach struck a measured tone about the loss.", id="an-interview-is-an-act"),
    pytest.param("Sanders was not in the latest poll.", id="the-in-phrase-is-the-predicate"),
    pytest.param("The mayor was in the survey.", id="the-in-phrase-is-the-predicate-2"),
    pytest.param(
        "In the final analysis, the company failed because its products were too expensive.", id="final-analysis"
    ),
    pytest.param("In the last analysis, the senator lost the argument over taxes.", id="last-analysis"),
    pytest.param(
        "In the survey, researchers interviewed more than 1,000 adults across the country.", id="a-method-verb"
    ),
    pytest.param("In the study, mice were fed a diet rich in sugar for six weeks.", id="a-method-verb-passive"),
    pytest.param("The senator held a wide lead in the state polls taken before the vote.", id="plural-on-the-object"),
    pytest.param("The mayor rested after the vote, although she had dropped in recent polls.", id="plural-subordinate"),
    pytest.param("These are the farmers, not all of whom participated in the survey.", id="a-respondent-took-part"),
    pytest.param("In the polls, Americans sour on the deal.", id="polls-in-general-before-a-misread-clause"),
    pytest.param("In a new book, two in three Americans disapproved of the deal.", id="a-book-before-a-misread-clause"),
    pytest.param("Did the governor have 41 percent support in a new county poll?", id="a-question-on-the-object"),
    pytest.param("Did Clinton lead Trump by five points in the latest CNN poll?", id="a-question"),
]


@pytest.mark.parametrize("sentence", NOT_FOUND_IN)
def test_not_found_in(extract: Extract, sentence: str) -> None:
    assert [s.quote.text for s in extract(sentence).statements] == []


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        pytest.param(
            "In a statement, the company said it would appeal the ruling.", "it would appeal the ruling", id="statement"
        ),
        pytest.param(
            "In the survey, the researchers said the results surprised them.",
            "the results surprised them",
            id="not-respondents",
        ),
    ],
)
def test_a_cue_in_the_clause_keeps_its_own_statement(extract: Extract, sentence: str, quote: str) -> None:
    records = extract(sentence)
    assert [(s.quote.text, s.cue.text if s.cue else None) for s in records.statements] == [(quote, "said")]


VIEWPOINTS = [
    pytest.param(
        Case(
            "To Ms. Ortiz, the new stadium represents a betrayal of the neighborhood.",
            "the new stadium represents a betrayal of the neighborhood",
            cue="To",
            mention="Ms. Ortiz",
        ),
        id="a-name",
    ),
    pytest.param(
        Case(
            "But to others, he is a brave reporter who simply asked hard questions.",
            "he is a brave reporter who simply asked hard questions",
            cue="to",
            mention="others",
        ),
        id="but-to-others",
    ),
    pytest.param(
        Case(
            "To Meyer, who has studied the region for decades, the vote marked a turning point.",
            "the vote marked a turning point",
            mention="Meyer",
        ),
        id="a-name-with-a-relative-clause",
    ),
]


@pytest.mark.parametrize("case", VIEWPOINTS)
def test_viewpoint(extract: Extract, case: Case) -> None:
    check_case(extract, case)


NO_VIEWPOINT = [
    pytest.param("To his successor, the governor leaves a large budget deficit.", id="a-receiver"),
    pytest.param("To date, the company has sold more than 400 cars.", id="a-time"),
    pytest.param("To the extent she talks about taxes, her message will be simple.", id="a-measure"),
    pytest.param("To the surprise of many, the senator won the state easily.", id="not-a-person"),
    pytest.param("The mayor gave the keys to Ms. Ortiz, and the crowd cheered loudly.", id="not-fronted"),
]


@pytest.mark.parametrize("sentence", NO_VIEWPOINT)
def test_no_viewpoint(extract: Extract, sentence: str) -> None:
    assert [s.quote.text for s in extract(sentence).statements] == []
