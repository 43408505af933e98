"""An infinitive under an impersonal "it" ("It is worth noting that …", "It's hard to see why …") is the
writer's aside, not anyone's statement, on sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param("It is worth noting that the council never voted on the plan.", None, id="worth-noting"),
    pytest.param("It is hard to see why the mayor would resign now.", None, id="hard-to-see"),
    pytest.param("It's easy to see how the deal could fail within a year.", None, id="easy-to-see"),
    pytest.param("It remains to be seen whether the truce will hold.", None, id="remains-to-be-seen"),
    pytest.param(
        "It is important to remember that parties are not pure democracies.", None, id="important-to-remember"
    ),
    pytest.param(
        "It goes without saying that the new tax plan will hurt the middle class.", None, id="goes-without-saying"
    ),
    pytest.param(
        "It is impossible to judge the tax plan without knowing how it would affect him.", None, id="without-knowing"
    ),
    pytest.param(
        "She campaigned in the north without mentioning her rival Sanders.",
        "her rival Sanders",
        id="without-mentioning-by-a-person",
    ),
    pytest.param(
        "Apple settled the lawsuit. It paid $50 million without admitting that it had broken any law.",
        "that it had broken any law",
        id="without-admitting-by-a-company-it",
    ),
    pytest.param(
        "It's hard not to sense that the voters are angry.",
        "that the voters are angry",
        id="hard-not-to-sense-asserts",
    ),
    pytest.param(
        "The mayor said it is hard to cut the budget this year.",
        "it is hard to cut the budget this year",
        id="said-stays",
    ),
    pytest.param(
        "The union said it is ready to accept the new contract.",
        "it is ready to accept the new contract",
        id="ready-describes-its-subject",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), SENTENCES)
def test_an_impersonal_infinitive_holds_no_stance(extract: Extract, sentence: str, content: str | None) -> None:
    quotes = [s.quote.text for s in extract(sentence).statements]
    assert quotes == ([] if content is None else [content])
