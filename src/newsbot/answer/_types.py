"""The shapes the answer layer reads, as protocols.

The answer layer only needs an article's text, records and passages and a way to embed and search; typing
against protocols keeps it independent of how `newsbot.library` stores them and lets tests pass fakes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from ..records import ArticleMeta, ArticleRecords, Paragraph, Passage

__all__ = ["ArticleLike", "LibraryLike"]


class ArticleLike(Protocol):
    """An indexed article: the text every offset points into, and what indexing found in it."""

    @property
    def id(self) -> str: ...

    @property
    def sha256(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def meta(self) -> ArticleMeta: ...

    @property
    def paragraphs(self) -> Sequence[Paragraph]: ...

    @property
    def passages(self) -> Sequence[Passage]: ...

    @property
    def records(self) -> ArticleRecords: ...


class LibraryLike(Protocol):
    """The part of `newsbot.library.Library` that answering uses."""

    def default_article_id(self) -> str: ...

    def article(self, article_id: str) -> ArticleLike: ...

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...

    def search(
        self, vector: npt.NDArray[np.float32], k: int, *, article_id: str | None = None
    ) -> list[tuple[Passage, float]]: ...
