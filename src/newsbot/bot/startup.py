"""Start-up checks for `newsbot serve`: is the token accepted, is Telegram reachable — said in one line.

PTB reports a rejected token as `InvalidToken("The token `123456:…` was rejected by the server.")` at the
end of a long traceback. `check_telegram` asks `getMe` once, before the index and models load, so a wrong
token or a missing network is known within seconds; `startup_error` turns any Telegram or network error
into one line for the operator, with the token removed.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.request import HTTPXRequest

from .redact import redact

__all__ = ["check_telegram", "looks_like_token", "startup_error"]

CHECK_TIMEOUT_SECONDS = 10.0
_TOKEN_SHAPE = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")


def looks_like_token(token: str) -> bool:
    """Whether `token` has a bot token's shape (`123456789:AAH…`): a pasted space or quote is caught offline."""
    return bool(_TOKEN_SHAPE.fullmatch(token))


async def check_telegram(token: str, base_url: str) -> str:
    """The bot's @username, from one `getMe`; raises PTB's `TelegramError` subclasses on failure."""
    request = HTTPXRequest(connect_timeout=CHECK_TIMEOUT_SECONDS, read_timeout=CHECK_TIMEOUT_SECONDS)
    async with Bot(token, base_url=base_url, request=request, get_updates_request=HTTPXRequest()) as bot:
        return bot.username


def startup_error(exc: BaseException, token: str, base_url: str) -> str:
    """One line saying why the bot could not start and what to check; never the token."""
    host = urlparse(base_url).netloc or base_url
    if isinstance(exc, InvalidToken):
        return (
            f"the Bot API at {host} rejected TELEGRAM_BOT_TOKEN; copy the token again from @BotFather "
            "(the token is not shown here)"
        )
    detail = " ".join(redact(str(exc), token).split()) or type(exc).__name__
    if isinstance(exc, TimedOut):
        return f"the Bot API at {host} did not answer in time ({detail}); check the network and TELEGRAM_API_BASE_URL"
    if isinstance(exc, NetworkError):
        return f"could not reach the Bot API at {host} ({detail}); check the network and TELEGRAM_API_BASE_URL"
    if isinstance(exc, TelegramError):
        return f"Telegram refused to start the bot: {detail}"
    return f"the bot could not start: {detail}"
