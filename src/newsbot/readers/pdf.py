"""PDF documents read into an `Article` with pypdf.

A PDF holds lines, not paragraphs. pypdf's layout mode keeps the page's vertical gaps as blank lines and its
indents as spaces, and lines are joined back into paragraphs: a blank line or an indented first line starts a
new one, and so does a line that ends a sentence well short of the full line width (a paragraph's last line). A page that ends
mid-sentence goes on on the next page; a short line that ends no sentence (a heading) is a paragraph of
its own; a line that is only a page number is dropped. A word hyphenated at a
line end is joined back only when the joined word is a word (`wordlist`): "infor-/mation" becomes
"information", while "well-/known" stays "well-known".
"""

from __future__ import annotations

import io
import logging
import re
import statistics

from ..articles import Article
from ..errors import ArticleError
from .build import article_from_paragraphs
from .wordlist import known_words

__all__ = ["paragraphs_from_lines", "read_pdf"]

log = logging.getLogger(__name__)

# A line shorter than this share of the usual full line ends its paragraph when it also ends a sentence; one
# shorter than HEADING_LINE ends it anyway (a heading, a byline, a dateline).
SHORT_LINE = 0.8
HEADING_LINE = 0.6
_OPEN_END = re.compile(r"[,;\-–—(]\Z")
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’»)\]]*\Z")
_PAGE_NUMBER = re.compile(r"\A(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\Z", re.IGNORECASE)
_HYPHENATED = re.compile(r"(\w+)-\Z")
_FIRST_WORD = re.compile(r"\A([a-z]\w*)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_UNHELPFUL_TITLE = re.compile(r"\A(?:untitled|microsoft word\b|document\d*\b)|\.(?:docx?|pdf|indd|tex)\Z", re.I)


def _join(left: str, right: str, words: set[str]) -> str:
    """Two consecutive lines of one paragraph, a line-end hyphen undone where that makes a word."""
    hyphen = _HYPHENATED.search(left)
    follow = _FIRST_WORD.match(right)
    if hyphen is not None and follow is not None:
        joined = hyphen.group(1) + follow.group(1)
        if joined.lower() in words:
            return left[:-1] + right
        return left + right
    return f"{left} {right}"


def paragraphs_from_lines(pages: list[list[str]], words: set[str]) -> list[str]:
    """Lines of each page joined into paragraphs (see the module docstring for the rules)."""
    lengths = [len(line.strip()) for lines in pages for line in lines if line.strip()]
    full_line = statistics.quantiles(lengths, n=10)[-1] if len(lengths) >= 10 else max(lengths, default=0)
    paragraphs: list[str] = []
    current = ""
    for lines in pages:
        margin = min((len(raw) - len(raw.lstrip()) for raw in lines if raw.strip()), default=0)
        for raw in lines:
            line = " ".join(raw.split())
            indented = len(raw) - len(raw.lstrip()) > margin + 1
            if not line or (indented and current):
                if current:
                    paragraphs.append(current)
                current = ""
                if not line:
                    continue
            if _PAGE_NUMBER.match(line):
                continue
            current = _join(current, line, words) if current else line
            ends_sentence = _SENTENCE_END.search(line) is not None
            if len(line) < (SHORT_LINE if ends_sentence else HEADING_LINE) * full_line and not _OPEN_END.search(line):
                paragraphs.append(current)
                current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _page_lines(data: bytes, where: str) -> tuple[list[list[str]], str | None, str | None]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ArticleError(f"{where}: the PDF is password-protected")
        pages = [(page.extract_text(extraction_mode="layout") or "").split("\n") for page in reader.pages]
        info = reader.metadata
    except ArticleError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        log.debug("pypdf failed on %s: %s", where, exc)
        raise ArticleError(f"{where}: not a readable PDF") from None
    title = info.title if info is not None else None
    author = info.author if info is not None else None
    return pages, title, author


def read_pdf(data: bytes, *, article_id: str, path: str, published: str | None) -> Article:
    """A PDF's text as an article; a scanned PDF (no text layer) is a plain error."""
    pages, title, author = _page_lines(data, path)
    text = "\n".join(line for lines in pages for line in lines)
    if not any(ch.isalnum() for ch in text):
        raise ArticleError(f"{path}: the PDF has no text I can read (is it a scan?)")
    document_words = {w.lower() for w in _WORD.findall(text)}
    paragraphs = paragraphs_from_lines(pages, document_words | known_words())
    useful_title = title.strip() if title and title.strip() and not _UNHELPFUL_TITLE.search(title.strip()) else None
    return article_from_paragraphs(
        paragraphs,
        article_id=article_id,
        path=path,
        published=published,
        title=useful_title,
        author=author.strip() if author else None,
    )
