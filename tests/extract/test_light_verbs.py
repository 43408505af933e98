"""Light-verb frames on sentences written for the test: "made (it) clear that …", "made the case that …", "took
issue with …", "made no mention of …". Each row is a sentence and the one statement it holds, or a sentence that
holds none."""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

MADE_CLEAR = [
    pytest.param(
        Case(
            "The governor made clear that she would not sign the budget.",
            "that she would not sign the budget",
            cue="made clear",
            mention="The governor",
        ),
        id="made-clear-that",
    ),
    pytest.param(
        Case(
            "The mayor also made it clear that he has not considered resigning.",
            "that he has not considered resigning",
            cue="made it clear",
            mention="The mayor",
        ),
        id="made-it-clear",
    ),
    pytest.param(
        Case(
            "Many shop owners made it clear they did not agree with the council's choice.",
            "they did not agree with the council's choice",
            cue="made it clear",
            mention="Many shop owners",
        ),
        id="without-that",
    ),
    pytest.param(
        Case(
            "The senator made it known that she would not run again.",
            "that she would not run again",
            cue="made it known",
            mention="The senator",
        ),
        id="made-it-known",
    ),
    pytest.param(
        Case(
            "The union leader made it clear to the board that the offer was unacceptable.",
            "that the offer was unacceptable",
            cue="made it clear",
            mention="The union leader",
        ),
        id="listener-between",
    ),
    pytest.param(
        Case(
            "The new mayor made clear his aim to rebuild the harbor.",
            "his aim to rebuild the harbor",
            cue="made clear",
            mention="The new mayor",
        ),
        id="noun-phrase",
    ),
    pytest.param(
        Case(
            "Ms. Ruiz had made clear that she was ready to overturn the old rule.",
            "that she was ready to overturn the old rule",
            cue="made clear",
            mention="Ms. Ruiz",
        ),
        id="ready-to",
    ),
]

MADE_THE_CASE = [
    pytest.param(
        Case(
            "Her rivals have made the case that she is too close to the banks.",
            "that she is too close to the banks",
            cue="made the case",
            mention="Her rivals",
        ),
        id="made-the-case-that",
    ),
    pytest.param(
        Case(
            "The president privately made the case to union leaders that he did not sell them out.",
            "that he did not sell them out",
            cue="made the case",
            mention="The president",
        ),
        id="case-to-listener-that",
    ),
    pytest.param(
        Case(
            "Critics have made the point that the tax would fall hardest on renters.",
            "that the tax would fall hardest on renters",
            cue="made the point",
            mention="Critics",
        ),
        id="made-the-point",
    ),
    pytest.param(
        Case(
            "The mayor made the case for a new stadium on the waterfront.",
            "a new stadium on the waterfront",
            cue="made the case",
            mention="The mayor",
        ),
        id="case-for",
    ),
]

TOOK_ISSUE = [
    pytest.param(
        Case(
            "Mr. Ortega took issue with recent criticism of his handling of the budget.",
            "recent criticism of his handling of the budget",
            cue="took issue with",
            mention="Mr. Ortega",
        ),
        id="took-issue-with",
    ),
    pytest.param(
        Case(
            "The defense lawyer took exception to the prosecutor's closing remarks about the witness.",
            "the prosecutor's closing remarks about the witness",
            cue="took exception to",
            mention="The defense lawyer",
        ),
        id="took-exception-to",
    ),
]

TARGETED = [
    pytest.param(
        Case(
            "Mr. Ryan has taken frequent shots at the governor's comments on trade.",
            "the governor's comments on trade",
            cue="taken frequent shots at",
            mention="Mr. Ryan",
        ),
        id="took-shots-at",
    ),
    pytest.param(
        Case(
            "She took a swipe at Mr. Lopez during the debate.",
            "Mr. Lopez",
            cue="took a swipe at",
            mention="She",
        ),
        id="one-word-target",
    ),
    pytest.param(
        Case(
            "The senator made no mention of the new pipeline.",
            "the new pipeline",
            cue="made no mention of",
            mention="The senator",
        ),
        id="made-no-mention-of",
    ),
    pytest.param(
        Case(
            "The mayor had nothing but praise for the firefighters.",
            "the firefighters",
            cue="had nothing but praise for",
            mention="The mayor",
        ),
        id="nothing-but-praise",
    ),
    pytest.param(
        Case(
            "The governor had no such praise for Ms. Quinn.",
            "Ms. Quinn",
            cue="had no such praise for",
            mention="The governor",
        ),
        id="no-such-praise",
    ),
]

# An inner cue of the content is part of the outer statement, not a second one.
NESTED = [
    pytest.param(
        Case(
            "The senator made clear that he did not intend to hold back.",
            "that he did not intend to hold back",
            cue="made clear",
        ),
        id="intend-inside",
    ),
]

NOT_STATEMENTS = [
    pytest.param("The council made clear progress on the housing bill this year.", id="clear-as-adjective"),
    pytest.param("The mayor took the issue to the state court last week.", id="took-the-issue"),
    pytest.param("The fog made the road hard to see.", id="made-hard"),
    pytest.param("She made a good point.", id="point-without-clause"),
    pytest.param("The senator made a reference.", id="mention-without-target"),
    pytest.param("The striker took a shot at the goal in the final minute.", id="a-shot-at-a-goal"),
    pytest.param("The governor will take a shot at the presidency next year.", id="a-shot-at-a-prize"),
    pytest.param("The photographer took a shot at dawn of the old bridge.", id="a-shot-at-dawn"),
]


@pytest.mark.parametrize("case", [*MADE_CLEAR, *MADE_THE_CASE, *TOOK_ISSUE, *TARGETED, *NESTED])
def test_a_light_verb_frame_reports_its_content(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize("sentence", NOT_STATEMENTS)
def test_a_light_verb_without_its_frame_holds_no_statement(extract: Extract, sentence: str) -> None:
    assert extract(sentence).statements == []
