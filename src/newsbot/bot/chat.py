"""A terminal chat with the real bot, through the local Bot API emulator.

You type as a Telegram user in a private chat; the bot's replies are shown the way a Telegram client would
show them, from the message text and its entities: bold, italics, quotes as an indented bar, links, and
inline buttons as numbered choices (type the number to press one). A link you type is sent as a link; a
file's path (or `/send FILE`) sends that file as a document. `/quit` or Ctrl-D leaves.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

from .emulator import BotApiEmulator, SentMessage

__all__ = ["TerminalChat", "render_message"]

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
    quoted = [False] * len(text)
    links: dict[int, str] = {}
    for entity in entities:
        start = to_index[min(entity["offset"], len(to_index) - 1)]
        end = to_index[min(entity["offset"] + entity["length"], len(to_index) - 1)]
        kind = entity["type"]
        for i in range(start, end):
            styles[i].add(kind)
            if kind in ("blockquote", "expandable_blockquote"):
                quoted[i] = True
        if kind == "text_link" and end > start:
            links[end - 1] = entity.get("url", "")
    out: list[str] = []
    active = ""
    at_line_start = True
    for i, ch in enumerate(text):
        if i and quoted[i] != quoted[i - 1] and ch != "\n" and text[i - 1] != "\n":
            out.append("\x1b[0m\n" if color and active else "\n")  # a quote is a block of its own
            active = ""
            at_line_start = True
        if at_line_start and quoted[i]:
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
    """One private chat between you and the bot, on an emulator the bot is polling."""

    def __init__(
        self,
        emulator: BotApiEmulator,
        *,
        user_name: str = "You",
        out: TextIO | None = None,
        color: bool | None = None,
        reply_timeout: float = 180.0,
    ) -> None:
        self.emulator = emulator
        self.state = emulator.state
        self.user = self.state.create_user(user_name, username=None)
        self.chat = self.state.private_chat(self.user)
        self.out = out or sys.stdout
        if color is None:
            color = self.out.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        self.color = color
        self.reply_timeout = reply_timeout
        self.choices: list[tuple[int, str, str]] = []  # (message_id, label, callback_data)

    # ---- output --------------------------------------------------------------------------------------------

    def _print(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def _dim(self, text: str) -> str:
        return f"\x1b[2m{text}\x1b[0m" if self.color else text

    def show(self, message: SentMessage) -> None:
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
        self._print(
            f"Chatting with @{self.state.bot_user['username']} through a local Telegram emulator "
            "(the real bot and handlers; nothing is sent to Telegram)."
        )
        self._print("Type a question or a command (/help). A number presses a button. /quit or Ctrl-D to leave.")
        self._print("To add an article, paste a link, or type a file's path (or /send FILE) to send it as a document.")

    # ---- one turn ------------------------------------------------------------------------------------------

    async def send(self, line: str) -> list[SentMessage]:
        """Send what the user typed (or press a button) and show the bot's replies."""
        text = line.strip()
        if text.isdigit() and self.choices and 1 <= int(text) <= len(self.choices):
            message_id, _, data = self.choices[int(text) - 1]
            query_id = self.state.press_button(self.chat, self.user, message_id, data)
            after = max(self.state.messages.get(self.chat["id"], {}), default=0)
            await self.state.wait_until(lambda: query_id in self.state.callback_answers, 10)
            note = self.state.callback_answers.get(query_id, {}).get("text")
            if note:
                self._print(self._dim(f"     ({note})"))
        elif (document := _document_path(text)) is not None:
            try:
                body = document.read_bytes()
                after = self.state.send_document(self.chat, self.user, body, document.name).message_id
            except (OSError, ValueError) as exc:
                self._print(self._dim(f"     (cannot send {document}: {getattr(exc, 'strerror', None) or exc})"))
                return []
            self._print(self._dim(f"     (sent {document.name}, {len(body):,} bytes, as a document)"))
        else:
            after = self.state.send_text(self.chat, self.user, text).message_id
        actions_before = len(self.state.chat_actions)

        def replied_or_typing() -> bool:
            return bool(self._new(after)) or len(self.state.chat_actions) > actions_before

        await self.state.wait_until(replied_or_typing, self.reply_timeout)
        if not self._new(after) and len(self.state.chat_actions) > actions_before:
            self._print(self._dim("     typing…"))
        replies = await self.state.replies_after(self.chat["id"], after, timeout=self.reply_timeout)
        if any(_in_progress(m) for m in replies):  # "Fetching…", "Reading…": wait for the card it becomes
            self._print(self._dim("     reading the article…"))
            await self.state.wait_until(lambda: not any(_in_progress(m) for m in self._new(after)), self.reply_timeout)
            replies = self._new(after)
        if not replies:
            self._print(self._dim(f"     (no reply within {self.reply_timeout:.0f} s)"))
        for message in replies:
            self.show(message)
        return replies

    def _new(self, after: int) -> list[SentMessage]:
        return [m for m in self.state.bot_messages(self.chat["id"]) if m.message_id > after]

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
            line = await lines.get()
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
