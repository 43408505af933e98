"""Flood control that waits out Telegram's 429s for up to a total time, not for a number of tries.

PTB's `AIORateLimiter` paces requests (30 per second overall, 20 per minute per group) and, on `RetryAfter`,
holds every request for `retry_after` seconds and tries again, but only `max_retries` times: a reply that
met five 429s in a row was lost, and the user got an error message instead. `PatientRateLimiter` keeps
retrying while the waits fit in `retry_budget` seconds from the first attempt, then raises
`FloodWaitTooLong`, which the error handler logs. A 429 means the method did not run, so retrying it
never duplicates a message.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter, TelegramError
from telegram.ext import AIORateLimiter

__all__ = ["DEFAULT_RETRY_BUDGET", "FloodWaitTooLong", "PatientRateLimiter"]

DEFAULT_RETRY_BUDGET = 60.0
_NO_RETRY_LIMIT = 1_000_000  # the time budget is what ends the retries

_Result = bool | dict[str, Any] | list[dict[str, Any]]


class FloodWaitTooLong(TelegramError):
    """Telegram kept answering 429 for longer than the retry budget; the request was given up."""

    def __init__(self, endpoint: str, budget: float) -> None:
        super().__init__(f"{endpoint} gave up: Telegram's flood control lasted over {budget:.0f} s")
        self.endpoint = endpoint
        self.budget = budget


class PatientRateLimiter(AIORateLimiter):
    """`AIORateLimiter` whose retries on `RetryAfter` are bounded by total waiting time (`retry_budget`)."""

    def __init__(self, *, retry_budget: float = DEFAULT_RETRY_BUDGET, **kwargs: Any) -> None:
        super().__init__(max_retries=_NO_RETRY_LIMIT, **kwargs)
        self.retry_budget = retry_budget

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, _Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> _Result:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.retry_budget

        async def within_budget(*call_args: Any, **call_kwargs: Any) -> _Result:
            try:
                return await callback(*call_args, **call_kwargs)
            except RetryAfter as exc:
                # PTB's own limiter reads the protected timedelta too: the public int attribute is deprecated.
                wait = exc._retry_after.total_seconds()
                if loop.time() + wait > deadline:
                    raise FloodWaitTooLong(endpoint, self.retry_budget) from exc
                raise

        return await super().process_request(within_budget, args, kwargs, endpoint, data, rate_limit_args)
