"""A stance received ("X faced criticism from Y"): the giver is the source, the one who received it the content.

Each row is a sentence written for the test, read by the real pipeline (see `conftest.Case`).
"""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

RECEIVED = [
    pytest.param(
        Case(
            "Trump has faced criticism from rivals that the tenor of his campaign has created an unsafe environment.",
            "that the tenor of his campaign has created an unsafe environment",
            cue="criticism",
            mention="rivals",
        ),
        id="faced-criticism-that",
    ),
    pytest.param(
        Case(
            "The governor has drawn sharp criticism from environmental groups for the pipeline deal.",
            "The governor has drawn sharp criticism from environmental groups for the pipeline deal",
            cue="drawn sharp criticism",
            mention="environmental groups",
            fragments=("The governor", "the pipeline deal"),
        ),
        id="drew-criticism-for",
    ),
    pytest.param(
        Case(
            "Senator Ann Hale came under fire from Republicans over her remarks on the budget.",
            "…her remarks on the budget",
            cue="came under fire",
            mention="Republicans",
            fragments=("Senator Ann Hale", "her remarks on the budget"),
        ),
        id="came-under-fire-over",
    ),
    pytest.param(
        Case(
            "The new stadium plan won praise from local business owners.",
            "The new stadium plan",
            cue="won praise",
            mention="local business owners",
        ),
        id="won-praise",
    ),
    pytest.param(
        Case(
            "The coach earned praise from the team's owner, who called him a genius.",
            "The coach",
            find="coach",
            cue="earned praise",
            mention="the team's owner",
        ),
        id="earned-praise-and-a-statement-of-the-giver",
    ),
    pytest.param(
        Case(
            "The president received criticism of his trade policy from economists.",
            "his trade policy",
            cue="criticism",
            mention="economists",
        ),
        id="criticism-of-topic-from",
    ),
    pytest.param(
        Case(
            "Maria Ortiz has faced criticism for her handling of the strike.",
            "Maria Ortiz has faced criticism for her handling of the strike",
            cue="faced criticism",
            fragments=("Maria Ortiz", "her handling of the strike"),
        ),
        id="no-giver-but-a-reason",
    ),
]


@pytest.mark.parametrize("case", RECEIVED)
def test_received_stance(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize(
    "sentence",
    [
        "The base came under mortar fire from insurgents.",  # literal fire
        "The council has come under fire for months.",  # neither a giver nor a reason
        "She faced a tough race against the incumbent.",  # no stance noun
        "The ferry drew a crowd from the village.",
        "She drew praise from them.",  # a pronoun target without a reason names nothing judged
    ],
)
def test_no_received_stance(extract: Extract, sentence: str) -> None:
    assert extract(sentence).statements == []
