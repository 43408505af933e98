"""Word documents: paragraphs and headings in order, tables as rows, the document's title."""

from __future__ import annotations

import pytest

from newsbot.bench.documents import make_docx
from newsbot.errors import ArticleError
from newsbot.readers.docx import read_docx

BLOCKS = [
    ("Title", "Minister vows to press on"),
    ("Normal", "“We will not back down,” the minister said on Saturday."),
    ("Heading 2", "What happens next"),
    ("Normal", 'Her deputy said: "This plan is reckless."'),
    ("Normal", ""),
    ("table", "Vote|Monday|Expected"),
    ("Normal", "« Nous verrons bien », a répondu le président."),
]


def test_paragraphs_headings_and_tables_in_document_order() -> None:
    article = read_docx(make_docx(BLOCKS), article_id="doc", path="doc.docx", published=None)
    assert [p.text for p in article.paragraphs] == [
        "Minister vows to press on",
        "“We will not back down,” the minister said on Saturday.",
        "What happens next",
        'Her deputy said: "This plan is reckless."',
        "Vote Monday Expected",
        "« Nous verrons bien », a répondu le président.",
    ]
    assert article.meta.title == "Minister vows to press on"
    assert article.meta.author is None  # python-docx's template says "python-docx": a program, not an author


def test_the_core_properties_title_wins() -> None:
    article = read_docx(make_docx(BLOCKS, title="Vows"), article_id="doc", path="doc.docx", published="2025-05-11")
    assert article.meta.title == "Vows"
    assert (article.meta.published, article.meta.published_from) == ("2025-05-11", "front matter")


def test_a_broken_or_empty_document_is_a_plain_error() -> None:
    with pytest.raises(ArticleError, match=r"not a readable \.docx"):
        read_docx(b"PK\x03\x04 broken", article_id="d", path="d.docx", published=None)
    with pytest.raises(ArticleError, match="no text"):
        read_docx(make_docx([("Normal", "")]), article_id="d", path="d.docx", published=None)
