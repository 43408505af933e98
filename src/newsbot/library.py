"""The articles a user can ask about: the index, kept fresh, plus the embedder to query it.

This is the one object the answer layer, the CLI and the bot share. Opening it is cheap when the index is
fresh (no model is loaded until a question needs a vector); a stale index (article, model, splitter or
extractor changed) is rebuilt automatically with a log line. Questions and passages are embedded by the
model's ONNX export in ONNX Runtime (`query_embedder`, no torch; measured faster than sentence-transformers
for indexing batches here too) and the manifest records the export's sha256; `embedder` is the
sentence-transformers reference the export is made from.

Sources are read through `newsbot.readers` (a path of any kind it reads, or an http(s) link). A source file's
own sha256 is recorded, so a changed HTML or PDF file is noticed without reading it again; an article that came
from a link is never fetched again, its stored copy is what a rebuild re-indexes. `Library.open_cache` is the
second index, under `NEWSBOT_CACHE_DIR`, for articles asked about with `newsbot ask --article`.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .articles import Article, bundled_article_path
from .config import Settings, load_settings
from .embedding import MODEL_SHA256
from .errors import ArticleError, IndexCorruptError, NewsbotError
from .passages import PASSAGE_SPLITTER_VERSION
from .progress import progress_bar
from .readers import is_url, read_source
from .records import Passage
from .store import ArticleEntry, IndexedArticle, Manifest, Store, write_lock
from .versions import extractor_version

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from .embedding import Embedder
    from .query_embedding import QueryEmbedder

__all__ = ["BUNDLED_PREFIX", "ArticleSummary", "Library", "Source", "read_indexable"]

BUNDLED_PREFIX = "bundled:"
EMBEDDING_DIMENSION = 384

# An article to (re)index, with the path to record for it and its `--published` override.
Item = tuple[Article, str, str | None]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Source:
    """An article read for indexing, with what the manifest records of where it came from."""

    article: Article
    stored_path: str  # "bundled:NAME", an absolute path, or the link as given
    sha256: str | None  # of the source file's bytes; None for a link (never fetched again)
    published_override: str | None = None


def read_indexable(source: str | Path, *, published: str | None = None, settings: Settings | None = None) -> Source:
    """Read a path or link for the index; a file is hashed before it is read, so a change in between shows later."""
    given = str(source)
    if is_url(given):
        return Source(read_source(given, published=published, settings=settings), given, None, published)
    path = Path(given)
    sha = _file_sha256(path)
    article = read_source(given, published=published, settings=settings)
    return Source(article, _stored_path(path), sha, published)


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
                    library._add([read_indexable(bundled_article_path(), settings=settings)])
                    return library
        library = cls(Store.load(directory), settings)
        if refresh:
            library.refresh()
        return library

    @classmethod
    def open_cache(cls, settings: Settings | None = None) -> Library:
        """The index of ad-hoc articles (`newsbot ask --article`) in `cache_dir`/index; it starts empty.

        Being a cache, it is started afresh rather than rebuilt when it is damaged or was built by another model
        or code version; the committed index is never written by it.
        """
        settings = settings or load_settings()
        cache = settings.model_copy(update={"index_dir": settings.cache_dir / "index"})
        directory = cache.index_dir
        if Store.exists(directory):
            try:
                library = cls(Store.load(directory), cache)
            except IndexCorruptError as exc:
                log.warning("%s; starting the cache index afresh", exc)
            else:
                if library.current:
                    return library
                log.info("cache index in %s was built by another model or code version: starting it afresh", directory)
            with write_lock(directory):
                Store.discard(directory)
        return cls(Store.create(directory, _fresh_manifest()), cache)

    def refresh(self) -> list[str]:
        """Rebuild what is stale; return the ids rebuilt. Cheap when nothing is."""
        manifest = self.store.manifest
        if _outdated(manifest):
            log.info("index in %s was built by another model or code version: rebuilding it", self.store.directory)
            return self.rebuild()
        stale: list[str] = []
        for entry in manifest.articles.values():
            source = _resolve(entry.path)
            if source is None or not source.is_file():
                continue
            sha = _file_sha256(source)
            if sha is not None and not _same_source(entry, sha):
                stale.append(entry.id)
        if stale:
            log.info("articles changed on disk since indexing: re-indexing %s", ", ".join(stale))
            with write_lock(self.store.directory):
                self._add([self._reread(article_id) for article_id in stale])
        return stale

    def rebuild(self) -> list[str]:
        """Re-index every article from its source file (or the stored text when the file is gone)."""
        with write_lock(self.store.directory):
            sources: list[Source] = []
            for article_id in self.store.article_ids():
                try:
                    sources.append(self._reread(article_id))
                except IndexCorruptError:
                    log.warning("cannot rebuild %s: its source file and stored copy are both gone", article_id)
            self.store = Store.create(self.store.directory, _fresh_manifest())
            self._reindex_ranges()
            self._add(sources)
        return [source.article.id for source in sources]

    # ---- reading -------------------------------------------------------------------------------------------

    @property
    def current(self) -> bool:
        """Whether the index was built by the running model and code (else `refresh` rebuilds it)."""
        return not _outdated(self.store.manifest)

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

    def find(self, source: str | Path, *, published: str | None = None) -> str | None:
        """The id of an indexed article that `source` is, unchanged, without reading it through a reader.

        A link matches the entry it was stored under; a file matches by its bytes' sha256, wherever it lies.
        With `published`, only an article with that stated (not inferred) publication date matches.
        """
        given = str(source)
        if is_url(given):
            matches = [e for e in self.store.manifest.articles.values() if e.path == given]
        else:
            path = Path(given)
            sha = _file_sha256(path) if path.is_file() else None
            if sha is None:
                return None
            matches = [e for e in self.store.manifest.articles.values() if _same_source(e, sha)]
        return next((e.id for e in matches if _published_matches(e, published)), None)

    def ensure_article(self, source: str | Path, *, published: str | None = None) -> str:
        """The id of `source` (a path or link) in the index, indexing (or re-indexing) it first when needed."""
        found = self.find(source, published=published)
        if found is not None:
            return found
        read = read_indexable(source, published=published, settings=self.settings)
        for entry in self.store.manifest.articles.values():
            if entry.sha256 == read.article.sha256 and _published_matches(entry, published):
                return entry.id
        return self.add_sources([read])[0]

    def add_files(self, paths: Sequence[str | Path], *, published: str | None = None) -> list[str]:
        """Index several paths or links in one pass (one model load, shared embedding batches)."""
        sources = [read_indexable(p, published=published, settings=self.settings) for p in paths]  # before any write
        return self.add_sources(sources)

    def add_sources(self, sources: Sequence[Source]) -> list[str]:
        """Index articles already read (`read_indexable`), each under its file's slug unless another holds it."""
        with write_lock(self.store.directory):
            for source in sources:
                source.article.id = self._free_id(source)
            self._add(list(sources))
        return [source.article.id for source in sources]

    def remove(self, article_id: str) -> None:
        if article_id not in self.store.manifest.articles:
            raise NewsbotError(f"no article {article_id!r} in the index (see `newsbot index list`)")
        with write_lock(self.store.directory):
            self.store.remove(article_id)
            self.store.save()
        self._reindex_ranges()

    # ---- internals -----------------------------------------------------------------------------------------

    def _add(self, sources: list[Source]) -> None:
        """Build and store articles, each with its stored path, source hash and `--published` override.

        Articles stream out of the pipeline in order (parsing runs ahead in a worker for large batches), so
        each is stored as soon as its vectors exist.
        """
        from .indexing import iter_built_articles

        items: list[Item] = [(s.article, s.stored_path, s.published_override) for s in sources]
        hashes = {s.article.id: s.sha256 for s in sources}
        with progress_bar("indexing", total=len(items), enabled=len(items) > 2) as advance:
            for built in iter_built_articles(items, self.query_embedder, first_id=self.store.manifest.next_id):
                entry = built.entry.model_copy(update={"source_sha256": hashes.get(built.entry.id)})
                self.store.put(built.article, built.vectors, entry)
                advance(1)
        self.store.manifest.onnx_sha256 = self.query_embedder.onnx.sha256
        self.store.save()
        self._reindex_ranges()

    def _reread(self, article_id: str) -> Source:
        """An indexed article read again from its source file, or from the stored copy (always for a link)."""
        entry = self.store.manifest.articles[article_id]
        override = entry.published_override
        path = _resolve(entry.path)
        if path is not None and path.is_file():
            try:
                source = read_indexable(path, published=override, settings=self.settings)
                source.article.id = article_id
                return Source(source.article, entry.path, source.sha256, override)
            except ArticleError as exc:
                log.warning("%s; re-indexing %s from the stored copy", exc, article_id)
        return Source(_stored_article(self.store.article(article_id), entry.path, override), entry.path, None, override)

    def _free_id(self, source: Source) -> str:
        """The source's slug, unless another source already holds it."""
        wanted = source.article.id
        entry = self.store.manifest.articles.get(wanted)
        if entry is None or entry.path == source.stored_path:
            return wanted
        return f"{wanted}-{source.article.sha256[:6]}"

    def _reindex_ranges(self) -> None:
        entries = sorted(self.store.manifest.articles.values(), key=lambda e: e.first_id)
        self._starts = [e.first_id for e in entries]
        self._owners = [e.id for e in entries]


