"""Under injected 429s and 500s every question is answered exactly once: nothing lost, nothing duplicated."""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter

import pytest

from newsbot.bot.emulator import BotApiEmulator
from newsbot.config import Settings

from .conftest import Running
from .fakes import FakeService

QUESTIONS = 12


async def test_every_question_answered_exactly_once_under_faults(
    running: Running, fake_service: FakeService, caplog: pytest.LogCaptureFixture
) -> None:
    emulator: BotApiEmulator = running.emulator
    state = emulator.state
    faults = emulator.faults
    faults.rate_limit(["sendMessage"], retry_after=1, times=3, every=2)
    faults.server_error(["sendMessage"], times=6, every=2)
    faults.server_error(["sendMessage"], status=502, times=2, every=3)
    faults.server_error(["getUpdates"], times=3, every=2)
    faults.rate_limit(["getUpdates"], retry_after=1, times=1, every=4)
    faults.server_error(["sendChatAction", "answerCallbackQuery"], times=4, every=2)
    faults.slow(["sendMessage"], seconds=0.3, times=4, every=3)

    users = [state.create_user(f"Reader{n}") for n in range(4)]
    chats = [state.private_chat(u) for u in users]
    group = state.group_chat("Desk")
    with caplog.at_level(logging.WARNING):
        for n in range(QUESTIONS):
            user = users[n % len(users)]
            if n % 3 == 2:
                state.send_text(group, user, f"/who@newsbot_local_bot question {n}")
            else:
                state.send_text(chats[n % len(chats)], user, f"question {n}")
            await asyncio.sleep(0.05)

        def all_answered() -> bool:
            texts = [m.text for chat in [*chats, group] for m in state.bot_messages(chat["id"])]
            return sum("(you asked:" in t for t in texts) >= QUESTIONS

        assert await state.wait_until(all_answered, 60), "some questions were never answered"
        await asyncio.sleep(1.5)  # give any duplicate time to show up

        # A button press under faults is answered once, too.
        answer = state.bot_messages(chats[0]["id"])[0]
        latest = state.bot_messages(chats[0]["id"])[-1].message_id
        query = state.press_button(chats[0], users[0], answer.message_id, answer.callback_data[0])
        [paragraph] = await state.replies_after(chats[0]["id"], latest, settle=1.5, timeout=20)
        assert "In a post on the social media platform X" in paragraph.text
        assert query in state.callback_answers

    asked = Counter(re.sub(r"^/who ", "", question) for question, _ in fake_service.calls if "question" in question)
    assert asked == Counter(f"question {n}" for n in range(QUESTIONS)), "each update handled exactly once"
    answered = Counter(
        match.group(1)
        for chat in [*chats, group]
        for m in state.bot_messages(chat["id"])
        if (match := re.search(r"\(you asked: (?:/who )?(question \d+)\)", m.text))
    )
    assert answered == Counter(f"question {n}" for n in range(QUESTIONS))
    fired = Counter(fault.kind for _, fault in faults.log)
    assert fired["retry_after"] >= 3, fired
    assert fired["server_error"] >= 8, fired
    assert state.rejected_calls() == []
    assert await state.wait_until(lambda: not state.pending_updates(), 15), "every update was confirmed"


async def test_retry_after_is_honoured(running: Running, settings: Settings) -> None:
    state = running.state
    running.emulator.faults.rate_limit(["sendMessage"], retry_after=2, times=1)
    user = state.create_user("Ada")
    chat = state.private_chat(user)
    loop = asyncio.get_running_loop()
    started = loop.time()
    [reply] = await running.say(chat, user, "/help")
    assert loop.time() - started >= 1.9, "the bot waited retry_after before sending again"
    assert "/who" in reply.text
    attempts = [c for c in state.calls if c.method == "sendMessage"]
    assert [c.injected for c in attempts] == [True, False]
