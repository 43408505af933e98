"""A clause of time or cause right after the cue is no content, on sentences written for the test; a clause
that only opens the content, a question and a pro-form still are."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param("The coach responded as if he had been personally insulted.", None, id="as-if"),
    pytest.param("The mayor answered while the protesters chanted outside.", None, id="while"),
    pytest.param("The chief replied as the cameras rolled.", None, id="as"),
    pytest.param(
        "Lopez said because the budget is tight, the city will cut bus routes.",
        "because the budget is tight, the city will cut bus routes",
        id="opens-the-content",
    ),
    pytest.param("She asked when the bridge would reopen.", "when the bridge would reopen", id="a-question"),
    pytest.param("The governor said as much on Monday.", "as much", id="a-pro-form"),
]


@pytest.mark.parametrize(("sentence", "content"), SENTENCES)
def test_a_circumstance_after_the_cue_is_no_content(extract: Extract, sentence: str, content: str | None) -> None:
    quotes = [s.quote.text for s in extract(sentence).statements]
    assert quotes == ([] if content is None else [content])
