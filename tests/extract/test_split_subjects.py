"""A reported clause keeps the subject the parser hung on the cue verb."""

from __future__ import annotations

import pytest

from .conftest import Extract


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A study of the last ten elections showed the party with the higher turnout in the primaries won the "
            "White House only four times.",
            "the party with the higher turnout in the primaries won the White House only four times",
        ),
        (
            "The judge said just because the bias was not obvious did not mean it was not there.",
            "just because the bias was not obvious did not mean it was not there",
        ),
        (
            "The senator explained the governor's refusal to sign the bill is a sign of weakness.",
            "the governor's refusal to sign the bill is a sign of weakness",
        ),
    ],
)
def test_the_subject_the_parser_split_off_is_in_the_content(extract: Extract, text: str, content: str) -> None:
    assert content in [s.quote.text for s in extract(text).statements]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor told reporters the bridge would reopen in May.", "the bridge would reopen in May"),
        ("She said on Tuesday that the plant would close.", "that the plant would close"),
    ],
)
def test_a_listener_or_a_setting_stays_out(extract: Extract, text: str, content: str) -> None:
    assert content in [s.quote.text for s in extract(text).statements]
