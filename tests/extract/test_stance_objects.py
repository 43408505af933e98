"""A stance named by the object of any verb, on sentences written for the test: each row is a sentence and
the one statement it holds (or None when the object names no stance)."""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

HELD = [
    pytest.param(
        Case(
            "The governor has embraced the senator's hard-line views on trade.",
            "the senator's hard-line views on trade",
            cue="embraced",
            mention="The governor",
        ),
        id="embraced-views",
    ),
    pytest.param(
        Case(
            "The union floated a proposal that would cap rents for five years.",
            "a proposal that would cap rents for five years",
            cue="floated",
            mention="The union",
        ),
        id="proposal-relative-clause",
    ),
    pytest.param(
        Case(
            "The architect laid out her vision for the new waterfront.",
            "her vision for the new waterfront",
            cue="laid out",
            mention="The architect",
        ),
        id="vision-for",
    ),
    pytest.param(
        Case(
            "Ms. Ortiz has played down the idea of a second term.",
            "the idea of a second term",
            cue="played down",
            mention="Ms. Ortiz",
        ),
        id="phrasal-verb",
    ),
]


@pytest.mark.parametrize("case", HELD)
def test_a_stance_object_is_the_content(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The mayor has a proposal for the harbor.", id="light-verb-have"),
        pytest.param("The mayor dropped the idea.", id="no-complement"),
        pytest.param("The mayor sent a message to the council on Tuesday.", id="recipient-not-topic"),
        pytest.param("The mayor visited the harbor bridge on Tuesday.", id="no-stance-noun"),
        pytest.param("The storm wrecked the proposal for the parade.", id="no-mind-subject"),
        pytest.param("Plans for the parade were drawn up in May.", id="no-object"),
        pytest.param("She agreed with the idea of a new stadium.", id="prepositional-object"),
    ],
)
def test_other_objects_are_no_statement(extract: Extract, sentence: str) -> None:
    assert extract(sentence).statements == []


def test_a_noun_that_states_on_its_own_keeps_its_reading(extract: Extract) -> None:
    """ "shrugged off the union's claim that …": the claim's clause is the union's statement, not the mayor's."""
    check_case(
        extract,
        Case("The mayor shrugged off the union's claim that rents had fallen.", "that rents had fallen", cue="claim"),
    )
