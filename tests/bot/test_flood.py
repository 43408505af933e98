"""Flood control: replies wait out Telegram's 429s (for up to a total time) and are never lost or doubled."""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter

import pytest

from newsbot.bot.app import stop_polling
from newsbot.bot.emulator import BotApiEmulator
from newsbot.config import Settings

from .conftest import Running, start_bot
from .fakes import FakeService


async def test_five_429s_in_a_row_still_deliver_the_answer(running: Running, fake_service: FakeService) -> None:
    state = running.state
    running.emulator.faults.rate_limit(["sendMessage"], retry_after=1, times=5)
    user = state.create_user("Ada")
    chat = state.private_chat(user)
    [reply] = await running.say(chat, user, "who defended Misri?", timeout=30)
    assert "Asaduddin Owaisi said (you asked: who defended Misri?)" in reply.text
    attempts = [c.injected for c in state.calls if c.method == "sendMessage"]
    assert attempts == [True] * 5 + [False], "retried after each 429, sent once"
    assert "something went wrong" not in reply.text


async def test_flood_control_beyond_the_budget_is_logged_not_apologised(
    emulator: BotApiEmulator, settings: Settings, fake_service: FakeService, caplog: pytest.LogCaptureFixture
) -> None:
    app = await start_bot(emulator, settings, fake_service, retry_budget=2.5)
    try:
        state = emulator.state
        rule = emulator.faults.rate_limit(["sendMessage"], retry_after=1, times=None)
        user = state.create_user("Ada")
        chat = state.private_chat(user)
        with caplog.at_level(logging.WARNING):
            question = state.send_text(chat, user, "who?")
            assert await state.wait_until(lambda: "a reply was dropped" in caplog.text, 15)
        assert "sendMessage gave up: Telegram's flood control lasted over 2 s" in caplog.text
        tries = [c for c in state.calls if c.method == "sendMessage"]
        assert 2 <= len(tries) <= 4, "retried while the budget allowed, then stopped"
        assert all(c.injected for c in tries)
        emulator.faults.rules.remove(rule)
        [reply] = await Running(emulator=emulator, app=app).say(chat, user, "/help")
        assert "/who" in reply.text, "the bot carries on once flood control ends"
        assert [m.message_id for m in state.bot_messages(chat["id"])] == [reply.message_id], "no apology"
        del question
    finally:
        await stop_polling(app)


CHATS = 10
PER_CHAT = 3


async def test_many_chats_at_once_each_answered_exactly_once_under_429s(
    running: Running, fake_service: FakeService
) -> None:
    state = running.state
    running.emulator.faults.rate_limit(["sendMessage"], retry_after=1, times=4, every=7)
    users = [state.create_user(f"Reader{n}") for n in range(CHATS)]
    chats = [state.private_chat(user) for user in users]
    for n in range(PER_CHAT):  # all at once: no waiting for replies in between
        for user, chat in zip(users, chats, strict=True):
            state.send_text(chat, user, f"q {user['id']}-{n}")

    def answered() -> Counter[str]:
        return Counter(
            match.group(1)
            for chat in chats
            for m in state.bot_messages(chat["id"])
            if (match := re.search(r"\(you asked: (q \d+-\d+)\)", m.text))
        )

    expected = Counter(f"q {user['id']}-{n}" for user in users for n in range(PER_CHAT))
    assert await state.wait_until(lambda: sum(answered().values()) >= len(expected), 60), answered()
    await asyncio.sleep(1.5)  # time for a duplicate to show up
    assert answered() == expected, "every question answered exactly once"
    assert Counter(q for q, _ in fake_service.calls) == expected, "every update handled exactly once"
    assert sum(fault.kind == "retry_after" for _, fault in running.emulator.faults.log) == 4
    assert state.chat_actions == [], "instant answers send no typing action"
    assert state.rejected_calls() == []
