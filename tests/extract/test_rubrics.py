"""Headline rubrics, on headlines written for the test: the heading before the colon is no source."""

from __future__ import annotations

import pytest

from newsbot.extract.labels import find_headline
from newsbot.extract.rubrics import is_rubric

from .conftest import Extract, check_said

BODY = "\n\nThe meeting ran late into the evening at the town hall."


@pytest.mark.parametrize(
    ("label", "rubric"),
    [
        pytest.param("The Latest", True, id="the-latest"),
        pytest.param("Analysis", True, id="analysis"),
        pytest.param("Fact  check", True, id="fact-check-spacing-and-case"),
        pytest.param("Poll", False, id="poll-is-a-source"),
        pytest.param("Mayor Smith", False, id="a-name"),
    ],
)
def test_a_rubric_is_told_from_a_source(label: str, rubric: bool) -> None:
    assert is_rubric(label) is rubric


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("The Latest: Governor urges residents to leave the coast.", id="the-latest"),
        pytest.param("Analysis: Governor urges residents to leave the coast.", id="analysis"),
    ],
)
def test_a_rubric_headline_is_no_label_and_its_sentence_is_read(extract: Extract, headline: str) -> None:
    text = headline + BODY
    assert find_headline(text, (0, len(headline))) is None
    check_said(extract(text).statements, "residents to leave the coast", "Governor")


def test_a_source_label_is_still_a_label() -> None:
    headline = "Poll: Voters Back the New Bridge."
    label = find_headline(headline + BODY, (0, len(headline)))
    assert label is not None
    assert headline[label.name[0] : label.name[1]] == "Poll"
