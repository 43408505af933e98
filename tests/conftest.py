"""Fixtures shared across the suite: real models, loaded once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared` next to the repo; tests that need it skip on a user's machine without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


def session_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`NEWSBOT_CACHE_DIR` for the whole session: the ONNX export is made once and shared."""
    return tmp_path_factory.getbasetemp() / "newsbot-cache"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's `.env` or writes the repo's index unless it asks to."""
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))
    # One ONNX export per test session, shared by every test and the `newsbot` processes they start.
    monkeypatch.setenv("NEWSBOT_CACHE_DIR", str(session_cache_dir(tmp_path_factory)))
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))
