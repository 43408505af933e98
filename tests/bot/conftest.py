"""Fixtures: a Bot API emulator on 127.0.0.1 and the real PTB Application polling it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from newsbot.bot.app import build_application, start_polling, stop_polling
from newsbot.bot.emulator import BotApiEmulator, BotState, SentMessage
from newsbot.bot.flood import DEFAULT_RETRY_BUDGET, PatientRateLimiter
from newsbot.bot.service import AnswerService
from newsbot.config import Settings, load_settings

from .fakes import FakeService


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(
        NEWSBOT_INDEX_DIR=str(tmp_path / "index"),
        NEWSBOT_PERSISTENCE_FILE=str(tmp_path / "state" / "bot.pickle"),
        NEWSBOT_MAX_QUESTION_CHARS=1000,
        NEWSBOT_RATE_LIMIT_PER_MINUTE=1000,
        TELEGRAM_BOT_TOKEN=None,
    )


@pytest.fixture
def fake_service() -> FakeService:
    return FakeService()


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    async with BotApiEmulator() as emu:
        yield emu


def flood_limiter(retry_budget: float = DEFAULT_RETRY_BUDGET) -> PatientRateLimiter:
    """Production flood limits, except per-group ones that would pace a scripted group chat to 20/min."""
    return PatientRateLimiter(group_max_rate=1000, retry_budget=retry_budget)


@dataclass
class Running:
    """The emulator plus a polling Application, with helpers to talk to the bot as a user."""

    emulator: BotApiEmulator
    app: Application  # type: ignore[type-arg]
    users: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def state(self) -> BotState:
        return self.emulator.state

    async def say(
        self, chat: dict[str, Any], user: dict[str, Any], text: str, *, reply_to: int | None = None, timeout: float = 20
    ) -> list[SentMessage]:
        sent = self.state.send_text(chat, user, text, reply_to=reply_to)
        return await self.state.replies_after(chat["id"], sent.message_id, timeout=timeout)

    async def quiet(self, chat: dict[str, Any], after: int, seconds: float = 1.0) -> list[SentMessage]:
        """What the bot said after message `after` within `seconds` (expected: nothing)."""
        return await self.state.replies_after(chat["id"], after, timeout=seconds)


async def start_bot(
    emulator: BotApiEmulator,
    settings: Settings,
    service: AnswerService,
    *,
    persistence: Path | None = None,
    retry_budget: float = DEFAULT_RETRY_BUDGET,
) -> Application:  # type: ignore[type-arg]
    app = build_application(
        settings,
        service,
        token=emulator.token,
        base_url=emulator.base_url,
        persistence_file=persistence,
        rate_limiter=flood_limiter(retry_budget),
    )
    await start_polling(app, poll_timeout=2)
    return app


@pytest.fixture
async def running(emulator: BotApiEmulator, settings: Settings, fake_service: FakeService) -> AsyncIterator[Running]:
    app = await start_bot(emulator, settings, fake_service)
    try:
        yield Running(emulator=emulator, app=app)
    finally:
        await stop_polling(app)


@pytest.fixture
async def real(
    emulator: BotApiEmulator, real_settings: Settings, real_service: AnswerService
) -> AsyncIterator[Running]:
    """The bot on the real index and answerer; each module that uses it defines `real_settings` and `real_service`."""
    app = await start_bot(emulator, real_settings, real_service)
    try:
        yield Running(emulator=emulator, app=app)
    finally:
        await stop_polling(app)
