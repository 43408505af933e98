"""The articles a user can ask about: the index, kept fresh, plus the embedder to query it.

This is the one object the answer layer, the CLI and the bot share. Opening it is cheap when the index is
fresh (no model is loaded until a question needs a vector); a stale index (article, model, splitter or
extractor changed) is rebuilt automatically with a log line. Questions and passages are embedded by the
model's ONNX export in ONNX Runtime (`query_embedder`, no torch; measured faster than sentence-transformers
for indexing batches here too) and the manifest records the export's sha256; `embedder` is the
sentence-transformers reference the export is made from.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .articles import Article, bundled_article_path, parse_article, read_article
from .config import Settings, load_settings
from .embedding import MODEL_SHA256
from .errors import ArticleError, IndexCorruptError, NewsbotError
from .passages import PASSAGE_SPLITTER_VERSION
from .progress import progress_bar
from .records import Passage
from .store import IndexedArticle, Manifest, Store, write_lock
from .versions import extractor_version

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from .embedding import Embedder
    from .query_embedding import QueryEmbedder

__all__ = ["BUNDLED_PREFIX", "ArticleSummary", "Library"]

BUNDLED_PREFIX = "bundled:"
EMBEDDING_DIMENSION = 384

# An article to (re)index, with the path to record for it and its `--published` override.
Item = tuple[Article, str, str | None]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleSummary:
    """One line of `/articles` and `newsbot index list`."""

    id: str
    title: str | None
    published: str | None
    published_inferred: bool
    path: str
    passages: int
    statements: int


class Library:
    """An index directory plus the model that reads it."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._embedder: Embedder | None = None
        self._query_embedder: QueryEmbedder | None = None
        self._starts: list[int] = []
        self._owners: list[str] = []
        self._reindex_ranges()

    # ---- opening -------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, settings: Settings | None = None, *, refresh: bool = True) -> Library:
        """Open the index, creating it with the bundled article when absent and rebuilding what is stale."""
        settings = settings or load_settings()
        directory = settings.index_dir
        if not Store.exists(directory):
            log.info("no index in %s yet: building it with the bundled article", directory)
            with write_lock(directory):
                if not Store.exists(directory):
                    store = Store.create(directory, _fresh_manifest())
                    library = cls(store, settings)
                    library._add([(read_article(bundled_article_path()), _stored_path(bundled_article_path()), None)])
                    return library
        library = cls(Store.load(directory), settings)
        if refresh:
            library.refresh()
        return library

    def refresh(self) -> list[str]:
        """Rebuild what is stale; return the ids rebuilt. Cheap when nothing is."""
        manifest = self.store.manifest
        expected = _fresh_manifest()
        whole = (
            manifest.model_sha256 != expected.model_sha256
            or manifest.dimension != expected.dimension
            or manifest.splitter_version != expected.splitter_version
            or manifest.extractor_version != expected.extractor_version
        )
        if whole:
            log.info("index in %s was built by another model or code version: rebuilding it", self.store.directory)
            return self.rebuild()
        stale: list[str] = []
        for entry in manifest.articles.values():
            source = _resolve(entry.path)
            if source is None or not source.is_file():
                continue
            try:
                text = source.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if _sha256(_universal_newlines(text)) != entry.sha256:
                stale.append(entry.id)
        if stale:
            log.info("articles changed on disk since indexing: re-indexing %s", ", ".join(stale))
            with write_lock(self.store.directory):
                self._add([self._reread(article_id) for article_id in stale])
        return stale

    def rebuild(self) -> list[str]:
        """Re-index every article from its source file (or the stored text when the file is gone)."""
        with write_lock(self.store.directory):
            items: list[Item] = []
            for article_id in self.store.article_ids():
                try:
                    items.append(self._reread(article_id))
                except IndexCorruptError:
                    log.warning("cannot rebuild %s: its source file and stored copy are both gone", article_id)
            self.store = Store.create(self.store.directory, _fresh_manifest())
            self._reindex_ranges()
            self._add(items)
        return [article.id for article, _, _ in items]

    # ---- reading -------------------------------------------------------------------------------------------

    def articles(self) -> list[ArticleSummary]:
        return [
            ArticleSummary(
                id=e.id,
                title=e.title,
                published=e.published,
                published_inferred=e.published_inferred,
                path=e.path,
                passages=e.passages,
                statements=e.statements,
            )
            for e in self.store.manifest.articles.values()
        ]

    def default_article_id(self) -> str:
        """The bundled article when indexed, else the first one."""
        ids = self.store.article_ids()
        for article_id in ids:
            entry = self.store.manifest.articles[article_id]
            if entry.path.startswith(BUNDLED_PREFIX):
                return article_id
        if not ids:
            raise NewsbotError("the index holds no articles: add one with `newsbot index add FILE`")
        return ids[0]

    def article(self, article_id: str) -> IndexedArticle:
        try:
            return self.store.article(article_id)
        except KeyError:
            raise NewsbotError(f"no article {article_id!r} in the index (see `newsbot index list`)") from None

    def passage(self, passage_id: int) -> Passage:
        owner = self._owners[bisect.bisect_right(self._starts, passage_id) - 1]
        article = self.store.article(owner)
        return article.passages[passage_id - self.store.manifest.articles[owner].first_id]

    @property
    def embedder(self) -> Embedder:
        """The sentence-transformers model (torch): the reference the ONNX export is made from."""
        if self._embedder is None:
            from .embedding import load_embedder

            self._embedder = load_embedder()
        return self._embedder

    @property
    def query_embedder(self) -> QueryEmbedder:
        """The same model in ONNX Runtime (no torch): what questions and indexing use. Exports it first when
        missing (which loads `embedder` once)."""
        if self._query_embedder is None:
            from .query_embedding import load_query_embedder

            self._query_embedder = load_query_embedder(self.settings.cache_dir)
        return self._query_embedder

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return self.query_embedder.encode(texts)

    def search(
        self, vector: npt.NDArray[np.float32], k: int, *, article_id: str | None = None
    ) -> list[tuple[Passage, float]]:
        return [(self.passage(i), s) for i, s in self.store.search(vector, k, article_id=article_id)]

    # ---- writing -------------------------------------------------------------------------------------------

    def ensure_article(self, path: Path, *, published: str | None = None) -> str:
        """The id of `path` in the index, indexing (or re-indexing) it first when needed."""
        article = read_article(path, published=published)
        for entry in self.store.manifest.articles.values():
            if entry.sha256 == article.sha256 and (published is None or published == entry.published):
                return entry.id
        with write_lock(self.store.directory):
            article.id = self._free_id(article, path)
            self._add([(article, _stored_path(path), published)])
        return article.id

    def add_files(self, paths: Sequence[Path], *, published: str | None = None) -> list[str]:
        """Index several files in one pass (one model load, shared embedding batches)."""
        articles = [read_article(p, published=published) for p in paths]  # all checked before any write
        with write_lock(self.store.directory):
            items: list[Item] = []
            for path, article in zip(paths, articles, strict=True):
                article.id = self._free_id(article, path)
                items.append((article, _stored_path(path), published))
            self._add(items)
        return [article.id for article, _, _ in items]

    def remove(self, article_id: str) -> None:
        if article_id not in self.store.manifest.articles:
            raise NewsbotError(f"no article {article_id!r} in the index (see `newsbot index list`)")
        with write_lock(self.store.directory):
            self.store.remove(article_id)
            self.store.save()
        self._reindex_ranges()

    # ---- internals -----------------------------------------------------------------------------------------

    def _add(self, items: list[Item]) -> None:
        """Build and store articles, each with its stored path and `--published` override.

        Articles stream out of the pipeline in order (parsing runs ahead in a worker for large batches), so
        each is stored as soon as its vectors exist.
        """
        from .indexing import iter_built_articles

        with progress_bar("indexing", total=len(items), enabled=len(items) > 2) as advance:
            for built in iter_built_articles(items, self.query_embedder, first_id=self.store.manifest.next_id):
                self.store.put(built.article, built.vectors, built.entry)
                advance(1)
        self.store.manifest.onnx_sha256 = self.query_embedder.onnx.sha256
        self.store.save()
        self._reindex_ranges()

    def _reread(self, article_id: str) -> Item:
        """An indexed article read again from its source file, or from the stored copy when that is gone."""
        entry = self.store.manifest.articles[article_id]
        override = entry.published_override
        source = _resolve(entry.path)
        if source is not None and source.is_file():
            try:
                article = read_article(source, published=override)
                article.id = article_id
                return article, entry.path, override
            except ArticleError as exc:
                log.warning("%s; re-indexing %s from the stored copy", exc, article_id)
        stored = self.store.article(article_id)
        return (
            parse_article(stored.text, article_id=article_id, path=entry.path, published=override),
            entry.path,
            override,
        )

    def _free_id(self, article: Article, path: Path) -> str:
        """The file's slug, unless another file already holds it."""
        wanted = article.id
        entry = self.store.manifest.articles.get(wanted)
        if entry is None or _resolve(entry.path) == path.resolve():
            return wanted
        return f"{wanted}-{article.sha256[:6]}"

    def _reindex_ranges(self) -> None:
        entries = sorted(self.store.manifest.articles.values(), key=lambda e: e.first_id)
        self._starts = [e.first_id for e in entries]
        self._owners = [e.id for e in entries]


def _fresh_manifest() -> Manifest:
    return Manifest(
        model_sha256=MODEL_SHA256,
        dimension=EMBEDDING_DIMENSION,
        splitter_version=PASSAGE_SPLITTER_VERSION,
        extractor_version=extractor_version(),
    )


def _stored_path(path: Path) -> str:
    resolved = path.resolve()
    if resolved == bundled_article_path().resolve():
        return BUNDLED_PREFIX + resolved.name
    return str(resolved)


def _resolve(stored: str) -> Path | None:
    if stored.startswith(BUNDLED_PREFIX):
        return bundled_article_path().parent / stored[len(BUNDLED_PREFIX) :]
    return Path(stored) if stored else None


def _universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
