"""Throw-away indexes for a run, so the bench never touches the user's own index."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Settings, load_settings

if TYPE_CHECKING:
    from ..library import Library

__all__ = ["copy_library", "open_bundled_library", "settings_for"]


def settings_for(index_dir: Path) -> Settings:
    return load_settings(index_dir=index_dir)


def open_bundled_library(index_dir: Path) -> Library:
    """A fresh index holding only the bundled article (built now, so it matches today's code)."""
    from ..library import Library

    return Library.open(settings_for(index_dir))


def copy_library(source: Path, target: Path) -> Library:
    """A second library starting from a copy of `source` (no second parse of the bundled article)."""
    from ..library import Library

    shutil.copytree(source, target)
    return Library.open(settings_for(target))
