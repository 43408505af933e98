"""What the bot needs from the answering side, as a Protocol, and the loader for the real implementation.

Handlers only see an `AnswerService`: `ask` (blocking; the bot calls it off the event loop), the list of
indexed articles and the default one. `load_service` builds it from `newsbot.library.Library` and
`newsbot.answer.answerer.Answerer`, imported lazily because they pull in the models.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ..answer.model import Answer
    from ..articles import Article
    from ..config import Settings
    from ..library import Added
    from ..store import IndexedArticle

__all__ = ["ARTICLE_UNAVAILABLE", "AnswerService", "ArticleInfo", "ArticleKeeper", "LibraryService", "load_service"]

log = logging.getLogger(__name__)

ARTICLE_UNAVAILABLE = (
    "I can't open that article right now. /articles lists the ones I can answer about; please try again later."
)

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


@runtime_checkable
class ArticleKeeper(Protocol):
    """A service that also takes articles from chats and keeps each chat's list (see `Library.add_article`).

    All of these may block (they read or write the index) and are called from worker threads.
    """

    def add_article(
        self,
        article: Article,
        *,
        chat_id: int | None,
        source: str,
        on_analysed: Callable[[IndexedArticle], None] | None = None,
    ) -> Added: ...

    def chat_articles(self, chat_id: int) -> Sequence[ArticleInfo]: ...

    def forget(self, chat_id: int, article_id: str) -> bool: ...

    def article(self, article_id: str) -> IndexedArticle: ...


class _Asker(Protocol):
    def ask(self, question: str, *, article_id: str | None = None) -> Answer: ...


class _Articles(ArticleKeeper, Protocol):
    """What `LibraryService` needs of a `Library`: the chats' articles plus the shared list and its freshness."""

    def articles(self) -> Sequence[ArticleInfo]: ...

    def default_article_id(self) -> str: ...

    def sync(self) -> bool: ...


class LibraryService:
    """The production service: a `Library` for the article list and an `Answerer` for questions."""

    def __init__(self, library: _Articles, answerer: _Asker) -> None:
        self.library = library
        self.answerer = answerer
        self._warming: threading.Thread | None = None

    def ask(self, question: str, *, article_id: str | None = None) -> Answer:
        """The answerer's reply; an article that cannot be opened is a plain sentence (details to the log)."""
        from ..answer.model import Answer
        from ..errors import NewsbotError

        self.library.sync()  # articles the CLI added or removed meanwhile (one stat when nothing changed)
        try:  # the answerer would put the operator's message (paths, "run newsbot index rebuild") in the reply
            self.library.article(article_id or self.library.default_article_id())
        except NewsbotError as exc:
            log.error("cannot answer %r about article %s: %s", question[:200], article_id, exc)
            return Answer(
                question=question, kind="help", answered=False, text=ARTICLE_UNAVAILABLE, article_id=article_id
            )
        return self.answerer.ask(question, article_id=article_id)

    def articles(self) -> Sequence[ArticleInfo]:
        return self.library.articles()

    def add_article(
        self,
        article: Article,
        *,
        chat_id: int | None,
        source: str,
        on_analysed: Callable[[IndexedArticle], None] | None = None,
    ) -> Added:
        return self.library.add_article(article, chat_id=chat_id, source=source, on_analysed=on_analysed)

    def chat_articles(self, chat_id: int) -> Sequence[ArticleInfo]:
        return self.library.chat_articles(chat_id)

    def forget(self, chat_id: int, article_id: str) -> bool:
        return self.library.forget(chat_id, article_id)

    def article(self, article_id: str) -> IndexedArticle:
        return self.library.article(article_id)

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
        self._warming = thread
        return thread

    def finish_warm_up(self, timeout: float = 120.0) -> None:
        """Wait for the warm-up before the process exits: a daemon thread stopped inside the ONNX runtime's
        native code aborts the interpreter at exit ("terminate called without an active exception")."""
        if self._warming is not None:
            self._warming.join(timeout)

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
