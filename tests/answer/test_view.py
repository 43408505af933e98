"""The article view: which words name which person."""

from __future__ import annotations

import pytest

from newsbot.answer.view import view_of
from newsbot.articles import parse_article
from newsbot.extract import extract_records
from newsbot.segment import segment

from .support import HandLibrary, HashEncoder


def _persons_named(text: str, question: str) -> list[str]:
    article = parse_article(text, article_id="roles", published="2025-05-11")
    library = HandLibrary(HashEncoder())
    library.add(article, extract_records(article, segment(article)))
    return view_of(library.article("roles")).find_persons(question)


@pytest.mark.parametrize(
    ("text", "question", "named"),
    [
        pytest.param(
            "The mayor of Lindqvist Harbour, Greta Oyelaran, declared a day of mourning.",
            "What did the mayor say?",
            ["Greta Oyelaran"],
            id="one-mayor",
        ),
        pytest.param(
            "The chief executive of Brannock Mills, Ivo Marchetti, resigned on Monday.",
            "Why did the chief executive resign?",
            ["Ivo Marchetti"],
            id="chief-executive",
        ),
        pytest.param(
            "The mayor of Lindqvist Harbour, Greta Oyelaran, met the mayor of Port Selby, Ivo Marchetti, on Monday.",
            "What did the mayor say?",
            [],
            id="two-mayors-name-neither",
        ),
    ],
)
def test_the_noun_of_a_role_of_something_names_its_one_holder(text: str, question: str, named: list[str]) -> None:
    assert _persons_named(text, question) == named
