"""Keeping measured processes from rebuilding their index, and noticing when one did.

An index records the version of the code that built it; a process that finds the extraction sources changed
(another developer editing them mid-run) rebuilds its index first, loading spaCy and parsing, which would
inflate a cold start or the bot's memory. So before each measured process the index is brought up to date by
a separate, unmeasured `newsbot warm-up` (which also makes sure the ONNX query model is exported), and the
manifest's stamp is compared around the measurement.
"""

from __future__ import annotations

from pathlib import Path

from .children import bench_env, run_child

__all__ = ["REBUILT", "freshen_index", "index_stamp"]

REBUILT = "the index was rebuilt inside a measured process"


def index_stamp(index_dir: Path) -> tuple[int, int] | None:
    """(mtime in ns, size) of the manifest: it is rewritten by every rebuild."""
    try:
        stat = (index_dir / "manifest.json").stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def freshen_index(index_dir: Path, newsbot: list[str], cwd: Path) -> None:
    """Let a fresh, unmeasured process rebuild the index if today's sources call for it."""
    run = run_child([*newsbot, "warm-up"], bench_env(NEWSBOT_INDEX_DIR=str(index_dir)), cwd=cwd)
    if run.returncode != 0:
        raise RuntimeError(f"`newsbot warm-up` failed ({run.returncode}): {run.stderr.strip()[-500:]}")
