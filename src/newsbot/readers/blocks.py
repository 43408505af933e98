"""Trafilatura's extracted body (its XML tree) turned into paragraphs, one per block a person would see.

Reading the tree rather than trafilatura's plain-text output keeps paragraphs apart (its text joins them with
single newlines and prefixes list items with "- "). Each `p`, `head`, list `item`, table `row` and `code` block
is one paragraph; a line break inside one stays a newline. A quotation block's trailing attribution
(`<quote><p>…</p>— Name (@handle) May 11, 2025</quote>`, the shape of an embedded tweet) is joined to the
quotation's last paragraph, so the post and its byline stay one paragraph for the post detector.
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["paragraphs_of"]

# Blocks whose children are blocks themselves; their own loose text is a paragraph of its own.
_CONTAINERS = frozenset({"list", "table", "quote", "div", "main", "body", "doc"})
_BLOCKS = frozenset({"p", "head", "item", "row", "code", "quote", "list", "table", "div"})
_SPACES = re.compile(r"[^\S\n]+")
_LINE_EDGES = re.compile(r" ?\n ?")
_DASH_START = re.compile(r"\A[—―–]")


def paragraphs_of(body: etree._Element) -> list[str]:
    """The paragraphs of a trafilatura body element, in reading order, whitespace tidied."""
    found: list[str] = []
    _walk(body, found)
    return found


def _tidy(text: str) -> str:
    text = _LINE_EDGES.sub("\n", _SPACES.sub(" ", text)).strip()
    return re.sub(r"\n{2,}", "\n", text)


def _has_block_children(element: etree._Element) -> bool:
    return any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in element)


def _walk(container: etree._Element, found: list[str]) -> None:
    is_quote = container.tag == "quote"
    _add(found, container.text or "", attach=False)
    for child in container:
        if not isinstance(child.tag, str):  # comments, processing instructions
            pass
        elif child.tag in _CONTAINERS and _has_block_children(child):
            _walk(child, found)
        elif child.tag == "row":
            _add(found, " ".join(_inline_text(cell) for cell in child), attach=False)
        else:
            _add(found, _inline_text(child), attach=False)
        _add(found, child.tail or "", attach=is_quote)


def _add(found: list[str], raw: str, *, attach: bool) -> None:
    text = _tidy(raw)
    if not text:
        return
    if attach and found and _DASH_START.match(text):
        found[-1] = f"{found[-1]} {text}"
    else:
        found.append(text)


def _inline_text(element: etree._Element) -> str:
    """The text of one block: inline markup dropped, `<lb/>` kept as a newline."""
    parts: list[str] = []

    def visit(node: etree._Element) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                visit(child)
            if child.tail:
                parts.append(child.tail)

    visit(element)
    return "".join(parts)
