"""Child processes timed from spawn to exit, and their peak RSS read from `/proc/PID/status` (VmHWM).

Not `ru_maxrss`: Linux carries a process's high-water mark across `execve`, so a child spawned by this (large)
process would report at least our own size. VmHWM belongs to the new address space alone.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["VMHWM_CODE", "ChildRun", "Running", "bench_env", "peak_rss_mib", "run_child", "start_child"]

# A Python line that prints the interpreter's own peak RSS in KiB: what a child runs last to report it.
VMHWM_CODE = 'print(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])'


def peak_rss_mib(pid: int | str = "self") -> float:
    """VmHWM of a live process in MiB; NaN where /proc is not available."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
        return int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        return float("nan")


@dataclass(frozen=True)
class ChildRun:
    """A finished child: wall seconds, exit status and output."""

    wall: float
    returncode: int
    stdout: str
    stderr: str


def bench_env(**extra: str) -> dict[str, str]:
    """The environment every child gets: offline hub, no tokenizer threads, this process's cache directory
    (as an absolute path, so children in a scratch directory find the ONNX export made here), plus `extra`."""
    from ..config import load_settings

    env = dict(os.environ)
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"})
    env["NEWSBOT_CACHE_DIR"] = str(load_settings().cache_dir.resolve())
    env.pop("TELEGRAM_BOT_TOKEN", None)
    env.update(extra)
    return env


class Running:
    """A started child, its output going to temporary files so a chatty child never blocks on a full pipe."""

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
            _, status = os.waitpid(self.process.pid, 0)
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
        return ChildRun(wall, self.process.returncode, stdout, stderr)

    def peak_rss_mib(self) -> float:
        """The running child's peak resident set so far."""
        return peak_rss_mib(self.process.pid)

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
