"""A scripted conversation with the real PTB Application polling the emulator, in private and group chats.

The answer service is the small test double in `fakes.py`, so these tests are about the bot: which updates
get replies, what the replies look like, and that every request the bot makes is one Telegram would accept.
`test_real_answers.py` runs the same kind of conversation on the real answerer.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

from newsbot.bot.app import stop_polling
from newsbot.bot.emulator import BotApiEmulator, SentMessage
from newsbot.bot.emulator.validate import parse_html
from newsbot.bot.texts import COMMANDS
from newsbot.config import Settings

from .conftest import Running, start_bot
from .fakes import FakeService

BOT = "newsbot_local_bot"


def _assert_valid(messages: list[SentMessage]) -> None:
    """Each reply is what Telegram would have accepted (the emulator already refused anything else)."""
    for message in messages:
        assert message.html is not None, "every reply is sent in HTML parse mode"
        parsed = parse_html(message.html)
        assert parsed.text == message.text
        assert 1 <= len(parsed.text.encode("utf-16-le")) // 2 <= 4096
        for data in message.callback_data:
            assert len(data.encode()) <= 64


def _no_rejections(running: Running) -> None:
    assert running.state.rejected_calls() == []


def _private(running: Running, name: str = "Ada") -> tuple[dict[str, Any], dict[str, Any]]:
    user = running.state.create_user(name, username=name.lower() + "_reader")
    return user, running.state.private_chat(user)


async def test_private_conversation_covers_every_command(running: Running, fake_service: FakeService) -> None:
    user, chat = _private(running)
    state = running.state

    [start] = await running.say(chat, user, "/start")
    assert "who said what, and when" in start.text
    assert "Owaisi defends Misri" in start.text
    [help_] = await running.say(chat, user, "/help")
    for name, _ in COMMANDS:
        assert f"/{name}" in help_.text

    [who] = await running.say(chat, user, "/who")
    assert "Asaduddin Owaisi" in who.text
    assert {"type": "bold", "offset": 0, "length": len("Asaduddin Owaisi")} in who.entities
    assert any(e["type"] in ("blockquote", "expandable_blockquote") for e in who.entities)
    assert who.callback_data == ["src:owaisi-defends-misri:3"]
    assert fake_service.last() == ("/who", None)

    await running.say(chat, user, "/who Owaisi")
    assert fake_service.last() == ("/who Owaisi", None)
    await running.say(chat, user, "/when ceasefire")
    assert fake_service.last() == ("/when ceasefire", None)
    [source] = await running.say(chat, user, "/source 9")
    assert "The attack in Pahalgam" in source.text
    assert source.buttons == []

    [free] = await running.say(chat, user, "Who defended Vikram Misri?")
    assert fake_service.last() == ("Who defended Vikram Misri?", None)
    assert "Owaisi called Misri a decent" in free.text

    # Answers ready within a second cost one Bot API call: no "typing…" before them.
    assert state.chat_actions == []

    [listing] = await running.say(chat, user, "/articles")
    assert "1. Owaisi defends Misri (2025-05-11) ← this chat" in listing.text
    assert "2. A <second> & longer story" in listing.text
    [chosen] = await running.say(chat, user, "/use 2")
    assert chosen.text == "This chat now asks about A <second> & longer story."
    [bad_use] = await running.say(chat, user, "/use 7")
    assert "1 to 2" in bad_use.text

    long_reply = await running.say(chat, user, "/quotes")
    assert fake_service.last() == ("/quotes", FakeService.LONG_ID)
    assert len(long_reply) >= 2, "a reply over 4,096 characters is split"
    assert all(not m.buttons for m in long_reply[:-1])
    assert long_reply[-1].buttons
    assert all(len(d.encode()) <= 64 for d in long_reply[-1].callback_data)

    _assert_valid(state.bot_messages(chat["id"]))
    _no_rejections(running)


async def test_button_opens_the_cited_paragraph(running: Running, fake_service: FakeService) -> None:
    user, chat = _private(running)
    [answer] = await running.say(chat, user, "who said it?")
    [data] = answer.callback_data
    query_id = running.state.press_button(chat, user, answer.message_id, data)
    replies = await running.state.replies_after(chat["id"], answer.message_id)
    assert running.state.callback_answers[query_id]["text"] == "Paragraph 3"
    [paragraph] = replies
    assert "In a post on the social media platform X" in paragraph.text
    assert paragraph.message["reply_to_message"]["message_id"] == answer.message_id
    assert fake_service.last() == ("/source 3", "owaisi-defends-misri")
    _assert_valid(replies)

    # A button whose article is hashed (long id) resolves too.
    await running.say(chat, user, "/use 2")
    [long_answer] = await running.say(chat, user, "who?")
    [hashed] = long_answer.callback_data
    assert hashed.startswith("src:#")
    running.state.press_button(chat, user, long_answer.message_id, hashed)
    await running.state.replies_after(chat["id"], long_answer.message_id)
    assert fake_service.last() == ("/source 3", FakeService.LONG_ID)
    _no_rejections(running)


async def test_stale_button_gets_an_answer_not_an_error(running: Running) -> None:
    user, chat = _private(running)
    [answer] = await running.say(chat, user, "who?")
    # An old message with a button from an article no longer indexed.
    answer.message["reply_markup"] = {"inline_keyboard": [[{"text": "old", "callback_data": "src:gone:1"}]]}
    query_id = running.state.press_button(chat, user, answer.message_id, "src:gone:1")
    assert await running.state.wait_until(lambda: query_id in running.state.callback_answers, 10)
    assert "no longer available" in running.state.callback_answers[query_id]["text"]
    _no_rejections(running)


async def test_other_updates_get_short_replies(running: Running, fake_service: FakeService) -> None:
    user, chat = _private(running)
    state = running.state
    [unknown] = await running.say(chat, user, "/frobnicate now")
    assert unknown.text.startswith("I don't know /frobnicate.")

    sticker = state.send_sticker(chat, user)
    [note] = await state.replies_after(chat["id"], sticker.message_id)
    assert "only read text" in note.text
    photo = state.send_photo(chat, user, caption="what is this?")
    [note] = await state.replies_after(chat["id"], photo.message_id)
    assert "only read text" in note.text

    question = state.send_text(chat, user, "who said it")
    await state.replies_after(chat["id"], question.message_id)
    asked = len(fake_service.calls)
    last = state.bot_messages(chat["id"])[-1].message_id
    state.edit_text(chat, question.message_id, "who said it, really?")
    [edited] = await state.replies_after(chat["id"], last)
    assert "new message" in edited.text
    assert len(fake_service.calls) == asked, "an edit is not answered again"

    _assert_valid(state.bot_messages(chat["id"]))
    _no_rejections(running)


async def test_long_question_html_and_emoji(running: Running, fake_service: FakeService) -> None:
    user, chat = _private(running)
    asked = len(fake_service.calls)
    [too_long] = await running.say(chat, user, "why " * 1249 + "now?")  # 5,000 characters
    assert "5,000 characters" in too_long.text
    assert "1,000" in too_long.text
    assert len(fake_service.calls) == asked

    tricky = "<b>Tom & Jerry</b> said <i>what</i>? 😀 &amp; <script>x</script>"
    [answer] = await running.say(chat, user, tricky)
    assert fake_service.last()[0] == tricky
    assert tricky in answer.text, "the user's text is shown literally, never as markup"
    at = answer.text.index(tricky)  # ASCII up to the emoji, so UTF-16 offsets equal indices here
    assert not [e for e in answer.entities if e["offset"] < at + len(tricky) and at < e["offset"] + e["length"]]
    _assert_valid(running.state.bot_messages(chat["id"]))
    _no_rejections(running)


async def test_group_chat_answers_only_when_addressed(running: Running, fake_service: FakeService) -> None:
    state = running.state
    ada = state.create_user("Ada")
    bob = state.create_user("Bob", username="bob")
    group = state.group_chat("Newsroom")

    [who] = await running.say(group, ada, f"/who@{BOT} Owaisi")
    assert fake_service.last() == ("/who Owaisi", None)
    assert who.message["reply_to_message"]["from"]["id"] == ada["id"], "in groups the bot replies to the asker"
    [plain_command] = await running.say(group, bob, "/when ceasefire")
    assert fake_service.last() == ("/when ceasefire", None)
    assert plain_command.message["reply_to_message"]["from"]["id"] == bob["id"]

    asked = len(fake_service.calls)
    chatter = state.send_text(group, bob, "anyone seen the news today?")
    other_bot = state.send_text(group, ada, "/who@some_other_bot")
    other_mention = state.send_text(group, ada, "@bob what do you think?")
    unknown_bare = state.send_text(group, ada, "/weather")
    sticker = state.send_sticker(group, bob)
    assert await running.quiet(group, sticker.message_id - 5, 1.5) == []
    assert len(fake_service.calls) == asked
    del chatter, other_bot, other_mention, unknown_bare

    [mentioned] = await running.say(group, ada, f"@{BOT} who defended Misri?")
    assert fake_service.last() == ("who defended Misri?", None)
    [replied] = await running.say(group, bob, "and when was that?", reply_to=mentioned.message_id)
    assert fake_service.last() == ("and when was that?", None)
    del replied

    asked = len(fake_service.calls)
    question_id = mentioned.message["reply_to_message"]["message_id"]
    state.edit_text(group, question_id, f"@{BOT} who defended Misri, really?")
    assert await running.quiet(group, state.bot_messages(group["id"])[-1].message_id, 1.0) == []
    assert len(fake_service.calls) == asked, "edits in groups are ignored"

    [unknown] = await running.say(group, ada, f"/weather@{BOT}")
    assert unknown.text.startswith("I don't know /weather.")
    sticker_reply = state.send_sticker(group, bob)
    assert await running.quiet(group, sticker_reply.message_id, 1.0) == []

    # /use in a group applies to that group only.
    await running.say(group, ada, f"/use@{BOT} 2")
    await running.say(group, ada, "/who")
    assert fake_service.last() == ("/who", FakeService.LONG_ID)
    private_user, private_chat = _private(running, "Cy")
    await running.say(private_chat, private_user, "/who")
    assert fake_service.last() == ("/who", None)

    _assert_valid(state.bot_messages(group["id"]))
    _no_rejections(running)


async def test_command_menu_is_registered(running: Running) -> None:
    assert running.state.commands[("default", "")] == [{"command": c, "description": d} for c, d in COMMANDS]


async def test_chosen_article_survives_a_restart(
    emulator: BotApiEmulator, settings: Settings, fake_service: FakeService, tmp_path: Path
) -> None:
    persistence = tmp_path / "state.pickle"
    app = await start_bot(emulator, settings, fake_service, persistence=persistence)
    running = Running(emulator=emulator, app=app)
    user, chat = _private(running)
    await running.say(chat, user, "/use 2")
    await stop_polling(app)
    assert persistence.exists()

    app = await start_bot(emulator, settings, fake_service, persistence=persistence)
    try:
        running = Running(emulator=emulator, app=app)
        [listing] = await running.say(chat, user, "/articles")
        assert "2. A <second> & longer story ← this chat" in listing.text
        await running.say(chat, user, "/who")
        assert fake_service.last() == ("/who", FakeService.LONG_ID)
    finally:
        await stop_polling(app)


async def test_per_user_rate_limit(emulator: BotApiEmulator, tmp_path: Path, fake_service: FakeService) -> None:
    from newsbot.config import load_settings

    settings = load_settings(
        NEWSBOT_PERSISTENCE_FILE=str(tmp_path / "s.pickle"), NEWSBOT_RATE_LIMIT_PER_MINUTE=2, TELEGRAM_BOT_TOKEN=None
    )
    app = await start_bot(emulator, settings, fake_service)
    try:
        running = Running(emulator=emulator, app=app)
        user, chat = _private(running)
        other, other_chat = _private(running, "Bo")
        await running.say(chat, user, "one")
        await running.say(chat, user, "two")
        [limited] = await running.say(chat, user, "three")
        assert "faster than I can answer" in limited.text
        fourth = running.state.send_text(chat, user, "four")
        assert await running.quiet(chat, fourth.message_id, 1.0) == [], "one notice per window, not one per message"
        [fine] = await running.say(other_chat, other, "hello")
        assert "Owaisi" in fine.text
        [help_] = await running.say(chat, user, "/help")  # the bot's own commands are not limited
        assert "/who" in help_.text
    finally:
        await stop_polling(app)


async def test_slow_question_does_not_stall_other_chats(emulator: BotApiEmulator, settings: Settings) -> None:
    class SlowForAda(FakeService):
        def ask(self, question: str, *, article_id: str | None = None):  # type: ignore[no-untyped-def]
            if question == "slow":
                import time

                time.sleep(3)
            return super().ask(question, article_id=article_id)

    service = SlowForAda()
    app = await start_bot(emulator, settings, service)
    try:
        running = Running(emulator=emulator, app=app)
        ada, ada_chat = _private(running, "Ada")
        bob, bob_chat = _private(running, "Bob")
        slow = running.state.send_text(ada_chat, ada, "slow")
        await asyncio.sleep(0.3)
        loop = asyncio.get_running_loop()
        started = loop.time()
        [fast] = await running.say(bob_chat, bob, "fast")
        assert loop.time() - started < 2.5
        assert not running.state.bot_messages(ada_chat["id"]), "Bob was answered while Ada's question was running"
        assert await running.state.replies_after(ada_chat["id"], slow.message_id, timeout=10)
        assert any(name != "MainThread" for name in service.threads)
        # "typing…" shows for the 3 s answer only; the instant one cost a single call.
        assert (ada_chat["id"], "typing") in running.state.chat_actions
        assert (bob_chat["id"], "typing") not in running.state.chat_actions
        del fast
    finally:
        await stop_polling(app)


async def test_errors_are_logged_and_the_user_told_without_details(
    emulator: BotApiEmulator, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken(FakeService):
        def ask(self, question: str, *, article_id: str | None = None):  # type: ignore[no-untyped-def]
            raise RuntimeError("secret internal detail /srv/index")

    app = await start_bot(emulator, settings, Broken())
    try:
        running = Running(emulator=emulator, app=app)
        user, chat = _private(running)
        with caplog.at_level(logging.ERROR):
            [sorry] = await running.say(chat, user, "who?")
        assert sorry.text == "Sorry — something went wrong while answering. Please try again in a moment."
        assert "secret internal detail" in caplog.text  # logged, with the traceback …
        assert "secret internal detail" not in sorry.text  # … but not shown
        [again] = await running.say(chat, user, "/help")  # and the bot keeps working
        assert "/who" in again.text
    finally:
        await stop_polling(app)
