"""The bot's update handlers: commands, questions, source buttons, everything else, and errors.

Handlers stay thin: they decide whether and what to answer, run the (blocking) answer service in a worker
thread (showing "typing…" only if the answer takes over a second), and send the rendered, split reply. What
a handler needs is in `context.bot_data[DEPS_KEY]` (a `BotDeps`); the article a chat asks about is in
`context.chat_data`, which PTB persistence keeps across restarts.

Groups: commands are answered (`/who` and `/who@thisbot`, not `/who@otherbot`), as are messages that mention
the bot or reply to it; anything else in a group gets no reply. Private chats: every text is a question;
stickers, photos and other media get a short note; an edited message gets a note asking to resend it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import cast

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from ..errors import NewsbotError
from . import texts
from .flood import FloodWaitTooLong
from .ratelimit import RateLimiter
from .reading import until_read
from .render import Rendered, escape, parse_callback_data, render_answer, resolve_article_key
from .service import AnswerService, ArticleInfo, ArticleKeeper
from .split import split_html

__all__ = ["ARTICLE_KEY", "DEPS_KEY", "AddressedToBot", "BotDeps", "question_text", "register_handlers"]

log = logging.getLogger(__name__)

DEPS_KEY = "newsbot.deps"
ARTICLE_KEY = "article_id"
TYPING_DELAY_SECONDS = 1.0  # an answer ready sooner costs one Bot API call (the reply), not two
TYPING_REFRESH_SECONDS = 4.5  # Telegram shows "typing…" for about 5 s
ASK_COMMANDS = ("who", "when", "quotes", "source")
_BOT_SUFFIX = re.compile(r"^(/[A-Za-z0-9_]+)@[A-Za-z0-9_]+")


@dataclass
class BotDeps:
    """What the handlers share: the answer service, the per-user limiter and the question length limit."""

    service: AnswerService
    limiter: RateLimiter
    max_question_chars: int


def _deps(context: ContextTypes.DEFAULT_TYPE) -> BotDeps:
    return cast(BotDeps, context.bot_data[DEPS_KEY])


# ---- which article a chat asks about -------------------------------------------------------------------------


def _articles(service: AnswerService, chat_id: int | None = None) -> Sequence[ArticleInfo]:
    """What a chat can ask about: everyone's articles and its own, when the service keeps per-chat lists."""
    if chat_id is not None and isinstance(service, ArticleKeeper):
        return service.chat_articles(chat_id)
    return service.articles()


def _visible(context: ContextTypes.DEFAULT_TYPE) -> Sequence[ArticleInfo]:
    """The articles of the chat this update comes from (PTB's context knows the chat)."""
    return _articles(_deps(context).service, context._chat_id)


