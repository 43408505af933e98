"""The index on disk: one FAISS file of passage vectors, one JSON sidecar per article, one manifest.

Layout of the index directory:

- `manifest.json`  what was built with what (model hash, its ONNX export's hash, dimension, splitter and
  extractor versions) and, per article, its sha256 (and its source file's), source path and the contiguous
  range of FAISS ids its passages hold;
- `vectors.faiss`  `IndexIDMap2(IndexFlatIP)` over L2-normalised vectors, ids = `Passage.id`;
- `articles/<id>.json`  the `IndexedArticle` sidecar: text, paragraphs, passages and extracted records.

Every file is written to a temporary name and renamed into place, manifest last, so a crash leaves either the
old index or the new one. Loading checks sizes and counts and turns damage into `IndexCorruptError` naming
the fix. This module knows nothing about how passages or records are made.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import IndexCorruptError
from .records import ArticleMeta, ArticleRecords, Paragraph, Passage

if TYPE_CHECKING:
    import faiss
    import numpy as np
    import numpy.typing as npt

    from .articles import Article

__all__ = [
    "FORMAT_VERSION",
    "ArticleEntry",
    "IndexedArticle",
    "Manifest",
    "Store",
    "atomic_write",
    "write_lock",
]

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"
ARTICLES = "articles"
LOCK = ".lock"
FIX_HINT = "run `newsbot index rebuild` (or delete the index directory to start afresh)"

log = logging.getLogger(__name__)


class ArticleEntry(BaseModel):
    """What the manifest knows of one article: enough to list it and to tell whether it is stale."""

    model_config = ConfigDict(extra="forbid")

    id: str
    path: str
    sha256: str
    # sha256 of the source file's bytes, which differ from the stored text for HTML, PDF and .docx; None for a
    # link (never re-fetched) and for entries written before it was recorded (then `sha256` is compared).
    source_sha256: str | None = None
    title: str | None = None
    published: str | None = None
    published_inferred: bool = False
    published_override: str | None = None
    first_id: int = Field(ge=0)
    passages: int = Field(ge=0)
    statements: int = Field(default=0, ge=0)


class Manifest(BaseModel):
    """How the index was built; any difference from the running code means it is stale."""

    model_config = ConfigDict(extra="forbid")

    format: int = FORMAT_VERSION
    model_sha256: str
    dimension: int = Field(gt=0)
    splitter_version: str
    extractor_version: str
    onnx_sha256: str | None = None  # the ONNX export of the model that was current when the index was written
    next_id: int = Field(default=0, ge=0)
    articles: dict[str, ArticleEntry] = Field(default_factory=dict)


class IndexedArticle(BaseModel):
    """One article as the answer layer sees it: verbatim text plus everything built from it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    path: str
    sha256: str
    text: str
    meta: ArticleMeta
    paragraphs: list[Paragraph]
    passages: list[Passage]
    records: ArticleRecords

    @classmethod
    def build(
        cls, article: Article, passages: list[Passage], records: ArticleRecords, *, path: str | None = None
    ) -> IndexedArticle:
        """The one place an article, its passages and its records become an indexed article."""
        return cls(
            id=article.id,
            path=article.path if path is None else path,
            sha256=article.sha256,
            text=article.text,
            meta=records.meta,
            paragraphs=article.paragraphs,
            passages=passages,
            records=records,
        )


