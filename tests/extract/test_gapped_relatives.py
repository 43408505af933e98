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
