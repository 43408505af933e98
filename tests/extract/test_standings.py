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
        Case("The survey showed Rubio in third at 11 percent, in a field of nine.", "Rubio in third at 11 percent"),
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


MARGINS = [
    pytest.param(
        Case("Young men support Jones by 4 percentage points.", "Jones by 4 percentage points"),
        id="support-by-points",
    ),
    pytest.param(
        Case("Voters in the suburbs favor the mayor by a 6-point margin.", "the mayor by a 6-point margin"),
        id="favor-by-a-margin",
    ),
]


@pytest.mark.parametrize("case", MARGINS)
def test_a_counted_margin_after_the_object_goes_on_it(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize("case", NO_STANDING)
def test_what_is_no_standing_stays_out(extract: Extract, case: Case) -> None:
    check_case(extract, case)


TALLIES = [
    pytest.param(
        Case(
            "The survey showed Rubio in third at 11 percent, followed by Kasich at 10 percent.",
            "Rubio in third at 11 percent, followed by Kasich at 10 percent",
        ),
        id="followed-by",
    ),
    pytest.param(
        Case(
            "The survey showed Lopez in second at 18 percent, followed narrowly by Baker at 17 percent.",
            "Lopez in second at 18 percent, followed narrowly by Baker at 17 percent",
        ),
        id="followed-narrowly-by",
    ),
    pytest.param(
        Case(
            "The county poll shows Lopez leading Baker 44 percent to 37 percent, with 13 percent undecided.",
            "Lopez leading Baker 44 percent to 37 percent, with 13 percent undecided",
        ),
        id="with-a-share",
    ),
    pytest.param(
        Case(
            "The study found renters backed the levy, 61 percent to 30 percent, while owners opposed it.",
            "renters backed the levy, 61 percent to 30 percent, while owners opposed it",
        ),
        id="while-another-group",
    ),
    pytest.param(
        Case(
            "The county paper found renters backed the levy, 61 percent to 30 percent, while owners opposed it.",
            "renters backed the levy, 61 percent to 30 percent, while owners opposed it",
        ),
        id="while-after-shares-whoever-found-them",
    ),
    pytest.param(
        Case(
            "A school survey showed Ortiz with a clear lead, earning 52 percent of the votes cast.",
            "Ortiz with a clear lead, earning 52 percent of the votes cast",
        ),
        id="participle-with-a-share",
    ),
]


@pytest.mark.parametrize("case", TALLIES)
def test_a_findings_tally_goes_on_past_a_comma(extract: Extract, case: Case) -> None:
    check_case(extract, case)


NO_TALLY = [
    pytest.param(
        Case(
            "The averages show Ortiz ahead by 3.7 points, using an average of the five latest polls.",
            "Ortiz ahead by 3.7 points",
        ),
        id="participle-without-a-share",
    ),
    pytest.param(
        Case(
            "Polls show Ortiz ahead in the county, with three debates still to go.",
            "Ortiz ahead in the county",
        ),
        id="with-a-count-that-is-no-share",
    ),
    pytest.param(
        Case(
            "Polls show a close contest in the county, with the mayor campaigning there daily.",
            "a close contest in the county",
        ),
        id="with-and-no-share",
    ),
    pytest.param(
        Case(
            "The senator showed the letter to reporters, while aides handed out copies.",
            "the letter to reporters",
        ),
        id="not-a-finding-content",
    ),
    pytest.param(
        Case(
            "Researchers found that 12 people had died, while others recovered.",
            "that 12 people had died",
        ),
        id="while-after-a-finder-that-is-no-poll",
    ),
]


@pytest.mark.parametrize("case", NO_TALLY)
def test_what_does_not_carry_the_count_stays_out(extract: Extract, case: Case) -> None:
    check_case(extract, case)


SHOWN_WITH_STANDING = [
    pytest.param(
        Case(
            "A county survey in May found Mrs. Ortiz with a lead of 48 percent to 41 percent over Mr. Baker.",
            "Mrs. Ortiz with a lead of 48 percent to 41 percent over Mr. Baker",
            cue="found",
        ),
        id="found-someone-with-a-lead",
    ),
    pytest.param(
        Case("Polls in the county show him with a big lead.", "him with a big lead", cue="show"),
        id="a-pronoun-with-a-lead",
    ),
    pytest.param(
        Case(
            "A recent state survey found 72 percent support for the school levy.",
            "72 percent support for the school levy",
            cue="found",
        ),
        id="a-share-in-the-object",
    ),
]


@pytest.mark.parametrize("case", SHOWN_WITH_STANDING)
def test_whom_a_poll_finds_standing_is_its_finding(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The engineers found a way through the Clean Air Act of 1970.", id="a-year-in-a-name"),
        pytest.param("Parents would have to find a bit over $500 a month for tuition.", id="a-sum-found"),
        pytest.param("The rangers found the hikers near the river.", id="no-standing"),
    ],
)
def test_what_is_found_without_a_standing_is_no_finding(extract: Extract, sentence: str) -> None:
    assert [s.quote.text for s in extract(sentence).statements] == []


PLACED_BY_POLL = [
    pytest.param(
        Case(
            "Tuesday's county poll has Ortiz leading Baker by just six points.",
            "Ortiz leading Baker by just six points",
            cue="has",
            mention="Tuesday's county poll",
        ),
        id="has-someone-leading",
    ),
    pytest.param(
        Case("A state survey released Friday had her at 4 percent.", "her at 4 percent", cue="had"),
        id="had-someone-at-a-share",
    ),
    pytest.param(
        Case(
            "The school poll gave Ortiz a much higher lead than other polls.",
            "Ortiz a much higher lead than other polls",
        ),
        id="gave-someone-a-lead",
    ),
]


@pytest.mark.parametrize("case", PLACED_BY_POLL)
def test_where_a_poll_has_someone_is_its_finding(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The poll had a margin of error of 3 percentage points.", id="the-polls-own-figure"),
        pytest.param("The coach had him at practice by 6 a.m.", id="not-a-poll"),
        pytest.param("The survey gave no figures for the suburbs.", id="gave-nobody"),
        pytest.param("The new poll gives voters three choices on taxes.", id="gave-someone-a-count-of-things"),
    ],
)
def test_what_a_poll_has_of_its_own_is_no_finding(extract: Extract, sentence: str) -> None:
    assert [s.quote.text for s in extract(sentence).statements] == []
