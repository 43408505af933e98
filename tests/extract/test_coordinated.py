"""A second "that" clause after ", and"/", but" goes on the content it follows, wherever the parser hung it.

Each row is a sentence written for the test, read by the real pipeline (see `conftest.Case`).
"""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

SECOND_THAT = [
    pytest.param(
        Case(
            "Economists predicted that base wages would fall somewhat over time, but that the higher overtime "
            "payments would more than offset any losses.",
            "that base wages would fall somewhat over time, but that the higher overtime payments would more than "
            "offset any losses",
            cue="predicted",
        ),
        id="but-that",
    ),
    pytest.param(
        Case(
            "He believes there are no good options, but that sometimes the lesser of two evils will have to do.",
            "there are no good options, but that sometimes the lesser of two evils will have to do",
            cue="believes",
        ),
        id="after-a-bare-clause",
    ),
    pytest.param(
        Case(
            "Jones is hoping that the rain stops, and that the game goes on.",
            "that the rain stops, and that the game goes on",
        ),
        id="and-that-stance",
    ),
]


@pytest.mark.parametrize("case", SECOND_THAT)
def test_a_second_that_clause_goes_on_the_content(extract: Extract, case: Case) -> None:
    check_case(extract, case)


ENDS_BEFORE = [
    pytest.param(
        Case("The mayor said the bridge would open in May, and he left the room.", "the bridge would open in May"),
        id="the-reporter-goes-on",
    ),
    pytest.param(
        Case(
            "Trump said the wall would be built, and Jones said that it would not.",
            "the wall would be built",
            find="wall",
        ),
        id="another-saying",
    ),
]


@pytest.mark.parametrize("case", ENDS_BEFORE)
def test_a_second_clause_without_that_is_left_out(extract: Extract, case: Case) -> None:
    check_case(extract, case)


# A content that the parse leaves ending on "and"/"or"/"but" goes on over the conjunct hung elsewhere.
DANGLING_JOINER = [
    pytest.param(
        Case(
            "The senator offered no specifics about targets or why their approach would be any more effective.",
            "no specifics about targets or why their approach would be any more effective",
        ),
        id="or-why",
    ),
    pytest.param(
        Case(
            "Voters have seen her standing erode since last fall and even more when compared with her first "
            "campaign, in 2008.",
            "her standing erode since last fall and even more when compared with her first campaign, in 2008",
        ),
        id="and-even-more",
    ),
    pytest.param(
        Case(
            "She pointed to a long list of coaches who could have applied but didn't, like Jones, Smith and Brown.",
            "a long list of coaches who could have applied but didn't, like Jones, Smith and Brown",
        ),
        id="but-didnt",
    ),
]


@pytest.mark.parametrize("case", DANGLING_JOINER)
def test_a_content_does_not_end_on_a_joining_word(extract: Extract, case: Case) -> None:
    check_case(extract, case)
