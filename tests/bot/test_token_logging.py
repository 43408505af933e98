"""With INFO logging on, the bot token appears nowhere: not in log lines, not in tracebacks, not in replies."""

from __future__ import annotations

import io
import logging

import pytest

from newsbot.bot.app import stop_polling
from newsbot.bot.emulator import BotApiEmulator
from newsbot.bot.redact import TokenRedactor
from newsbot.config import Settings

from .conftest import Running, start_bot
from .fakes import FakeService


async def test_token_never_logged_at_info(
    emulator: BotApiEmulator, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    caplog.set_level(logging.INFO)
    try:

        class Broken(FakeService):
            def ask(self, question: str, *, article_id: str | None = None):  # type: ignore[no-untyped-def]
                if question == "boom":
                    raise RuntimeError("boom")
                return super().ask(question, article_id=article_id)

        app = await start_bot(emulator, settings, Broken())
        try:
            running = Running(emulator=emulator, app=app)
            emulator.faults.server_error(["sendMessage"], times=2)
            emulator.faults.rate_limit(["sendMessage"], retry_after=1, times=1)
            emulator.faults.server_error(["getUpdates"], times=2)
            user = emulator.state.create_user("Ada")
            chat = emulator.state.private_chat(user)
            for text in ("/start", "who said it?", "boom", "/nothing"):
                assert await running.say(chat, user, text)
        finally:
            await stop_polling(app)
    finally:
        root.removeHandler(handler)
    output = caplog.text + stream.getvalue()
    assert "Application started" in output or "retrying" in output, "INFO logging was on"
    assert "Traceback" in output or "boom" in output, "the error was logged"
    secret = emulator.token.split(":", 1)[1]
    assert emulator.token not in output
    assert secret not in output
    for chat_messages in emulator.state.messages.values():
        for message in chat_messages.values():
            assert secret not in message.text


def test_redactor_scrubs_messages_and_tracebacks() -> None:
    token = "123456:ABCdefGHI"
    stream = io.StringIO()
    logger = logging.getLogger("newsbot.test.redact")
    logger.propagate = False
    handler = logging.StreamHandler(stream)
    handler.addFilter(TokenRedactor(token))
    logger.addHandler(handler)
    try:
        logger.warning("calling https://api.telegram.org/bot%s/getMe", token)
        try:
            raise ValueError(f"bad url https://api.telegram.org/bot{token}/x")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    assert token not in stream.getvalue()
    assert "bot<token>/getMe" in stream.getvalue()
