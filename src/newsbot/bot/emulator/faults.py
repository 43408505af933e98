"""Faults the emulator can inject before it handles a request: flood control, server errors, slowness.

A fault fires *before* the request is processed, as with Telegram: a 429 or a 500 means the method did not
run, so a client that retries it loses nothing and duplicates nothing. Rules are matched in the order they
were added; each fires on every `every`-th matching call until its `times` run out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

__all__ = ["Fault", "FaultInjector", "FaultRule"]

FaultKind = Literal["retry_after", "server_error", "delay"]


@dataclass(frozen=True)
class Fault:
    """What happens to one request: a 429 with `retry_after`, an HTTP `status` error, or a `delay`."""

    kind: FaultKind
    retry_after: int = 1
    status: int = 500
    delay: float = 0.0

    def response(self) -> tuple[int, dict[str, object]]:
        """The HTTP status and Telegram-shaped body for an error fault."""
        if self.kind == "retry_after":
            return 429, {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {self.retry_after}",
                "parameters": {"retry_after": self.retry_after},
            }
        description = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}.get(
            self.status, "Internal Server Error"
        )
        return self.status, {"ok": False, "error_code": self.status, "description": description}


@dataclass
class FaultRule:
    """A fault for some methods (all when `methods` is None), `times` times (forever when None)."""

    fault: Fault
    methods: frozenset[str] | None = None
    times: int | None = 1
    every: int = 1
    seen: int = 0
    fired: int = 0

    def matches(self, method: str) -> bool:
        return self.methods is None or method in self.methods

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times


class FaultInjector:
    """The emulator's fault plan; tests and `newsbot chat --faults` add rules, the server consumes them."""

    def __init__(self) -> None:
        self.rules: list[FaultRule] = []
        self.log: list[tuple[str, Fault]] = []

    def add(
        self,
        fault: Fault,
        methods: Iterable[str] | None = None,
        *,
        times: int | None = 1,
        every: int = 1,
    ) -> FaultRule:
        rule = FaultRule(fault=fault, methods=None if methods is None else frozenset(methods), times=times, every=every)
        self.rules.append(rule)
        return rule

    def rate_limit(
        self, methods: Iterable[str] | None = None, *, retry_after: int = 1, times: int | None = 1, every: int = 1
    ) -> FaultRule:
        """Answer 429 Too Many Requests with `parameters.retry_after`."""
        return self.add(Fault("retry_after", retry_after=retry_after), methods, times=times, every=every)

    def server_error(
        self, methods: Iterable[str] | None = None, *, status: int = 500, times: int | None = 1, every: int = 1
    ) -> FaultRule:
        """Answer an HTTP 5xx without running the method."""
        return self.add(Fault("server_error", status=status), methods, times=times, every=every)

    def slow(
        self, methods: Iterable[str] | None = None, *, seconds: float = 1.0, times: int | None = 1, every: int = 1
    ) -> FaultRule:
        """Wait `seconds` before handling the request normally."""
        return self.add(Fault("delay", delay=seconds), methods, times=times, every=every)

    def clear(self) -> None:
        self.rules.clear()

    def take(self, method: str) -> list[Fault]:
        """The faults for this call: any delays, then at most one error, which stops the call."""
        faults: list[Fault] = []
        for rule in self.rules:
            if rule.exhausted or not rule.matches(method):
                continue
            rule.seen += 1
            if rule.seen % rule.every:
                continue
            rule.fired += 1
            faults.append(rule.fault)
            self.log.append((method, rule.fault))
            if rule.fault.kind != "delay":
                break
        self.rules = [rule for rule in self.rules if not rule.exhausted]
        return faults
