"""Where the shared evaluation data lives (`../shared` next to the repository), when it is there at all."""

from __future__ import annotations

from pathlib import Path

__all__ = ["shared_dir"]


def shared_dir() -> Path | None:
    """`../shared` beside the working directory or beside the source checkout; None on a user's machine."""
    candidates = [Path.cwd().parent / "shared", Path(__file__).resolve().parents[3].parent / "shared"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return None
