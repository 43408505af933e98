"""The reading queue: never more than N readings at once, off the event loop, the rest told their place."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from newsbot.bot.reading import ReadingQueue


async def test_at_most_n_at_once_and_the_others_learn_their_place_in_line() -> None:
    queue = ReadingQueue(2)
    running = 0
    most = 0
    places: list[int] = []
    threads: set[str] = set()

    def work() -> None:
        threads.add(threading.current_thread().name)
        time.sleep(0.2)

    async def read(n: int) -> None:
        nonlocal running, most

        async def told(place: int) -> None:
            places.append(place)

        async with queue.turn(told):
            running += 1
            most = max(most, running)
            await queue.run(work)
            running -= 1

    loop_ticks = 0

    async def ticker() -> None:
        nonlocal loop_ticks
        while True:
            loop_ticks += 1
            await asyncio.sleep(0.01)

    tick = asyncio.create_task(ticker())
    await asyncio.gather(*(read(n) for n in range(5)))
    tick.cancel()
    assert most == 2
    assert sorted(places) == [1, 2, 3]
    assert all(name.startswith("newsbot-read") for name in threads)
    assert loop_ticks > 20  # the event loop kept running while the work ran
    queue.shutdown()


async def test_a_failure_frees_the_slot() -> None:
    queue = ReadingQueue(1)

    async def nothing(place: int) -> None:
        pass

    def boom() -> None:
        raise ValueError("bad page")

    with pytest.raises(ValueError, match="bad page"):
        async with queue.turn(nothing):
            await queue.run(boom)
    async with queue.turn(nothing):
        assert await queue.run(lambda: 42) == 42
    assert (queue.active, queue.waiting) == (0, 0)
    with pytest.raises(ValueError, match="at least 1"):
        ReadingQueue(0)


async def test_a_question_waits_while_the_chats_article_is_read() -> None:
    from newsbot.bot.reading import reading_in, until_read

    bot_data: dict[str, object] = {}
    order: list[str] = []

    async def read() -> None:
        with reading_in(bot_data, 7):
            await asyncio.sleep(0.2)
            order.append("read")

    async def ask() -> None:
        await asyncio.sleep(0.05)
        await until_read(bot_data, 7)
        order.append("asked")

    async def other_chat() -> None:
        await asyncio.sleep(0.05)
        await until_read(bot_data, 8)
        order.append("other chat")

    await asyncio.gather(read(), ask(), other_chat())
    assert order == ["other chat", "read", "asked"]
    assert bot_data == {"newsbot.reading.pending": {}}
    with reading_in(bot_data, 7):
        started = time.perf_counter()
        await until_read(bot_data, 7, timeout=0.1)  # never waits past the timeout
        assert time.perf_counter() - started < 1.0
