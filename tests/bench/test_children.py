"""Child processes report their own wall time and peak RSS."""

from __future__ import annotations

import signal
import sys

from newsbot.bench.children import bench_env, run_child, start_child


def test_run_child_reports_its_own_peak_rss() -> None:
    grow = "blob = bytearray(64 * 1024 * 1024); blob[::4096] = b'x' * len(blob[::4096]); print('done')"
    run = run_child([sys.executable, "-c", grow], bench_env())
    assert run.returncode == 0
    assert run.stdout.strip() == "done"
    assert run.peak_rss_mib > 64
    assert run.wall > 0


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
