"""The emulated Telegram world: users, chats, messages, the bot's update queue, and both sides' actions.

The bot side is the `api_*` methods, called by the HTTP server with checked, typed parameters. The user side
(`send_text`, `edit_text`, `send_sticker`, `send_photo`, `press_button`, …) is what tests and the terminal
chat use to act as people in private and group chats; it produces the updates the bot polls for.
Everything runs on one asyncio loop, so no locking is needed.
"""

from __future__ import annotations

import asyncio
import itertools
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .validate import ApiError, ParsedText, check_message_text, check_reply_markup, utf16_len

__all__ = ["ApiCall", "BotState", "SentMessage"]

_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_COMMAND_IN_TEXT = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION_IN_TEXT = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{4,32}")
_URL_IN_TEXT = re.compile(r"(?<![\w/@])(?:https?://)[^\s<>\"]+[^\s<>\".,;:!?)\]'”’]")
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024  # bots may download files of up to 20 MB
_ALL_UPDATE_TYPES_DEFAULT_EXCLUDED = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


@dataclass
class ApiCall:
    """One request the bot made: method, typed parameters, and the outcome."""

    method: str
    params: dict[str, Any]
    ok: bool
    error: str | None = None
    injected: bool = False
    at: float = field(default_factory=time.monotonic)


@dataclass
class SentMessage:
    """A message as stored by the emulator (user's or bot's), with the HTML the bot sent, if any."""

    message: dict[str, Any]
    from_bot: bool
    html: str | None = None
    edits: list[str] = field(default_factory=list)

    @property
    def message_id(self) -> int:
        return int(self.message["message_id"])

    @property
    def chat_id(self) -> int:
        return int(self.message["chat"]["id"])

    @property
    def text(self) -> str:
        return str(self.message.get("text", self.message.get("caption", "")))

    @property
    def entities(self) -> list[dict[str, Any]]:
        return list(self.message.get("entities", []))

    @property
    def buttons(self) -> list[list[dict[str, Any]]]:
        markup = self.message.get("reply_markup") or {}
        return [list(row) for row in markup.get("inline_keyboard", [])]

    @property
    def callback_data(self) -> list[str]:
        return [b["callback_data"] for row in self.buttons for b in row if "callback_data" in b]


