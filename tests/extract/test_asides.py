"""An "as X noted" aside credits the clause it comments on, also after a joining word."""

from __future__ import annotations

import pytest

from .conftest import Extract


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "But as a local reporter noted, he did not even fill half of the stadium.",
            "he did not even fill half of the stadium",
            "a local reporter",
        ),
        (
            "Officials can still be fired, and as the director noted, staff could lose their security clearances.",
            "staff could lose their security clearances",
            "the director",
        ),
        (
            "Yet as the mayor said, the budget will not balance itself this year.",
            "the budget will not balance itself this year",
            "the mayor",
        ),
        (
            "So as one economist wrote, the recovery is likely to be slow.",
            "the recovery is likely to be slow",
            "one economist",
        ),
    ],
)
def test_an_as_aside_after_a_joining_word_credits_the_clause(
    extract: Extract, text: str, content: str, speaker: str
) -> None:
    hits = [s for s in extract(text).statements if s.quote.text == content]
    assert hits, [s.quote.text for s in extract(text).statements]
    mention = hits[0].speaker_mention
    assert mention is not None
    assert mention.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The mayor smiled and as she noted, the city is doing well.",
        "He waved and as she said, the crowd grew quiet.",
    ],
)
def test_as_after_a_joining_word_inside_a_clause_is_a_time(extract: Extract, text: str) -> None:
    assert all(s.cue is None or s.cue.text not in {"noted", "said"} for s in extract(text).statements)
