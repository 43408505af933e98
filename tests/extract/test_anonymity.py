"""A source's wish to stay out of print is not what the source said, on sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param("A shop owner who did not want to be named said the market was empty.", id="want-to-be-named"),
    pytest.param(
        "A nurse, who declined to be identified for fear of losing her job, said the ward was full.", id="declined"
    ),
    pytest.param("One aide, who asked not to be quoted by name, said the talks had stalled.", id="asked-not-quoted"),
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_staying_out_of_print_is_no_statement(extract: Extract, sentence: str) -> None:
    quotes = [s.quote.text for s in extract(sentence).statements]
    assert not any(q.startswith(("to be", "not to be")) for q in quotes), quotes
    assert len(quotes) == 1, quotes


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        pytest.param(
            "The mayor wants to be named chair of the regional council.",
            "to be named chair of the regional council",
            id="named-to-a-post-stays",
        ),
    ],
)
def test_a_post_to_be_named_to_stays(extract: Extract, sentence: str, content: str) -> None:
    assert [s.quote.text for s in extract(sentence).statements] == [content]
