"""Start-up checks: the token is tried once against the Bot API, and every failure is one line without it."""

from __future__ import annotations

import socket

import pytest
from telegram.error import InvalidToken, NetworkError, TelegramError

from newsbot.bot.emulator import BotApiEmulator
from newsbot.bot.redact import redact
from newsbot.bot.startup import check_telegram, looks_like_token, startup_error

WRONG = "123456:AAHwrongTokenThatTelegramRejects"


async def test_an_accepted_token_gives_the_bots_username(emulator: BotApiEmulator) -> None:
    assert await check_telegram(emulator.token, emulator.base_url) == "newsbot_local_bot"


async def test_a_rejected_token_is_one_line_without_it(emulator: BotApiEmulator) -> None:
    with pytest.raises(InvalidToken) as caught:
        await check_telegram(WRONG, emulator.base_url)
    assert WRONG in str(caught.value), "PTB's own message holds the token…"
    line = startup_error(caught.value, WRONG, emulator.base_url)
    assert "\n" not in line
    assert "rejected TELEGRAM_BOT_TOKEN" in line
    assert "@BotFather" in line
    assert WRONG not in line
    assert "AAHwrongToken" not in line  # … ours holds neither it nor its secret half


async def test_no_network_is_one_line_without_the_token() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base_url = f"http://127.0.0.1:{port}/bot"
    with pytest.raises(NetworkError) as caught:
        await check_telegram(WRONG, base_url)
    line = startup_error(caught.value, WRONG, base_url)
    assert line.startswith(f"could not reach the Bot API at 127.0.0.1:{port}")
    assert "TELEGRAM_API_BASE_URL" in line
    assert "\n" not in line
    assert "AAHwrongToken" not in line


def test_any_error_message_loses_the_token() -> None:
    error = TelegramError(f"Conflict at https://api.telegram.org/bot{WRONG}/getMe\nfailed")
    line = startup_error(error, WRONG, "https://api.telegram.org/bot")
    assert line == "Telegram refused to start the bot: Conflict at https://api.telegram.org/bot<token>/getMe failed"
    assert redact(f"half only: {WRONG.split(':')[1]}", WRONG) == "half only: <token>"


def test_token_shape_is_checked_offline(emulator: BotApiEmulator) -> None:
    assert looks_like_token(emulator.token)
    assert looks_like_token(WRONG)
    for pasted in ("", "AAHwrong", "123456:AAH wrong", "123456:AAHwrong\n", '"123456:AAHwrong"', "bot123456:AAH"):
        assert not looks_like_token(pasted), pasted
