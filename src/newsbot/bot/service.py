"""What the bot needs from the answering side, as a Protocol, and the loader for the real implementation.

Handlers only see an `AnswerService`: `ask` (blocking; the bot calls it off the event loop), the list of
indexed articles and the default one. `load_service` builds it from `newsbot.library.Library` and
`newsbot.answer.answerer.Answerer`, imported lazily because they pull in the models.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..answer.model import Answer
    from ..config import Settings

__all__ = ["AnswerService", "ArticleInfo", "LibraryService", "load_service"]

log = logging.getLogger(__name__)

# Asked once at start-up and thrown away: it touches every lookup a real question needs.
WARM_UP_QUESTION = "Who said what, and when?"


class ArticleInfo(Protocol):
    """One indexed article as `/articles` lists it."""

    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str | None: ...

    @property
    def published(self) -> str | None: ...


class AnswerService(Protocol):
    """Answers questions about indexed articles. `ask` may be slow and is called from a worker thread."""

    def ask(self, question: str, *, article_id: str | None = None) -> Answer: ...

    def articles(self) -> Sequence[ArticleInfo]: ...

    def default_article_id(self) -> str: ...


class _Asker(Protocol):
    def ask(self, question: str, *, article_id: str | None = None) -> Answer: ...


class _Articles(Protocol):
    def articles(self) -> Sequence[ArticleInfo]: ...

    def default_article_id(self) -> str: ...


class LibraryService:
    """The production service: a `Library` for the article list and an `Answerer` for questions."""

    def __init__(self, library: _Articles, answerer: _Asker) -> None:
        self.library = library
        self.answerer = answerer

    def ask(self, question: str, *, article_id: str | None = None) -> Answer:
        return self.answerer.ask(question, article_id=article_id)

    def articles(self) -> Sequence[ArticleInfo]:
        return self.library.articles()

    def default_article_id(self) -> str:
        return self.library.default_article_id()

    def warm_up(self) -> None:
        """Load the embedding model and the default article's lookups now, so the first question is not the
        slow one."""
        embed = getattr(self.library, "embed", None)
        if callable(embed):
            embed(["warm-up"])
        if self.answerer is not None:
            self.answerer.ask(WARM_UP_QUESTION)

    def start_warm_up(self) -> threading.Thread:
        """`warm_up` in a daemon thread, started at once: the ONNX session loads while the bot connects.

        Loading is locked and done once, so the bot's own warm-up call and the first question just wait for it.
        """
        thread = threading.Thread(target=self._warm_up_logged, name="newsbot-warm-up", daemon=True)
        thread.start()
        return thread

    def _warm_up_logged(self) -> None:
        try:
            self.warm_up()
        except Exception:
            log.exception("warming up the answer service failed; the first question will load it")


def load_service(settings: Settings) -> LibraryService:
    """Open the index (building it with the bundled article on first use) and the answerer on top of it."""
    from ..answer.answerer import Answerer
    from ..library import Library

    library = Library.open(settings)
    service = LibraryService(library, Answerer(library))
    service.start_warm_up()
    return service
