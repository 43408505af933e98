"""A second spaCy process that parses the later part of a long article while this one parses the rest.

Reading a long article is mostly spaCy parsing, one core's work, and the machine has two. The helper is a
plain `python -c` child (like the indexing worker: no multiprocessing re-import of `__main__`, no fork of a
threaded bot) that loads the pipeline once and then parses lists of paragraphs, sent back as a `DocBin`.
Loading costs about 1.5 s, so only the bot turns it on (`enable_shared_helper`), and the first article it
reads starts it in the background. When the helper is not ready yet, busy with another article, or gone,
the caller parses everything itself: the helper can make reading faster, never make it fail.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import logging
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import IO, TYPE_CHECKING

from .nlp import load_nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["SPLIT_MIN_CHARS", "ParseHelper", "enable_shared_helper", "shared_helper"]

log = logging.getLogger(__name__)

SPLIT_MIN_CHARS = 12_000  # below this, sending half away saves less than it costs
# The helper's share of the characters when this process has other work meanwhile (the article's text-only
# records take about a seventh of the parse time), so both sides finish together.
BUSY_SHARE = 0.57
REPLY_TIMEOUT = 120.0  # seconds; a helper that takes longer is stopped and the caller parses alone


class ParseHelper:
    """One helper process; `parse(texts)` parses the first half here and the second half there."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # one article at a time; another caller parses alone meanwhile
        self._starting = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._replies: queue.Queue[tuple[str, object]] = queue.Queue()
        self._ready = threading.Event()
        self._closed = False
        self.served = 0  # requests the helper answered

    @property
    def pid(self) -> int | None:
        """The helper process's id, while one is running."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    @property
    def ready(self) -> bool:
        return self._ready.is_set() and self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start the helper process unless it is running (returns at once; it loads spaCy meanwhile)."""
        with self._starting:
            if self._closed or (self._process is not None and self._process.poll() is None):
                return
            # A fresh queue and flag per process: a stopped helper's reader cannot touch the new one's.
            self._ready, self._replies = threading.Event(), queue.Queue()
            env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")  # one core each
            process = subprocess.Popen(
                [sys.executable, "-c", "from newsbot.parse_helper import _helper_main; _helper_main()"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=env,
            )
            assert process.stdout is not None
            threading.Thread(
                target=_drain, args=(process.stdout, self._replies, self._ready), name="newsbot-parse-helper",
                daemon=True,
            ).start()  # fmt: skip
            self._process = process

    def parse(self, texts: list[str], meanwhile: Callable[[], object] | None = None) -> list[Doc]:
        """One `Doc` per text, in order, exactly as `load_nlp().pipe(texts)` would give them.

        `meanwhile` is called once, here, while the helper parses its share (after parsing, when alone).
        """
        nlp = load_nlp()
        self.start()
        cut = _cut(texts, BUSY_SHARE if meanwhile is not None else 0.5)
        if cut < len(texts) and self.ready and self._lock.acquire(blocking=False):
            try:
                if self._send(texts[cut:]):
                    return self._parse_beside_helper(texts, cut, meanwhile)
            finally:
                self._lock.release()
        docs = list(nlp.pipe(texts))
        if meanwhile is not None:
            meanwhile()
        return docs

    def _parse_beside_helper(self, texts: list[str], cut: int, meanwhile: Callable[[], object] | None) -> list[Doc]:
        """Parse `texts[:cut]` and run `meanwhile` here while the helper parses the rest it was just sent."""
        nlp = load_nlp()
        try:
            first = list(nlp.pipe(texts[:cut]))
            if meanwhile is not None:
                meanwhile()
        except BaseException:
            self._receive()  # keep replies in step with requests
            raise
        rest = self._receive()
        return first + (rest if rest is not None else list(nlp.pipe(texts[cut:])))

    def close(self) -> None:
        """Stop the helper (it also stops by itself when this process ends: its stdin closes)."""
        self._closed = True
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(OSError):
            if process.stdin is not None:
                process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def _send(self, texts: list[str]) -> bool:
        process = self._process
        if process is None or process.stdin is None:
            return False
        try:
            pickle.dump(texts, process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            process.stdin.flush()
        except OSError:
            self._stop("could not be reached")
            return False
        return True

    def _receive(self) -> list[Doc] | None:
        from spacy.tokens import DocBin

        try:
            status, value = self._replies.get(timeout=REPLY_TIMEOUT)
        except queue.Empty:
            self._stop(f"gave no answer within {REPLY_TIMEOUT:.0f} s")
            return None
        if status != "ok" or not isinstance(value, bytes):
            self._stop(f"failed ({value})")
            return None
        docs = list(DocBin().from_bytes(value).get_docs(load_nlp().vocab))
        self.served += 1
        return docs

    def _stop(self, why: str) -> None:
        """Give up on this helper process; the next article starts a new one."""
        log.warning("the parsing helper %s; parsing in this process", why)
        process, self._process = self._process, None
        self._ready.clear()
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()


def _cut(texts: list[str], share: float = 0.5) -> int:
    """Where the helper's part starts: the split that lets both sides finish soonest when the helper should
    take `share` of the characters, or `len(texts)` (no split) for a short article."""
    total = sum(len(t) for t in texts)
    if total < SPLIT_MIN_CHARS or len(texts) < 2:
        return len(texts)
    prefixes = list(itertools.accumulate(len(t) for t in texts[:-1]))
    here, there = 1.0 - share, share
    return 1 + min(range(len(prefixes)), key=lambda k: max(prefixes[k] / here, (total - prefixes[k]) / there))


def _drain(pipe: IO[bytes], replies: queue.Queue[tuple[str, object]], ready: threading.Event) -> None:
    """Read the helper's messages: the first says it is ready, each later one answers a request."""
    try:
        while True:
            status, value = pickle.load(pipe)
            if status == "ready":
                ready.set()
            else:
                replies.put((status, value))
    except (EOFError, OSError, pickle.UnpicklingError):
        ready.clear()
        replies.put(("gone", "the process ended"))


def _helper_main() -> None:
    """The helper process: lists of texts in on stdin (pickled), `("ok", DocBin bytes)` out on stdout."""
    from spacy.tokens import DocBin

    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything a library prints goes to stderr, not into the pickle stream
    nlp = load_nlp()
    list(nlp.pipe(["Warm up, said the helper."]))
    pickle.dump(("ready", None), out)
    out.flush()
    while True:
        try:
            texts = pickle.load(sys.stdin.buffer)
        except EOFError:
            break
        try:
            docs = DocBin(store_user_data=False)
            for doc in nlp.pipe(texts):
                docs.add(doc)
            reply: tuple[str, object] = ("ok", docs.to_bytes())
        except Exception as exc:
            reply = ("error", f"{type(exc).__name__}: {exc}")
        pickle.dump(reply, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()


_shared: ParseHelper | None = None
_shared_lock = threading.Lock()


def enable_shared_helper() -> ParseHelper:
    """Turn on the process-wide helper (idempotent); `segment.parse_paragraphs` uses it from then on."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ParseHelper()
            atexit.register(_shared.close)
        return _shared


def shared_helper() -> ParseHelper | None:
    """The process-wide helper, if `enable_shared_helper` was called."""
    return _shared