def _chat_article(context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """The chat's chosen article if it is still indexed, else None (the service's default)."""
    chosen = context.chat_data.get(ARTICLE_KEY) if context.chat_data is not None else None
    if chosen is None:
        return None
    if any(a.id == chosen for a in _visible(context)):
        return str(chosen)
    if context.chat_data is not None:
        context.chat_data.pop(ARTICLE_KEY, None)
    return None


def _current_article(context: ContextTypes.DEFAULT_TYPE) -> ArticleInfo | None:
    service = _deps(context).service
    articles = _visible(context)
    wanted = _chat_article(context)
    if wanted is None:
        try:
            wanted = service.default_article_id()
        except NewsbotError:
            return None
    return next((a for a in articles if a.id == wanted), None)


def _title(article: ArticleInfo) -> str:
    return article.title or article.id


# ---- sending -------------------------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def _typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" in the chat from `TYPING_DELAY_SECONDS` on until the block ends.

    Under flood control every call counts against ~30 per second, so a quick answer sends no chat action;
    a failed chat action never fails the answer.
    """

    async def typing() -> None:
        try:
            await context.bot.send_chat_action(chat_id=chat_id, action=ChatAction.TYPING)
        except TelegramError as exc:
            log.debug("chat action failed: %s", exc)

    async def keep_typing() -> None:
        await asyncio.sleep(TYPING_DELAY_SECONDS)
        while True:
            await typing()
            await asyncio.sleep(TYPING_REFRESH_SECONDS)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def send_rendered(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, rendered: Rendered, *, reply_to: int | None = None
) -> list[Message]:
    """Send a rendered reply as one or more messages; buttons go on the last one."""
    chunks = split_html(rendered.html)
    markup = None
    if rendered.buttons:
        markup = InlineKeyboardMarkup(
            [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rendered.button_rows()]
        )
    sent: list[Message] = []
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        reply = (
            ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
            if reply_to is not None and index == 0
            else None
        )
        sent.append(
            await context.bot.send_message(
                chat_id=chat_id, text=chunk, reply_parameters=reply, reply_markup=markup if last else None
            )
        )
    return sent


async def _reply(update: Update, context: ContextTypes.DEFAULT_TYPE, html_text: str) -> None:
    """A short reply of the bot's own (HTML), quoting the user's message in groups."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    reply_to = message.message_id if chat.type != ChatType.PRIVATE else None
    await send_rendered(context, chat.id, Rendered(html=html_text), reply_to=reply_to)


# ---- questions -----------------------------------------------------------------------------------------------


async def answer_question(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    question: str,
    *,
    article_id: str | None = None,
    reply_to: int | None = None,
) -> None:
    """Check the limits, ask the service off the event loop while typing, and send the rendered answer."""
    chat = update.effective_chat
    user = update.effective_user
    if chat is None:
        return
    deps = _deps(context)
    if len(question) > deps.max_question_chars:
        await send_rendered(
            context, chat.id, Rendered(texts.too_long(len(question), deps.max_question_chars)), reply_to=reply_to
        )
        return
    if user is not None:
        decision = deps.limiter.check(user.id)
        if not decision.allowed:
            if decision.notify:
                await send_rendered(
                    context, chat.id, Rendered(texts.rate_limited(decision.retry_in)), reply_to=reply_to
                )
            return
    async with _typing(context, chat.id):
        await until_read(context.bot_data, chat.id)  # asked while the chat's new article is being read: wait
        article_id = article_id or _chat_article(context)
        try:
            answer = await asyncio.to_thread(deps.service.ask, question, article_id=article_id)
        except NewsbotError as exc:  # a problem the user can act on, in one line
            await send_rendered(context, chat.id, Rendered(escape(str(exc))), reply_to=reply_to)
            return
    rendered = render_answer(answer)
    if answer.kind == "source":  # the paragraph is already shown: no button to open it again
        rendered = Rendered(html=rendered.html)
    await send_rendered(context, chat.id, rendered, reply_to=reply_to)


def question_text(message: Message) -> str:
    """The message text with a leading `/cmd@botname` reduced to `/cmd` and mentions of the bot removed."""
    text = message.text or ""
    text = _BOT_SUFFIX.sub(r"\1", text, count=1)
    username = message.get_bot().username
    if username:
        text = re.sub(rf"(?<![\w@])@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def _group_reply_to(update: Update) -> int | None:
    chat = update.effective_chat
    message = update.effective_message
    if chat is None or message is None or chat.type == ChatType.PRIVATE:
        return None
    return message.message_id


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/who, /when, /quotes, /source: the service reads the command form itself."""
    message = update.effective_message
    if message is None:
        return
    await answer_question(update, context, question_text(message), reply_to=_group_reply_to(update))


async def ask_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Free text (private), or a message that mentions or replies to the bot (groups)."""
    message = update.effective_message
    if message is None:
        return
    question = question_text(message)
    if not question:
        await _reply(update, context, texts.help_text())
        return
    await answer_question(update, context, question, reply_to=_group_reply_to(update))


# ---- the bot's own commands ----------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    article = _current_article(context)
    await _reply(update, context, texts.start_text(context.bot.first_name, _title(article) if article else None))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _reply(update, context, texts.help_text())


async def articles_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    articles = _visible(context)
    current = _current_article(context)
    items = [
        (number, _title(a), a.published, current is not None and a.id == current.id)
        for number, a in enumerate(articles, start=1)
    ]
    await _reply(update, context, texts.articles_list(items))


async def use_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    articles = list(_visible(context))
    args = context.args or []
    if len(args) != 1 or not args[0].isdigit() or not 1 <= int(args[0]) <= len(articles):
        await _reply(update, context, texts.use_usage(len(articles)))
        return
    article = articles[int(args[0]) - 1]
    if context.chat_data is not None:
        context.chat_data[ARTICLE_KEY] = article.id
    await _reply(update, context, f"This chat now asks about <b>{escape(_title(article))}</b>.")


async def forget_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/forget N: take an article this chat added off its list."""
    service = _deps(context).service
    chat = update.effective_chat
    articles = list(_visible(context))
    args = context.args or []
    if chat is None or not isinstance(service, ArticleKeeper):
        await _reply(update, context, escape(texts.FORGET_NOTHING))
        return
    if len(args) != 1 or not args[0].isdigit() or not 1 <= int(args[0]) <= len(articles):
        await _reply(update, context, texts.forget_usage(len(articles)))
        return
    article = articles[int(args[0]) - 1]
    if not await asyncio.to_thread(service.forget, chat.id, article.id):
        await _reply(update, context, escape(texts.FORGET_SHARED))
        return
    if context.chat_data is not None and context.chat_data.get(ARTICLE_KEY) == article.id:
        context.chat_data.pop(ARTICLE_KEY, None)
    await _reply(update, context, f"Forgotten: <b>{escape(_title(article))}</b>.")


# ---- buttons -------------------------------------------------------------------------------------------------


async def open_source(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A ¶ button: show the cited paragraph, verbatim."""
    query = update.callback_query
    if query is None:
        return
    parsed = parse_callback_data(query.data or "")
    service = _deps(context).service
    article_id = resolve_article_key(parsed[0], [a.id for a in _visible(context)]) if parsed else None
    if parsed is None or article_id is None:
        await query.answer("That article is no longer available.", show_alert=True)
        return
    paragraph = parsed[1]
    user = update.effective_user
    if user is not None:
        decision = _deps(context).limiter.check(user.id)
        if not decision.allowed:
            await query.answer(texts.rate_limited(decision.retry_in), show_alert=True)
            return
    await query.answer(f"Paragraph {paragraph}")
    chat = update.effective_chat
    if chat is None:
        return
    reply_to = query.message.message_id if query.message is not None else None
    async with _typing(context, chat.id):
        answer = await asyncio.to_thread(service.ask, f"/source {paragraph}", article_id=article_id)
    await send_rendered(context, chat.id, Rendered(html=render_answer(answer).html), reply_to=reply_to)


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other button (from an older version of the bot): stop the client's spinner, say why."""
    if update.callback_query is not None:
        await update.callback_query.answer("This button no longer works. Ask again?")


# ---- everything else -----------------------------------------------------------------------------------------


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An unknown command: a pointer to /help in private chats or when addressed to us; silence otherwise."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or not message.text:
        return
    command, _, target = message.text.split(maxsplit=1)[0].partition("@")
    username = (context.bot.username or "").lower()
    if target and target.lower() != username:
        return  # meant for another bot
    if chat.type != ChatType.PRIVATE and not target:
        return  # a bare /command in a group may be another bot's
    await _reply(update, context, texts.unknown_command(command))


async def non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice…: a short note (groups: only when replying to the bot)."""
    await _reply(update, context, escape(texts.NON_TEXT))


async def edited_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message: in private chats, ask for a new message; in groups, stay quiet."""
    chat = update.effective_chat
    message = update.edited_message
    if chat is None or message is None or chat.type != ChatType.PRIVATE:
        return
    await send_rendered(context, chat.id, Rendered(escape(texts.EDITED)), reply_to=message.message_id)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error with its traceback; tell the user something went wrong, without the details."""
    error = context.error
    if isinstance(error, Forbidden):
        log.info("a user has blocked the bot or left the chat: %s", error)
        return
    if isinstance(error, FloodWaitTooLong):  # an apology would meet the same flood control
        log.warning("a reply was dropped: %s", error)
        return
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update %s", update_id, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    try:
        await context.bot.send_message(chat_id=update.effective_chat.id, text=escape(texts.ERROR))
    except TelegramError as exc:
        log.warning("could not tell the user about the error: %s", exc)


# ---- filters and registration --------------------------------------------------------------------------------


class AddressedToBot(filters.MessageFilter):
    """A group message that mentions the bot (@username or a text mention) or replies to one of its messages."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
            return True
        username = (bot.username or "").lower()
        for entity, text in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
            if entity.type == MessageEntity.TEXT_MENTION and entity.user is not None and entity.user.id == bot.id:
                return True
            if entity.type == MessageEntity.MENTION and text[1:].lower() == username:
                return True
        return False


class _RepliesToBot(filters.MessageFilter):
    def filter(self, message: Message) -> bool:
        replied = message.reply_to_message
        return replied is not None and replied.from_user is not None and replied.from_user.id == message.get_bot().id


def register_handlers(application: Application) -> None:  # type: ignore[type-arg]
    """Add every handler, most specific first, and the error handler."""
    new = filters.UpdateType.MESSAGE
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, edited_message))
    application.add_handler(CommandHandler("start", start, filters=new))
    application.add_handler(CommandHandler("help", help_command, filters=new))
    application.add_handler(CommandHandler(list(ASK_COMMANDS), ask_command, filters=new))
    application.add_handler(CommandHandler("articles", articles_command, filters=new))
    application.add_handler(CommandHandler("use", use_command, filters=new))
    application.add_handler(CommandHandler("forget", forget_command, filters=new))
    application.add_handler(MessageHandler(new & filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(new & private & filters.TEXT, ask_text))
    application.add_handler(MessageHandler(new & groups & filters.TEXT & AddressedToBot(), ask_text))
    not_text = new & ~filters.TEXT & ~filters.StatusUpdate.ALL
    application.add_handler(MessageHandler(not_text & (private | (groups & _RepliesToBot())), non_text))
    application.add_handler(CallbackQueryHandler(open_source, pattern=r"^src:"))
    application.add_handler(CallbackQueryHandler(stale_button))
    application.add_error_handler(on_error)
