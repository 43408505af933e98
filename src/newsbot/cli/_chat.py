"""`newsbot chat` (the bot in this terminal, through a local Telegram emulator) and `newsbot serve`."""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import logging
import re
import socket
import sys
from typing import Any
from urllib.parse import urlparse

from ..errors import NewsbotError

__all__ = ["register"]

log = logging.getLogger(__name__)

_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_CHATTY_LOGGERS = ("telegram", "telegram.ext", "newsbot.bot.emulator", "newsbot.bot.request")


def register(sub: Any) -> None:
    chat = sub.add_parser(
        "chat",
        help="talk to the bot in this terminal, through a local Telegram emulator (no token needed)",
        description=(
            "Start a Telegram Bot API emulator on 127.0.0.1, run the real bot against it, and chat with it "
            "here. Replies are shown as Telegram would show them; buttons become numbered choices."
        ),
    )
    chat.add_argument("--name", default="You", help="your first name in the chat (default: You)")
    chat.add_argument(
        "--group",
        action="store_true",
        help="chat in a group: the bot answers commands and messages that mention it, and is silent otherwise",
    )
    chat.add_argument(
        "--flaky",
        action="store_true",
        help="make the emulator answer some requests with 429 and 500 errors, to watch the bot retry",
    )
    chat.set_defaults(run=run_chat)

    serve = sub.add_parser(
        "serve",
        help="run the bot on Telegram (long polling; or a webhook with --webhook-url)",
        description="Run the bot with TELEGRAM_BOT_TOKEN: long polling by default, or a webhook.",
    )
    serve.add_argument(
        "--webhook-url", help="public https:// URL Telegram should post updates to (default: long polling)"
    )
    serve.add_argument("--port", type=int, default=8443, help="local port for the webhook server (default 8443)")
    serve.add_argument("--listen", default="0.0.0.0", help="address for the webhook server (default 0.0.0.0)")
    serve.add_argument(
        "--secret-token",
        help="secret Telegram sends with each webhook request (required with a webhook; "
        "default: NEWSBOT_WEBHOOK_SECRET from the environment or .env)",
    )
    serve.add_argument(
        "--drop-pending-updates",
        action="store_true",
        help="ignore messages sent to the bot while it was not running",
    )
    serve.set_defaults(run=run_serve)


# ---- newsbot chat --------------------------------------------------------------------------------------------


def run_chat(args: argparse.Namespace) -> int:
    from ..config import load_settings

    settings = load_settings()
    if settings.telegram_bot_token is None:
        print("No TELEGRAM_BOT_TOKEN set: chatting with the bot through a local Telegram emulator.", file=sys.stderr)
    else:
        print("newsbot chat uses a local Telegram emulator; TELEGRAM_BOT_TOKEN is not used.", file=sys.stderr)
    if not args.verbose:
        for name in _CHATTY_LOGGERS:
            logging.getLogger(name).setLevel(logging.WARNING)
    print("Loading the article index and models…", file=sys.stderr)
    from ..bot.service import load_service

    service = load_service(settings)
    try:
        asyncio.run(_chat(settings, service, user_name=args.name, flaky=args.flaky, group=args.group))
    finally:
        service.finish_warm_up()
    return 0


async def _chat(settings: Any, service: Any, *, user_name: str, flaky: bool, group: bool) -> None:
    from ..bot.app import build_application, start_polling, stop_polling
    from ..bot.chat import TerminalChat
    from ..bot.emulator import BotApiEmulator
    from ..bot.redact import install_token_redaction

    path = settings.persistence_file
    chat_state = path.with_name(f"{path.stem}-chat{path.suffix or '.pickle'}")
    async with BotApiEmulator() as emulator:
        install_token_redaction(emulator.token)
        if flaky:
            emulator.faults.rate_limit(["sendMessage"], retry_after=1, times=None, every=5)
            emulator.faults.server_error(["sendMessage", "sendChatAction"], times=None, every=4)
        app = build_application(
            settings, service, token=emulator.token, base_url=emulator.base_url, persistence_file=chat_state
        )
        await start_polling(app, poll_timeout=10)
        try:
            await TerminalChat(emulator, user_name=user_name, group="Newsroom" if group else None).run()
        finally:
            await stop_polling(app)


# ---- newsbot serve -------------------------------------------------------------------------------------------


