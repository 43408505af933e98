"""Articles users hand the bot: a link, a document, a pasted text or a forwarded channel post.

One status message, edited in place ("Fetching…", "Reading…", or the user's place in line), ends as the
article's card, and the article becomes the chat's current one. Reading runs in the `ReadingQueue`'s
threads. In groups the bot reads only what it is asked about: a message that mentions it with a link, or a
reply to a message holding a link or a file that mentions the bot or is a command ("/who" as a reply); the
article is read on first use and remembered.

A user sees plain sentences only: why a link or file could not be read, never a file path, a traceback or an
operator's fix (those go to the log).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, cast
from urllib.parse import urlsplit

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from ..articles import Article, article_id_for
from ..config import Settings
from ..errors import ArticleError
from ..fetch import fetch
from ..parse_helper import enable_shared_helper
from ..readers import read_bytes
from ..store import IndexedArticle
from .card import parse_card_button, render_card, title_from_text
from .handlers import (
    ARTICLE_KEY,
    ASK_COMMANDS,
    DEPS_KEY,
    AddressedToBot,
    answer_question,
    question_text,
    send_rendered,
)
from .intake import Intake, article_in
from .ratelimit import RateLimiter
from .reading import ReadingQueue, reading_in
from .render import Rendered, escape, resolve_article_key
from .service import ArticleKeeper

__all__ = ["READING_KEY", "TELEGRAM_DOWNLOAD_BYTES", "Reading", "register_intake"]

log = logging.getLogger(__name__)

READING_KEY = "newsbot.reading"
SOURCES_KEY = "newsbot.sources"  # chat_data: {message id: article id} of messages already read
MAX_REMEMBERED_SOURCES = 200
TELEGRAM_DOWNLOAD_BYTES = 20 * 1024 * 1024  # bots may download files of up to 20 MB
_SUFFIX_FOR_TYPE = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt",
                    "text/markdown": ".md", "application/pdf": ".pdf"}  # fmt: skip
COULD_NOT_READ = "Sorry — I couldn't read that article. Please try again later."
COULD_NOT_DOWNLOAD = "I couldn't download that file from Telegram. Please send it again."
PREPARING = "Getting it ready for your questions…"


@dataclass
class Reading:
    """What adding articles needs: the settings, the reading queue and the per-user additions limit."""

    settings: Settings
    queue: ReadingQueue
    additions: RateLimiter


def _keeper(context: ContextTypes.DEFAULT_TYPE) -> ArticleKeeper:
    return cast(ArticleKeeper, context.bot_data[DEPS_KEY].service)


def _reading(context: ContextTypes.DEFAULT_TYPE) -> Reading:
    return cast(Reading, context.bot_data[READING_KEY])


def _sources(context: ContextTypes.DEFAULT_TYPE) -> dict[int, str]:
    if context.chat_data is None:
        return {}
    return cast(dict[int, str], context.chat_data.setdefault(SOURCES_KEY, {}))


# ---- reading one article -------------------------------------------------------------------------------------


class _Status:
    """The one message that tells the user how reading goes, and finally shows the card."""

    def __init__(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply_to: int | None) -> None:
        self.context = context
        self.chat_id = chat_id
        self.reply_to = reply_to
        self.message: Message | None = None
        self.shown = ""

    async def say(self, html: str, markup: InlineKeyboardMarkup | None = None) -> None:
        if html == self.shown and markup is None:
            return
        self.shown = html
        bot = self.context.bot
        try:
            if self.message is None:
                reply = ReplyParameters(self.reply_to, allow_sending_without_reply=True) if self.reply_to else None
                self.message = await bot.send_message(self.chat_id, html, reply_parameters=reply, reply_markup=markup)
            else:
                await bot.edit_message_text(html, self.chat_id, self.message.message_id, reply_markup=markup)
        except BadRequest as exc:
            if "not modified" not in str(exc):
                raise


async def read_into_chat(
    update: Update, context: ContextTypes.DEFAULT_TYPE, intake: Intake, *, source_id: int, reply_to: int | None
) -> str | None:
    """Read `intake` into this chat's articles, ending with its card; the article id, or None if it failed."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return None
    keeper, reading = _keeper(context), _reading(context)
    known = _sources(context).get(source_id)
    if known is not None and any(a.id == known for a in keeper.chat_articles(chat.id)):
        return known
    if user is not None:
        decision = reading.additions.check(user.id)
        if not decision.allowed:
            minutes = max(1, round(decision.retry_in / 60))
            limit = reading.settings.additions_per_hour
            await send_rendered(context, chat.id, Rendered(escape(
                f"You have added {limit} articles in the last hour, as many as I take. "
                f"Please try again in about {minutes} min."
            )), reply_to=reply_to)  # fmt: skip
            return None
    most = min(TELEGRAM_DOWNLOAD_BYTES, reading.settings.max_article_bytes)
    if intake.file_size is not None and intake.file_size > most:
        await send_rendered(context, chat.id, Rendered(escape(
            f"That file is {_megabytes(intake.file_size)}; I can read files of up to {_megabytes(most)}."
        )), reply_to=reply_to)  # fmt: skip
        return None
    with reading_in(context.bot_data, chat.id):
        return await _read_with_status(context, intake, chat.id, source_id=source_id, reply_to=reply_to)


