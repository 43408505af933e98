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
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .articles import Article, bundled_article_path
from .chat_articles import ChatArticles
from .config import Settings, load_settings
from .embedding import MODEL_SHA256
from .errors import ArticleError, IndexCorruptError, NewsbotError
from .passages import PASSAGE_SPLITTER_VERSION
from .progress import progress_bar
from .readers import is_url, read_source
from .records import Passage
from .store import MANIFEST, ArticleEntry, IndexedArticle, Manifest, Store, write_lock
from .versions import extractor_version

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from .embedding import Embedder
    from .query_embedding import QueryEmbedder

__all__ = ["BUNDLED_PREFIX", "CHAT_PREFIX", "Added", "ArticleSummary", "Library", "Source", "read_indexable"]

BUNDLED_PREFIX = "bundled:"
CHAT_PREFIX = "chat:"  # the stored path of an article a chat added: "chat:" + where it came from
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


@dataclass(frozen=True)
class Added:
    """The outcome of `Library.add_article`: the article's id and title, whether it was read anew (not
    already indexed by content), and the chat's oldest articles dropped to stay within its quota."""

    id: str
    title: str | None
    new: bool
    dropped: list[ArticleSummary]


# Swapping in a reloaded store happens while other threads answer; one swap at a time.
_SWAP_LOCK = threading.Lock()


