"""A local Telegram Bot API emulator: the real bot runs against it in `newsbot chat` and in the tests.

`BotApiEmulator` serves the Bot API over HTTP on 127.0.0.1; its `state` (a `BotState`) plays the users and
chats and records what the bot did; its `faults` inject 429s, 5xx errors and slow responses.
"""

from .faults import Fault, FaultInjector
from .server import BotApiEmulator
from .state import ApiCall, BotState, SentMessage
from .validate import ApiError, ParsedText, parse_html

__all__ = [
    "ApiCall",
    "ApiError",
    "BotApiEmulator",
    "BotState",
    "Fault",
    "FaultInjector",
    "ParsedText",
    "SentMessage",
    "parse_html",
]
