"""Word documents (.docx) read into an `Article` with python-docx.

Each non-empty paragraph of the body is a paragraph (headings too), in document order with tables between
them, a table row being one paragraph of its cells. A manual line break stays a newline inside its paragraph.
The title is the document's own (core properties), else its first paragraph in the Title style, else the
first line.
"""

from __future__ import annotations

import io
import logging
import zipfile

from ..articles import Article
from ..errors import ArticleError
from .build import article_from_paragraphs

__all__ = ["read_docx"]

log = logging.getLogger(__name__)
# Authors that name the program that wrote the file, not a person (python-docx's default template).
_TOOL_AUTHORS = frozenset({"", "python-docx"})


def _blocks(data: bytes, where: str) -> tuple[list[str], str | None, str | None]:
    """Paragraph texts, the document title and its author."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        log.debug("python-docx failed on %s: %s", where, exc)
        raise ArticleError(f"{where}: not a readable .docx document") from None
    paragraphs: list[str] = []
    styled_title: str | None = None
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
            style = block.style.name if block.style is not None else ""
            if text and styled_title is None and style == "Title":
                styled_title = text
            paragraphs.append(text)
        elif isinstance(block, Table):
            for row in block.rows:
                paragraphs.append(" ".join(cell.text.strip() for cell in row.cells if cell.text.strip()))
    properties = document.core_properties
    title = (properties.title or "").strip() or styled_title
    author = (properties.author or "").strip()
    author = None if author in _TOOL_AUTHORS else author
    return paragraphs, title, author


def read_docx(data: bytes, *, article_id: str, path: str, published: str | None) -> Article:
    """A .docx document's body as an article."""
    paragraphs, title, author = _blocks(data, path)
    if not any(any(ch.isalnum() for ch in p) for p in paragraphs):
        raise ArticleError(f"{path}: the document has no text")
    return article_from_paragraphs(
        paragraphs,
        article_id=article_id,
        path=path,
        published=published,
        title=title,
        author=author,
    )
