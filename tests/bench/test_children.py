"""Child processes report their own wall time and peak RSS."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

import pytest

from newsbot.bench.children import VMHWM_CODE, bench_env, peak_rss_mib, run_child, start_child

needs_proc = pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux /proc")

GROW = "blob = bytearray(64 * 1024 * 1024); blob[::4096] = b'x' * len(blob[::4096])"


def test_children_share_this_process_s_onnx_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A child started in a scratch directory must find the ONNX export made here, not export its own."""
    monkeypatch.delenv("NEWSBOT_CACHE_DIR")
    monkeypatch.chdir(tmp_path)
    assert bench_env()["NEWSBOT_CACHE_DIR"] == str(tmp_path / ".newsbot" / "cache")


def test_run_child_collects_output_and_status() -> None:
    run = run_child([sys.executable, "-c", "import sys; print('done'); sys.exit(3)"], bench_env())
    assert run.returncode == 3
    assert run.stdout.strip() == "done"
    assert run.wall > 0


@needs_proc
def test_a_child_reports_its_own_peak_not_ours() -> None:
    ballast = bytearray(256 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])  # make this process large, so inherited figures would show
    small = run_child([sys.executable, "-c", VMHWM_CODE], bench_env())
    grown = run_child([sys.executable, "-c", f"{GROW}\n{VMHWM_CODE}"], bench_env())
    del ballast
    small_mib, grown_mib = int(small.stdout) / 1024, int(grown.stdout) / 1024
    assert small_mib < 200
    assert grown_mib > small_mib + 60


@needs_proc
def test_peak_rss_of_a_live_child() -> None:
    child = start_child([sys.executable, "-c", f"{GROW}\nimport time; print('up', flush=True); time.sleep(60)"],
                        bench_env())  # fmt: skip
    try:
        for _ in range(200):
            if peak_rss_mib(child.process.pid) > 64:
                break
            time.sleep(0.05)
        assert child.peak_rss_mib() > 64
    finally:
        child.stop(signal.SIGTERM)
        child.finish(timeout=30)


def test_stopping_a_child_with_a_signal() -> None:
    child = start_child([sys.executable, "-c", "import time; print('up', flush=True); time.sleep(60)"], bench_env())
    child.stop(signal.SIGTERM)
    run = child.finish(timeout=30)
    assert run.returncode == -signal.SIGTERM


def test_bench_env_is_offline_and_has_no_token() -> None:
    env = bench_env(EXTRA="1")
    assert env["HF_HUB_OFFLINE"] == "1"
    assert "TELEGRAM_BOT_TOKEN" not in env
    assert env["EXTRA"] == "1"
