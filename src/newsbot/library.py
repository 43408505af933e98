"""The articles a user can ask about: the index, kept fresh, plus the embedder to query it.

This is the one object the answer layer, the CLI and the bot share. Opening it is cheap when the index is
fresh (no model is loaded until a question needs a vector); a stale index (article, model, splitter or
extractor changed) is rebuilt automatically with a log line.
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

from .articles import Article, bundled_article_path, parse_article, read_article
from .chat_articles import ChatArticles
from .config import Settings, load_settings
from .embedding import MODEL_SHA256
from .errors import ArticleError, IndexCorruptError, NewsbotError
from .passages import PASSAGE_SPLITTER_VERSION
from .progress import progress_bar
from .records import Passage
from .store import MANIFEST, ArticleEntry, IndexedArticle, Manifest, Store, write_lock
from .versions import extractor_version

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from .embedding import Embedder

__all__ = ["BUNDLED_PREFIX", "CHAT_PREFIX", "Added", "ArticleSummary", "Library"]

BUNDLED_PREFIX = "bundled:"
CHAT_PREFIX = "chat:"  # the stored path of an article a chat added: "chat:" + where it came from
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
        return [_summary(e) for e in self.store.manifest.articles.values()]

    def default_article_id(self) -> str:
        """The bundled article when indexed, else the first one everyone may see (never one a chat added)."""
        ids = [i for i in self.store.article_ids() if not _chat_owned(self.store.manifest.articles[i])]
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
        if self._embedder is None:
            from .embedding import load_embedder

            self._embedder = load_embedder()
        return self._embedder

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return self.embedder.encode(texts)

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
        `on_analysed` sees a new article once its records are extracted, before the slower embedding.
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
                    lambda library: library._add([(article, stored, override)], on_analysed=on_analysed)
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

    def _add(self, items: list[Item], *, on_analysed: Callable[[IndexedArticle], None] | None = None) -> None:
        """Build and store articles, each with its stored path and `--published` override.

        Articles stream out of the pipeline in order (parsing runs ahead in a worker for large batches), so
        each is stored as soon as its vectors exist.
        """
        from .indexing import iter_built_articles

        with progress_bar("indexing", total=len(items), enabled=len(items) > 2) as advance:
            for built in iter_built_articles(
                items, self.embedder, first_id=self.store.manifest.next_id, on_analysed=on_analysed
            ):
                self.store.put(built.article, built.vectors, built.entry)
                advance(1)
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


def _universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
