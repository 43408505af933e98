"""A bare common noun as the whole object names no stance, on sentences written for the test; a name or a
noun phrase with a determiner or modifier is still a content."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param("The mayor announced plans on Tuesday.", None, id="announced-plans"),
    pytest.param("The council offered proof last week.", None, id="offered-proof"),
    pytest.param("The senator thanked supporters in Ohio.", None, id="thanked-supporters"),
    pytest.param("The mayor announced plans for a new stadium.", "plans for a new stadium", id="plans-for"),
    pytest.param("The senator denied the allegations on Monday.", "the allegations", id="determiner"),
    pytest.param("The union endorsed Clinton in March.", "Clinton", id="a-name"),
]


@pytest.mark.parametrize(("sentence", "content"), SENTENCES)
def test_a_bare_noun_object_is_no_content(extract: Extract, sentence: str, content: str | None) -> None:
    quotes = [s.quote.text for s in extract(sentence).statements]
    assert quotes == ([] if content is None else [content])
