"""A bounded worker for reading articles: at most N at once, off the event loop, the others in line.

Reading an article (fetching, parsing with spaCy, embedding) takes seconds of CPU; it runs in this queue's
own threads, so questions in other chats keep being answered. spaCy and the embedding model are loaded once
per process and shared by these threads. Whoever finds every slot taken learns their place in line.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

__all__ = ["PENDING_KEY", "READ_WAIT_SECONDS", "ReadingQueue", "reading_in", "until_read"]

T = TypeVar("T")
PENDING_KEY = "newsbot.reading.pending"  # bot_data: {chat id: [Event, …]} of articles being read
READ_WAIT_SECONDS = 120.0  # a question waits at most this long for the chat's article to be ready


class ReadingQueue:
    """`workers` reading slots; `turn()` waits for one, `run()` runs blocking work in the queue's threads."""

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newsbot-read")
        self._slots: asyncio.Semaphore | None = None
        self.active = 0
        self.waiting = 0

    @contextlib.asynccontextmanager
    async def turn(self, on_wait: Callable[[int], Awaitable[None]]) -> AsyncIterator[None]:
        """Hold a reading slot for the block; if none is free, call `on_wait(place in line)` first."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.workers)
        slots = self._slots
        if self.active >= self.workers or self.waiting:
            self.waiting += 1
            try:
                await on_wait(self.waiting)
                await slots.acquire()
            finally:
                self.waiting -= 1
        else:
            await slots.acquire()
        self.active += 1
        try:
            yield
        finally:
            self.active -= 1
            slots.release()

    async def run(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """`function(*args, **kwargs)` in one of the queue's threads."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(function, *args, **kwargs))

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


@contextlib.contextmanager
def reading_in(bot_data: MutableMapping[str, Any], chat_id: int) -> Iterator[None]:
    """Mark an article as being read for `chat_id` until the block ends (see `until_read`)."""
    pending: dict[int, list[asyncio.Event]] = bot_data.setdefault(PENDING_KEY, {})
    event = asyncio.Event()
    pending.setdefault(chat_id, []).append(event)
    try:
        yield
    finally:
        event.set()
        pending[chat_id].remove(event)
        if not pending[chat_id]:
            del pending[chat_id]


async def until_read(bot_data: MutableMapping[str, Any], chat_id: int, timeout: float = READ_WAIT_SECONDS) -> None:
    """Wait while an article is being read for `chat_id`: a question sent after its card is about it."""
    events = list(bot_data.get(PENDING_KEY, {}).get(chat_id, []))
    if not events:
        return
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(timeout):
            for event in events:
                await event.wait()
