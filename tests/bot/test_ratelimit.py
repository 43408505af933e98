"""The per-user question limit."""

from __future__ import annotations

from newsbot.bot.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_sliding_window_with_a_notice_at_most_every_ten_seconds() -> None:
    clock = Clock()
    limiter = RateLimiter(3, clock=clock)
    assert all(limiter.check(1).allowed for _ in range(3))
    first = limiter.check(1)
    assert not first.allowed
    assert first.notify
    assert 59 < first.retry_in <= 60
    second = limiter.check(1)
    assert not second.allowed
    assert not second.notify, "one notice per 10 s"
    assert limiter.check(2).allowed  # other users are not affected
    clock.now += 9.9
    assert not limiter.check(1).notify
    clock.now += 0.2
    again = limiter.check(1)
    assert not again.allowed
    assert again.notify, "never silently ignored for longer than 10 s"
    assert 49 < again.retry_in <= 50
    clock.now += 50.01
    assert limiter.check(1).allowed
    clock.now += 30
    limiter.forget_idle()
    assert limiter.check(2).allowed
