"""Question vectors without torch: the ONNX export in ONNX Runtime, tokenised by `tokenizers`.

This module imports only numpy, onnxruntime and tokenizers, so answering a question never pays for torch,
transformers or sentence-transformers (seconds and hundreds of MB per process). Its vectors match
sentence-transformers' (cosine ≥ 0.9999, the same token ids), so they search an index built by either.

The model's `tokenizer.json` truncates and pads to 128 word pieces; sentence-transformers truncates at the
model's `max_seq_length` (256) and pads each batch to its longest text, and so does this embedder.
"""

from __future__ import annotations

import functools
import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .embedding import MODEL_SHA256, SHORT_INPUT_TEXTS, model_dir
from .onnx_export import INPUT_NAMES, OnnxModel, ensure_onnx

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import onnxruntime
    from tokenizers import Tokenizer

__all__ = ["QueryEmbedder", "load_query_embedder"]

DEFAULT_MAX_SEQ_LENGTH = 256


class QueryEmbedder:
    """Encodes text into L2-normalised float32 vectors with ONNX Runtime; same interface as `Embedder`."""

    def __init__(self, model: OnnxModel, directory: Path | None = None) -> None:
        self.directory = directory or model_dir()
        self.sha256 = MODEL_SHA256  # the weights the export was made from: what the index manifest compares
        self.onnx = model
        self.tokenizer = _tokenizer(self.directory, _max_seq_length(self.directory))
        self._sessions: dict[int, onnxruntime.InferenceSession] = {}
        self._sessions_lock = threading.Lock()
        output = self._session(1).get_outputs()[0]
        dimension = output.shape[-1] if output.shape else None
        self.dimension: int = dimension if isinstance(dimension, int) else 384

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False, threads: int | None = None
    ) -> npt.NDArray[np.float32]:
        """Vectors for `texts`, one row each, normalised so FAISS inner product is cosine similarity.

        Short inputs (a question) run on one thread, which is both fastest and immune to a busy second core;
        batches use ONNX Runtime's default (all cores) unless `threads` says otherwise. `progress` is accepted
        for interface parity and ignored.
        """
        import numpy as np

        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if threads is None:
            threads = 1 if len(texts) <= SHORT_INPUT_TEXTS else 0
        session = self._session(threads)
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))  # like sentence-transformers: less padding
        for begin in range(0, len(order), batch_size):
            rows = order[begin : begin + batch_size]
            encodings = self.tokenizer.encode_batch([texts[i] for i in rows])
            feed = {
                "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
            }
            out[rows] = session.run(None, {name: feed[name] for name in INPUT_NAMES})[0]
        return out

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """The padded token ids the model sees for `texts` as one batch (for checking against the reference)."""
        return [list(e.ids) for e in self.tokenizer.encode_batch(list(texts))]

    def word_piece_offsets(self, text: str) -> list[tuple[int, int]]:
        """Character spans of each word piece (no special tokens, no truncation): how the model sees `text`."""
        return [
            (int(a), int(b)) for a, b in _untruncated(self.directory).encode(text, add_special_tokens=False).offsets
        ]

    def _session(self, threads: int) -> onnxruntime.InferenceSession:
        """One session per thread count (0 = ONNX Runtime's default), made on first use."""
        with self._sessions_lock:
            session = self._sessions.get(threads)
            if session is None:
                session = self._sessions[threads] = _session(self.onnx.path, threads)
            return session


def _session(path: Path, threads: int) -> onnxruntime.InferenceSession:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3  # warnings about unused initializers are noise here
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _max_seq_length(directory: Path) -> int:
    """sentence-transformers' truncation length for this model (`sentence_bert_config.json`)."""
    try:
        config = json.loads((directory / "sentence_bert_config.json").read_text(encoding="utf-8"))
        return int(config.get("max_seq_length", DEFAULT_MAX_SEQ_LENGTH))
    except (OSError, ValueError, TypeError):
        return DEFAULT_MAX_SEQ_LENGTH


def _tokenizer(directory: Path, max_length: int) -> Tokenizer:
    """The model's tokenizer set up as sentence-transformers calls it: truncate at `max_length`, pad to longest."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
    padding = tokenizer.padding or {}
    tokenizer.enable_truncation(max_length=max_length)
    tokenizer.enable_padding(
        pad_id=int(padding.get("pad_id", 0)),
        pad_type_id=int(padding.get("pad_type_id", 0)),
        pad_token=str(padding.get("pad_token", "[PAD]")),
    )
    return tokenizer


@functools.cache
def _untruncated(directory: Path) -> Tokenizer:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


_LOADING = threading.Lock()


def load_query_embedder(cache_dir: Path) -> QueryEmbedder:
    """One query embedder per cache directory and process, exporting the ONNX model first if it is missing.

    Locked so the bot's warm-up thread and the first question never load (or export) it twice.
    """
    with _LOADING:
        return _load(Path(os.path.abspath(cache_dir)))


@functools.cache
def _load(cache_dir: Path) -> QueryEmbedder:
    return QueryEmbedder(ensure_onnx(cache_dir))
