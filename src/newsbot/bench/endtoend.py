"""End to end: the real bot (`newsbot serve`, PTB `Application`) in a child process, driven through the emulator.

The emulator runs in this process and plays the users; the bot talks to it over HTTP as it would to
Telegram. Latency is from the moment an update is queued for the bot to the moment its first reply message
arrives; start-up is from spawning `newsbot serve` to the first reply to a question sent as soon as it polls. Each question's reply is first collected once (a warm-up pass), which fixes how many messages a
correct reply has; afterwards fewer means a lost reply and more a duplicated one. The child is finally stopped
with SIGINT; just before, its peak RSS (VmHWM) is read from /proc.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .children import bench_env, start_child
from .coldstart import newsbot_command
from .figures import Figure, percentile
from .sources import REBUILT, freshen_index, index_stamp

if TYPE_CHECKING:
    from ..bot.emulator import BotState

__all__ = ["EndToEnd", "end_to_end_figures", "measure_end_to_end"]

READY_TIMEOUT = 180.0
REPLY_TIMEOUT = 120.0
SETTLE = 0.3


@dataclass
class EndToEnd:
    """What the emulated users saw."""

    serial: list[float] = field(default_factory=list)
    concurrent: list[float] = field(default_factory=list)
    concurrent_seconds: float = 0.0
    chats: int = 0
    per_chat: int = 0
    lost: int = 0
    duplicated: int = 0
    bot_peak_rss_mib: float = 0.0
    bot_exit: int = 0
    start_to_first_answer: float = float("nan")

    @property
    def sent(self) -> int:
        return self.chats * self.per_chat

    @property
    def throughput(self) -> float:
        answered = len(self.concurrent)
        return answered / self.concurrent_seconds if self.concurrent_seconds > 0 else 0.0


def measure_end_to_end(
    index_dir: Path, scratch: Path, questions: Sequence[str], *, chats: int, per_chat: int, rounds: int
) -> EndToEnd:
    return asyncio.run(_measure(index_dir, scratch, list(questions), chats, per_chat, rounds))


async def _measure(
    index_dir: Path, scratch: Path, questions: list[str], chats: int, per_chat: int, rounds: int
) -> EndToEnd:
    from ..bot.emulator import BotApiEmulator

    result = EndToEnd(chats=chats, per_chat=per_chat)
    async with BotApiEmulator() as emulator:
        env = bench_env(
            TELEGRAM_BOT_TOKEN=emulator.token,
            TELEGRAM_API_BASE_URL=emulator.base_url,
            NEWSBOT_INDEX_DIR=str(index_dir),
            NEWSBOT_RATE_LIMIT_PER_MINUTE="1000",  # the bench measures answering, not the per-user limit
            NEWSBOT_PERSISTENCE_FILE=str(scratch / "bot-state.pickle"),
            NEWSBOT_LOG_LEVEL="WARNING",
        )
        command = newsbot_command()
        freshen_index(index_dir, command, scratch)
        before = index_stamp(index_dir)
        child = start_child([*command, "serve"], env, cwd=scratch)
        try:
            state = emulator.state
            if not await state.wait_until(lambda: _polling(state) or child.process.poll() is not None, READY_TIMEOUT):
                raise RuntimeError("the bot did not start polling the emulator")
            if child.process.poll() is not None:
                raise RuntimeError("the bot exited before it started polling")
            expected = await _serial(state, questions, rounds, result, child.started)
            await _concurrent(state, questions, expected, chats, per_chat, result)
            result.bot_peak_rss_mib = child.peak_rss_mib()
        finally:
            child.stop(signal.SIGINT)
            run = await asyncio.to_thread(child.finish, 60.0)
        result.bot_exit = run.returncode
        if run.returncode not in (0, -signal.SIGINT, 130):
            raise RuntimeError(f"the bot failed ({run.returncode}): {run.stderr.strip()[-500:]}")
        if index_stamp(index_dir) != before:
            raise RuntimeError(f"{REBUILT} (the bot): the extraction sources changed as it started; run again")
    return result


def _polling(state: BotState) -> bool:
    return state.polls_started > 0


async def _ask(
    state: BotState, chat: dict[str, Any], user: dict[str, Any], text: str, expect: int | None
) -> float | None:
    """Send `text`; seconds until the first reply, then wait for all `expect` messages (or quiet, when None)."""
    sent = state.send_text(chat, user, text)
    started = time.perf_counter()

    def count() -> int:
        return sum(1 for m in state.bot_messages(chat["id"]) if m.message_id > sent.message_id)

    if not await state.wait_until(lambda: count() > 0, REPLY_TIMEOUT):
        return None
    first = time.perf_counter() - started
    if expect is None:
        seen = 0
        while seen != (seen := count()):  # until no new message for SETTLE seconds
            await state.wait_until(lambda: count() > seen, SETTLE)
    else:
        await state.wait_until(lambda: count() >= expect, REPLY_TIMEOUT)
    return first


async def _serial(
    state: BotState, questions: list[str], rounds: int, result: EndToEnd, bot_started: float
) -> dict[str, int]:
    """One chat asks every question in turn: once to warm up and learn each reply's size, then `rounds` times.

    The very first question goes out as soon as the bot polls; its reply times the bot's start-up.
    """
    user = state.create_user("Serial")
    chat = state.private_chat(user)
    expected: dict[str, int] = {}
    for question in questions:
        before = len(state.bot_messages(chat["id"]))
        since_start = time.perf_counter() - bot_started
        seconds = await _ask(state, chat, user, question, None)
        if seconds is None:
            raise RuntimeError(f"the bot did not answer {question!r}")
        if not expected:
            result.start_to_first_answer = since_start + seconds
        expected[question] = len(state.bot_messages(chat["id"])) - before
    for _ in range(rounds):
        for question in questions:
            seconds = await _ask(state, chat, user, question, expected[question])
            if seconds is not None:
                result.serial.append(seconds)
    return expected


async def _concurrent(
    state: BotState, questions: list[str], expected: dict[str, int], chats: int, per_chat: int, result: EndToEnd
) -> None:
    """`chats` chats at once, each asking `per_chat` questions one after another, as people would."""
    people = [state.create_user(f"Reader {n}") for n in range(chats)]
    plans = [[questions[(n + i) % len(questions)] for i in range(per_chat)] for n in range(chats)]

    async def converse(user: dict[str, Any], plan: list[str]) -> None:
        chat = state.private_chat(user)
        for question in plan:
            seconds = await _ask(state, chat, user, question, expected[question])
            if seconds is None:
                result.lost += 1
            else:
                result.concurrent.append(seconds)

    started = time.perf_counter()
    await asyncio.gather(*(converse(user, plan) for user, plan in zip(people, plans, strict=True)))
    result.concurrent_seconds = time.perf_counter() - started
    await asyncio.sleep(SETTLE * 2)  # late duplicates
    for user, plan in zip(people, plans, strict=True):
        got = len(state.bot_messages(user["id"]))
        want = sum(expected[q] for q in plan)
        result.duplicated += max(0, got - want)


def end_to_end_figures(e2e: EndToEnd, bare_p50_seconds: float) -> list[Figure]:
    bare_ms = bare_p50_seconds * 1000
    load = f"{e2e.chats} chats × {e2e.per_chat} questions at once"
    return [
        Figure("e2e_start_to_first_answer", "Bot start to first answer (newsbot serve)", "s",
               e2e.start_to_first_answer, None, "value<=", 1.5,
               "spawn to the first reply, the question sent as soon as the bot polls"),
        Figure("e2e_serial_p50", "End to end, one chat: p50 update → reply", "ms", percentile(e2e.serial, 50) * 1000,
               bare_ms, "ratio<=", 3.0, f"{len(e2e.serial)} questions; baseline: bare 1-thread encode p50"),
        Figure("e2e_concurrent_p50", f"End to end, {load}: p50", "ms", percentile(e2e.concurrent, 50) * 1000,
               bare_ms, note="baseline: bare encode p50"),
        Figure("e2e_concurrent_p95", f"End to end, {load}: p95", "ms", percentile(e2e.concurrent, 95) * 1000,
               bare_ms, note="baseline: bare encode p50"),
        Figure("e2e_throughput", f"End to end, {load}: throughput", "answers/s", e2e.throughput, None,
               "value>=", 25, f"{len(e2e.concurrent)} answers in {e2e.concurrent_seconds:.1f} s; Telegram allows a "
               "bot about 30 messages/s"),
        Figure("e2e_lost", "End to end: lost replies", "replies", e2e.lost, None, "value<=", 0),
        Figure("e2e_duplicated", "End to end: duplicated replies", "replies", e2e.duplicated, None, "value<=", 0),
    ]  # fmt: skip
