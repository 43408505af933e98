"""The per-user question limit."""

from __future__ import annotations

from newsbot.bot.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_sliding_window_with_one_notice_per_window() -> None:
    clock = Clock()
    limiter = RateLimiter(3, clock=clock)
    assert all(limiter.check(1).allowed for _ in range(3))
    first = limiter.check(1)
    assert not first.allowed
    assert first.notify
    assert 59 < first.retry_in <= 60
    second = limiter.check(1)
    assert not second.allowed
    assert not second.notify
    assert limiter.check(2).allowed  # other users are not affected
    clock.now += 60.01
    assert limiter.check(1).allowed
    clock.now += 30
    limiter.forget_idle()
    assert limiter.check(2).allowed
