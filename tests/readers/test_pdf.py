"""PDFs: wrapped lines joined into paragraphs, line-end hyphens undone only for real words, titles."""

from __future__ import annotations

import pytest

from newsbot.bench.documents import make_pdf, wrap
from newsbot.errors import ArticleError
from newsbot.readers.pdf import paragraphs_from_lines, read_pdf

PARAGRAPHS = [
    "Minister vows to press on",
    "“We will not back down,” the minister said on Saturday, speaking to reporters outside parliament after a "
    "long night of talks with the opposition leaders.",
    'Her deputy was blunter: "This plan is reckless and it will cost taxpayers dearly," he told the assembled '
    "press, before walking away without taking any questions.",
    "Officials said a vote was expected next week.",
]


def read(data: bytes) -> list[str]:
    return [p.text for p in read_pdf(data, article_id="doc", path="doc.pdf", published=None).paragraphs]


def test_wrapped_lines_become_the_paragraphs_they_were() -> None:
    assert read(make_pdf([wrap(PARAGRAPHS)])) == PARAGRAPHS


def test_title_and_author_from_the_document_info_else_the_first_line() -> None:
    titled = read_pdf(
        make_pdf([wrap(PARAGRAPHS)], title="Vows", author="Lois Lane"), article_id="d", path="d.pdf", published=None
    )
    assert (titled.meta.title, titled.meta.author) == ("Vows", "Lois Lane")
    untitled = read_pdf(
        make_pdf([wrap(PARAGRAPHS)], title="Microsoft Word - draft3.docx"), article_id="d", path="d", published=None
    )
    assert untitled.meta.title == "Minister vows to press on"


def test_line_end_hyphens_are_undone_only_where_the_joined_word_is_a_word() -> None:
    lines = [
        "The ministry released new infor-",
        "mation about the well-",
        "known programme and its grand-",
        "iloquent spokesman, who declined to comment on the figures released today.",
    ]
    (paragraph,) = paragraphs_from_lines([lines], {"information"})
    assert "new information about the well-known programme" in paragraph
    assert "grand-iloquent" in paragraph  # not a word in the list: the hyphen stays


def test_a_sentence_running_over_a_page_break_is_one_paragraph_and_page_numbers_go() -> None:
    first = [*wrap(PARAGRAPHS[:2]), "", "The talks, which began on Friday morning and went on until late in the"]
    second = ["evening, ended without agreement on the budget or on the timetable for the vote.", "2"]
    paragraphs = read(make_pdf([first, second]))
    assert paragraphs[-1] == (
        "The talks, which began on Friday morning and went on until late in the evening, ended without "
        "agreement on the budget or on the timetable for the vote."
    )
    assert "2" not in paragraphs


def test_a_hundred_page_pdf_is_read() -> None:
    body = [f"Paragraph {i}. " + PARAGRAPHS[1] for i in range(1300)]
    lines = wrap(body)
    pages = [lines[i : i + 50] for i in range(0, len(lines), 50)]
    assert len(pages) >= 100
    paragraphs = read(make_pdf(pages))
    assert len(paragraphs) == 1300
    assert paragraphs[1299].startswith("Paragraph 1299. “We will not back down,”")


@pytest.mark.parametrize("data", [b"%PDF-1.4 not really", b"hello"], ids=["truncated", "not-a-pdf"])
def test_a_broken_pdf_is_a_plain_error(data: bytes) -> None:
    with pytest.raises(ArticleError, match="not a readable PDF"):
        read(data)


def test_a_pdf_without_text_is_a_plain_error() -> None:
    with pytest.raises(ArticleError, match="no text"):
        read(make_pdf([[]]))


def test_an_indented_first_line_starts_a_paragraph() -> None:
    lines = [
        "    The first paragraph starts here and runs on to the end of the",
        "line before it stops.",
        "    The second paragraph starts here.",
    ]
    assert read(make_pdf([lines])) == [
        "The first paragraph starts here and runs on to the end of the line before it stops.",
        "The second paragraph starts here.",
    ]
