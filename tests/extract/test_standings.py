"""What a poll shows of someone is where they stand: the object and its standing after it.

Each row is a sentence written for the test, read by the real pipeline (see `conftest.Case`).
"""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

STANDINGS = [
    pytest.param(
        Case("The polls show Clinton likewise ahead by 3.7 percentage points.", "Clinton likewise ahead by 3.7 …"),
        id="ahead-by",
    ),
    pytest.param(
        Case("A new poll shows Sanders within two points of Clinton.", "Sanders within two points of Clinton"),
        id="within",
    ),
    pytest.param(
        Case("The survey showed Rubio in third at 11 percent, followed by Kasich.", "Rubio in third at 11 percent"),
        id="place-and-share-up-to-a-comma",
    ),
    pytest.param(
        Case("Two polls show Johnson at or above 10 percent.", "Johnson at or above 10 percent"),
        id="at-or-above",
    ),
]


@pytest.mark.parametrize("case", STANDINGS)
def test_a_shown_standing_goes_on_the_object(extract: Extract, case: Case) -> None:
    check_case(extract, case)


NO_STANDING = [
    pytest.param(
        Case("The senator showed the letter at a news conference.", "the letter"),
        id="where-it-was-shown",
    ),
    pytest.param(
        Case("The senator supported Clinton by a wide margin.", "Clinton"),
        id="not-a-showing-verb",
    ),
]


@pytest.mark.parametrize("case", NO_STANDING)
def test_what_is_no_standing_stays_out(extract: Extract, case: Case) -> None:
    check_case(extract, case)
