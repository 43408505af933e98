"""Which messages hold an article: a link, a document, a long pasted text or a forwarded channel post.

`article_in` looks at one Telegram message and says what to read, or None when the message is a question
(or anything else). It reads nothing itself: `reading` does that off the event loop.

- A **link**: the message is mostly a link (`url` entity or `text_link`): little else besides a mention of the
  bot or a command.
- A **document**: any file; whether we can read its kind is decided when reading, with a plain answer.
- A **forwarded channel post**: its text is the article, the channel its source, the post's date its
  publication date. A forwarded post that is mostly a link is read as that link, dated by the post.
- A **pasted text**: at least `min_chars` characters, several sentences, and not a question.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from telegram import Message, MessageEntity, MessageOriginChannel

__all__ = ["MIN_SENTENCES", "Intake", "article_in"]

MIN_SENTENCES = 3
MAX_WORDS_BESIDE_LINK = 12  # "have a look at this one, @bot" still counts as "mostly a link"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s|$)")
_COMMAND = re.compile(r"^/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?")

IntakeKind = Literal["link", "document", "text"]


@dataclass(frozen=True)
class Intake:
    """What to read and how to describe it.

    `came_from` is the plain phrase the card shows ("a link", "a post forwarded from Daily News");
    `published` (YYYY-MM-DD) and `channel` are set for forwarded posts.
    """

    kind: IntakeKind
    came_from: str
    url: str | None = None
    text: str | None = None
    file_id: str | None = None
    file_name: str | None = None
    file_size: int | None = None
    published: str | None = None
    channel: str | None = None
    post_url: str | None = None


def article_in(message: Message, *, min_chars: int) -> Intake | None:
    """The article `message` holds, or None (a question, a short remark, a sticker…)."""
    forward = _forward(message)
    if message.document is not None:
        document = message.document
        name = document.file_name or "document"
        return Intake(
            kind="document",
            came_from=f"the file “{name}”" + (f" forwarded from {forward[0]}" if forward else ""),
            file_id=document.file_id,
            file_name=name,
            file_size=document.file_size,
            published=forward[1] if forward else None,
            channel=forward[0] if forward else None,
            post_url=forward[2] if forward else None,
        )
    text = message.text or message.caption or ""
    link = _mostly_link(message, text)
    if link is not None:
        return Intake(
            kind="link",
            came_from=f"a link in a post forwarded from {forward[0]}" if forward else "a link",
            url=link,
            published=forward[1] if forward else None,
            channel=forward[0] if forward else None,
            post_url=forward[2] if forward else None,
        )
    if forward is not None and text.strip() and not _COMMAND.match(text):
        channel, published, post_url = forward
        return Intake(
            kind="text",
            came_from=f"a post forwarded from {channel}",
            text=text,
            published=published,
            channel=channel,
            post_url=post_url,
        )
    if _looks_like_article(text, min_chars):
        return Intake(kind="text", came_from="a text you pasted", text=text)
    return None


def _forward(message: Message) -> tuple[str, str, str | None] | None:
    """(channel title, the post's date as YYYY-MM-DD, the post's t.me link) for a forwarded channel post."""
    origin = message.forward_origin
    if not isinstance(origin, MessageOriginChannel):
        return None
    chat = origin.chat
    title = chat.title or (f"@{chat.username}" if chat.username else "a channel")
    day = origin.date.astimezone(dt.UTC).date().isoformat()
    link = f"https://t.me/{chat.username}/{origin.message_id}" if chat.username else None
    return title, day, link


def _mostly_link(message: Message, text: str) -> str | None:
    """The URL when the message is little more than one link (and a mention or a command), else None."""
    entities = message.parse_entities() if message.text is not None else message.parse_caption_entities()
    links: list[tuple[MessageEntity, str]] = []
    rest = text
    for entity, covered in entities.items():
        if entity.type == MessageEntity.URL:
            links.append((entity, covered))
        elif entity.type == MessageEntity.TEXT_LINK and entity.url:
            links.append((entity, entity.url))
        else:
            continue
        rest = rest.replace(covered, " ", 1)
    urls = [url for _, url in links if url.lower().startswith(("http://", "https://"))]
    if not urls:
        urls = [f"https://{url}" for _, url in links if "://" not in url]  # "example.com/story" is a link too
    if not urls or len(set(urls)) > 1:
        return None
    rest = _COMMAND.sub(" ", rest.strip())
    rest = re.sub(r"(?<![\w@])@[A-Za-z0-9_]+", " ", rest)
    if len(rest.split()) > MAX_WORDS_BESIDE_LINK:
        return None
    return urls[0]


def _looks_like_article(text: str, min_chars: int) -> bool:
    """Long, several sentences, and not a question (a long question still gets an answer, not a card)."""
    stripped = text.strip()
    if len(stripped) < min_chars or _COMMAND.match(stripped) or stripped.endswith("?"):
        return False
    return len(_SENTENCE_END.findall(stripped)) >= MIN_SENTENCES