async def _read_with_status(
    context: ContextTypes.DEFAULT_TYPE,
    intake: Intake,
    chat_id: int,
    *,
    source_id: int,
    reply_to: int | None,
) -> str | None:
    """The status message's life: waiting, fetching, reading, the card as soon as the records exist, the card
    with its buttons once the article is stored (questions sent in between wait for that)."""
    keeper, reading = _keeper(context), _reading(context)
    status = _Status(context, chat_id, reply_to)
    await status.say("Fetching…" if intake.kind != "text" else "Reading…")
    loop = asyncio.get_running_loop()
    previews: list[concurrent.futures.Future[None]] = []

    def analysed(indexed: IndexedArticle) -> None:  # in the reading thread, before the passages are embedded
        preview = render_card(indexed, came_from=intake.came_from, notes=(PREPARING,))
        previews.append(asyncio.run_coroutine_threadsafe(status.say(preview.html), loop))

    try:
        async with reading.queue.turn(lambda ahead: status.say(f"In line to be read ({ahead} ahead of you)…")):
            article = await _read(context, intake, status, reading)
            added = await reading.queue.run(
                keeper.add_article, article, chat_id=chat_id, source=intake.came_from, on_analysed=analysed
            )
            indexed = await reading.queue.run(keeper.article, added.id)
    except Exception as exc:
        await _landed(previews)
        if isinstance(exc, ArticleError):  # a plain sentence about the link or file: the user can act on it
            log.info("could not read an article sent to chat %s: %s", chat_id, exc)
            await status.say(escape(_plain(str(exc))))
        elif isinstance(exc, TelegramError):
            log.warning("downloading a document for chat %s failed: %s", chat_id, exc)
            await status.say(escape(COULD_NOT_DOWNLOAD))
        else:
            log.exception("reading an article for chat %s failed", chat_id)
            await status.say(escape(COULD_NOT_READ))
        return None
    await _landed(previews)
    if context.chat_data is not None:
        context.chat_data[ARTICLE_KEY] = added.id
    sources = _sources(context)
    sources[source_id] = added.id
    for old in list(sources)[:-MAX_REMEMBERED_SOURCES]:  # a busy group: remember the latest messages only
        del sources[old]
    notes = tuple(
        f"This chat keeps {reading.settings.max_articles_per_chat} articles: I dropped the oldest, “{d.title or d.id}”."
        for d in added.dropped
    )
    card = render_card(indexed, came_from=intake.came_from, notes=notes)
    markup = InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in card.button_rows()]
    )
    await status.say(card.html, markup)
    return added.id


async def _landed(previews: list[concurrent.futures.Future[None]]) -> None:
    """Wait for the preview card's edit, so the status message's next edit comes after it."""
    for preview in previews:
        try:
            await asyncio.wrap_future(preview)
        except TelegramError as exc:
            log.warning("showing the card early failed: %s", exc)


