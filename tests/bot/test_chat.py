"""The terminal chat, in-process: what you type goes to the bot through the emulator; replies are rendered."""

from __future__ import annotations

import io

from newsbot.bot.chat import TerminalChat, render_message

from .conftest import Running


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