@dataclass
class StoredFile:
    """A file a user sent: its Bot API `File` fields and its bytes (served at `/file/bot<token>/<file_path>`)."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes


class BotState:
    """One bot account and the part of Telegram it can see."""

    def __init__(self, token: str, *, bot_username: str = "newsbot_local_bot", bot_name: str = "Newsbot") -> None:
        self.token = token
        head = token.split(":", 1)[0]
        self.bot_user: dict[str, Any] = {
            "id": int(head) if head.isdigit() else 7000000001,
            "is_bot": True,
            "first_name": bot_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.users: dict[int, dict[str, Any]] = {}
        self.chats: dict[int, dict[str, Any]] = {}
        self.messages: dict[int, dict[int, SentMessage]] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.calls: list[ApiCall] = []
        self.webhook: dict[str, Any] | None = None
        self.logged_out = False
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(100_000_001)
        self._user_ids = itertools.count(10_001)
        self._group_ids = itertools.count(1_001)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._callback_ids = itertools.count(1)
        self._callback_queries: set[str] = set()
        self._allowed_updates: frozenset[str] | None = None
        self._changed = asyncio.Condition()
        self._poll_generation = 0
        self.polls_started = 0  # getUpdates calls received, counted on arrival: a long poll is recorded only as it ends
        self.closed = False
        self._listeners: list[Callable[[], None]] = []
        self.files: dict[str, StoredFile] = {}
        self._file_numbers = itertools.count(1)
        self._channel_ids = itertools.count(1_001)

    # ---- change notification --------------------------------------------------------------------------------

    def _notify(self) -> None:
        async def wake() -> None:
            async with self._changed:
                self._changed.notify_all()

        loop = asyncio.get_running_loop()
        loop.create_task(wake())  # noqa: RUF006 - fire and forget; the condition holds no state
        for listener in list(self._listeners):
            listener()

    def close(self) -> None:
        """End waiting long polls (they return no updates); the server is going away."""
        self.closed = True
        self._notify()

    def record(self, call: ApiCall) -> None:
        """Log one API call (tests wait on these, e.g. for the bot to have started)."""
        self.calls.append(call)
        self._notify()

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Call `callback` (synchronously, on the loop) after every change: a new update, reply, action…"""
        self._listeners.append(callback)

    async def wait_until(self, predicate: Callable[[], bool], timeout: float) -> bool:
        """Wait until `predicate()` holds; False on timeout."""
        try:
            async with asyncio.timeout(timeout):
                async with self._changed:
                    await self._changed.wait_for(predicate)
        except TimeoutError:
            return predicate()
        return True

    # ---- the user side --------------------------------------------------------------------------------------

    def create_user(self, first_name: str, *, username: str | None = None, language_code: str = "en") -> dict[str, Any]:
        user: dict[str, Any] = {"id": next(self._user_ids), "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        user["language_code"] = language_code
        self.users[user["id"]] = user
        return user

    def private_chat(self, user: dict[str, Any]) -> dict[str, Any]:
        chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        if "username" in user:
            chat["username"] = user["username"]
        self.chats.setdefault(chat["id"], chat)
        return self.chats[chat["id"]]

    def group_chat(self, title: str, *, supergroup: bool = False) -> dict[str, Any]:
        number = next(self._group_ids)
        chat_id = -(1_000_000_000_000 + number) if supergroup else -number
        chat = {"id": chat_id, "type": "supergroup" if supergroup else "group", "title": title}
        self.chats[chat_id] = chat
        return chat

    def _new_message(
        self, chat: dict[str, Any], sender: dict[str, Any], *, reply_to: int | None = None
    ) -> dict[str, Any]:
        counter = self._message_ids.setdefault(chat["id"], itertools.count(1))
        message: dict[str, Any] = {
            "message_id": next(counter),
            "from": dict(sender),
            "chat": dict(chat),
            "date": int(time.time()),
        }
        if reply_to is not None:
            original = self._message(chat["id"], reply_to)
            message["reply_to_message"] = {k: v for k, v in original.message.items() if k != "reply_to_message"}
        return message

    def send_text(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        text: str,
        *,
        reply_to: int | None = None,
        text_links: dict[str, str] | None = None,
    ) -> SentMessage:
        """A user sends `text`; commands, @mentions and links get their entities as a Telegram client would.

        `text_links` maps words of `text` to the URL they are linked to (a `text_link` entity each).
        """
        message = self._new_message(chat, user, reply_to=reply_to)
        message["text"] = text
        entities = _user_entities(text, text_links)
        if entities:
            message["entities"] = entities
        return self._store_user_message(message, "message")

    def send_document(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        data: bytes,
        file_name: str,
        *,
        mime_type: str | None = None,
        caption: str | None = None,
        reply_to: int | None = None,
    ) -> SentMessage:
        """A user sends a file; the bot sees a `document` and can download it with getFile."""
        if not data:
            raise ValueError("Telegram does not send empty files")
        message = self._new_message(chat, user, reply_to=reply_to)
        stored = self._store_file(data, folder="documents", suffix=_suffix(file_name))
        document: dict[str, Any] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": file_name,
            "file_size": len(data),
        }
        if mime_type:
            document["mime_type"] = mime_type
        message["document"] = document
        if caption:
            message["caption"] = caption
            entities = _user_entities(caption)
            if entities:
                message["caption_entities"] = entities
        return self._store_user_message(message, "message")

    def forward_channel_post(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        text: str,
        *,
        channel_title: str,
        date: int,
        channel_username: str | None = None,
        post_id: int = 1,
        author_signature: str | None = None,
    ) -> SentMessage:
        """A user forwards a channel's post: the message carries `forward_origin` of type "channel"."""
        channel: dict[str, Any] = {"id": -(1_000_000_000_000 + next(self._channel_ids)), "type": "channel"}
        channel["title"] = channel_title
        if channel_username:
            channel["username"] = channel_username
        origin: dict[str, Any] = {"type": "channel", "chat": channel, "message_id": post_id, "date": int(date)}
        if author_signature:
            origin["author_signature"] = author_signature
        message = self._new_message(chat, user)
        message["forward_origin"] = origin
        message["text"] = text
        entities = _user_entities(text)
        if entities:
            message["entities"] = entities
        return self._store_user_message(message, "message")

    def _store_file(self, data: bytes, *, folder: str, suffix: str) -> StoredFile:
        unique = secrets.token_hex(8)
        stored = StoredFile(
            file_id=f"BQACAgIAAxk{unique}{secrets.token_hex(8)}",
            file_unique_id=f"AgAD{unique[:8]}",
            file_path=f"{folder}/file_{next(self._file_numbers)}{suffix}",
            data=data,
        )
        self.files[stored.file_id] = stored
        return stored

    def file_at(self, file_path: str) -> StoredFile | None:
        """The file a download URL names, if any (what `/file/bot<token>/<file_path>` serves)."""
        return next((f for f in self.files.values() if f.file_path == file_path), None)

    def send_sticker(self, chat: dict[str, Any], user: dict[str, Any], *, emoji: str = "👍") -> SentMessage:
        message = self._new_message(chat, user)
        unique = secrets.token_hex(6)
        message["sticker"] = {
            "file_id": f"CAACAgIAAxk{unique}",
            "file_unique_id": unique,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._store_user_message(message, "message")

    def send_photo(self, chat: dict[str, Any], user: dict[str, Any], *, caption: str | None = None) -> SentMessage:
        message = self._new_message(chat, user)
        unique = secrets.token_hex(6)
        message["photo"] = [
            {"file_id": f"AgACAgIAAxk{unique}s", "file_unique_id": unique + "s", "width": 90, "height": 90},
            {"file_id": f"AgACAgIAAxk{unique}m", "file_unique_id": unique + "m", "width": 800, "height": 800},
        ]
        if caption:
            message["caption"] = caption
            entities = _user_entities(caption)
            if entities:
                message["caption_entities"] = entities
        return self._store_user_message(message, "message")

    def edit_text(self, chat: dict[str, Any], message_id: int, text: str) -> SentMessage:
        """A user edits one of their text messages: an `edited_message` update."""
        stored = self._message(chat["id"], message_id)
        if stored.from_bot or "text" not in stored.message:
            raise ValueError("only a user's own text messages can be edited")
        stored.edits.append(stored.text)
        stored.message["text"] = text
        stored.message["edit_date"] = int(time.time())
        entities = _user_entities(text)
        if entities:
            stored.message["entities"] = entities
        else:
            stored.message.pop("entities", None)
        self._enqueue("edited_message", dict(stored.message))
        return stored

    def press_button(self, chat: dict[str, Any], user: dict[str, Any], message_id: int, callback_data: str) -> str:
        """A user presses an inline button of a bot message; returns the callback query id."""
        stored = self._message(chat["id"], message_id)
        if callback_data not in stored.callback_data:
            raise ValueError(f"message {message_id} has no button with callback_data {callback_data!r}")
        query_id = f"{next(self._callback_ids)}{secrets.randbelow(10**9):09d}"
        query = {
            "id": query_id,
            "from": dict(user),
            "message": dict(stored.message),
            "chat_instance": str(abs(chat["id"]) * 7 + 3),
            "data": callback_data,
        }
        self._callback_queries.add(query_id)
        self._enqueue("callback_query", query)
        return query_id

    def _store_user_message(self, message: dict[str, Any], kind: str) -> SentMessage:
        stored = SentMessage(message=message, from_bot=False)
        self.messages.setdefault(message["chat"]["id"], {})[stored.message_id] = stored
        self._enqueue(kind, dict(message))
        return stored

    def _enqueue(self, kind: str, payload: dict[str, Any]) -> None:
        self._updates.append({"update_id": next(self._update_ids), kind: payload})
        self._notify()

    # ---- reading what happened ------------------------------------------------------------------------------

    def bot_messages(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.messages.get(chat_id, {}).values() if m.from_bot]

    async def replies_after(
        self, chat_id: int, after: int, *, settle: float = 0.4, timeout: float = 30.0
    ) -> list[SentMessage]:
        """The bot's messages in `chat_id` newer than message `after`: waits for the first one (up to
        `timeout`), then until no further one arrives for `settle` seconds, as a person reading would."""

        def new() -> list[SentMessage]:
            return [m for m in self.bot_messages(chat_id) if m.message_id > after]

        if not await self.wait_until(lambda: bool(new()), timeout):
            return []
        while True:
            seen = len(new())
            if not await self.wait_until(lambda seen=seen: len(new()) > seen, settle):  # type: ignore[misc]
                return new()

    def pending_updates(self) -> list[dict[str, Any]]:
        return list(self._updates)

    def rejected_calls(self) -> list[ApiCall]:
        """Requests Telegram would have refused (injected faults are not counted)."""
        return [call for call in self.calls if not call.ok and not call.injected]

    def _message(self, chat_id: int, message_id: int) -> SentMessage:
        try:
            return self.messages[chat_id][message_id]
        except KeyError:
            raise ValueError(f"no message {message_id} in chat {chat_id}") from None

    # ---- the bot side (Bot API methods) ---------------------------------------------------------------------

    def _chat(self, chat_id: Any) -> dict[str, Any]:
        if isinstance(chat_id, str):
            if chat_id.lstrip("-").isdigit():
                chat_id = int(chat_id)
            else:
                for known in self.chats.values():
                    if chat_id.startswith("@") and known.get("username") == chat_id[1:]:
                        return known
                raise ApiError(400, "Bad Request: chat not found")
        chat = self.chats.get(chat_id)
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    def api_getMe(self, params: dict[str, Any]) -> Any:
        return dict(self.bot_user)

    def api_logOut(self, params: dict[str, Any]) -> Any:
        self.logged_out = True
        return True

    def api_close(self, params: dict[str, Any]) -> Any:
        return True

    async def api_getUpdates(self, params: dict[str, Any]) -> Any:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
                "delete the webhook first",
            )
        offset = params.get("offset")
        limit = params.get("limit", 100)
        if not 1 <= limit <= 100:
            limit = 100
        timeout = max(0, min(int(params.get("timeout", 0)), 50))
        if "allowed_updates" in params:
            allowed = params["allowed_updates"]
            self._allowed_updates = frozenset(allowed) if allowed else None
        if offset is not None:
            if offset < 0:
                self._updates = self._updates[offset:]
            else:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
        self._poll_generation += 1
        self.polls_started += 1
        generation = self._poll_generation
        self._notify()  # an older long poll still waiting now ends with a conflict

        def ready() -> bool:
            return bool(self._deliverable()) or generation != self._poll_generation or self.closed

        if timeout and not ready():
            await self.wait_until(ready, timeout)
        if self.closed:
            return []
        if generation != self._poll_generation:
            raise ApiError(
                409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
            )
        return self._deliverable()[:limit]

    def _deliverable(self) -> list[dict[str, Any]]:
        allowed = self._allowed_updates
        return [
            u
            for u in self._updates
            if (allowed is None and not (set(u) & _ALL_UPDATE_TYPES_DEFAULT_EXCLUDED)) or (allowed and set(u) & allowed)
        ]

    def confirm_through(self, update_id: int) -> None:
        """Webhook delivery: the update and those before it were accepted."""
        self._updates = [u for u in self._updates if u["update_id"] > update_id]
        self._notify()

    def api_setWebhook(self, params: dict[str, Any]) -> Any:
        url = params["url"]
        if not url:
            return self.api_deleteWebhook(params)
        if not url.startswith(("https://", "http://127.", "http://localhost")):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_TOKEN.match(secret):
            raise ApiError(400, "Bad Request: bad webhook: secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        if "allowed_updates" in params:
            self._allowed_updates = frozenset(params["allowed_updates"]) or None
        self.webhook = {"url": url, "secret_token": secret, "max_connections": params.get("max_connections", 40)}
        self._poll_generation += 1  # a waiting getUpdates now ends with a conflict
        self._notify()
        return True

    def api_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = None
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._notify()
        return True

    def api_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        info: dict[str, Any] = {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self.webhook:
            info["max_connections"] = self.webhook["max_connections"]
            if self._allowed_updates:
                info["allowed_updates"] = sorted(self._allowed_updates)
        return info

    def api_getFile(self, params: dict[str, Any]) -> Any:
        stored = self.files.get(params["file_id"])
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        if len(stored.data) > MAX_DOWNLOAD_BYTES:
            raise ApiError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    def api_sendMessage(self, params: dict[str, Any]) -> Any:
        chat = self._chat(params["chat_id"])
        parsed = check_message_text(params.get("text"), params.get("parse_mode"))
        if "entities" in params and params.get("parse_mode"):
            raise ApiError(400, "Bad Request: can't use entities together with parse_mode")
        if "entities" in params:
            parsed = ParsedText(text=parsed.text, entities=list(params["entities"]))
        reply_to: int | None = None
        reply = params.get("reply_parameters")
        if reply is not None:
            if not isinstance(reply.get("message_id"), int):
                raise ApiError(400, 'Bad Request: field "message_id" of ReplyParameters must be an Integer')
            if reply.get("chat_id") not in (None, chat["id"]):
                raise ApiError(400, "Bad Request: the emulator only replies within the same chat")
            if reply["message_id"] in self.messages.get(chat["id"], {}):
                reply_to = reply["message_id"]
            elif not reply.get("allow_sending_without_reply"):
                raise ApiError(400, "Bad Request: message to be replied not found")
        message = self._new_message(chat, self.bot_user, reply_to=reply_to)
        message["text"] = parsed.text
        if parsed.entities:
            message["entities"] = parsed.entities
        if "reply_markup" in params:
            markup = check_reply_markup(params["reply_markup"])
            if "inline_keyboard" in markup:
                message["reply_markup"] = markup
        stored = SentMessage(message=message, from_bot=True, html=params["text"] if params.get("parse_mode") else None)
        self.messages.setdefault(chat["id"], {})[stored.message_id] = stored
        self._notify()
        return dict(message)

    def _bot_message(self, params: dict[str, Any]) -> SentMessage:
        if "inline_message_id" in params:
            raise ApiError(400, "Bad Request: the emulator has no inline messages")
        if "chat_id" not in params or "message_id" not in params:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        chat = self._chat(params["chat_id"])
        stored = self.messages.get(chat["id"], {}).get(params["message_id"])
        if stored is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if not stored.from_bot:
            raise ApiError(400, "Bad Request: message can't be edited")
        return stored

    def api_editMessageText(self, params: dict[str, Any]) -> Any:
        stored = self._bot_message(params)
        parsed = check_message_text(params.get("text"), params.get("parse_mode"))
        markup = check_reply_markup(params["reply_markup"]) if "reply_markup" in params else None
        if (
            parsed.text == stored.text
            and parsed.entities == stored.entities
            and (markup is None or markup == stored.message.get("reply_markup"))
        ):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message",
            )
        stored.edits.append(stored.text)
        stored.message["text"] = parsed.text
        stored.html = params["text"] if params.get("parse_mode") else None
        if parsed.entities:
            stored.message["entities"] = parsed.entities
        else:
            stored.message.pop("entities", None)
        if markup is not None and "inline_keyboard" in markup:
            stored.message["reply_markup"] = markup
        else:
            stored.message.pop("reply_markup", None)
        stored.message["edit_date"] = int(time.time())
        self._notify()
        return dict(stored.message)

    def api_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        stored = self._bot_message(params)
        if "reply_markup" in params:
            stored.message["reply_markup"] = check_reply_markup(params["reply_markup"])
        else:
            stored.message.pop("reply_markup", None)
        self._notify()
        return dict(stored.message)

    def api_deleteMessage(self, params: dict[str, Any]) -> Any:
        chat = self._chat(params["chat_id"])
        if self.messages.get(chat["id"], {}).pop(params["message_id"], None) is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        self._notify()
        return True

    def api_sendChatAction(self, params: dict[str, Any]) -> Any:
        chat = self._chat(params["chat_id"])
        if params["action"] not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        self.chat_actions.append((chat["id"], params["action"]))
        self._notify()
        return True

    def api_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        query_id = params["callback_query_id"]
        if query_id not in self._callback_queries or query_id in self.callback_answers:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        if len(params.get("text", "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self.callback_answers[query_id] = dict(params)
        self._notify()
        return True

    def api_setMyCommands(self, params: dict[str, Any]) -> Any:
        commands = params["commands"]
        if len(commands) > 100:
            raise ApiError(400, "Bad Request: too many commands")
        for command in commands:
            if not isinstance(command, dict):
                raise ApiError(400, "Bad Request: can't parse BotCommand")
            if not _COMMAND_NAME.match(str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: command description is empty or too long")
        self.commands[_scope_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    def api_getMyCommands(self, params: dict[str, Any]) -> Any:
        return list(self.commands.get(_scope_key(params), []))

    def api_deleteMyCommands(self, params: dict[str, Any]) -> Any:
        self.commands.pop(_scope_key(params), None)
        return True


def _scope_key(params: dict[str, Any]) -> tuple[str, str]:
    scope = params.get("scope") or {"type": "default"}
    return str(scope.get("type", "default")), str(params.get("language_code", ""))


def _user_entities(text: str, text_links: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """`bot_command`, `mention`, `url` and `text_link` entities, with UTF-16 offsets, as Telegram adds them."""
    entities: list[dict[str, Any]] = []
    urls = [(m.start(), m.end()) for m in _URL_IN_TEXT.finditer(text)]
    for pattern, kind in ((_COMMAND_IN_TEXT, "bot_command"), (_MENTION_IN_TEXT, "mention"), (_URL_IN_TEXT, "url")):
        for match in pattern.finditer(text):
            if kind != "url" and any(start <= match.start() < end for start, end in urls):
                continue  # "/path" or "@x" inside a link is part of the link
            entities.append(
                {"type": kind, "offset": utf16_len(text[: match.start()]), "length": utf16_len(match.group())}
            )
    for words, url in (text_links or {}).items():
        start = text.find(words)
        if not words or start < 0:
            raise ValueError(f"{words!r} is not in the message text")
        if not url.lower().startswith(("http://", "https://", "tg://")):
            raise ValueError(f"Telegram refuses the text_link URL {url!r}")
        entities.append(
            {"type": "text_link", "offset": utf16_len(text[:start]), "length": utf16_len(words), "url": url}
        )
    entities.sort(key=lambda e: e["offset"])
    return entities


def _suffix(file_name: str) -> str:
    dot = file_name.rfind(".")
    suffix = file_name[dot:].lower() if dot > 0 else ""
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""