async def _read(context: ContextTypes.DEFAULT_TYPE, intake: Intake, status: _Status, reading: Reading) -> Article:
    """Fetch or download what `intake` names, then read it into an `Article` (blocking parts in the queue)."""
    settings = reading.settings
    if intake.kind == "link":
        assert intake.url is not None
        fetched = await reading.queue.run(fetch, intake.url, settings)
        await status.say("Reading…")
        name = _name_for(fetched.final_url, fetched.content_type)
        article = await reading.queue.run(
            read_bytes, fetched.body, name=name, url=fetched.final_url, content_type=fetched.content_type
        )
    elif intake.kind == "document":
        assert intake.file_id is not None
        file = await context.bot.get_file(intake.file_id)
        data = bytes(await file.download_as_bytearray())
        most = min(TELEGRAM_DOWNLOAD_BYTES, settings.max_article_bytes)
        if len(data) > most:
            raise ArticleError(f"That file is {_megabytes(len(data))}; I can read files of up to {_megabytes(most)}.")
        await status.say("Reading…")
        article = await reading.queue.run(read_bytes, data, name=intake.file_name or "document")
    else:
        assert intake.text is not None
        text = intake.text
        article = await reading.queue.run(read_bytes, text.encode("utf-8"), name="pasted.txt")
        article.id = _slug(title_from_text(text))
        if article.meta.title is None:
            article.meta = article.meta.model_copy(update={"title": title_from_text(text)})
    return _dated(article, intake)


def _dated(article: Article, intake: Intake) -> Article:
    """A forwarded post's date is the publication date of its text (a page it links to keeps its own)."""
    if intake.published is None:
        return article
    if intake.kind != "text" and article.meta.published is not None and not article.meta.published_inferred:
        return article
    update: dict[str, Any] = {
        "published": intake.published,
        "published_inferred": False,
        "published_from": "forwarded post",
        "source": intake.channel,
    }
    if intake.post_url and not article.meta.url:
        update["url"] = intake.post_url
    article.meta = article.meta.model_copy(update=update)
    return article


def _name_for(url: str, content_type: str) -> str:
    """A file name for a fetched page: the URL's last part if it has a suffix, else one from the content type."""
    parts = urlsplit(url)
    last = PurePosixPath(parts.path).name
    if PurePosixPath(last).suffix:
        return last
    return (last or parts.hostname or "page") + _SUFFIX_FOR_TYPE.get(content_type, ".html")


def _slug(title: str) -> str:
    """A readable id from a title's first words (the index adds a hash when another article holds it)."""
    words = re.sub(r"[^\w\s-]", " ", title).split()[:6]
    return article_id_for(Path(" ".join(words) + ".txt"))


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _plain(message: str) -> str:
    """A reader's error as one sentence for a chat user, without the file name prefix readers add for the CLI."""
    return re.sub(r"^[^\s:]+\.[A-Za-z0-9]{1,5}: ", "", message).strip() or COULD_NOT_READ


# ---- handlers ------------------------------------------------------------------------------------------------