def _outdated(manifest: Manifest) -> bool:
    """Whether the index was built by another model, splitter or extractor than the running code."""
    expected = _fresh_manifest()
    return (
        manifest.model_sha256 != expected.model_sha256
        or manifest.dimension != expected.dimension
        or manifest.splitter_version != expected.splitter_version
        or manifest.extractor_version != expected.extractor_version
    )


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


def _file_sha256(path: Path) -> str | None:
    """The sha256 of a file's bytes, or None when it cannot be read (the reader then says why)."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _same_source(entry: ArticleEntry, sha: str) -> bool:
    """Whether a file with bytes hashing to `sha` is the source of `entry`.

    An entry written before source hashes were recorded has only its text's hash, which is the file's for a
    UTF-8 text file (the only kind indexed then).
    """
    return sha == (entry.source_sha256 or entry.sha256)


def _published_matches(entry: ArticleEntry, published: str | None) -> bool:
    """Without a date any version matches; with one, only an article that states that date."""
    return published is None or (entry.published == published and not entry.published_inferred)


def _stored_article(stored: IndexedArticle, path: str, published: str | None) -> Article:
    """The stored copy as an `Article` to index again: its own text, paragraphs and metadata.

    A date that was inferred is dropped so it is inferred again; `published` replaces the date.
    """
    meta = stored.meta
    if meta.published_inferred:
        meta = meta.model_copy(update={"published": None, "published_inferred": False, "published_from": None})
    if published is not None:
        meta = meta.model_copy(update={"published": published, "published_inferred": False, "published_from": None})
    return Article(
        id=stored.id,
        path=path,
        text=stored.text,
        sha256=stored.sha256,
        meta=meta,
        body_start=stored.paragraphs[0].start if stored.paragraphs else 0,
        paragraphs=list(stored.paragraphs),
    )
