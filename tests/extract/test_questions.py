"""A yes/no question put to "you" asks the reader and reports no stance; other questions and questions in
someone's words still do, on sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param("Do you support the new bridge toll?", None, id="do-you-support"),
    pytest.param("Or would you think the council must resign?", None, id="would-you-think"),
    pytest.param("Do you know where the mayor's tax returns are?", None, id="do-you-know"),
    pytest.param("Did you expect the court to strike down the law?", None, id="did-you-expect"),
    pytest.param(
        "How do you know when it's worth paying more for one school than another?",
        "when it's worth paying more for one school than another",
        id="wh-question-stays",
    ),
    pytest.param(
        "Does the senator support the new bridge toll?",
        "the new bridge toll",
        id="question-about-a-third-person-stays",
    ),
    pytest.param(
        "Q: Do you think the tax law should be changed?",
        "the tax law should be changed",
        id="interview-turn-stays",
    ),
    pytest.param(
        "You support the new bridge toll, the mayor said.",
        "You support the new bridge toll",
        id="statement-to-you-stays",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), SENTENCES)
def test_a_question_to_the_reader_reports_no_stance(extract: Extract, sentence: str, content: str | None) -> None:
    quotes = [s.quote.text for s in extract(sentence).statements]
    assert quotes == ([] if content is None else [content])
