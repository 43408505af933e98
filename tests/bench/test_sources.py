"""The stamp that tells whether a measured process rebuilt its index."""

from __future__ import annotations

import os
from pathlib import Path

from newsbot.bench.sources import index_stamp


def test_no_index_has_no_stamp(tmp_path: Path) -> None:
    assert index_stamp(tmp_path) is None


def test_rewriting_the_manifest_changes_the_stamp(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_text("{}", encoding="utf-8")
    os.utime(manifest, ns=(1_000_000_000, 1_000_000_000))
    first = index_stamp(tmp_path)
    assert first == index_stamp(tmp_path)
    manifest.write_text('{"a": 1}', encoding="utf-8")
    assert index_stamp(tmp_path) != first
