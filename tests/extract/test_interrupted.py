"""A saying interrupted by its circumstance: the that-clause is the speech verb's, said by its subject.

Each row is a sentence written for the test, read by the real pipeline (see `conftest.Case`).
"""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

INTERRUPTED = [
    pytest.param(
        Case(
            "He said as the crowd cheered that the plan would work.",
            "that the plan would work",
            cue="said",
            mention="He",
        ),
        id="said-as-the-crowd-cheered",
    ),
    pytest.param(
        Case(
            "She told reporters while the votes were counted that she expected to win.",
            "that she expected to win",
            cue="told",
            mention="She",
        ),
        id="told-while-a-passive-circumstance",
    ),
    pytest.param(
        Case(
            "The senator argued as the hearing began that the law was unconstitutional.",
            "that the law was unconstitutional",
            cue="argued",
            mention="The senator",
        ),
        id="argued-as-the-hearing-began",
    ),
]


@pytest.mark.parametrize("case", INTERRUPTED)
def test_interrupted_saying(extract: Extract, case: Case) -> None:
    check_case(extract, case)


KEPT = [
    # "argued" takes a that-clause of its own: the clause is its.
    pytest.param(
        Case("He spoke softly as he argued that the law was wrong.", "that the law was wrong", cue="argued"),
        id="a-cue-of-its-own",
    ),
    # "made clear" is a cue of its own (`light_verbs.py`): its clause and its subject stay together.
    pytest.param(
        Case(
            "The governor said as she made clear that she would not run again.",
            "that she would not run again",
            cue="made clear",
            mention="she",
        ),
        id="a-light-verb-cue-of-its-own",
    ),
    # No speech verb outside: the circumstance's verb stays the cue.
    pytest.param(
        Case(
            "The mayor smiled as the crowd cheered that the plan would work.", "that the plan would work", cue="cheered"
        ),
        id="no-saying-outside",
    ),
]


@pytest.mark.parametrize("case", KEPT)
def test_not_interrupted(extract: Extract, case: Case) -> None:
    check_case(extract, case)
