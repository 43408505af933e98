"""The Bot API methods the emulator implements, with their parameters, and how request values are read.

The table mirrors the official method signatures (a test checks it against the machine-readable spec when
`shared/telegram/bot-api.json` is present). Parameters arrive as a query string, a form, multipart or JSON;
`coerce_params` turns them into typed values and rejects unknown methods and parameters the way a strict
Telegram would.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .validate import ApiError

__all__ = ["METHODS", "Param", "coerce_params", "resolve_method"]


@dataclass(frozen=True)
class Param:
    """One method parameter: its name, the spec's type expression and whether it is required."""

    name: str
    types: str
    required: bool = False


METHODS: dict[str, tuple[Param, ...]] = {
    "getMe": (),
    "logOut": (),
    "close": (),
    "getUpdates": (
        Param("offset", "Integer", required=False),
        Param("limit", "Integer", required=False),
        Param("timeout", "Integer", required=False),
        Param("allowed_updates", "Array of String", required=False),
    ),
    "setWebhook": (
        Param("url", "String", required=True),
        Param("ip_address", "String", required=False),
        Param("max_connections", "Integer", required=False),
        Param("allowed_updates", "Array of String", required=False),
        Param("drop_pending_updates", "Boolean", required=False),
        Param("secret_token", "String", required=False),
    ),
    "deleteWebhook": (Param("drop_pending_updates", "Boolean", required=False),),
    "getWebhookInfo": (),
    "getFile": (Param("file_id", "String", required=True),),
    "sendMessage": (
        Param("business_connection_id", "String", required=False),
        Param("chat_id", "Integer or String", required=True),
        Param("message_thread_id", "Integer", required=False),
        Param("direct_messages_topic_id", "Integer", required=False),
        Param("text", "String", required=True),
        Param("parse_mode", "String", required=False),
        Param("entities", "Array of MessageEntity", required=False),
        Param("link_preview_options", "LinkPreviewOptions", required=False),
        Param("disable_notification", "Boolean", required=False),
        Param("protect_content", "Boolean", required=False),
        Param("allow_paid_broadcast", "Boolean", required=False),
        Param("message_effect_id", "String", required=False),
        Param("suggested_post_parameters", "SuggestedPostParameters", required=False),
        Param("reply_parameters", "ReplyParameters", required=False),
        Param(
            "reply_markup",
            "InlineKeyboardMarkup or ReplyKeyboardMarkup or ReplyKeyboardRemove or ForceReply",
            required=False,
        ),
    ),
    "editMessageText": (
        Param("business_connection_id", "String", required=False),
        Param("chat_id", "Integer or String", required=False),
        Param("message_id", "Integer", required=False),
        Param("inline_message_id", "String", required=False),
        Param("text", "String", required=False),
        Param("parse_mode", "String", required=False),
        Param("entities", "Array of MessageEntity", required=False),
        Param("link_preview_options", "LinkPreviewOptions", required=False),
        Param("reply_markup", "InlineKeyboardMarkup", required=False),
    ),
    "editMessageReplyMarkup": (
        Param("business_connection_id", "String", required=False),
        Param("chat_id", "Integer or String", required=False),
        Param("message_id", "Integer", required=False),
        Param("inline_message_id", "String", required=False),
        Param("reply_markup", "InlineKeyboardMarkup", required=False),
    ),
    "deleteMessage": (
        Param("chat_id", "Integer or String", required=True),
        Param("message_id", "Integer", required=True),
    ),
    "sendChatAction": (
        Param("business_connection_id", "String", required=False),
        Param("chat_id", "Integer or String", required=True),
        Param("message_thread_id", "Integer", required=False),
        Param("action", "String", required=True),
    ),
    "answerCallbackQuery": (
        Param("callback_query_id", "String", required=True),
        Param("text", "String", required=False),
        Param("show_alert", "Boolean", required=False),
        Param("url", "String", required=False),
        Param("cache_time", "Integer", required=False),
    ),
    "setMyCommands": (
        Param("commands", "Array of BotCommand", required=True),
        Param("scope", "BotCommandScope", required=False),
        Param("language_code", "String", required=False),
    ),
    "getMyCommands": (
        Param("scope", "BotCommandScope", required=False),
        Param("language_code", "String", required=False),
    ),
    "deleteMyCommands": (
        Param("scope", "BotCommandScope", required=False),
        Param("language_code", "String", required=False),
    ),
}

_LOWER = {name.lower(): name for name in METHODS}


def resolve_method(name: str) -> str:
    """Method names are case-insensitive in the Bot API; unknown ones are a 404 like Telegram's."""
    try:
        return _LOWER[name.lower()]
    except KeyError:
        raise ApiError(404, "Not Found") from None


def coerce_params(method: str, raw: dict[str, Any]) -> dict[str, Any]:
    """Typed parameters for `method`, or `ApiError` for an unknown, missing or ill-typed one."""
    spec = {param.name: param for param in METHODS[method]}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        param = spec.get(name)
        if param is None:
            raise ApiError(400, f'Bad Request: unknown parameter "{name}" for method {method}')
        values[name] = _coerce(param, value)
    for param in spec.values():
        if param.required and param.name not in values:
            raise ApiError(400, f'Bad Request: parameter "{param.name}" is required')
    return values


def _coerce(param: Param, value: Any) -> Any:
    kinds = [kind.strip() for kind in param.types.split(" or ")]
    for kind in kinds:
        try:
            return _coerce_one(kind, value)
        except (TypeError, ValueError):
            continue
    raise ApiError(400, f'Bad Request: parameter "{param.name}" must be of type {param.types}')


def _coerce_one(kind: str, value: Any) -> Any:
    if kind == "Integer":
        if isinstance(value, bool):
            raise TypeError
        if isinstance(value, int):
            return value
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
        raise ValueError
    if kind == "Float":
        if isinstance(value, bool):
            raise TypeError
        return float(value)
    if kind == "Boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
            return value.lower() in ("true", "1")
        raise ValueError
    if kind == "String":
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        raise TypeError
    # Arrays and objects: JSON-serialized in form requests, native in JSON requests.
    if isinstance(value, str):
        value = json.loads(value)
    if kind.startswith("Array of"):
        if not isinstance(value, list):
            raise TypeError
        return value
    if not isinstance(value, dict):
        raise TypeError
    return value
