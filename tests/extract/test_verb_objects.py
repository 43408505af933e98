"""Naming verbs whose one named and quoted name are read off the words, on sentences written for the test:
each row is a sentence, the statement it holds and words of its source (or None when it holds no naming)."""

from __future__ import annotations

import pytest

from .conftest import Extract

NAMED_IN_QUOTES = [
    pytest.param(
        "Alvarez, a close ally of the governor, called the state’s new standards “strong.”",
        "the state’s new standards “strong.”",
        "Alvarez",
        id="appositive-subject-participle",
    ),
    pytest.param(
        "Kowalski called Germany “the anchor of the whole continent.” Kowalski then praised the bank.",
        "Germany “the anchor of the whole continent.”",
        "Kowalski",
        id="ends-at-the-closing-mark",
    ),
    pytest.param(
        'The campaign manager called that "beyond absurd."', 'that "beyond absurd."', "manager", id="demonstrative"
    ),
    pytest.param(
        "During the debate he called his rival “Senator Jones” instead.",
        "his rival “Senator Jones”",
        "he",
        id="name-in-quotes",
    ),
    pytest.param(
        "Petrov called the new tax law “much, much better” than the old one.",
        "the new tax law “much, much better” than the old one",
        "Petrov",
        id="a-comparison-goes-on-past-the-mark",
    ),
    pytest.param(
        "Brewer calls the safety of schools “a priority” for parents.",
        "the safety of schools “a priority” for parents",
        "Brewer",
        id="a-phrase-on-the-name-goes-on",
    ),
    pytest.param(
        "Morales called the system “rigged” in a tweet Tuesday.",
        "the system “rigged”",
        "Morales",
        id="a-circumstance-stays-out",
    ),
    pytest.param(
        "The paper calls the port “the jewel” of the northern trade route.",
        "the port “the jewel” of the northern trade route",
        "paper",
        id="a-phrase-of-the-name-stays",
    ),
    pytest.param(
        "Last spring Dalton called his rival a “clown” on his radio show.",
        "his rival a “clown”",
        "Dalton",
        id="a-show-is-a-circumstance",
    ),
    pytest.param("The city backed a program called the “Green Streets Plan” last year.", None, None, id="a-name"),
    pytest.param("She called for “calm” on Sunday.", "for “calm” on Sunday", "She", id="called-for-is-no-naming"),
]


@pytest.mark.parametrize(("sentence", "content", "source"), NAMED_IN_QUOTES)
def test_the_one_named_and_the_quoted_name_are_the_content(
    extract: Extract, sentence: str, content: str | None, source: str | None
) -> None:
    named = [s for s in extract(sentence).statements if s.cue is not None and s.cue.text.startswith("call")]
    if content is None:
        assert [s.quote.text for s in named] == []
        return
    assert [s.quote.text for s in named] == [content]
    mention = named[0].speaker_mention
    assert mention is not None
    assert source is not None
    assert source in mention.text
