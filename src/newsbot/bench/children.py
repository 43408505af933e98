"""Child processes timed from spawn to exit, with their own peak RSS (from `wait4`, not process-wide totals)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ChildRun", "Running", "bench_env", "run_child", "start_child"]


@dataclass(frozen=True)
class ChildRun:
    """A finished child: wall seconds, peak resident set in MiB, exit status and output."""

    wall: float
    peak_rss_mib: float
    returncode: int
    stdout: str
    stderr: str


def bench_env(**extra: str) -> dict[str, str]:
    """The environment every child gets: offline hub, no tokenizer threads, plus `extra`."""
    env = dict(os.environ)
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"})
    env.pop("TELEGRAM_BOT_TOKEN", None)
    env.update(extra)
    return env


class Running:
    """A started child; `finish` reaps it with `wait4` so its own rusage is read, not the sum of all children."""

    def __init__(self, argv: Sequence[str], env: Mapping[str, str], cwd: Path | None) -> None:
        self._out = tempfile.TemporaryFile()  # noqa: SIM115 - closed in `finish`, after the child exits
        self._err = tempfile.TemporaryFile()  # noqa: SIM115
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            list(argv), env=dict(env), cwd=cwd, stdin=subprocess.DEVNULL, stdout=self._out, stderr=self._err
        )

    def stop(self, sig: int = signal.SIGINT) -> None:
        if self.process.returncode is None:
            self.process.send_signal(sig)

    def finish(self, timeout: float) -> ChildRun:
        """Wait for exit (killing it after `timeout` seconds) and collect what it did."""
        killer = threading.Timer(timeout, self._kill)
        killer.start()
        try:
            _, status, usage = os.wait4(self.process.pid, 0)
        finally:
            killer.cancel()
        wall = time.perf_counter() - self.started
        self.process.returncode = os.waitstatus_to_exitcode(status)
        self._out.seek(0)
        self._err.seek(0)
        stdout = self._out.read().decode("utf-8", "replace")
        stderr = self._err.read().decode("utf-8", "replace")
        self._out.close()
        self._err.close()
        # ru_maxrss is in KiB on Linux, in bytes on macOS.
        peak = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
        return ChildRun(wall, peak, self.process.returncode, stdout, stderr)

    def _kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()


def start_child(argv: Sequence[str], env: Mapping[str, str], *, cwd: Path | None = None) -> Running:
    return Running(argv, env, cwd)


def run_child(
    argv: Sequence[str], env: Mapping[str, str], *, cwd: Path | None = None, timeout: float = 300
) -> ChildRun:
    """Run to completion; wall time covers interpreter start to exit, as a user at a shell sees it."""
    return start_child(argv, env, cwd=cwd).finish(timeout)
