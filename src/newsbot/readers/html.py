"""Web pages (`.html`/`.htm` files and fetched pages) read into an `Article`.

The body is trafilatura's main text (comments off), read from its XML tree so paragraphs, headings, list
items and embedded posts stay paragraphs of their own (`blocks`), with readability-lxml as a second opinion on
which paragraphs belong to the article (`consensus`). Quotation marks and every other character of the text
are the page's own. Title, author, site name and canonical URL come from the page's metadata, the date from
`pagemeta`. A page with no article on it (a login wall, an index of links) is an `ArticleError`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..articles import Article
from ..errors import ArticleError
from .blocks import paragraphs_of
from .build import article_from_paragraphs
from .consensus import agree
from .pagemeta import PageDate, page_date

if TYPE_CHECKING:
    from trafilatura.settings import Document

__all__ = ["NOT_AN_ARTICLE", "Page", "extract_page", "read_html"]

log = logging.getLogger(__name__)

NOT_AN_ARTICLE = "I couldn't find an article on that page"
# An article has some prose: paragraphs that end a sentence and are longer than a button or a headline. A login
# wall ("Sign in. Email. Password.") or a list of headlines has none. Counted in characters, not words, so
# scripts written without spaces (Japanese, Chinese) count the same.
MIN_PROSE_CHARS = 150
# Above this many characters a page is read in one fast trafilatura pass without the second opinions: each pass
# grows faster than the page (a generated 5 MB page of 30,000 paragraphs takes ~7 s for one pass).
LARGE_PAGE_CHARS = 1_000_000
_PROSE_PARAGRAPH_CHARS = 40
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»）)\]」』]*\s*\Z")


@dataclass
class Page:
    """What a page holds: its article's paragraphs and what its metadata says."""

    paragraphs: list[str]
    title: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    date: PageDate | None = None


def _decode(data: bytes) -> str:
    from trafilatura.utils import decode_file

    text = decode_file(data)
    return text if isinstance(text, str) else text.decode("utf-8", errors="replace")


_READABILITY_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr")


def _readability_text(html: str) -> str:
    """The text of the paragraphs readability takes for the article ("" when it finds none).

    Only its text blocks count: the loose text of the `div`s it keeps is mostly navigation and captions.
    """
    import lxml.html
    from readability import Document

    try:
        summary = lxml.html.fromstring(Document(html).summary(html_partial=True))
        return "\n".join(" ".join(block.itertext()) for block in summary.iter(*_READABILITY_BLOCKS))
    except Exception as exc:  # readability raises bare exceptions on pages it cannot parse
        log.debug("readability failed: %s", exc)
        return ""


def _has_prose(paragraphs: list[str]) -> bool:
    prose = sum(
        len(paragraph)
        for paragraph in paragraphs
        if len(paragraph) >= _PROSE_PARAGRAPH_CHARS and _SENTENCE_END.search(paragraph)
    )
    return prose >= MIN_PROSE_CHARS


def _trafilatura(html: str, url: str | None, *, precision: bool, fast: bool) -> Document | None:
    """One trafilatura reading of the page (None when it finds no main text)."""
    import trafilatura
    from trafilatura.settings import Document

    try:
        found = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=precision,
            favor_recall=not precision,
            include_comments=False,
            include_tables=True,
            include_images=False,
            with_metadata=precision,
            fast=fast,
        )
    except Exception as exc:  # a page lxml cannot parse at all is a page without an article
        log.debug("trafilatura failed: %s", exc)
        return None
    return found if isinstance(found, Document) else None


def _paragraphs(document: Document | None) -> list[str]:
    return paragraphs_of(document.body) if document is not None and document.body is not None else []


def extract_page(data: bytes | str, url: str | None = None) -> Page:
    """The article on a page and its metadata; `ArticleError` when there is no article."""
    html = data if isinstance(data, str) else _decode(data)
    large = len(html) > LARGE_PAGE_CHARS
    precise = _trafilatura(html, url, precision=True, fast=large)
    recall = None if large else _trafilatura(html, url, precision=False, fast=False)
    meta = precise or recall
    if meta is None:
        raise ArticleError(NOT_AN_ARTICLE)
    second_opinion = "" if large else _readability_text(html)
    paragraphs = agree(_paragraphs(precise) or _paragraphs(recall), _paragraphs(recall), second_opinion)
    if not _has_prose(paragraphs):
        raise ArticleError(NOT_AN_ARTICLE)
    canonical = meta.url or url
    return Page(
        paragraphs=paragraphs,
        title=meta.title,
        author=meta.author,
        site=meta.sitename or meta.hostname,
        url=canonical,
        date=page_date(html, url or canonical),
    )


def read_html(data: bytes, *, article_id: str, path: str, url: str | None, published: str | None) -> Article:
    """A page's article; `published` (given by whoever adds it) wins over the page's own date."""
    page = extract_page(data, url)
    return article_from_paragraphs(
        page.paragraphs,
        article_id=article_id,
        path=path,
        published=published,
        published_from=page.date.source if page.date else None,
        title=page.title,
        author=page.author,
        site=page.site,
        url=page.url,
        source=page.site,
        source_date=page.date.value if page.date else None,
    )
