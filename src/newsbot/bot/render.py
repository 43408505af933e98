"""An `Answer` as Telegram HTML: our words escaped, the article's words in blockquotes, a button per source.

Every piece of text, ours, the article's or the user's, goes through `escape`, so the only markup in a reply
is the markup written here. Long quotes use `<blockquote expandable>`;
short quotes inside a sentence ("introduced as …") stay inline, in italics with their paragraph. Each cited paragraph gets an inline
button whose `callback_data` (`src:<article>:<paragraph>`, at most 64 bytes) opens it; article ids too long
for that are replaced by a short hash that `resolve_article_key` maps back.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..answer.model import Answer, AnswerPart

__all__ = [
    "MAX_CALLBACK_BYTES",
    "Button",
    "Rendered",
    "article_key",
    "callback_data_for",
    "escape",
    "parse_callback_data",
    "render_answer",
    "resolve_article_key",
]

MAX_CALLBACK_BYTES = 64
INLINE_QUOTE_CHARS = 160  # shorter quotes inside a sentence stay inline, in italics
EXPANDABLE_CHARS = 280  # quotes longer than this (or of more than 3 lines) start collapsed
MAX_BUTTONS = 8
BUTTONS_PER_ROW = 4
_CALLBACK = re.compile(r"^src:(?P<key>[^:]+):(?P<paragraph>[1-9][0-9]{0,5})$")


@dataclass(frozen=True)
class Button:
    """An inline button: the label shown and the callback data sent back when pressed."""

    label: str
    data: str


@dataclass(frozen=True)
class Rendered:
    """A reply ready to send: Telegram HTML (possibly longer than one message) and its buttons."""

    html: str
    buttons: tuple[Button, ...] = ()

    def button_rows(self) -> list[list[Button]]:
        return [list(self.buttons[i : i + BUTTONS_PER_ROW]) for i in range(0, len(self.buttons), BUTTONS_PER_ROW)]


def escape(text: str) -> str:
    """Text safe inside Telegram HTML: `&`, `<` and `>` as entities (quotes need no escaping outside tags)."""
    return html.escape(text, quote=False)


def article_key(article_id: str) -> str:
    """The article's part of callback data: the id itself when short and colon-free, else `#` + a hash."""
    if ":" not in article_id and len(f"src:{article_id}:999999".encode()) <= MAX_CALLBACK_BYTES:
        return article_id
    return "#" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:16]


def callback_data_for(article_id: str, paragraph: int) -> str:
    data = f"src:{article_key(article_id)}:{paragraph}"
    assert len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES
    return data


def parse_callback_data(data: str) -> tuple[str, int] | None:
    """`(article_key, paragraph)` from a source button's data, or None if it is not one."""
    match = _CALLBACK.match(data)
    if match is None:
        return None
    return match.group("key"), int(match.group("paragraph"))


def resolve_article_key(key: str, article_ids: Iterable[str]) -> str | None:
    """The article id a callback key stands for, among the articles indexed now."""
    for article_id in article_ids:
        if article_key(article_id) == key:
            return article_id
    return None


def render_answer(answer: Answer) -> Rendered:
    """Telegram HTML for `answer`, with one button per cited paragraph (in order of first citation)."""
    parts = answer.parts or [AnswerPart(kind="text", text=answer.text)]
    pieces: list[str] = []
    buttons: list[Button] = []
    seen: set[tuple[str, int]] = set()
    blocks = [part.kind == "quote" and _is_block(parts, index) for index, part in enumerate(parts)]
    for index, part in enumerate(parts):
        if part.kind == "quote":
            pieces.append(_blockquote(part) if blocks[index] else _inline_quote(part))
            citation = part.citation
            if citation is not None and (citation.article_id, citation.paragraph) not in seen:
                seen.add((citation.article_id, citation.paragraph))
                if len(buttons) < MAX_BUTTONS:
                    buttons.append(
                        Button(f"¶{citation.paragraph}", callback_data_for(citation.article_id, citation.paragraph))
                    )
            continue
        text = part.text
        # A blockquote is a block of its own: drop the whitespace that separated it in the plain text.
        if index > 0 and blocks[index - 1]:
            text = text.lstrip()
            if text:
                text = "\n" + text  # the text after a quote starts its own line
        before_block = index + 1 < len(parts) and blocks[index + 1]
        if before_block:
            text = text.rstrip()
        if text:
            pieces.append(_emphasise(escape(text), answer.speaker) + ("\n" if before_block else ""))
    body = "".join(pieces).strip()
    if not body:
        body = escape(answer.text.strip() or "I have no answer to that.")
    return Rendered(html=body, buttons=tuple(buttons))


def _is_block(parts: list[AnswerPart], index: int) -> bool:
    """A quote stands as a blockquote when it starts the reply or a line (after "…:" or a line break), or
    is long; a short quote inside a sentence ("introduced as …", "dated by …") stays inline."""
    text = parts[index].text.strip()
    if len(text) > INLINE_QUOTE_CHARS or "\n" in text or index == 0:
        return True
    before = parts[index - 1]
    if before.kind == "quote":
        return True
    lead = before.text.rstrip(" ")
    return not lead or lead.endswith((":", "\n"))


def _inline_quote(part: AnswerPart) -> str:
    cite = f" (¶{part.citation.paragraph})" if part.citation is not None else ""
    return f"“<i>{escape(part.text.strip())}</i>”{_trail(part)}{cite}"


def _blockquote(part: AnswerPart) -> str:
    text = part.text.strip()
    expandable = len(text) > EXPANDABLE_CHARS or text.count("\n") >= 3
    cite = f"\n<i>— ¶{part.citation.paragraph}</i>" if part.citation is not None else ""
    tag = "<blockquote expandable>" if expandable else "<blockquote>"
    return f"{tag}{escape(text)}{_trail(part)}{cite}</blockquote>"


def _trail(part: AnswerPart) -> str:
    """ "…" after a quote cut short, as in the plain-text answer (the article's words stay exact before it)."""
    return "…" if part.shortened else ""


def _emphasise(escaped: str, speaker: str | None) -> str:
    """Bold the answer's speaker where our own words name them."""
    if not speaker:
        return escaped
    name = escape(speaker)
    if not name.strip() or name not in escaped:
        return escaped
    return escaped.replace(name, f"<b>{name}</b>")
