"""The terminal chat, in-process: what you type goes to the bot through the emulator; replies are rendered."""

from __future__ import annotations

import asyncio
import io
import os
import re

from newsbot.answer.model import Answer, AnswerPart, Citation
from newsbot.bot.app import stop_polling
from newsbot.bot.chat import QUIET_SECONDS, TerminalChat, render_message
from newsbot.bot.emulator import BotApiEmulator, SentMessage
from newsbot.config import Settings

from .conftest import Running, start_bot
from .fakes import FakeService


def test_render_message_styles_quotes_and_links() -> None:
    text = "Owaisi said:\nfirst line\nsecond\n— ¶3\nsee docs"
    entities = [
        {"type": "bold", "offset": 0, "length": 6},
        {"type": "blockquote", "offset": 13, "length": 22},
        {"type": "text_link", "offset": 40, "length": 4, "url": "https://example.org"},
    ]
    plain = render_message(text, entities, color=False)
    assert plain == "Owaisi said:\n│ first line\n│ second\n│ — ¶3\nsee docs (https://example.org)"
    colored = render_message(text, entities, color=True)
    assert "\x1b[1mOwaisi\x1b[0m" in colored
    assert "\x1b[2m│ \x1b[0m" in colored


def test_render_message_counts_utf16_offsets() -> None:
    assert render_message("😀 bold", [{"type": "bold", "offset": 3, "length": 4}], color=True) == (
        "😀 \x1b[0m\x1b[1mbold\x1b[0m"
    )


async def test_terminal_chat_question_button_and_quit(running: Running) -> None:
    out = io.StringIO()
    chat = TerminalChat(running.emulator, out=out, color=False, reply_timeout=20)
    stdin = io.StringIO("Who defended Misri?\n1\n\n/help\n/quit\nnever read\n")
    await chat.run(stdin)
    screen = out.getvalue()
    assert "through a local Telegram emulator" in screen
    assert "you> " in screen
    assert "bot> Asaduddin Owaisi said (you asked: Who defended Misri?):" in screen
    assert "     │ In a post on the social media platform X" in screen
    assert "buttons: [1] ¶3  (type a number to press)" in screen
    assert "(Paragraph 3)" in screen
    assert "bot> Paragraph 3:" in screen
    assert "/articles — The articles I can answer about" in screen
    assert running.state.rejected_calls() == []


async def test_terminal_chat_ends_at_end_of_input(running: Running) -> None:
    out = io.StringIO()
    await TerminalChat(running.emulator, out=out, color=False, reply_timeout=20).run(io.StringIO("/start\n"))
    assert "bot> Hi! I'm Newsbot." in out.getvalue()


def test_adjacent_quotes_stay_separate_blocks() -> None:
    lead, first, second = "Both said:\n", "First quote.\n— ¶12", "He said more.\n— ¶13"
    entities = [
        {"type": "blockquote", "offset": len(lead), "length": len(first)},
        {"type": "expandable_blockquote", "offset": len(lead + first), "length": len(second)},
    ]
    assert render_message(lead + first + second + "\nEnd", entities, color=False) == (
        "Both said:\n│ First quote.\n│ — ¶12\n│ He said more.\n│ — ¶13\nEnd"
    )


class TwoQuotes(FakeService):
    """Answers with two quotes in a row, the second cut short (as a long statement is)."""

    def ask(self, question: str, *, article_id: str | None = None) -> Answer:
        answer = super().ask(question, article_id=article_id)
        if question.startswith("/"):
            return answer
        first, second = self.article.paragraphs[2], self.article.paragraphs[3]
        parts = [AnswerPart(kind="text", text="Two statements:\n")]
        for para, shortened in ((first, False), (second, True)):
            cite = Citation(
                quote=para.text, start=para.start, end=para.end, paragraph=para.number, article_id=self.article.id
            )
            parts.append(AnswerPart(kind="quote", text=para.text, citation=cite, shortened=shortened))
        return answer.model_copy(update={"parts": parts})


async def test_the_chat_shows_what_telegram_would(emulator: BotApiEmulator, settings: Settings) -> None:
    service = TwoQuotes()
    app = await start_bot(emulator, settings, service)
    try:
        out = io.StringIO()
        await TerminalChat(emulator, out=out, color=False, reply_timeout=20).run(io.StringIO("two quotes?\n"))
    finally:
        await stop_polling(app)
    lines = out.getvalue().splitlines()
    first, second = service.article.paragraphs[2], service.article.paragraphs[3]
    at = lines.index(f"     │ — ¶{first.number}")
    assert lines[at + 1] == f"     │ {second.text}…", "the next quote on its own line, its cut marked"
    assert lines[at + 2] == f"     │ — ¶{second.number}"


async def _timed_send(chat: TerminalChat, text: str) -> tuple[float, list[SentMessage]]:
    loop = asyncio.get_running_loop()
    started = loop.time()
    replies = await chat.send(text)
    return loop.time() - started, replies


async def test_a_silent_bot_gives_the_prompt_back_within_seconds(running: Running) -> None:
    out = io.StringIO()
    chat = TerminalChat(running.emulator, group="Desk", out=out, color=False, reply_timeout=180)
    seconds, replies = await _timed_send(chat, "just chatting with friends")
    assert replies == []
    assert seconds < QUIET_SECONDS + 1, "not two 180 s waits"
    assert out.getvalue().endswith("(no reply)\n")
    seconds, [reply] = await _timed_send(chat, "@newsbot_local_bot who defended Misri?")
    assert "(you asked: who defended Misri?)" in reply.text


async def test_over_the_rate_limit_you_are_told_when_to_ask_again(
    emulator: BotApiEmulator, settings: Settings, fake_service: FakeService
) -> None:
    limited = settings.model_copy(update={"rate_limit_per_minute": 2})
    app = await start_bot(emulator, limited, fake_service)
    try:
        out = io.StringIO()
        chat = TerminalChat(emulator, out=out, color=False)
        assert await chat.send("one")
        assert await chat.send("two")
        [notice] = await chat.send("three")
        assert re.search(r"Please wait \d+ s and try again", notice.text)
        seconds, replies = await _timed_send(chat, "four")
        assert replies == [], "one notice per 10 s"
        assert seconds < QUIET_SECONDS + 1
    finally:
        await stop_polling(app)


async def test_a_late_reply_is_shown_when_it_arrives(running: Running) -> None:
    running.emulator.faults.rate_limit(["sendMessage"], retry_after=3, times=1)  # the reply comes after ~3 s
    read, write = os.pipe()
    out = io.StringIO()
    chat = TerminalChat(running.emulator, out=out, color=False, reply_timeout=180)
    with os.fdopen(read, "r") as stdin, os.fdopen(write, "w") as typing:
        session = asyncio.create_task(chat.run(stdin))
        typing.write("who defended Misri?\n")
        typing.flush()
        assert await running.state.wait_until(lambda: "(no reply)" in out.getvalue(), 10)
        assert "bot>" not in out.getvalue()
        assert await running.state.wait_until(lambda: "bot> Asaduddin Owaisi" in out.getvalue(), 10)
        await asyncio.sleep(0.6)
        assert out.getvalue().endswith("you> "), "a fresh prompt under the late reply"
        typing.write("/quit\n")
        typing.flush()
        await asyncio.wait_for(session, 10)
