"""The bot's own words: command menu, /start, /help and the short replies, all as Telegram HTML."""

from __future__ import annotations

from .render import escape

__all__ = [
    "COMMANDS",
    "EDITED",
    "ERROR",
    "FORGET_NOTHING",
    "FORGET_SHARED",
    "NON_TEXT",
    "articles_list",
    "forget_usage",
    "help_text",
    "rate_limited",
    "start_text",
    "too_long",
    "unknown_command",
    "use_usage",
]

# The command menu registered with set_my_commands (name, description).
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "What this bot does"),
    ("help", "Commands and example questions"),
    ("who", "Who is quoted (or /who NAME: what they said)"),
    ("when", "When something happened, e.g. /when ceasefire"),
    ("quotes", "Every quote, or /quotes NAME"),
    ("source", "Show paragraph N of the article: /source N"),
    ("articles", "The articles I can answer about"),
    ("use", "Choose the article for this chat: /use N"),
    ("forget", "Forget an article this chat added: /forget N"),
)

# Question shapes, not questions about one article: the same bot serves any article a chat chooses.
_EXAMPLES = (
    "/who — everyone the article quotes or names",
    "/who NAME — who that is and what they said",
    "Who said …? (a few words of a quote, or what was said)",
    "/when — the timeline; /when EVENT — when it happened",
)


def start_text(bot_name: str, article_title: str | None) -> str:
    about = f"<b>{escape(article_title)}</b>" if article_title else "the news articles I have indexed"
    examples = "\n".join(f"• <i>{escape(e)}</i>" for e in _EXAMPLES)
    return (
        f"Hi! I'm {escape(bot_name)}. Ask me who said what, and when, about {about}.\n\n"
        "I answer with the article's own words, quoted exactly, and the paragraph they come from — "
        "tap a ¶ button to read it.\n\n"
        f"Try:\n{examples}\n\n"
        "/help lists every command."
    )


def help_text() -> str:
    lines = "\n".join(f"/{name} — {escape(description)}" for name, description in COMMANDS)
    return (
        "<b>Ask in your own words</b>, or use a command:\n"
        f"{lines}\n\n"
        "<b>Send me an article</b>: a link, a file (.html .txt .md .pdf .docx), a long pasted text or a post "
        "forwarded from a channel. I read it and answer about it in this chat.\n"
        "In groups, mention me or reply to one of my messages to ask a question; reply to a link or a file "
        "with a command (/who) or a mention to ask about it.\n"
        "Examples: <code>/who NAME</code>, <code>/when EVENT</code>, <code>/quotes NAME</code>, <code>/source 3</code>."
    )


def articles_list(items: list[tuple[int, str, str | None, bool]]) -> str:
    """`items` are (number, title, published, is_current)."""
    if not items:
        return "No articles are indexed yet."
    rows = []
    for number, title, published, current in items:
        date = f" ({escape(published)})" if published else ""
        mark = " ← <b>this chat</b>" if current else ""
        rows.append(f"{number}. {escape(title)}{date}{mark}")
    return (
        "<b>Articles I can answer about</b>\n"
        + "\n".join(rows)
        + "\n\nChoose one with /use N; /forget N removes one this chat added."
    )


def use_usage(count: int) -> str:
    return f"Send /use N with N from 1 to {count}; /articles lists them."


def forget_usage(count: int) -> str:
    return f"Send /forget N with N from 1 to {count}; /articles lists them."


FORGET_SHARED = "That article is shared with everyone; I can only forget articles this chat added."
FORGET_NOTHING = "There is nothing this chat added for me to forget."


def too_long(length: int, limit: int) -> str:
    return f"That question is {length:,} characters long; I can take up to {limit:,}. Please ask something shorter."


def rate_limited(seconds: float) -> str:
    wait = max(1, round(seconds))
    return f"You're asking faster than I can answer. Please wait {wait} s and try again."


def unknown_command(command: str) -> str:
    return f"I don't know {escape(command)}. /help lists what I can do — or just ask a question."


NON_TEXT = "I can only read text. Ask me a question in words — /help has examples."
EDITED = "I answer each message once, when it arrives. Send the corrected question as a new message."
ERROR = "Sorry — something went wrong while answering. Please try again in a moment."
