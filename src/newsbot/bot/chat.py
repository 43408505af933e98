"""A terminal chat with the real bot, through the local Bot API emulator.

You type as a Telegram user in a private chat (or a group); the bot's replies are shown the way a Telegram
client would show them, from the message text and its entities: bold, italics, quotes as an indented bar,
links, and inline buttons as numbered choices (type the number to press one). A link you type is sent as a
link; a file's path (or `/send FILE`) sends that file as a document. `/quit` or Ctrl-D leaves.

The prompt never waits on a bot that stays silent on purpose (a group message not for it, a question over
the rate limit): if the bot neither replies nor shows "typing…" within `quiet_timeout` seconds, the prompt
comes back, and a reply that comes later is shown as soon as it arrives.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from .emulator import BotApiEmulator, SentMessage

__all__ = ["QUIET_SECONDS", "TerminalChat", "render_message"]

QUIET_SECONDS = 2.0  # the bot answers or shows "typing…" within about a second when it means to reply
SETTLE_SECONDS = 0.4  # a long reply comes as several messages: wait this long for the next one

_STYLES = {
    "bold": "1",
    "italic": "3",
    "underline": "4",
    "strikethrough": "9",
    "code": "36",
    "pre": "36",
    "spoiler": "7",
    "text_link": "4;34",
    "blockquote": "",
    "expandable_blockquote": "",
}
_QUOTE_BAR = "│ "


def _utf16_to_index(text: str) -> list[int]:
    """Map each UTF-16 offset (0…len) to a Python string index."""
    mapping: list[int] = []
    for index, ch in enumerate(text):
        mapping.append(index)
        if ord(ch) > 0xFFFF:
            mapping.append(index)
    mapping.append(len(text))
    return mapping


def render_message(text: str, entities: list[dict[str, Any]], *, color: bool) -> str:
    """A message as terminal text: ANSI styles when `color`, quote bars always, link targets shown."""
    to_index = _utf16_to_index(text)
    styles: list[set[str]] = [set() for _ in text]
    quote_of = [0] * len(text)  # which blockquote (1, 2, …) each character is in; 0 for none
    links: dict[int, str] = {}
    for number, entity in enumerate(entities, start=1):
        start = to_index[min(entity["offset"], len(to_index) - 1)]
        end = to_index[min(entity["offset"] + entity["length"], len(to_index) - 1)]
        kind = entity["type"]
        for i in range(start, end):
            styles[i].add(kind)
            if kind in ("blockquote", "expandable_blockquote"):
                quote_of[i] = number
        if kind == "text_link" and end > start:
            links[end - 1] = entity.get("url", "")
    out: list[str] = []
    active = ""
    at_line_start = True
    for i, ch in enumerate(text):
        if i and quote_of[i] != quote_of[i - 1] and ch != "\n" and text[i - 1] != "\n":
            out.append("\x1b[0m\n" if color and active else "\n")  # a quote is a block of its own, as is the next
            active = ""
            at_line_start = True
        if at_line_start and quote_of[i]:
            if color and active:
                out.append("\x1b[0m")
                active = ""
            out.append("\x1b[2m" + _QUOTE_BAR + "\x1b[0m" if color else _QUOTE_BAR)
        codes = ";".join(sorted(filter(None, (_STYLES.get(s, "") for s in styles[i]))))
        if color and codes != active:
            out.append("\x1b[0m" + (f"\x1b[{codes}m" if codes else ""))
            active = codes
        out.append(ch)
        if i in links:
            out.append(f" ({links[i]})")
        at_line_start = ch == "\n"
    if color and active:
        out.append("\x1b[0m")
    return "".join(out)


_ANSI_OR_WORD = re.compile(r"\x1b\[[0-9;]*m|\s+|[^\s\x1b]+")


def wrap_line(line: str, width: int, indent: str) -> list[str]:
    """Wrap one rendered line (ANSI codes count as zero width) to `width`, continuing with `indent`."""
    if width < 20:
        return [line]
    out: list[str] = []
    current = ""
    used = 0
    for token in _ANSI_OR_WORD.findall(line):
        if token.startswith("\x1b"):
            current += token
            continue
        size = len(token)
        if used + size > width and used > len(indent) and not token.isspace():
            out.append(current.rstrip())
            current, used = indent, len(indent)
        if token.isspace() and used == len(indent) and out:
            continue
        current += token
        used += size
    out.append(current)
    return out


def _document_path(text: str) -> Path | None:
    """The file to send as a document: `/send FILE`, or a line that is the path of an existing file."""
    if text.startswith("/send "):
        return Path(text[len("/send ") :].strip().strip("'\"")).expanduser()
    path = text.strip("'\"")
    if path.startswith(("/", "~", ".")) and "/" in path[1:] and not any(ch.isspace() for ch in path):
        return Path(path).expanduser()  # a path, not a command (commands have no second "/")
    return None


def _in_progress(message: SentMessage) -> bool:
    """A status message the bot is still editing ("Fetching…", "Reading…", a place in line)."""
    return message.text.endswith("…") and not message.buttons


class TerminalChat:
    """One chat between you and the bot (private, or a group when `group` names one), on an emulator the bot
    is polling."""

    def __init__(
        self,
        emulator: BotApiEmulator,
        *,
        user_name: str = "You",
        group: str | None = None,
        out: TextIO | None = None,
        color: bool | None = None,
        reply_timeout: float = 180.0,
        quiet_timeout: float = QUIET_SECONDS,
    ) -> None:
        self.emulator = emulator
        self.state = emulator.state
        self.user = self.state.create_user(user_name, username=None)
        self.chat = self.state.group_chat(group) if group else self.state.private_chat(self.user)
        self.out = out or sys.stdout
        if color is None:
            color = self.out.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        self.color = color
        self.reply_timeout = reply_timeout
        self.quiet_timeout = quiet_timeout
        self.choices: list[tuple[int, str, str]] = []  # (message_id, label, callback_data)
        self._shown: set[int] = set()

    # ---- output --------------------------------------------------------------------------------------------

    def _print(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def _dim(self, text: str) -> str:
        return f"\x1b[2m{text}\x1b[0m" if self.color else text

    def show(self, message: SentMessage) -> None:
        self._shown.add(message.message_id)
        body = render_message(message.text, message.entities, color=self.color)
        label = "\x1b[1;32mbot\x1b[0m" if self.color else "bot"
        width = shutil.get_terminal_size((100, 24)).columns - 1 if self.out.isatty() else 0
        for number, line in enumerate(body.split("\n")):
            prefix = f"{label}> " if number == 0 else "     "
            quoted = _QUOTE_BAR in line[:12]
            indent = "     " + (self._dim(_QUOTE_BAR) if self.color else _QUOTE_BAR) if quoted else "     "
            indent_width = 5 + (len(_QUOTE_BAR) if quoted else 0)
            wrapped = wrap_line(prefix + line, width, " " * indent_width) if width else [prefix + line]
            self._print(wrapped[0])
            for rest in wrapped[1:]:
                self._print(indent + rest[indent_width:])
        buttons = [(b["text"], b["callback_data"]) for row in message.buttons for b in row if "callback_data" in b]
        if buttons:
            self.choices = [(message.message_id, text, data) for text, data in buttons]
            listed = "  ".join(f"[{n}] {text}" for n, (text, _) in enumerate(buttons, start=1))
            self._print(self._dim(f"     buttons: {listed}  (type a number to press)"))

    def banner(self) -> None:
        bot = f"@{self.state.bot_user['username']}"
        self._print(
            f"Chatting with {bot} through a local Telegram emulator "
            "(the real bot and handlers; nothing is sent to Telegram)."
        )
        if self.chat["type"] != "private":
            self._print(
                f"You are in the group \u201c{self.chat['title']}\u201d: the bot answers commands and messages "
                f"that mention {bot}, and stays silent otherwise."
            )
        self._print("Type a question or a command (/help). A number presses a button. /quit or Ctrl-D to leave.")
        self._print("To add an article, paste a link, or type a file's path (or /send FILE) to send it as a document.")

    # ---- one turn ------------------------------------------------------------------------------------------

    async def send(self, line: str) -> list[SentMessage]:
        """Send what the user typed (or press a button) and show the bot's replies, or say it stayed silent."""
        text = line.strip()
        if text.isdigit() and self.choices and 1 <= int(text) <= len(self.choices):
            message_id, _, data = self.choices[int(text) - 1]
            query_id = self.state.press_button(self.chat, self.user, message_id, data)
            await self.state.wait_until(lambda: query_id in self.state.callback_answers, 10)
            note = self.state.callback_answers.get(query_id, {}).get("text")
            if note:
                self._print(self._dim(f"     ({note})"))
        elif (document := _document_path(text)) is not None:
            try:
                body = document.read_bytes()
                self.state.send_document(self.chat, self.user, body, document.name)
            except (OSError, ValueError) as exc:
                self._print(self._dim(f"     (cannot send {document}: {getattr(exc, 'strerror', None) or exc})"))
                return []
            self._print(self._dim(f"     (sent {document.name}, {len(body):,} bytes, as a document)"))
        else:
            self.state.send_text(self.chat, self.user, text)
        actions_before = self._typing_actions()

        def reacted() -> bool:
            return bool(self._unshown()) or self._typing_actions() > actions_before

        if not await self.state.wait_until(reacted, self.quiet_timeout):
            self._print(self._dim("     (no reply)"))
            return []
        if not self._unshown():
            self._print(self._dim("     typing…"))
            if not await self.state.wait_until(lambda: bool(self._unshown()), self.reply_timeout):
                self._print(self._dim(f"     (no reply within {self.reply_timeout:.0f} s)"))
                return []
        if any(_in_progress(m) for m in self._unshown()):  # "Fetching…", "Reading…": wait for the card it becomes
            self._print(self._dim("     reading the article…"))
            await self.state.wait_until(lambda: not any(_in_progress(m) for m in self._unshown()), self.reply_timeout)
        return await self.show_new()

    async def show_new(self) -> list[SentMessage]:
        """Show the bot's messages not shown yet, once no further one has come for `SETTLE_SECONDS`."""

        def more_than(seen: int) -> Callable[[], bool]:
            return lambda: len(self._unshown()) > seen

        while await self.state.wait_until(more_than(len(self._unshown())), SETTLE_SECONDS):
            pass
        new = self._unshown()
        for message in new:
            self.show(message)
        return new

    def _unshown(self) -> list[SentMessage]:
        return [m for m in self.state.bot_messages(self.chat["id"]) if m.message_id not in self._shown]

    def _typing_actions(self) -> int:
        return sum(1 for chat_id, _ in self.state.chat_actions if chat_id == self.chat["id"])

    # ---- the loop ------------------------------------------------------------------------------------------

    async def run(self, stdin: TextIO | None = None) -> None:
        """Read lines until /quit or end of input; each line is one turn."""
        lines: asyncio.Queue[str | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()
        ready = threading.Event()
        source = stdin or sys.stdin
        interactive = source.isatty()
        prompt = "\x1b[1;34myou\x1b[0m> " if self.color else "you> "

        def reader() -> None:  # a daemon thread: a blocked read never holds up exit
            while True:
                ready.wait()
                ready.clear()
                try:
                    line = input(prompt) if interactive and source is sys.stdin else source.readline()
                    if not line and not interactive:
                        line = None  # end of input
                except EOFError:
                    line = None
                loop.call_soon_threadsafe(lines.put_nowait, line)
                if line is None:
                    return

        threading.Thread(target=reader, name="chat-input", daemon=True).start()
        self.banner()
        while True:
            if not interactive:
                self.out.write(prompt)
                self.out.flush()
            ready.set()
            line = await self._next_line(lines, prompt)
            if line is None:
                self._print()
                return
            if not interactive:
                self._print(line.rstrip("\n"))  # echo piped input, as a terminal would have
            if line.strip() in ("/quit", "/exit"):
                return
            if not line.strip():
                continue
            await self.send(line)

    async def _next_line(self, lines: asyncio.Queue[str | None], prompt: str) -> str | None:
        """The next line typed; a reply that arrives meanwhile (a late one) is shown above a fresh prompt."""
        typed = asyncio.ensure_future(lines.get())
        try:
            while True:
                late = asyncio.ensure_future(self.state.wait_until(lambda: bool(self._unshown()), 3600))
                done, _ = await asyncio.wait({typed, late}, return_when=asyncio.FIRST_COMPLETED)
                late.cancel()
                if typed in done:
                    return typed.result()
                if self._unshown():
                    self.out.write("\r\x1b[K" if self.out.isatty() else "\n")  # off the prompt line
                    await self.show_new()
                    self.out.write(prompt)
                    self.out.flush()
        finally:
            typed.cancel()
