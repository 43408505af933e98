"""Article → passages + records + vectors: the index-time pipeline.

All parsing happens here, once per article, so that answering a question never has to parse.

Parsing and extraction (spaCy, one core) and embedding (torch) are independent until the passages meet their
vectors, so a large batch runs them side by side: a worker process parses articles ahead while this process
embeds the ones already parsed. Small batches stay in this process, where a worker's start-up (a fresh
interpreter loading spaCy) would cost more than it saves. Either way the result is identical.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from .articles import Article
from .passages import build_passages
from .records import ArticleRecords, Passage, Sentence
from .segment import parse_paragraphs, segment
from .store import ArticleEntry, IndexedArticle

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from .embedding import TextEmbedder

__all__ = [
    "PARALLEL_MIN_ARTICLES",
    "BuiltArticle",
    "build_article",
    "build_articles",
    "embed_passages",
    "iter_built_articles",
]

# An article to build, with the path to record for it and its `--published` override.
Item = tuple[Article, str, str | None]

# From this many articles on, parsing moves to a worker process (its start-up takes a few seconds).
PARALLEL_MIN_ARTICLES = 8
# Passages embedded in one call: enough for full, length-sorted batches, few enough that embedding starts
# soon after the first articles are parsed.
EMBED_CHUNK_PASSAGES = 256


@dataclass
class BuiltArticle:
    """Everything the store needs to add one article."""

    article: IndexedArticle
    vectors: npt.NDArray[np.float32]
    entry: ArticleEntry


def build_article(
    article: Article, embedder: TextEmbedder, *, first_id: int, stored_path: str, published_override: str | None
) -> BuiltArticle:
    """Segment, extract, window and embed one article."""
    return build_articles([(article, stored_path, published_override)], embedder, first_id=first_id)[0]


def build_articles(
    items: list[Item], embedder: TextEmbedder, *, first_id: int, batch_size: int = 64
) -> list[BuiltArticle]:
    """Build several articles, embedding all their passages in shared batches (faster than one by one)."""
    return list(iter_built_articles(items, embedder, first_id=first_id, batch_size=batch_size, chunk=None))


def iter_built_articles(
    items: list[Item],
    embedder: TextEmbedder,
    *,
    first_id: int,
    batch_size: int = 64,
    chunk: int | None = EMBED_CHUNK_PASSAGES,
    workers: int | None = None,
    on_analysed: Callable[[IndexedArticle], None] | None = None,
) -> Iterator[BuiltArticle]:
    """Build `items` in order, FAISS ids from `first_id`, embedding about `chunk` passages at a time (None: all
    at once).

    `workers`: parsing processes (default: one when the batch has `PARALLEL_MIN_ARTICLES` or more articles
    and the machine more than one core; 0 parses in this process). `on_analysed` sees each article once it is
    parsed and its records extracted (the bot shows the card then), before its passages are cut and embedded:
    the `passages` of the article it is given are still empty.
    """
    if workers is None:
        workers = 1 if len(items) >= PARALLEL_MIN_ARTICLES and (os.cpu_count() or 1) > 1 else 0
    worker = _ParseWorker(_articles(items)) if workers > 0 else None
    analysed = worker.results(len(items)) if worker is not None else (_analyse(a) for a in _articles(items))
    next_id = first_id
    staged: list[tuple[Article, str, str | None, list[Passage], IndexedArticle]] = []
    try:
        for (article, stored_path, override), (sentences, records) in zip(items, analysed, strict=True):
            article.sentences = sentences
            if on_analysed is not None:
                on_analysed(IndexedArticle.build(article, [], records, path=stored_path))
            passages = build_passages(article, embedder.word_piece_offsets, first_id=next_id)
            next_id += len(passages)
            indexed = IndexedArticle.build(article, passages, records, path=stored_path)
            staged.append((article, stored_path, override, passages, indexed))
            if chunk is not None and sum(len(st[3]) for st in staged) >= chunk:
                yield from _embed(staged, embedder, batch_size)
                staged = []
        if staged:
            yield from _embed(staged, embedder, batch_size)
    finally:
        if worker is not None:
            worker.close()


def _analyse(article: Article) -> tuple[list[Sentence], ArticleRecords]:
    """Parse once (finding the text-only records meanwhile), then split sentences and extract records from
    the same parse."""
    from .extract import extract_records
    from .extract.unparsed import Unparsed, find_unparsed

    unparsed: list[Unparsed] = []
    docs = segment(article, parse_paragraphs(article, meanwhile=lambda: unparsed.append(find_unparsed(article))))
    return article.sentences, extract_records(article, docs, unparsed[0])


class _ParseWorker:
    """`_analyse` in a child process, results in order; it parses ahead while this process embeds.

    A plain `python -c` child fed pickles over a pipe rather than a multiprocessing pool: a spawned pool
    re-imports the caller's `__main__`, which breaks scripts without a main guard, and a forked one would
    inherit torch's OpenMP threads. Results are drained by a thread as soon as they are written, so the
    worker never waits for the embedding side.
    """

    def __init__(self, articles: Iterator[Article]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from newsbot.indexing import _worker_main; _worker_main()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self._results: queue.Queue[tuple[str, object]] = queue.Queue()
        self._feeder = threading.Thread(target=_feed, args=(self.process.stdin, articles), daemon=True)
        self._reader = threading.Thread(target=self._drain, args=(self.process.stdout,), daemon=True)
        self._feeder.start()
        self._reader.start()

    def results(self, count: int) -> Iterator[tuple[list[Sentence], ArticleRecords]]:
        for _ in range(count):
            status, value = self._results.get()
            if status == "error" and isinstance(value, BaseException):
                raise value
            if status != "ok":
                raise RuntimeError(f"the parsing worker stopped unexpectedly (exit status {self.process.poll()})")
            yield value  # type: ignore[misc]

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._feeder.join(timeout=5)
        self._reader.join(timeout=5)

    def _drain(self, pipe: IO[bytes]) -> None:
        try:
            while True:
                self._results.put(pickle.load(pipe))
        except (EOFError, OSError, pickle.UnpicklingError):
            self._results.put(("eof", None))


def _feed(pipe: IO[bytes], articles: Iterator[Article]) -> None:
    try:
        for article in articles:
            pickle.dump(article, pipe, protocol=pickle.HIGHEST_PROTOCOL)
            pipe.flush()
    except (BrokenPipeError, OSError):
        pass  # the worker is gone; the reader reports it
    finally:
        with contextlib.suppress(OSError):
            pipe.close()


def _worker_main() -> None:
    """The parsing worker: pickled `Article`s in on stdin, pickled `("ok", result)` or `("error", exc)` out."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything a library prints goes to stderr, not into the pickle stream
    source = sys.stdin.buffer
    while True:
        try:
            article = pickle.load(source)
        except EOFError:
            break
        try:
            reply: tuple[str, object] = ("ok", _analyse(article))
        except Exception as exc:
            reply = ("error", exc)
        pickle.dump(reply, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()


def _articles(items: Iterable[Item]) -> Iterator[Article]:
    return (article for article, _, _ in items)


def _embed(
    staged: list[tuple[Article, str, str | None, list[Passage], IndexedArticle]],
    embedder: TextEmbedder,
    batch_size: int,
) -> list[BuiltArticle]:
    all_passages = [p for *_, passages, _ in staged for p in passages]
    texts = {a.id: a.text for a, *_ in staged}
    vectors = embed_passages(all_passages, texts, embedder, batch_size=batch_size)
    built: list[BuiltArticle] = []
    offset = 0
    for article, stored_path, override, passages, indexed in staged:
        entry = ArticleEntry(
            id=article.id,
            path=stored_path,
            sha256=article.sha256,
            title=indexed.meta.title,
            published=indexed.meta.published,
            published_inferred=indexed.meta.published_inferred,
            published_override=override,
            first_id=passages[0].id if passages else 0,
            passages=len(passages),
            statements=len(indexed.records.statements),
        )
        built.append(BuiltArticle(indexed, vectors[offset : offset + len(passages)], entry))
        offset += len(passages)
    return built


def embed_passages(
    passages: list[Passage],
    texts: dict[str, str],
    embedder: TextEmbedder,
    *,
    batch_size: int = 64,
) -> npt.NDArray[np.float32]:
    """Vectors of each passage's window (the centre sentence with its neighbours)."""
    windows = [texts[p.article_id][p.window_start : p.window_end] for p in passages]
    return embedder.encode(windows, batch_size=batch_size)
