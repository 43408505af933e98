"""Who reported the article: its own credits, cited as written; else the page's metadata; else it doesn't say."""

from __future__ import annotations

from newsbot.answer.answerer import Answerer
from newsbot.articles import parse_article
from newsbot.extract import extract_records
from newsbot.readers.build import with_meta
from newsbot.segment import segment

from .support import HandLibrary, HashEncoder

STORY = (
    "By Jane Doe\n\n"
    'The harbour reopened on Thursday after three weeks of repairs. "We are ready," said Maria Lopez, the harbour '
    "master.\n\n"
    "Ferries will return to the northern quay next week, the port authority said. (with Reuters inputs)\n"
)
PLAIN = 'The harbour reopened on Thursday. "We are ready," said Maria Lopez, the harbour master.\n'


def ask(text: str, question: str, **meta: str) -> tuple[Answerer, str]:
    article = with_meta(parse_article(text, article_id="harbour", published="2024-06-14"), None, **meta)
    library = HandLibrary(HashEncoder())
    library.add(article, extract_records(article, segment(article)))
    return Answerer(library), question


def test_the_agency_and_the_reporter_are_cited_as_the_article_writes_them() -> None:
    answerer, question = ask(STORY, "Which agency reported this?")
    answer = answerer.ask(question)
    assert (answer.kind, answer.answered, answer.speaker) == ("credits", True, None)
    assert "Jane Doe" in answer.text
    assert "Reuters" in answer.text
    quotes = [c.quote for c in answer.citations]
    assert any("Jane Doe" in q for q in quotes)
    assert any("Reuters inputs" in q for q in quotes)
    for citation in answer.citations:
        assert STORY[citation.start : citation.end] == citation.quote


def test_without_credits_the_pages_own_author_and_site_are_said_without_quotation_marks() -> None:
    answerer, question = ask(PLAIN, "Who wrote this article?", author="Ann Lee", site="Harbour News")
    answer = answerer.ask(question)
    assert (answer.kind, answer.answered, answer.citations) == ("credits", True, [])
    assert "Ann Lee" in answer.text
    assert "Harbour News" in answer.text
    assert "“" not in answer.text


def test_with_nothing_to_go_on_the_reply_says_the_article_does_not_say() -> None:
    answerer, question = ask(PLAIN, "Where does this story come from?")
    answer = answerer.ask(question)
    assert (answer.kind, answer.answered, answer.citations) == ("credits", False, [])
    assert "doesn't say" in answer.text


def test_a_question_about_a_reporter_in_the_story_is_not_about_the_articles_credits() -> None:
    answerer, question = ask(STORY, "Who said they were ready?")
    answer = answerer.ask(question)
    assert answer.kind == "who"
    assert answer.speaker == "Maria Lopez"
