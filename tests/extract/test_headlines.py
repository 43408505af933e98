"""Which first paragraphs are headlines, on lines written for the test."""

from __future__ import annotations

import pytest

from newsbot.extract.headlines import is_headline


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        pytest.param("E.U. leaders weigh plans for a joint fleet.", True, id="initials-are-no-sentence-break"),
        pytest.param("State Court Rules Against New Fees", True, id="title-case-no-stop"),
        pytest.param("The court ruled on Monday. Its critics were quick to respond.", False, id="two-sentences"),
        pytest.param("Court rules on fees\nCritics respond", False, id="two-lines"),
        pytest.param("A " + "very " * 40 + "long line", False, id="too-long"),
    ],
)
def test_a_headline_is_one_short_line_without_a_sentence_break(text: str, headline: bool) -> None:
    assert is_headline(text) is headline
