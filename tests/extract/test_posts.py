"""Embedded social-media posts and dash bylines."""

from __future__ import annotations

import pytest

from newsbot.extract.posts import find_dash_bylines, find_posts

from .conftest import Extract, find


def test_a_post_runs_from_its_paragraphs_to_the_link_before_the_byline() -> None:
    text = (
        "The minister replied online.\n\n"
        "We stand with our farmers.\n\n"
        "Relief is on its way https://t.co/abc — Jane Doe (@janedoe) March 3, 2024"
    )
    paragraphs = [(0, 28), (30, 56), (58, len(text))]
    (post,) = find_posts(text, paragraphs)
    assert [text[a:b] for a, b in post.fragments] == ["We stand with our farmers.", "Relief is on its way"]
    assert text[post.name[0] : post.name[1]] == "Jane Doe"
    assert post.handle == "@janedoe"
    assert text[post.date[0] : post.date[1]] == "March 3, 2024"


def test_a_post_does_not_swallow_a_quoted_paragraph_before_it() -> None:
    text = '"This is prose," she said.\n\nShort post text — Jane Doe (@janedoe) March 3, 2024'
    (post,) = find_posts(text, [(0, 26), (28, len(text))])
    assert [text[a:b] for a, b in post.fragments] == ["Short post text"]


def test_a_dash_byline_names_the_speaker_of_the_quote_before_it() -> None:
    text = "“He scares me. He really does.” ― Krystal Correa"
    (byline,) = find_dash_bylines(text, [(0, len(text))])
    assert text[byline.dash[0] : byline.dash[1]] == "―"
    assert text[byline.name[0] : byline.name[1]] == "Krystal Correa"
    assert byline.quote_end == text.index("―") - 1


def test_a_post_quoted_in_the_body_is_one_statement_dated_by_its_byline(extract: Extract) -> None:
    text = (
        "Senator Jane Doe spoke in Ottawa on Tuesday.\n\n"
        'In a post on X, Doe wrote, "Relief for farmers is on its way and it will reach every district."\n\n'
        "Relief for farmers is on its way and it will reach every district. https://t.co/x — Jane Doe (@janedoe) "
        "March 3, 2024"
    )
    records = extract(text, published="2024-03-05")
    statement = find(records, "Relief for farmers")
    assert len(records.statements) == 1
    assert statement.kind == "post"
    assert statement.speaker == "Jane Doe"
    assert statement.cue is not None
    assert statement.cue.text == "wrote"
    assert statement.date == "2024-03-03"
    assert [r.text for r in statement.repeats] == ["Relief for farmers is on its way and it will reach every district."]


def test_a_post_nobody_quotes_is_a_statement_of_its_own(extract: Extract) -> None:
    text = "The mayor reacted overnight.\n\nWe will rebuild the bridge — Sam Lee (@samlee) June 2, 2023"
    records = extract(text, published="2023-06-03")
    statement = find(records, "We will rebuild the bridge")
    assert statement.kind == "post"
    assert statement.speaker == "Sam Lee"
    assert statement.cue is not None
    assert statement.cue.text == "—"
    assert statement.date == "2023-06-02"


def test_a_dash_byline_on_the_line_after_the_quote() -> None:
    text = "“He scares me. He really does.”\n― Krystal Correa"
    lines = [(0, text.index("\n")), (text.index("―"), len(text))]
    (byline,) = find_dash_bylines(text, lines)
    assert text[byline.name[0] : byline.name[1]] == "Krystal Correa"
    assert byline.quote_end == text.index("\n")


def test_a_dash_byline_across_a_line_break_names_the_speaker(extract: Extract) -> None:
    s = find(extract("Voters spoke.\n\n“The bridge must be rebuilt this year.”\n— Ann Smith"), "bridge")
    assert s.speaker == "Ann Smith"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        pytest.param(
            "Readers wrote in.\n\n“The bridge must be rebuilt this year.” ― Ann Smith\n"
            "“We cannot wait for another winter of closures on the river, and nobody should.”",
            "“The bridge must be rebuilt this year.”",
            "“We cannot wait for another winter of closures on the river, and nobody should.”",
            id="next-line-unsigned",
        ),
        pytest.param(
            "Readers wrote in.\n\n“The bridge must be rebuilt this year.” — Ann Smith\n\n"
            "“We cannot wait for another winter of closures on the river, and nobody should.”",
            "“The bridge must be rebuilt this year.”",
            "“We cannot wait for another winter of closures on the river, and nobody should.”",
            id="next-paragraph-unsigned",
        ),
    ],
)
def test_a_dash_byline_closes_its_quotation(extract: Extract, text: str, first: str, second: str) -> None:
    quotes = [s.quote.text for s in extract(text).statements]
    assert first in quotes, quotes
    assert second in quotes, quotes


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        pytest.param(
            "“No one here wants him. To quote my aunt ‘Some people are so poor.” And that is all he has “the root"
            " of all evil.” ― Ana Ruiz",
            "“No one here wants him. To quote my aunt ‘Some people are so poor.” And that is all he has “the root"
            " of all evil.”",
            id="two-quotations-on-the-signed-line",
        ),
        pytest.param(
            "“He scares me.” “He really does.” ― Ana Ruiz",
            "“He scares me.” “He really does.”",
            id="two-whole-quotations",
        ),
        pytest.param(
            "“The bridge must be rebuilt this year.” ― Ana Ruiz",
            "“The bridge must be rebuilt this year.”",
            id="one-quotation",
        ),
    ],
)
def test_a_dash_byline_signs_its_whole_line(extract: Extract, line: str, signed: str) -> None:
    text = "What voters told us.\n\n“Taxes are too high.” ― Bo Diaz\n" + line
    statements = extract(text).statements
    assert [(s.quote.text, s.speaker) for s in statements if s.speaker == "Ana Ruiz"] == [(signed, "Ana Ruiz")]
    assert [s.quote.text for s in statements if s.speaker == "Bo Diaz"] == ["“Taxes are too high.”"]


def test_a_quotation_with_its_own_cue_is_not_signed_by_the_dash(extract: Extract) -> None:
    text = "What voters told us.\n\n“Taxes are too high,” the mayor said. “The bridge must go.” ― Ana Ruiz"
    statements = extract(text).statements
    assert [s.quote.text for s in statements if s.speaker == "Ana Ruiz"] == ["“The bridge must go.”"]
