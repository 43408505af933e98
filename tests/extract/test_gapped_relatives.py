"""A relative clause's infinitive takes the noun it leaves its object to: "an office he has wanted to hold"."""

from __future__ import annotations

import pytest

from .conftest import Extract


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He did not apologize for his remarks, something many Republicans had urged him to do.",
            "something many Republicans had urged him to do",
        ),
        ("This is not the kind of campaign the senator hoped to be running.", "the kind of campaign"),
        (
            "Voters have demanded more than the competence and hard work she promised to bring to the presidency.",
            "the competence and hard work she promised to bring to the presidency",
        ),
        (
            "It is a rare get-together that the candidates themselves agreed to hold.",
            "a rare get-together that the candidates themselves agreed to hold",
        ),
    ],
)
def test_the_noun_the_infinitive_leaves_its_object_to_is_in_the_content(
    extract: Extract, text: str, content: str
) -> None:
    quotes = [s.quote.text for s in extract(text).statements]
    assert any(q.startswith(content) for q in quotes), quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She is a candidate who wants to win the state.", "to win the state"),
        ("The mayor told reporters he wanted to win the state.", "he wanted to win the state"),
        ("It was June 16, when he asked supporters to run for office.", "supporters to run for office"),
    ],
)
def test_a_subject_relative_a_listener_or_a_time_stays_out(extract: Extract, text: str, content: str) -> None:
    assert content in [s.quote.text for s in extract(text).statements]


def _said(extract: Extract, text: str) -> list[tuple[str, str | None]]:
    return [
        (s.quote.text, s.speaker_mention.text if s.speaker_mention is not None else None)
        for s in extract(text).statements
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "Two states must now shelve their voting laws, passed by the legislature last year, that judges said "
            "discriminated against older voters and students.",
            ("that judges said discriminated against older voters and students", "judges"),
            id="that-after-an-aside",
        ),
        pytest.param(
            "The senators backed the bill, which its sponsors argued seeks to restore fairness where it is distorted "
            "by local funding rules.",
            (
                "which its sponsors argued seeks to restore fairness where it is distorted by local funding rules",
                "its sponsors",
            ),
            id="which-after-a-comma",
        ),
        pytest.param(
            "The senator took a trip to the coast that investigators concluded was secretly and improperly paid for "
            "by a shipping firm.",
            ("that investigators concluded was secretly and improperly paid for by a shipping firm", "investigators"),
            id="already-read-stays",
        ),
    ],
)
def test_a_cue_whose_relative_clause_leaves_the_subject_of_what_was_said(
    extract: Extract, text: str, said: tuple[str, str]
) -> None:
    """ "laws that judges said discriminated against …": the relative word is what was said to discriminate."""
    assert said in _said(extract, text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "The mayor met voters who said they were tired of waiting.",
            [("they were tired of waiting", "who")],
            id="the-relative-word-is-the-speaker",
        ),
        pytest.param(
            "It is a rule that the council says it will keep.",
            [("it will keep", "the council")],
            id="the-gap-is-an-object-not-a-subject",
        ),
    ],
)
def test_a_relative_clause_with_no_subject_gap_after_its_cue_is_unchanged(
    extract: Extract, text: str, said: list[tuple[str, str]]
) -> None:
    assert _said(extract, text) == said
