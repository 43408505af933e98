"""`read_source` and `read_bytes`: the reader chosen by content type or suffix, links fetched, plain errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbot.bench.documents import make_docx, make_pdf, wrap
from newsbot.config import load_settings
from newsbot.errors import ArticleError
from newsbot.readers import kind_of, read_bytes, read_source
from tests.readers.test_html import META, page, story_html
from tests.support.http_server import LoopbackServer, Page, http_server

__all__ = ["http_server"]  # the fixture used here

TEXT = "---\ntitle: Owaisi defends Misri\npublished: 2025-05-11\n---\nFirst paragraph.\n\nSecond one.\n"


@pytest.mark.parametrize(
    ("name", "content_type", "kind"),
    [
        ("story.HTML", None, "html"),
        ("story.htm", None, "html"),
        ("doc.pdf", None, "pdf"),
        ("doc.docx", None, "docx"),
        ("a.md", None, "text"),
        ("https://x.example/2024/06/14/story", "text/html; charset=utf-8", "html"),
        ("download.bin", "application/pdf", "pdf"),
        ("notes.txt", "application/octet-stream", "text"),
        ("photo.png", None, None),
    ],
)
def test_the_reader_is_told_from_the_content_type_else_the_name(name: str, content_type: str | None, kind: str) -> None:
    assert kind_of(name, content_type) == kind


def test_text_files_keep_front_matter_in_the_text_and_record_where_the_date_came_from(tmp_path: Path) -> None:
    path = tmp_path / "owaisi.txt"
    path.write_text(TEXT, encoding="utf-8")
    article = read_source(str(path))
    assert article.text == TEXT
    assert (article.meta.title, article.meta.published, article.meta.published_from) == (
        "Owaisi defends Misri",
        "2025-05-11",
        "front matter",
    )


def test_an_untitled_text_gets_its_first_line_as_title_not_its_file_name(tmp_path: Path) -> None:
    path = tmp_path / "pe-com1.md"
    path.write_text("# Budget talks collapse\n\nThe talks ended on Friday.\n", encoding="utf-8")
    assert read_source(str(path)).meta.title == "Budget talks collapse"
    long_line = "The All India Majlis-e-Ittehadul Muslimeen President came to the Foreign Secretary's rescue " * 2
    article = read_bytes(long_line.encode(), name="pe-com1.txt")
    title = article.meta.title or ""
    assert title.endswith("…")
    assert len(title) <= 91
    assert article.meta.published_from is None


def test_every_kind_of_file_is_read_from_its_path(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(page(story_html(), head=META))
    (tmp_path / "doc.pdf").write_bytes(make_pdf([wrap(["Budget talks", "The talks ended on Friday."])]))
    (tmp_path / "doc.docx").write_bytes(make_docx([("Normal", "The talks ended on Friday.")]))
    assert read_source(str(tmp_path / "page.html")).meta.site == "Daily Planet"
    assert read_source(str(tmp_path / "doc.pdf")).paragraphs[1].text == "The talks ended on Friday."
    assert read_source(str(tmp_path / "doc.docx")).meta.title == "The talks ended on Friday."


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("missing.html", "no such file"),
        ("notes.odt", "I can't read .odt files"),
        ("README", "I can't read suffix-less files"),
    ],
)
def test_a_bad_source_is_one_plain_line(source: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message) as caught:
        read_source(source)
    assert "\n" not in str(caught.value)


def test_an_image_is_not_an_article() -> None:
    with pytest.raises(ArticleError, match="I couldn't find an article on that page"):
        read_bytes(b"\x89PNG\r\n", name="https://x.example/photo", content_type="image/png")


def test_links_are_fetched_and_read_by_their_content_type(http_server: LoopbackServer) -> None:
    http_server.serve("/2025/05/11/story", Page(page(story_html(), head=META)))
    pdf = make_pdf([wrap(["Budget talks", "The talks ended on Friday."])])
    http_server.serve("/report", Page(pdf, content_type="application/pdf"))
    site = http_server.url("")
    settings = load_settings(NEWSBOT_ALLOW_PRIVATE_URLS=True)
    article = read_source(f"{site}/2025/05/11/story", settings=settings)
    assert article.id == "story"
    assert (article.meta.published, article.meta.title) == ("2025-05-11", "Minister vows to press on")
    report = read_source(f"{site}/report", settings=settings)
    assert report.paragraphs[0].text == "Budget talks"
    with pytest.raises(ArticleError):
        read_source(f"{site}/missing", settings=settings)
