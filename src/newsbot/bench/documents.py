"""Documents the bench and the reader tests write themselves: PDFs with a text layer and .docx files.

The PDF writer lays out lines of Helvetica text (WinAnsi encoding, so curly quotes survive) with pypdf's
object model, the way a word processor's export does: each line placed under the one before.
"""

from __future__ import annotations

import io
import textwrap

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

__all__ = ["LINES_PER_PAGE", "LINE_WIDTH", "make_docx", "make_pdf", "paginate", "wrap"]

LINE_WIDTH = 78
LINES_PER_PAGE = 55


def wrap(paragraphs: list[str], width: int = LINE_WIDTH) -> list[str]:
    """Paragraphs laid out as lines of at most `width` characters, with a blank line's gap between them."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend([*textwrap.wrap(paragraph, width, break_on_hyphens=False), ""])
    return lines[:-1]


def paginate(lines: list[str], per_page: int = LINES_PER_PAGE) -> list[list[str]]:
    """Lines cut into pages of `per_page` lines, as `make_pdf` takes them."""
    return [lines[i : i + per_page] for i in range(0, len(lines), per_page)]


def _escape(line: str) -> bytes:
    raw = line.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[list[str]], *, title: str | None = None, author: str | None = None) -> bytes:
    """A PDF whose pages hold these lines of text, top to bottom."""
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    font_ref = writer._add_object(font)
    for lines in pages:
        page = writer.add_blank_page(612, 792)
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"50 750 Td"]
        ops.extend(b"(" + _escape(line) + b") Tj T*" for line in lines)
        ops.append(b"ET")
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join(ops))
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
        )
    metadata = {k: v for k, v in (("/Title", title), ("/Author", author)) if v}
    if metadata:
        writer.add_metadata(metadata)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_docx(blocks: list[tuple[str, str]], *, title: str | None = None) -> bytes:
    """A .docx of (style, text) paragraphs; style "table" makes a one-row table of the text's "|" cells."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for style, text in blocks:
        if style == "table":
            cells = text.split("|")
            table = document.add_table(rows=1, cols=len(cells))
            for cell, value in zip(table.rows[0].cells, cells, strict=True):
                cell.text = value
        else:
            document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
