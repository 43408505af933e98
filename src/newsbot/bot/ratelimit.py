"""A per-user limit on questions: at most N in any sliding minute.

A refused question is answered with when the user may ask again, at most once per `notice_interval`
seconds per user: enough to never leave someone silently ignored for long, too few to flood a chat.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["NOTICE_INTERVAL_SECONDS", "Decision", "RateLimiter"]

NOTICE_INTERVAL_SECONDS = 10.0


@dataclass(frozen=True)
class Decision:
    """Whether a question may go ahead; if not, how long until it may and whether to say so."""

    allowed: bool
    retry_in: float = 0.0
    notify: bool = False


class RateLimiter:
    """Sliding-window counter per key (a Telegram user id)."""

    def __init__(
        self,
        per_minute: int,
        *,
        window: float = 60.0,
        notice_interval: float = NOTICE_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self.per_minute = per_minute
        self.window = window
        self.notice_interval = notice_interval
        self._clock = clock
        self._hits: dict[int, deque[float]] = {}
        self._told_until: dict[int, float] = {}

    def check(self, key: int) -> Decision:
        """Count one question for `key` if allowed; refusals are not counted."""
        now = self._clock()
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) < self.per_minute:
            hits.append(now)
            self._told_until.pop(key, None)
            return Decision(allowed=True)
        retry_in = hits[0] + self.window - now
        notify = self._told_until.get(key, 0.0) <= now
        if notify:
            self._told_until[key] = now + self.notice_interval
        return Decision(allowed=False, retry_in=max(retry_in, 0.0), notify=notify)

    def forget_idle(self) -> None:
        """Drop users with no recent questions (keeps memory flat on a busy bot)."""
        now = self._clock()
        for key in [k for k, hits in self._hits.items() if not hits or hits[-1] <= now - self.window]:
            self._hits.pop(key, None)
            self._told_until.pop(key, None)