class Library:
    """An index directory plus the model that reads it."""

    _visibility: ChatArticles | None = None  # per-chat lists, loaded on first use
    _manifest_stamp: tuple[int, int, int] | None = None  # the manifest file as last seen by `sync`

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
        return [_summary(e) for e in self.store.manifest.articles.values()]

    def default_article_id(self) -> str:
        """The bundled article when indexed, else the first one everyone may see (never one a chat added)."""
        first: str | None = None
        for entry in self.store.manifest.articles.values():  # asked per question: stop at the bundled one
            if _chat_owned(entry):
                continue
            if entry.path.startswith(BUNDLED_PREFIX):
                return entry.id
            first = first or entry.id
        if first is None:
            raise NewsbotError("the index holds no articles: add one with `newsbot index add FILE`")
        return first

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

    # ---- articles chats add ----------------------------------------------------------------------------------

    def add_article(
        self,
        article: Article,
        *,
        chat_id: int | None,
        source: str,
        on_analysed: Callable[[IndexedArticle], None] | None = None,
    ) -> Added:
        """Index an article a chat sent (or, with `chat_id=None`, one for everyone) and list it in that chat.

        The same text is indexed once: a second chat adding it only gets it listed. Indexing works on a copy
        of the index that replaces the one in use only once it is saved, so questions keep being answered
        meanwhile and a failure leaves the index as it was. The chat's oldest articles beyond
        `max_articles_per_chat` are dropped (and removed from the index when no chat lists them any more).
        `on_analysed` sees a new article once its records are extracted, before its passages are cut and
        embedded (its `passages` are still empty).
        """
        with write_lock(self.store.directory):
            self._sync_now()
            visibility = self._chats()
            existing = next((e for e in self.store.manifest.articles.values() if e.sha256 == article.sha256), None)
            if existing is None:
                article.id = self._unused_id(article)
                stored = source if chat_id is None else CHAT_PREFIX + source
                override = article.meta.published if not article.meta.published_inferred else None
                self._copy_on_write(
                    lambda library: library._add([Source(article, stored, None, override)], on_analysed=on_analysed)
                )
                entry = self.store.manifest.articles[article.id]
            else:
                entry = existing
            dropped: list[ArticleSummary] = []
            if chat_id is not None and _chat_owned(entry):
                gone = visibility.add(chat_id, entry.id, source, limit=self.settings.max_articles_per_chat)
                dropped = [_summary(self.store.manifest.articles[a.id]) for a in gone]
                visibility.save()
            self._drop_unlisted()
        return Added(id=entry.id, title=entry.title, new=existing is None, dropped=dropped)

    def chat_articles(self, chat_id: int) -> list[ArticleSummary]:
        """What one chat can ask about: everyone's articles (indexed with the CLI), then its own, oldest first."""
        self.sync()
        entries = self.store.manifest.articles
        shared = [_summary(e) for e in entries.values() if not _chat_owned(e)]
        own = [_summary(entries[a.id]) for a in self._chats().of_chat(chat_id) if a.id in entries]
        return shared + own

    def forget(self, chat_id: int, article_id: str) -> bool:
        """Take an article off a chat's list (and out of the index when no chat lists it); False if not listed."""
        with write_lock(self.store.directory):
            self._sync_now()
            visibility = self._chats()
            if not visibility.remove(chat_id, article_id):
                return False
            visibility.save()
            self._drop_unlisted()
        return True

    def sync(self) -> bool:
        """See articles added or removed by another process (the CLI) since last time; True if reloaded.

        Cheap when nothing changed: one `stat` of the manifest. A manifest caught mid-write (another process
        still saving) keeps the index in use; the next call tries again.
        """
        stamp = _file_stamp(self.store.directory / MANIFEST)
        if stamp is None or stamp == self._manifest_stamp:
            return False
        with _SWAP_LOCK:
            if stamp == self._manifest_stamp:
                return False
            if self._manifest_stamp is None and _manifest_on_disk(self.store.directory) == self.store.manifest:
                self._manifest_stamp = stamp  # first look: what is in memory is what is on disk
                return False
            try:
                store = Store.load(self.store.directory)
            except IndexCorruptError as exc:
                log.warning("the index changed on disk but cannot be read yet: %s", exc)
                return False
            self._use(store)
            self._manifest_stamp = stamp
        log.info("the index in %s changed on disk: reloaded it", self.store.directory)
        return True

    def _sync_now(self) -> None:
        """Under the write lock: reload from disk whatever another process wrote, and the per-chat lists."""
        self.sync()
        self._chats().reload()

    def _chats(self) -> ChatArticles:
        if self._visibility is None:
            self._visibility = ChatArticles(self.store.directory)
        return self._visibility

    def _copy_on_write(self, change: Callable[[Library], None]) -> None:
        """Apply `change` to a fresh copy of the index (saved by it), then answer from that copy."""
        directory = self.store.directory
        fresh = Store.load(directory) if Store.exists(directory) else Store.create(directory, _fresh_manifest())
        copy = Library(fresh, self.settings)
        copy._embedder = self.embedder
        change(copy)
        with _SWAP_LOCK:
            self._use(copy.store)
            self._manifest_stamp = _file_stamp(directory / MANIFEST)

    def _use(self, store: Store) -> None:
        store.adopt_cache(self.store)
        entries = sorted(store.manifest.articles.values(), key=lambda e: e.first_id)
        starts, owners = [e.first_id for e in entries], [e.id for e in entries]
        self.store = store
        self._starts, self._owners = starts, owners

    def _drop_unlisted(self) -> None:
        """Remove chat articles no chat lists any more; forget list entries whose article the CLI removed."""
        visibility = self._chats()
        entries = self.store.manifest.articles
        unlisted = [e.id for e in entries.values() if _chat_owned(e) and visibility.holders(e.id) == 0]
        if unlisted:
            log.info("removing articles no chat lists any more: %s", ", ".join(unlisted))

            def remove(library: Library) -> None:
                for article_id in unlisted:
                    library.store.remove(article_id)
                library.store.save()

            self._copy_on_write(remove)
        visibility.keep_only(set(self.store.manifest.articles))

    def _unused_id(self, article: Article) -> str:
        """The article's slug, or the slug plus a piece of its hash when another article holds it."""
        wanted = article.id or "article"
        if wanted not in self.store.manifest.articles:
            return wanted
        return f"{wanted}-{article.sha256[:6]}"

    # ---- internals -----------------------------------------------------------------------------------------

    def _add(self, sources: list[Source], *, on_analysed: Callable[[IndexedArticle], None] | None = None) -> None:
        """Build and store articles, each with its stored path, source hash and `--published` override.

        Articles stream out of the pipeline in order (parsing runs ahead in a worker for large batches), so
        each is stored as soon as its vectors exist.
        """
        from .indexing import iter_built_articles

        items: list[Item] = [(s.article, s.stored_path, s.published_override) for s in sources]
        hashes = {s.article.id: s.sha256 for s in sources}
        with progress_bar("indexing", total=len(items), enabled=len(items) > 2) as advance:
            for built in iter_built_articles(
                items, self.query_embedder, first_id=self.store.manifest.next_id, on_analysed=on_analysed
            ):
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


def _chat_owned(entry: ArticleEntry) -> bool:
    return entry.path.startswith(CHAT_PREFIX)


def _summary(e: ArticleEntry) -> ArticleSummary:
    return ArticleSummary(
        id=e.id,
        title=e.title,
        published=e.published,
        published_inferred=e.published_inferred,
        path=e.path,
        passages=e.passages,
        statements=e.statements,
    )


def _file_stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


def _manifest_on_disk(directory: Path) -> Manifest | None:
    try:
        return Manifest.model_validate_json((directory / MANIFEST).read_bytes())
    except (OSError, ValueError):
        return None


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

    A date that was inferred is dropped so it is inferred again; `published` replaces the date (a chat
    article's own date comes back as its override, and keeps saying where it came from).
    """
    meta = stored.meta
    if meta.published_inferred:
        meta = meta.model_copy(update={"published": None, "published_inferred": False, "published_from": None})
    if published is not None and published != meta.published:
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
