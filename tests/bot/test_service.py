"""The production answer service warms the query model up in the background as soon as it exists."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

import pytest

from newsbot.bot.service import LibraryService


class _Library:
    def __init__(self, fail: bool = False) -> None:
        self.embedded: list[list[str]] = []
        self.thread: str | None = None
        self.fail = fail

    def embed(self, texts: Sequence[str]) -> None:
        self.thread = threading.current_thread().name
        if self.fail:
            raise RuntimeError("no model")
        self.embedded.append(list(texts))

    def articles(self) -> list[object]:
        return []

    def default_article_id(self) -> str:
        return "a"


class _Answerer:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def ask(self, question: str, *, article_id: str | None = None) -> None:
        self.asked.append(question)


def test_warm_up_runs_in_its_own_thread() -> None:
    library, answerer = _Library(), _Answerer()
    LibraryService(library, answerer).start_warm_up().join(5)  # type: ignore[arg-type]
    assert library.embedded == [["warm-up"]]
    assert library.thread == "newsbot-warm-up"
    assert len(answerer.asked) == 1


def test_a_failed_warm_up_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    library = _Library(fail=True)
    with caplog.at_level(logging.ERROR, logger="newsbot.bot.service"):
        LibraryService(library, answerer=None).start_warm_up().join(5)  # type: ignore[arg-type]
    assert "the first question will load it" in caplog.text