async def posted_article(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A link, file, pasted text or forwarded post (in a group: one that mentions the bot): read it.

    A command in the same message ("/who https://…") is then answered about the new article.
    """
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    intake = article_in(message, min_chars=_reading(context).settings.min_article_chars)
    if intake is None:
        return
    reply_to = message.message_id if chat.type != ChatType.PRIVATE else None
    article_id = await read_into_chat(update, context, intake, source_id=message.message_id, reply_to=reply_to)
    command = _ask_command(message)
    if article_id is not None and command is not None:
        await answer_question(update, context, command, article_id=article_id, reply_to=reply_to)


async def reply_about_article(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group: a reply to a message holding a link or a file that asks the bot something about it."""
    message = update.effective_message
    if message is None or message.reply_to_message is None or _for_another_bot(message):
        return
    replied = message.reply_to_message
    intake = article_in(replied, min_chars=_reading(context).settings.min_article_chars)
    if intake is None:
        return
    article_id = await read_into_chat(
        update, context, intake, source_id=replied.message_id, reply_to=message.message_id
    )
    question = question_text(message)
    if article_id is None or not question:
        return
    if question.startswith("/") and question.split()[0][1:] not in ASK_COMMANDS:
        return  # /start, /help… as a reply: the card is the answer
    await answer_question(update, context, question, article_id=article_id, reply_to=message.message_id)


async def card_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A card's button: ask /who, /when or /quotes about the card's article."""
    query = update.callback_query
    chat = update.effective_chat
    if query is None or chat is None:
        return
    parsed = parse_card_button(query.data or "")
    visible = [a.id for a in _keeper(context).chat_articles(chat.id)]
    article_id = resolve_article_key(parsed[1], visible) if parsed else None
    if parsed is None or article_id is None:
        await query.answer("That article is no longer available.", show_alert=True)
        return
    await query.answer()
    if context.chat_data is not None:
        context.chat_data[ARTICLE_KEY] = article_id
    reply_to = query.message.message_id if query.message is not None else None
    await answer_question(update, context, f"/{parsed[0]}", article_id=article_id, reply_to=reply_to)


def _ask_command(message: Message) -> str | None:
    match = re.match(r"^/([A-Za-z]+)(?:@\w+)?\b", message.text or message.caption or "")
    return f"/{match.group(1).lower()}" if match and match.group(1).lower() in ASK_COMMANDS else None


def _for_another_bot(message: Message) -> bool:
    match = re.match(r"^/[A-Za-z0-9_]+@([A-Za-z0-9_]+)", message.text or "")
    return match is not None and match.group(1).lower() != (message.get_bot().username or "").lower()


# ---- registration --------------------------------------------------------------------------------------------


class _HoldsArticle(filters.MessageFilter):
    def __init__(self, min_chars: int) -> None:
        super().__init__()
        self.min_chars = min_chars

    def filter(self, message: Message) -> bool:
        return article_in(message, min_chars=self.min_chars) is not None


class _CaptionMentionsBot(filters.MessageFilter):
    """A document or photo whose caption mentions the bot (a group's way of handing it a file)."""

    def filter(self, message: Message) -> bool:
        username = (message.get_bot().username or "").lower()
        mentions = message.parse_caption_entities([MessageEntity.MENTION])
        return bool(username) and any(text[1:].lower() == username for text in mentions.values())


class _RepliesToArticle(filters.MessageFilter):
    """A reply to someone's message (not the bot's) that holds a link, a file or an article's text."""

    def __init__(self, min_chars: int) -> None:
        super().__init__()
        self.min_chars = min_chars

    def filter(self, message: Message) -> bool:
        replied = message.reply_to_message
        if replied is None or (replied.from_user is not None and replied.from_user.id == message.get_bot().id):
            return False
        return article_in(replied, min_chars=self.min_chars) is not None


def register_intake(application: Application, settings: Settings) -> None:  # type: ignore[type-arg]
    """Add the handlers that take articles from users; call before `register_handlers` (they go first).

    Nothing is added when the answer service cannot keep articles (a test double).
    """
    service = application.bot_data[DEPS_KEY].service
    if not isinstance(service, ArticleKeeper):
        return
    if settings.parse_helper and (os.cpu_count() or 1) > 1:
        enable_shared_helper()  # started by the first article read, so a bot that only answers never pays
    application.bot_data[READING_KEY] = Reading(
        settings=settings,
        queue=ReadingQueue(settings.read_workers),
        additions=RateLimiter(settings.additions_per_hour, window=3600.0),
    )
    new = filters.UpdateType.MESSAGE
    groups = filters.ChatType.GROUPS
    holds = _HoldsArticle(settings.min_article_chars)
    addressed = AddressedToBot() | _CaptionMentionsBot()
    replies = _RepliesToArticle(settings.min_article_chars)
    application.add_handler(MessageHandler(new & groups & replies & (filters.COMMAND | addressed), reply_about_article))
    application.add_handler(MessageHandler(new & groups & addressed & holds, posted_article))
    application.add_handler(MessageHandler(new & filters.ChatType.PRIVATE & holds, posted_article))
    application.add_handler(CallbackQueryHandler(card_button, pattern=r"^ask:"))
