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


class _SlowAnswerer(_Answerer):
    """An answerer still busy when the bot stops, as the ONNX session is while it loads."""

    def ask(self, question: str, *, article_id: str | None = None) -> None:
        threading.Event().wait(0.3)
        super().ask(question, article_id=article_id)


def test_finish_warm_up_waits_for_the_thread_before_the_process_exits() -> None:
    answerer = _SlowAnswerer()
    service = LibraryService(_Library(), answerer)  # type: ignore[arg-type]
    thread = service.start_warm_up()
    service.finish_warm_up()
    assert not thread.is_alive()
    assert len(answerer.asked) == 1


def test_finish_warm_up_without_a_warm_up_returns_at_once() -> None:
    LibraryService(_Library(), _Answerer()).finish_warm_up(timeout=0.01)  # type: ignore[arg-type]