def run_serve(args: argparse.Namespace) -> int:
    from ..config import load_settings

    settings = load_settings()
    if settings.telegram_bot_token is None:
        raise NewsbotError(
            "`newsbot serve` needs a Telegram bot token: set TELEGRAM_BOT_TOKEN (from @BotFather) in the "
            "environment or .env. To try the bot without one, run `newsbot chat`."
        )
    token = settings.telegram_bot_token.get_secret_value()
    webhook = _webhook_options(args, settings)

    from telegram.error import TelegramError

    from ..bot.redact import install_token_redaction
    from ..bot.startup import check_telegram, looks_like_token, startup_error

    if not looks_like_token(token):
        raise NewsbotError(
            "TELEGRAM_BOT_TOKEN is not a bot token: @BotFather's look like 123456789:AAH… (digits, a colon, "
            "then letters, digits, _ and -, with no spaces or quotes)"
        )
    install_token_redaction(token)
    if webhook is not None:
        install_token_redaction(webhook["secret_token"])
    base_url = settings.telegram_api_base_url
    try:
        username = asyncio.run(check_telegram(token, base_url))  # before the models load: fail in seconds
        if webhook is not None:
            _check_can_listen(args.listen, args.port)  # likewise: a busy port is known before any model loads
        _serve(settings, args, webhook, username)
    except NewsbotError:
        raise  # already one line for the operator (a missing index, say)
    except (TelegramError, OSError) as exc:
        raise NewsbotError(startup_error(exc, token, base_url)) from None
    except Exception:
        log.exception("the bot stopped on an unexpected error")  # through the token-redacting filter
        return 1
    return 0


def _serve(settings: Any, args: argparse.Namespace, webhook: dict[str, Any] | None, username: str) -> None:
    from ..bot.app import build_application
    from ..bot.service import load_service

    service = load_service(settings)
    try:
        _run_application(build_application(settings, service), args, webhook, username)
    finally:
        service.finish_warm_up()


def _run_application(app: Any, args: argparse.Namespace, webhook: dict[str, Any] | None, username: str) -> None:
    from ..bot.app import ALLOWED_UPDATES

    drop = bool(args.drop_pending_updates)
    if webhook is None:
        log.info("starting @%s with long polling", username)
        app.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=drop)
        return
    log.info("starting @%s with a webhook on %s:%d", username, args.listen, args.port)
    try:
        app.run_webhook(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=drop, **webhook)
    except OSError as exc:
        raise _listen_error(args.listen, args.port, exc) from None


def _check_can_listen(host: str, port: int) -> None:
    """Bind the webhook's addresses once and let them go: the webhook server (tornado's `bind_sockets`) binds
    them again, with the same options, only after the models have loaded, which takes a while."""
    try:
        found = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except UnicodeError:  # "foo..bar", a label over 63 letters: the IDNA codec refuses it
        raise NewsbotError(f"--listen {host!r} is no host name or address") from None
    except OSError as exc:
        raise _listen_error(host, port, exc) from None
    for family, kind, proto, _, address in found:
        try:
            with socket.socket(family, kind, proto) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if family == socket.AF_INET6:  # as tornado does: "::" leaves IPv4 to its own socket
                    probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                probe.bind(address)
        except OSError as exc:
            raise _listen_error(host, port, exc) from None


def _listen_error(host: str, port: int, exc: OSError) -> NewsbotError:
    reason = exc.strerror or str(exc)
    return NewsbotError(f"could not listen on {host}:{port} ({reason}); choose another --port or --listen")


def _webhook_options(args: argparse.Namespace, settings: Any) -> dict[str, Any] | None:
    if not args.webhook_url:
        if args.secret_token:
            raise NewsbotError("--secret-token is for webhooks: give --webhook-url too")
        return None
    url = urlparse(args.webhook_url)
    if not url.netloc or not (url.scheme == "https" or (url.scheme == "http" and _is_loopback(url.hostname))):
        raise NewsbotError(
            f"--webhook-url must be an https:// URL (Telegram posts updates only over HTTPS), not {args.webhook_url!r}"
        )
    secret = args.secret_token
    if not secret and settings.webhook_secret is not None:
        secret = settings.webhook_secret.get_secret_value()
    if not secret:
        raise NewsbotError(
            "--webhook-url needs a secret, so the bot can tell Telegram's requests from others: "
            "set NEWSBOT_WEBHOOK_SECRET in .env or pass --secret-token"
        )
    if not _SECRET_TOKEN.fullmatch(secret):
        raise NewsbotError(
            "the webhook secret (--secret-token or NEWSBOT_WEBHOOK_SECRET) may use only A-Z, a-z, 0-9, _ and -, "
            "up to 256 characters"
        )
    if not 1 <= args.port <= 65535:
        raise NewsbotError(f"--port must be between 1 and 65535, not {args.port}")
    return {
        "listen": args.listen,
        "port": args.port,
        "url_path": url.path.strip("/"),
        "webhook_url": args.webhook_url,
        "secret_token": secret,
    }


def _is_loopback(host: str | None) -> bool:
    """Plain http is accepted only for a Bot API server on this machine (a local server or the emulator)."""
    if host is None:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
