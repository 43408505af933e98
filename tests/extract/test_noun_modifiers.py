"""A cue that only describes a noun and has no source of its own reports nobody's words, on sentences
written for the test; a describing cue whose noun speaks ("a letter demanding …") is still a statement."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param("It was a chance to bash the trade deal with China once more.", None, id="chance-to-bash"),
    pytest.param("He missed the opportunity to acknowledge the genocide in his speech.", None, id="opportunity-to"),
    pytest.param(
        "The agency sent a letter demanding the release of the records.",
        "the release of the records",
        id="letter-demanding",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), SENTENCES)
def test_a_describing_cue_without_a_source_is_no_statement(
    extract: Extract, sentence: str, content: str | None
) -> None:
    quotes = [s.quote.text for s in extract(sentence).statements]
    assert quotes == ([] if content is None else [content])
