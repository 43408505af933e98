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

THROUGH_A_PREPOSITION = [
    pytest.param(
        Case(
            "The senator stood by her comments about the police.",
            "her comments about the police",
            cue="stood",
            mention="The senator",
        ),
        id="stood-by",
    ),
    pytest.param(
        Case(
            "The mayor backed away from the idea of a second term.",
            "the idea of a second term",
            cue="backed",
            mention="The mayor",
        ),
        id="preposition-on-the-adverb",
    ),
    pytest.param(
        Case(
            "The governor chimed in with criticism of the new tax.",
            "criticism of the new tax",
            cue="chimed in",
            mention="The governor",
        ),
        id="chimed-in-with",
    ),
    pytest.param(
        Case("Ms. Ortiz agreed with the idea of a new stadium.", "the idea of a new stadium", cue="agreed"),
        id="object-cue-without-object",
    ),
]


@pytest.mark.parametrize("case", HELD)
def test_a_stance_object_is_the_content(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize("case", THROUGH_A_PREPOSITION)
def test_a_stance_object_through_a_preposition_is_the_content(extract: Extract, case: Case) -> None:
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
        pytest.param("The mayor resigned amid criticism of his budget.", id="preposition-that-places-the-act"),
        pytest.param("The mayor spoke in a message about the harbor.", id="preposition-in"),
        pytest.param("The storm put an end to the proposal for a parade.", id="object-before-the-preposition"),
        pytest.param("The mayor stood by the idea.", id="prepositional-object-without-complement"),
    ],
)
def test_other_objects_are_no_statement(extract: Extract, sentence: str) -> None:
    assert extract(sentence).statements == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The mayor shrugged off the union's claim that rents had fallen.", id="direct-object"),
        pytest.param("The mayor stood by the union's claim that rents had fallen.", id="through-a-preposition"),
    ],
)
def test_a_noun_that_states_on_its_own_keeps_its_reading(extract: Extract, sentence: str) -> None:
    """ "shrugged off the union's claim that …", "stood by the union's claim that …": the claim's clause is the
    union's statement, not the mayor's."""
    check_case(extract, Case(sentence, "that rents had fallen", cue="claim"))
