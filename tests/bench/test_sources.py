"""The bench notices when the extraction sources change under it."""

from __future__ import annotations

import pytest

from newsbot.bench import sources
from newsbot.bench.sources import SourceWatch


def test_unchanged_sources_are_not_reported() -> None:
    assert SourceWatch().changed() is False


def test_a_changed_version_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    watch = SourceWatch()
    monkeypatch.setattr(sources, "_current", lambda: watch.start + "-edited")
    assert watch.changed() is True
