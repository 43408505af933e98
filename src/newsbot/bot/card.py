"""An article's card: what the bot shows once it has read an article a user sent.

Title, site, publication date and where that date came from, where the article came from, how many
paragraphs, who is quoted (the top speakers with their number of statements), and buttons that ask /who,
/when and /quotes about this article. Every piece of article or user text is escaped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Protocol

from ..records import ArticleMeta, ArticleRecords, Paragraph
from .render import MAX_CALLBACK_BYTES, Button, Rendered, article_key, escape

__all__ = ["CARD_COMMANDS", "card_title", "parse_card_button", "render_card", "title_from_text"]

# Button label and the command it asks, in the order shown.
CARD_COMMANDS: tuple[tuple[str, str], ...] = (("Who is quoted", "who"), ("Timeline", "when"), ("All quotes", "quotes"))
TOP_SPEAKERS = 5
_BUTTON = re.compile(r"^ask:(?P<command>who|when|quotes):(?P<key>[^:]+)$")
_DATE_FROM = {
    "front matter": "from the file's header",
    "page metadata": "from the page",
    "url": "from the link",
    "forwarded post": "when the post was published",
    "text": "from the text",
}


class CardArticle(Protocol):
    """The parts of an indexed article a card shows."""

    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def paragraphs(self) -> list[Paragraph]: ...

    @property
    def records(self) -> ArticleRecords: ...


def card_title(article: CardArticle) -> str:
    """The article's title, else its first line, so a card never shows a bare id."""
    if article.records.meta.title:
        return article.records.meta.title
    return title_from_text(article.paragraphs[0].text) if article.paragraphs else article.id


def title_from_text(text: str, *, limit: int = 80) -> str:
    """A title for a text without one: its first line, shortened at a word boundary."""
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:—-") + "…"


def render_card(article: CardArticle, *, came_from: str, notes: tuple[str, ...] = ()) -> Rendered:
    """The card's HTML and its three buttons; `came_from` says in plain words where the article came from."""
    meta = article.records.meta
    lines = [f"<b>{escape(card_title(article))}</b>"]
    byline = [escape(part) for part in (meta.site, meta.author) if part]
    if byline:
        lines.append(" · ".join(byline))
    lines.append(_published(meta))
    lines.append(f"From {escape(came_from)}")
    paragraphs = len(article.paragraphs)
    statements = len(article.records.statements)
    lines.append(f"{paragraphs} paragraph{'s' * (paragraphs != 1)} · {statements} statement{'s' * (statements != 1)}")
    named = {p.name for p in article.records.persons}
    speakers = Counter(s.speaker for s in article.records.statements if s.speaker in named)
    if speakers:
        top = ", ".join(f"{escape(name)} ({count})" for name, count in speakers.most_common(TOP_SPEAKERS))
        more = len(speakers) - TOP_SPEAKERS
        lines.append(f"Quoted: {top}" + (f" and {more} more" if more > 0 else ""))
    else:
        lines.append("Nobody is quoted by name.")
    lines.append("\nAsk me about it: who said what, and when.")
    lines.extend(f"<i>{escape(note)}</i>" for note in notes)
    key = article_key(article.id)
    buttons = tuple(Button(label, f"ask:{command}:{key}") for label, command in CARD_COMMANDS)
    assert all(len(b.data.encode("utf-8")) <= MAX_CALLBACK_BYTES for b in buttons)
    return Rendered(html="\n".join(lines), buttons=buttons)


def parse_card_button(data: str) -> tuple[str, str] | None:
    """`(command, article_key)` from a card button's callback data, or None if it is not one."""
    match = _BUTTON.match(data)
    return None if match is None else (match.group("command"), match.group("key"))


def _published(meta: ArticleMeta) -> str:
    if meta.published is None:
        return "Publication date unknown"
    day = dt.date.fromisoformat(meta.published)
    shown = f"{day.day} {day:%B %Y}"
    if meta.published_inferred:
        return f"Published {shown} (the latest date in the text)"
    source = _DATE_FROM.get(meta.published_from or "")
    return f"Published {shown}" + (f" ({source})" if source else "")
