"""Markup tags left in a text are nobody's words: not cues, not speakers, not contents."""

from __future__ import annotations

import pytest

from newsbot.extract.markup import find_tags

from .conftest import Extract


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        (
            '<tweet id="1" author="@jdoe" datetime="2016-06-29">Hi</tweet>',
            ['<tweet id="1" author="@jdoe" datetime="2016-06-29">', "</tweet>"],
        ),
        ('See <tweet tweet-id="6611"/> below.', ['<tweet tweet-id="6611"/>']),
        ('<blockquote class="twitter-tweet" data-lang="en">', ['<blockquote class="twitter-tweet" data-lang="en">']),
        ("<p>", ["<p>"]),
    ],
)
def test_tags_are_found(text: str, tags: list[str]) -> None:
    assert [text[a:b] for a, b in find_tags(text)] == tags


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was < 40 percent and costs > 2 million.",
        "The score was 3 <4 in the second half, and I <3 this town.",
        "a <b and c> d, the teacher wrote",
    ],
)
def test_comparisons_are_no_tags(text: str) -> None:
    assert find_tags(text) == []


_POST = (
    "Council delays the bridge vote\n\n"
    "The council put off its vote on the bridge on Tuesday.\n\n"
    '<tweet pic="" author="MaryJones" timestamp="1449075600" tweet_id="672137288055398401">'
    "We refuse to accept another delay on the bridge</tweet>.\n\n"
    '<tweet id="7479" author="@cityhall" datetime="2016-06-29">The mayor said the bridge would open in June.</tweet>\n'
)


def test_no_statement_comes_from_a_tag(extract: Extract) -> None:
    statements = extract(_POST).statements
    for statement in statements:
        assert "=" not in statement.quote.text, statement.quote.text
        assert statement.speaker is None or '"' not in statement.speaker, statement.speaker
        assert statement.cue is None or statement.cue.text != "tweet"


def test_words_inside_a_post_still_report(extract: Extract) -> None:
    statements = extract(_POST).statements
    said = [s for s in statements if s.quote.text.startswith("the bridge would open")]
    assert len(said) == 1
    assert said[0].speaker == "The mayor"


def test_a_cut_content_keeps_its_fragments_inside_it(extract: Extract) -> None:
    text = "The middle fifth paid 8.9 percent, the agency said, and those in the <b>bottom</b> fifth paid 0.8 percent."
    for statement in extract(text).statements:
        quote = statement.quote
        assert "<" not in quote.text, quote.text
        for piece in statement.fragments:
            assert quote.start <= piece.start < piece.end <= quote.end, (quote.text, piece.text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('"<i>The plan</i> is dead," Smith said.', '"<i>The plan</i> is dead,"'),
        ("“<b>No</b>,” Smith said.", "“<b>No</b>,”"),
    ],
)
def test_a_quotation_with_a_tag_inside_is_read_whole(extract: Extract, text: str, quote: str) -> None:
    assert [s.quote.text for s in extract(text).statements] == [quote]
