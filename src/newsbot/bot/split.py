"""Splitting Telegram HTML into messages of at most 4,096 characters, never inside a tag or an entity.

Length is counted as Telegram counts it: the visible text after entity parsing, in UTF-16 code units. Cuts
prefer a paragraph break, then a line break, then a sentence end, then a space; tags open at a cut are
closed at the end of one message and reopened (with their attributes) at the start of the next, so every
piece is valid HTML on its own.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

__all__ = ["TELEGRAM_MAX_CHARS", "split_html", "visible_length"]

TELEGRAM_MAX_CHARS = 4096
_TOKEN = re.compile(r"<[^<>]+>|[^<]+")
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9-]*)")
_ENTITY_TAIL = re.compile(r"&[#A-Za-z0-9]*$")
_BREAKS = ("\n\n", "\n", ". ", "! ", "? ", "; ", ", ", " ")


def visible_length(fragment: str) -> int:
    """Characters Telegram counts for an HTML fragment: tags removed, entities decoded, UTF-16 units."""
    text = html.unescape(re.sub(r"<[^<>]+>", "", fragment))
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _Tag:
    name: str
    raw: str


def split_html(source: str, limit: int = TELEGRAM_MAX_CHARS) -> list[str]:
    """`source` as one or more HTML messages, each with at most `limit` visible characters.

    Whole top-level blocks (a blockquote, a run of text) are kept together when they fit in a message;
    only a block longer than a message is cut inside.
    """
    if limit < 16:
        raise ValueError("limit too small to split sensibly")
    if visible_length(source) <= limit:
        return [source] if _has_text(source) else []
    chunks: list[str] = []
    current = ""
    for block in _top_level_blocks(source):
        size = visible_length(block)
        if visible_length(current) + size <= limit:
            current += block
            continue
        if size <= limit:
            if _has_text(current):
                chunks.append(current)
            current = block
            continue
        pieces = _split_block(current + block, limit)  # too big for any message: fill this one first
        chunks.extend(pieces[:-1])
        current = pieces[-1] if pieces else ""
    if _has_text(current):
        chunks.append(current)
    return [chunk.strip("\n") for chunk in chunks if _has_text(chunk)]


def _has_text(fragment: str) -> bool:
    return bool(html.unescape(re.sub(r"<[^<>]+>", "", fragment)).strip())


def _top_level_blocks(source: str) -> list[str]:
    """Runs of tokens that open and close at depth 0: each element, and the text between elements."""
    blocks: list[str] = []
    current: list[str] = []
    depth = 0
    for token in _TOKEN.findall(source):
        if token.startswith("</"):
            depth = max(depth - 1, 0)
            current.append(token)
            if depth == 0:
                blocks.append("".join(current))
                current = []
        elif token.startswith("<"):
            if depth == 0 and current:
                blocks.append("".join(current))
                current = []
            depth += 1
            current.append(token)
        else:
            current.append(token)
            if depth == 0:
                blocks.append("".join(current))
                current = []
    if current:
        blocks.append("".join(current))
    return blocks


def _split_block(source: str, limit: int) -> list[str]:
    """Cut one oversized block at the best text boundaries, closing and reopening the tags open there."""
    chunks: list[str] = []
    stack: list[_Tag] = []
    current: list[str] = []
    used = 0

    def flush() -> None:
        nonlocal current, used
        body = "".join(current) + "".join(f"</{tag.name}>" for tag in reversed(stack))
        if _has_text(body):
            chunks.append(body)
        current = [tag.raw for tag in stack]
        used = 0

    for token in _TOKEN.findall(source):
        if token.startswith("<"):
            name_match = _TAG_NAME.match(token)
            name = name_match.group(1).lower() if name_match else ""
            if token.startswith("</"):
                if stack and stack[-1].name == name:
                    stack.pop()
            else:
                stack.append(_Tag(name, token))
            current.append(token)
            continue
        text = token
        while text:
            room = limit - used
            size = visible_length(text)
            if size <= room:
                current.append(text)
                used += size
                break
            cut = _cut_point(text, room)
            if cut == 0:
                flush()
                continue
            head, text = text[:cut], text[cut:]
            current.append(head)
            used += visible_length(head)
            flush()
            text = text.lstrip(" ")
    flush()
    return chunks


def _cut_point(raw: str, room: int) -> int:
    """The best place to cut escaped text `raw` so that the head has at most `room` visible characters."""
    if room <= 0:
        return 0
    # Largest raw prefix whose visible length fits.
    low, high = 0, len(raw)
    while low < high:
        mid = (low + high + 1) // 2
        if visible_length(_safe_prefix(raw[:mid])) <= room:
            low = mid
        else:
            high = mid - 1
    window = _safe_prefix(raw[:low])
    if len(window) == len(raw):
        return len(raw)
    floor = len(window) // 2
    for mark in _BREAKS:
        at = window.rfind(mark, floor)
        if at > 0:
            return at + len(mark)
    return len(window)


def _safe_prefix(prefix: str) -> str:
    """Drop a trailing, incomplete `&…;` entity so a cut never splits one."""
    match = _ENTITY_TAIL.search(prefix)
    return prefix[: match.start()] if match else prefix
