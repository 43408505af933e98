"""Dates in words at their own precision, and quotes that stay verbatim however they are trimmed."""

from __future__ import annotations

import pytest

from newsbot.answer.compose import Reply, date_phrase, format_date, inferred_note, is_relative, undated_note
from newsbot.answer.view import view_of
from newsbot.records import ArticleMeta, Span

from .support import HandLibrary


@pytest.mark.parametrize(
    ("value", "weekday", "words"),
    [
        ("2025-05-10", False, "10 May 2025"),
        ("2025-05-10", True, "Saturday 10 May 2025"),
        ("2025-05", False, "May 2025"),
        ("2025", False, "2025"),
        ("2025-W19", False, "the week of 5 May 2025"),
        ("--03-03", False, "3 March (year not given)"),
        ("--06", False, "June (year not given)"),
        ("not-a-date", False, "not-a-date"),
        (None, False, ""),
    ],
)
def test_format_date(value: str | None, weekday: bool, words: str) -> None:
    assert format_date(value, weekday=weekday) == words


def test_date_phrase_keeps_the_articles_words_for_relative_dates() -> None:
    assert date_phrase("2025-05-10", "On Saturday") == " on Saturday 10 May 2025 (“On Saturday”)"
    assert date_phrase("2025-05-11", "May 11, 2025") == " on 11 May 2025"
    assert date_phrase("2025-W19", "earlier this week") == " in the week of 5 May 2025 (“earlier this week”)"
    assert date_phrase(None, "sometime") == ""


def test_relative_and_inferred() -> None:
    assert is_relative("On Saturday")
    assert is_relative("May 7")  # the year comes from the publication date
    assert not is_relative("May 11, 2025")
    meta = ArticleMeta(published="2025-05-11", published_inferred=True)
    assert "11 May 2025" in inferred_note(meta, ["On Saturday"])
    assert inferred_note(meta, ["May 11, 2025"]) == ""
    assert inferred_note(ArticleMeta(published="2025-05-11"), ["On Saturday"]) == ""


def test_quotes_are_verbatim_and_lose_only_marks(hashed_library: HandLibrary) -> None:
    view = view_of(hashed_library.article(hashed_library.default_article_id()))
    text = view.text
    start = text.index('"Our Civil Servants')
    end = text.index('Aziz," he added') + len('Aziz,"')
    answer = Reply(view, "q", "what").say("Lead:\n").quote(Span(text=text[start:end], start=start, end=end)).answer()
    (citation,) = answer.citations
    assert text[citation.start : citation.end] == citation.quote
    assert citation.quote.startswith("Our Civil Servants")
    assert citation.quote.endswith("Watan E Aziz")
    assert citation.paragraph == 4
    assert answer.text.startswith("Lead:\n“Our Civil Servants")
    assert [p.kind for p in answer.parts] == ["text", "quote"]


def test_long_quotes_are_cut_at_a_boundary_with_the_ellipsis_outside(hashed_library: HandLibrary) -> None:
    view = view_of(hashed_library.article(hashed_library.default_article_id()))
    answer = Reply(view, "q", "what").quote(Span(text=view.text, start=0, end=len(view.text)), max_chars=300).answer()
    (citation,) = answer.citations
    assert len(citation.quote) <= 300
    assert view.text[citation.start : citation.end] == citation.quote
    assert citation.quote.endswith("agreement.")  # the last sentence end within the limit
    assert answer.text == f"“{citation.quote}”… (¶1)"
    assert [part.shortened for part in answer.parts] == [True]  # the bot shows its "…" too
    clause = Reply(view, "q", "what").quote(Span(text=view.text, start=0, end=len(view.text)), max_chars=120)
    assert clause.answer().citations[0].quote.endswith("President, Asaduddin Owaisi")  # the last clause boundary
    tiny = Reply(view, "q", "what").quote(Span(text=view.text, start=0, end=len(view.text)), max_chars=20)
    assert tiny.answer().citations[0].quote == "The All India"


def test_empty_spans_are_not_cited(hashed_library: HandLibrary) -> None:
    view = view_of(hashed_library.article(hashed_library.default_article_id()))
    answer = Reply(view, "q", "what").quote(Span(text="", start=5, end=5)).answer()
    assert answer.citations == []


def test_a_date_without_a_year_reads_as_such_and_says_how_to_give_one() -> None:
    assert date_phrase("--03-03", "March 3") == " on 3 March (year not given) (“March 3”)"
    assert "--published" in undated_note(ArticleMeta(), ["--03-03"])
    assert undated_note(ArticleMeta(), ["2025-03-03"]) == ""
    assert undated_note(ArticleMeta(published="2025-03-14"), ["--03-03"]) == ""