class Store:
    """Reads and writes one index directory. Not thread-safe for writes; a file lock guards processes."""

    def __init__(self, directory: Path, manifest: Manifest, vectors: faiss.Index) -> None:
        self.directory = directory
        self.manifest = manifest
        self.vectors = vectors
        self._articles: dict[str, IndexedArticle] = {}
        self._article_vectors: dict[str, faiss.Index] = {}
        self._dirty_sidecars: set[str] = set()
        self._removed_sidecars: set[str] = set()

    # ---- opening -------------------------------------------------------------------------------------------

    @staticmethod
    def exists(directory: Path) -> bool:
        return (directory / MANIFEST).is_file()

    @classmethod
    def create(cls, directory: Path, manifest: Manifest) -> Store:
        """An empty index in memory; nothing is written until `save`."""
        import faiss

        vectors = faiss.IndexIDMap2(faiss.IndexFlatIP(manifest.dimension))
        return cls(directory, manifest, vectors)

    @classmethod
    def load(cls, directory: Path) -> Store:
        """Open an existing index, or raise `IndexCorruptError` saying how to fix it."""
        import faiss

        manifest_path = directory / MANIFEST
        try:
            manifest = Manifest.model_validate_json(manifest_path.read_bytes())
        except FileNotFoundError as exc:
            raise IndexCorruptError(f"{manifest_path} is missing: {FIX_HINT}") from exc
        except (OSError, ValidationError, ValueError) as exc:
            raise IndexCorruptError(f"{manifest_path} is damaged or from another version: {FIX_HINT}") from exc
        vectors_path = directory / VECTORS
        if not vectors_path.is_file():
            raise IndexCorruptError(f"{vectors_path} is missing: {FIX_HINT}")
        try:
            vectors = faiss.read_index(str(vectors_path))
        except RuntimeError as exc:
            raise IndexCorruptError(f"{vectors_path} is corrupt or truncated: {FIX_HINT}") from exc
        expected = sum(entry.passages for entry in manifest.articles.values())
        if vectors.ntotal != expected or vectors.d != manifest.dimension:
            raise IndexCorruptError(
                f"{vectors_path} holds {vectors.ntotal} vectors of dimension {vectors.d}, "
                f"the manifest expects {expected} of dimension {manifest.dimension}: {FIX_HINT}"
            )
        return cls(directory, manifest, vectors)

    @classmethod
    def salvage(cls, directory: Path) -> Store | None:
        """What can be saved of a damaged index: its article list, from the manifest or else the sidecars.

        The result has no vectors; it exists so `rebuild` can re-index every article the index held.
        """
        import faiss

        try:
            manifest = Manifest.model_validate_json((directory / MANIFEST).read_bytes())
        except (OSError, ValidationError, ValueError):
            manifest = None
        found: dict[str, IndexedArticle] = {}
        for sidecar in sorted((directory / ARTICLES).glob("*.json")):
            try:
                article = IndexedArticle.model_validate_json(sidecar.read_bytes())
            except (OSError, ValidationError, ValueError):
                continue
            found[article.id] = article
        if manifest is None:
            if not found:
                return None
            manifest = Manifest(model_sha256="", dimension=1, splitter_version="", extractor_version="")
            for article in found.values():
                manifest.articles[article.id] = ArticleEntry(
                    id=article.id, path=article.path, sha256=article.sha256, first_id=0, passages=0
                )
        store = cls(directory, manifest, faiss.IndexIDMap2(faiss.IndexFlatIP(manifest.dimension)))
        store._articles = {k: v for k, v in found.items() if k in manifest.articles}
        return store

    @staticmethod
    def discard(directory: Path) -> None:
        """Remove the index files (only ours) so a fresh index can be built in their place."""
        for name in (MANIFEST, VECTORS):
            (directory / name).unlink(missing_ok=True)
        for sidecar in (directory / ARTICLES).glob("*.json"):
            sidecar.unlink(missing_ok=True)

    # ---- reading -------------------------------------------------------------------------------------------

    def article_ids(self) -> list[str]:
        return list(self.manifest.articles)

    def entry(self, article_id: str) -> ArticleEntry | None:
        return self.manifest.articles.get(article_id)

    def article(self, article_id: str) -> IndexedArticle:
        """The sidecar of one article, loaded on first use and cached."""
        cached = self._articles.get(article_id)
        if cached is not None:
            return cached
        if article_id not in self.manifest.articles:
            raise KeyError(article_id)
        path = self._sidecar(article_id)
        try:
            article = IndexedArticle.model_validate_json(path.read_bytes())
        except FileNotFoundError as exc:
            raise IndexCorruptError(f"{path} is missing: {FIX_HINT}") from exc
        except (OSError, ValidationError, ValueError) as exc:
            raise IndexCorruptError(f"{path} is corrupt or truncated: {FIX_HINT}") from exc
        if article.sha256 != self.manifest.articles[article_id].sha256:
            raise IndexCorruptError(f"{path} does not match the manifest: {FIX_HINT}")
        self._articles[article_id] = article
        return article

    def search(
        self, query: npt.NDArray[np.float32], k: int, *, article_id: str | None = None
    ) -> list[tuple[int, float]]:
        """(passage id, cosine score) pairs, best first, optionally within one article's id range.

        Within one article the search runs on a small flat index of that article's vectors alone, built on
        first use: the same kernel and scores as a filtered search of the whole index, but its cost follows
        the article, not the library, and it takes no OpenMP threads (whose wake-up cost whole scheduler
        slices on a busy machine: ~8 ms per question against ~0.3 ms).
        """
        if self.vectors.ntotal == 0 or k <= 0:
            return []
        if article_id is not None:
            entry = self.manifest.articles.get(article_id)
            if entry is None or entry.passages == 0:
                return []
            scores, ids = self._article_index(article_id, entry).search(query.reshape(1, -1), min(k, entry.passages))
            return [(entry.first_id + int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]
        k = min(k, self.vectors.ntotal)
        scores, ids = self.vectors.search(query.reshape(1, -1), k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def _article_index(self, article_id: str, entry: ArticleEntry) -> faiss.Index:
        index = self._article_vectors.get(article_id)
        if index is None:
            import faiss
            import numpy as np

            rows = [self.vectors.reconstruct(i) for i in range(entry.first_id, entry.first_id + entry.passages)]
            index = faiss.IndexFlatIP(self.vectors.d)
            index.add(np.ascontiguousarray(np.vstack(rows), dtype=np.float32))
            self._article_vectors[article_id] = index
        return index

    def adopt_cache(self, other: Store) -> None:
        """Take over `other`'s loaded sidecars and per-article indexes for articles unchanged in this one.

        A reloaded copy of the index (after another article was added) then answers as fast as the old one.
        """
        for article_id, entry in self.manifest.articles.items():
            old = other.manifest.articles.get(article_id)
            if old is None or (old.sha256, old.first_id, old.passages) != (
                entry.sha256,
                entry.first_id,
                entry.passages,
            ):
                continue
            if article_id in other._articles and article_id not in self._articles:
                self._articles[article_id] = other._articles[article_id]
            if article_id in other._article_vectors and article_id not in self._article_vectors:
                self._article_vectors[article_id] = other._article_vectors[article_id]

    # ---- writing -------------------------------------------------------------------------------------------

    def put(self, article: IndexedArticle, vectors: npt.NDArray[np.float32], entry: ArticleEntry) -> None:
        """Add or replace one article in memory; ids in `article.passages` must start at `entry.first_id`."""
        import numpy as np

        if article.id in self.manifest.articles:
            self.remove(article.id)
        ids = np.arange(entry.first_id, entry.first_id + entry.passages, dtype=np.int64)
        if len(ids):
            self.vectors.add_with_ids(vectors, ids)
        self.manifest.articles[article.id] = entry
        self.manifest.next_id = max(self.manifest.next_id, entry.first_id + entry.passages)
        self._articles[article.id] = article
        self._article_vectors.pop(article.id, None)
        self._dirty_sidecars.add(article.id)

    def remove(self, article_id: str) -> None:
        import numpy as np

        entry = self.manifest.articles.pop(article_id)
        ids = np.arange(entry.first_id, entry.first_id + entry.passages, dtype=np.int64)
        if len(ids):
            self.vectors.remove_ids(ids)  # type: ignore[arg-type]
        self._articles.pop(article_id, None)
        self._article_vectors.pop(article_id, None)
        self._dirty_sidecars.discard(article_id)
        self._removed_sidecars.add(article_id)

    def save(self) -> None:
        """Write changed sidecars, then vectors, then the manifest, each atomically."""
        import faiss

        (self.directory / ARTICLES).mkdir(parents=True, exist_ok=True)
        for article_id in sorted(self._dirty_sidecars):
            atomic_write(self._sidecar(article_id), self._articles[article_id].model_dump_json().encode("utf-8"))
        atomic_write(self.directory / VECTORS, faiss.serialize_index(self.vectors).tobytes())
        manifest = json.dumps(self.manifest.model_dump(mode="json"), indent=1, sort_keys=True) + "\n"
        atomic_write(self.directory / MANIFEST, manifest.encode("utf-8"))
        for article_id in self._removed_sidecars:
            if article_id not in self.manifest.articles:
                self._sidecar(article_id).unlink(missing_ok=True)
        self._dirty_sidecars.clear()
        self._removed_sidecars.clear()

    def _sidecar(self, article_id: str) -> Path:
        return self.directory / ARTICLES / f"{article_id}.json"


@contextlib.contextmanager
def write_lock(directory: Path) -> Iterator[None]:
    """Serialise writers across processes (two `newsbot index add` at once must not lose either)."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / LOCK).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp's 0600 would hide the index from other users
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
