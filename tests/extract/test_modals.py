"""The passive "be supposed to" is a modal of duty or plan, not anyone's belief; the active "suppose" still
reports one, on sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param("Candidates are not supposed to confer with staff during the breaks.", None, id="not-supposed-to"),
    pytest.param("All the council's emails are supposed to be made public by Friday.", None, id="supposed-to-be"),
    pytest.param("The new bridge was supposed to open in the spring of 2024.", None, id="was-supposed-to-open"),
    pytest.param(
        "The mayor supposed that the council would approve the budget.",
        "that the council would approve the budget",
        id="active-suppose-stays",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), SENTENCES)
def test_be_supposed_to_is_a_modal(extract: Extract, sentence: str, content: str | None) -> None:
    quotes = [s.quote.text for s in extract(sentence).statements]
    assert quotes == ([] if content is None else [content])
