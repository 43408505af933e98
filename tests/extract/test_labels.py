"""Transcript turns and headlines that name their source before a colon."""

from __future__ import annotations

import pytest

from newsbot.extract.labels import find_headline, find_turns

from .conftest import Extract, find


def test_transcript_turns_run_until_the_next_label() -> None:
    text = '"WALLACE: Will she be there?\n"PENCE: Well, look, no.\n"And that is final.\n"WALLACE: Thank you.'
    lines = []
    cursor = 0
    for line in text.split("\n"):
        lines.append((cursor, cursor + len(line)))
        cursor += len(line) + 1
    turns = find_turns(text, lines)
    assert [text[t.name[0] : t.name[1]] for t in turns] == ["WALLACE", "PENCE", "WALLACE"]
    assert [[text[a:b] for a, b in t.fragments] for t in turns][1] == ["Well, look, no.", "And that is final."]


def test_a_headline_names_its_source_before_the_colon() -> None:
    text = "Poll: Wealthy Voters Abandon the Party.\n\nBody text."
    label = find_headline(text, (0, 38))
    assert label is not None
    assert text[label.name[0] : label.name[1]] == "Poll"
    assert text[label.fragments[0][0] : label.fragments[0][1]] == "Wealthy Voters Abandon the Party"


def test_a_long_first_sentence_with_a_colon_is_not_a_headline() -> None:
    text = "The minister, speaking after a long meeting with officials on Monday, said this: nothing will change."
    assert find_headline(text, (0, len(text))) is None


def test_transcript_turns_are_statements(extract: Extract) -> None:
    text = "Partial transcript:\n\nSMITH: We will vote no on the bill.\n\nJONES: Then it fails."
    records = extract(text)
    statement = find(records, "We will vote no")
    assert statement.speaker == "SMITH"
    assert statement.cue is not None
    assert statement.cue.text == ":"


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        pytest.param("A lesson from Mary Okafor: 'Keep the library open.'", "Mary Okafor", id="a-lesson-from"),
        pytest.param("Advice from Mayor Lee: Sleep More, Worry Less", "Mayor Lee", id="advice-from"),
        pytest.param("A letter from home: the harvest is late", None, id="from-no-name"),
        pytest.param("The view from the very top of the tower: Fog", None, id="long-lead"),
    ],
)
def test_a_label_that_says_whose_words_follow_names_them(headline: str, name: str | None) -> None:
    text = headline + "\n\nThe rest of the article follows here."
    label = find_headline(text, (0, len(headline)))
    got = None if label is None else text[label.name[0] : label.name[1]]
    assert got == name
