"""An owned attack in words: the target is the content, the owner the source, "attacks on" the cue.

Each row is a sentence written for the test, read by the real pipeline (see `conftest.Case`).
"""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

ATTACKS = [
    pytest.param(
        Case(
            "The mayor has been relentless in his attacks on the city's police union.",
            "the city's police union",
            cue="attacks on",
            mention="his",
        ),
        id="his-attacks-on",
    ),
    pytest.param(
        Case(
            "Voters in the district cheered Ortiz's attacks on Governor Blake.",
            "Governor Blake",
            find="Blake",
            cue="attacks on",
        ),
        id="a-named-owner-and-a-one-name-target",
    ),
    pytest.param(
        Case(
            "The crowd loved the senator's broadside against the central bank.",
            "the central bank",
            cue="broadside against",
        ),
        id="broadside-against",
    ),
    pytest.param(
        Case(
            "The GOP's attacks on Clinton grew sharper in the spring.", "Clinton", cue="attacks on", mention="The GOP"
        ),
        id="a-party-owner-and-a-named-target",
    ),
    pytest.param(
        Case(
            "The campaign kept up its pointed attacks on Mrs. Clinton through the spring.",
            "Mrs. Clinton",
            cue="attacks on",
            mention="its",
        ),
        id="its-attacks-on-someone-named",
    ),
    pytest.param(
        Case(
            "The senator stepped up his attacks on the governor's positions this week.",
            "the governor's positions",
            cue="attacks on",
            mention="his",
        ),
        id="an-owned-target-is-no-army-position",
    ),
    pytest.param(
        Case(
            "On Friday the governor unleashed a furious attack on the county's tax assessor.",
            "the county's tax assessor",
            cue="attack on",
            mention="the governor",
        ),
        id="unleashed-an-attack-on",
    ),
    pytest.param(
        Case(
            "Both mayors have been leveling bitter attacks against each other for weeks.",
            "each other",
            cue="attacks against",
            mention="Both mayors",
        ),
        id="leveling-attacks-against",
    ),
    pytest.param(
        Case(
            "The coach kept up his verbal onslaught against the league's referees all season.",
            "the league's referees",
            cue="onslaught against",
            mention="his",
        ),
        id="onslaught-against",
    ),
    pytest.param(
        Case(
            "Reporters took notes during the minister's tirade against the opposition leader.",
            "the opposition leader",
            cue="tirade against",
        ),
        id="tirade-against",
    ),
]


@pytest.mark.parametrize("case", ATTACKS)
def test_attack_nouns(extract: Extract, case: Case) -> None:
    check_case(extract, case)


NOT_ATTACKS = [
    pytest.param("The attacks on the capital killed dozens of people.", id="no-owner"),
    pytest.param("Russia's attacks on the rebel towns continued overnight.", id="a-country"),
    pytest.param("The army said its attacks on the bridges were over.", id="its"),
    pytest.param("Police say his murderous attack on the market lasted ten minutes.", id="violence"),
    pytest.param("Hezbollah's attacks on the border posts continued overnight.", id="an-armed-group"),
    pytest.param("The Taliban's attacks on the base left ten soldiers dead.", id="a-named-organisation"),
    pytest.param("Their attacks on the troops continued overnight.", id="their-attacks-on-troops"),
    pytest.param("The governor condemned his attacks on Kabul.", id="his-attacks-on-a-city"),
    pytest.param("ISIS's attacks on Christians continued in the north.", id="an-organisation-and-a-people"),
    pytest.param("Rebels launched an attack on the town before dawn.", id="launched-on-a-town"),
    pytest.param("The mayor condemned an attack on the city clerk.", id="condemned-is-no-launching-verb"),
]


@pytest.mark.parametrize("sentence", NOT_ATTACKS)
def test_not_attacks(extract: Extract, sentence: str) -> None:
    assert not [s for s in extract(sentence).statements if s.cue is not None and s.cue.text.startswith("attack")]
