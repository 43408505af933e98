"""Check what the bot sends the way Telegram does: HTML parse mode, text length, inline keyboards.

`parse_html` is a strict reading of Telegram's "HTML style" formatting rules: only the documented tags and
attributes, tags closed in order, no blockquote inside a blockquote, nothing inside `code`/`pre` except the
`<pre><code class="language-…">` pair, and every `<`, `>` and `&` that is not part of a tag or an entity
escaped. It returns the plain text and `MessageEntity` dicts with UTF-16 offsets, as Telegram stores them, or
raises `ApiError` with Telegram's wording.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "MAX_CALLBACK_DATA_BYTES",
    "MAX_MESSAGE_CHARS",
    "ApiError",
    "ParsedText",
    "check_message_text",
    "check_reply_markup",
    "parse_html",
    "utf16_len",
]

MAX_MESSAGE_CHARS = 4096
MAX_CALLBACK_DATA_BYTES = 64

# tag -> (entity type, allowed attributes)
_SIMPLE_TAGS: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
}
_ALL_TAGS = frozenset({*_SIMPLE_TAGS, "span", "a", "code", "pre", "blockquote", "tg-emoji", "tg-time"})
_TAG = re.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9-]*)"
    r"(?P<attrs>(?:\s+[A-Za-z][A-Za-z0-9-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>"
)
_ATTR = re.compile(r"([A-Za-z][A-Za-z0-9-]*)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
_ENTITY = re.compile(r"&(?:#(?P<dec>[0-9]{1,7})|#[xX](?P<hex>[0-9a-fA-F]{1,6})|(?P<name>lt|gt|amp|quot));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class ApiError(Exception):
    """A Bot API error, shaped like Telegram's `{"ok": false, "error_code": …, "description": …}`."""

    def __init__(self, error_code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.error_code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def _entities_error(text: str, detail: str) -> ApiError:
    return _bad(f"can't parse entities: {detail}")


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units: most emoji count 2)."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class ParsedText:
    """The text a user sees and the entities Telegram derived from the markup."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Open:
    tag: str
    entity: dict[str, Any] | None
    start: int  # UTF-16 offset in the output text
    byte_offset: int


def parse_html(source: str) -> ParsedText:
    """Parse Telegram HTML strictly; raise `ApiError` (400) exactly where Telegram would refuse."""
    out: list[str] = []
    out_len = 0  # UTF-16 units so far
    stack: list[_Open] = []
    entities: list[dict[str, Any]] = []
    i = 0
    n = len(source)

    def byte_at(pos: int) -> int:
        return len(source[:pos].encode("utf-8"))

    while i < n:
        ch = source[i]
        if ch == "<":
            match = _TAG.match(source, i)
            if match is None:
                raise _entities_error(source, f"Unclosed start tag at byte offset {byte_at(i)}")
            name = match.group("name").lower()
            if match.group("close"):
                if match.group("attrs").strip():
                    raise _entities_error(source, f"Unexpected end tag attributes at byte offset {byte_at(i)}")
                if not stack:
                    raise _entities_error(source, f'Unexpected end tag "{name}" at byte offset {byte_at(i)}')
                top = stack.pop()
                if top.tag != name:
                    raise _entities_error(
                        source,
                        f'Unmatched end tag at byte offset {byte_at(i)}, expected "</{top.tag}>", found "</{name}>"',
                    )
                if top.entity is not None:
                    length = out_len - top.start
                    if length > 0:
                        top.entity["offset"] = top.start
                        top.entity["length"] = length
                        entities.append(top.entity)
                i = match.end()
                continue
            if name not in _ALL_TAGS:
                raise _entities_error(source, f'Unsupported start tag "{name}" at byte offset {byte_at(i)}')
            attrs = _attributes(match.group("attrs"))
            entity = _entity_for(source, name, attrs, byte_at(i), stack)
            stack.append(_Open(tag=name, entity=entity, start=out_len, byte_offset=byte_at(i)))
            i = match.end()
            continue
        if ch == "&":
            match = _ENTITY.match(source, i)
            if match is None:
                raise _entities_error(
                    source, f"Character '&' is reserved and must be escaped as &amp; (byte offset {byte_at(i)})"
                )
            if match.group("name"):
                decoded = _NAMED[match.group("name")]
            else:
                code = int(match.group("dec")) if match.group("dec") else int(match.group("hex"), 16)
                if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                    raise _entities_error(source, f"Invalid character entity at byte offset {byte_at(i)}")
                decoded = chr(code)
            out.append(decoded)
            out_len += utf16_len(decoded)
            i = match.end()
            continue
        if ch == ">":
            raise _entities_error(
                source, f"Character '>' is reserved and must be escaped as &gt; (byte offset {byte_at(i)})"
            )
        out.append(ch)
        out_len += 2 if ord(ch) > 0xFFFF else 1
        i += 1
    if stack:
        raise _entities_error(source, f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return ParsedText(text="".join(out), entities=entities)


def _attributes(raw: str) -> dict[str, str | None]:
    attrs: dict[str, str | None] = {}
    for name, value in _ATTR.findall(raw):
        if value and value[0] in "\"'":
            value = value[1:-1]
        attrs[name.lower()] = html.unescape(value) if value else (None if value == "" else value)
    return attrs


def _entity_for(
    source: str, name: str, attrs: dict[str, str | None], byte_offset: int, stack: list[_Open]
) -> dict[str, Any] | None:
    open_tags = [o.tag for o in stack]
    if any(t in ("code", "pre") for t in open_tags) and not (name == "code" and open_tags and open_tags[-1] == "pre"):
        raise _entities_error(source, f'Can\'t nest "{name}" inside a code or pre entity (byte offset {byte_offset})')

    def only(*allowed: str) -> None:
        extra = set(attrs) - set(allowed)
        if extra:
            raise _entities_error(
                source, f'Unsupported attribute "{sorted(extra)[0]}" of tag "{name}" at byte offset {byte_offset}'
            )

    if name in _SIMPLE_TAGS:
        only()
        return {"type": _SIMPLE_TAGS[name]}
    if name == "span":
        only("class")
        if attrs.get("class") != "tg-spoiler":
            raise _entities_error(source, f'Tag "span" must have class "tg-spoiler" at byte offset {byte_offset}')
        return {"type": "spoiler"}
    if name == "a":
        only("href")
        href = attrs.get("href")
        if not href:
            raise _entities_error(source, f'Tag "a" must have a non-empty href at byte offset {byte_offset}')
        if "a" in open_tags:
            raise _entities_error(source, f"Can't nest a link inside a link (byte offset {byte_offset})")
        return {"type": "text_link", "url": href}
    if name == "code":
        only("class")
        if open_tags and open_tags[-1] == "pre":
            language = attrs.get("class") or ""
            if language.startswith("language-") and stack[-1].entity is not None:
                stack[-1].entity["language"] = language[len("language-") :]
            return None  # the enclosing pre is the entity
        return {"type": "code"}
    if name == "pre":
        only()
        return {"type": "pre"}
    if name == "blockquote":
        only("expandable")
        if "blockquote" in open_tags:
            raise _entities_error(source, f"Blockquote entities can't be nested (byte offset {byte_offset})")
        return {"type": "expandable_blockquote" if "expandable" in attrs else "blockquote"}
    if name == "tg-emoji":
        only("emoji-id")
        if not attrs.get("emoji-id"):
            raise _entities_error(source, f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {byte_offset}')
        return {"type": "custom_emoji", "custom_emoji_id": attrs["emoji-id"]}
    # tg-time
    only("unix", "format")
    unix = attrs.get("unix") or ""
    if not unix.isdigit():
        raise _entities_error(
            source, f'Tag "tg-time" must have a numeric "unix" attribute at byte offset {byte_offset}'
        )
    entity: dict[str, Any] = {"type": "date_time", "unix_time": int(unix)}
    if attrs.get("format"):
        entity["date_time_format"] = attrs["format"]
    return entity


def check_message_text(text: str | None, parse_mode: str | None) -> ParsedText:
    """The text of a sendMessage/editMessageText after entity parsing, checked for 1–4096 characters."""
    if text is None or not text.strip():
        raise _bad("message text is empty")
    mode = (parse_mode or "").lower()
    if mode == "html":
        parsed = parse_html(text)
    elif mode in ("", "none"):
        parsed = ParsedText(text=text)
    elif mode in ("markdown", "markdownv2"):
        raise ApiError(400, f"Bad Request: the emulator does not implement parse_mode {parse_mode}")
    else:
        raise _bad(f"unsupported parse_mode {parse_mode!r}")
    if not parsed.text.strip():
        raise _bad("message text is empty")
    if utf16_len(parsed.text) > MAX_MESSAGE_CHARS:
        raise _bad("message is too long")
    return parsed


_BUTTON_KINDS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


def check_reply_markup(markup: Any) -> dict[str, Any]:
    """Validate an inline keyboard (the only kind the emulator renders); returns it as a dict."""
    if isinstance(markup, str):
        try:
            markup = json.loads(markup)
        except ValueError as exc:
            raise _bad("can't parse reply keyboard markup JSON object") from exc
    if not isinstance(markup, dict):
        raise _bad("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        if {"keyboard", "remove_keyboard", "force_reply"} & set(markup):
            return markup
        raise _bad("can't parse reply keyboard markup JSON object")
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise _bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays')
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not isinstance(button.get("text"), str) or not button["text"]:
                raise _bad('can\'t find field "text" in an InlineKeyboardButton')
            kinds = [kind for kind in _BUTTON_KINDS if kind in button]
            if len(kinds) != 1:
                raise _bad("inline keyboard button must have exactly one action field")
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                    raise _bad("BUTTON_DATA_INVALID")
            if "url" in button and not str(button["url"]).startswith(("http://", "https://", "tg://")):
                raise _bad("inline keyboard button URL is invalid")
    return markup
