"""A than-phrase after a quoted comparative belongs to the content; other words after the mark do not."""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

CASES = [
    # The quoted words open a comparison and `than` completes it after the closing mark.
    Case(
        "The former mayor called the new law “much, much better” than No Child Left Behind, since it returns "
        "power to cities.",
        "the new law “much, much better” than No Child Left Behind",
        find="much better",
    ),
    Case(
        "The chairman called the proposal “far more dangerous” than Obamacare ever was.",
        "the proposal “far more dangerous” than Obamacare ever was",
    ),
    Case(
        "The union called the offer “a lot worse” than what the workers had rejected in May.",
        "the offer “a lot worse” than what the workers had rejected in May",
    ),
    Case(
        "The governor described the budget as “much more honest” than the plan the Senate passed last year.",
        "the budget as “much more honest” than the plan the Senate passed last year",
    ),
    Case(
        "Ms. Lee called the treaty “a better deal” than anyone expected.",
        "the treaty “a better deal” than anyone expected",
    ),
    Case(
        "Critics called the film “less accurate” than its trailer suggested.",
        "the film “less accurate” than its trailer suggested",
    ),
    # Not a comparison the quotation opened: the content still ends at the closing mark.
    Case("More voters called the plan “reckless” than called it bold.", "the plan “reckless”", find="reckless"),
    Case(
        "Critics described the plan as “a giant mistake” during a hearing on Tuesday.", "the plan as “a giant mistake”"
    ),
    Case("Smith called Brown a “clown” on his radio show last week.", "Brown a “clown”"),
    Case("“It is much better,” the mayor said, than anything the council proposed.", "“It is much better,”"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.sentence[:50])
def test_than_after_a_quoted_comparative(extract: Extract, case: Case) -> None:
    check_case(extract, case)
