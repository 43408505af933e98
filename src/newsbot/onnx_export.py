"""The bundled model as one ONNX graph, made here from the verified weights and never downloaded.

Answering needs one vector per question; ONNX Runtime computes it without importing torch (a fresh process
answers in a fraction of a second instead of seconds). The graph is BERT + mean pooling + L2 normalisation,
exported from the sha-checked sentence-transformers model with torch's legacy (TorchScript) exporter, with
dynamic batch and sequence axes.

The file lives in the cache directory keyed by the weights' sha256 (`<cache>/onnx/<weights sha256>/model.onnx`)
next to `model.onnx.sha256`, the digest taken when it was written. Before use the file is checked against that
digest (cached per file size and mtime); a missing or damaged file is exported again when torch is installed,
else the error says to run `newsbot warm-up`. Writers take a file lock and rename into place, so two processes
never export at once or read half a file.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.util
import logging
import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .embedding import MODEL_SHA256
from .errors import ModelError
from .filehash import file_sha256, forget

if TYPE_CHECKING:
    from .embedding import Embedder

__all__ = ["INPUT_NAMES", "OUTPUT_NAME", "OnnxModel", "ensure_onnx", "export_onnx", "find_onnx", "onnx_path"]

INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")
OUTPUT_NAME = "sentence_embedding"
OPSET = 17
FILE_NAME = "model.onnx"
FIX = "run `newsbot warm-up` where torch and sentence-transformers are installed"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OnnxModel:
    """A checked ONNX export: where it is and its sha256 (what the index manifest records)."""

    path: Path
    sha256: str


def onnx_path(cache_dir: Path, weights_sha256: str = MODEL_SHA256) -> Path:
    """Where the export of the weights with this sha256 lives."""
    return cache_dir / "onnx" / weights_sha256 / FILE_NAME


def find_onnx(cache_dir: Path, weights_sha256: str = MODEL_SHA256) -> OnnxModel | None:
    """The export when it is present and matches the digest recorded when it was written, else None."""
    path = onnx_path(cache_dir, weights_sha256)
    try:
        recorded = _digest_file(path).read_text(encoding="ascii").strip()
        if path.is_file() and file_sha256(path) == recorded:
            return OnnxModel(path, recorded)
    except OSError:
        pass
    return None


def ensure_onnx(cache_dir: Path, *, embedder: Embedder | None = None) -> OnnxModel:
    """The checked export, exporting it first when missing or damaged (with a log line).

    `embedder` is the already loaded sentence-transformers model, if any; otherwise one is loaded, which
    needs torch. Without torch a missing export is a `ModelError` naming the fix.
    """
    found = find_onnx(cache_dir)
    if found is not None:
        return found
    path = onnx_path(cache_dir).absolute()  # absolute in messages: the default cache directory is relative
    with _export_lock(path):
        found = find_onnx(cache_dir)  # another process may have exported it while we waited
        if found is not None:
            return found
        state = "damaged" if path.exists() else "missing"
        if not _torch_available():
            raise ModelError(f"the ONNX embedding model at {path} is {state} and torch is not installed: {FIX}")
        log.info("the ONNX embedding model at %s is %s: exporting it from the bundled weights (once)", path, state)
        if embedder is None:
            from .embedding import load_embedder

            embedder = load_embedder()
        return export_onnx(embedder, path)


def export_onnx(embedder: Embedder, path: Path) -> OnnxModel:
    """Export `embedder`'s model to `path` (atomically) and record its digest next to it."""
    import torch

    module = _sentence_embedding_class()(embedder.model[0].auto_model).eval()
    sample = embedder.model.preprocess(["Who said what?", "And when did they say it, exactly?"])
    inputs = tuple(sample[name] for name in INPUT_NAMES)
    axes = {name: {0: "batch", 1: "sequence"} for name in INPUT_NAMES} | {OUTPUT_NAME: {0: "batch"}}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer and deprecation notes about the legacy exporter
            torch.onnx.export(
                module,
                inputs,
                str(tmp),
                dynamo=False,
                input_names=list(INPUT_NAMES),
                output_names=[OUTPUT_NAME],
                dynamic_axes=axes,
                opset_version=OPSET,
            )
        _fix_output_width(tmp, embedder.dimension)
        digest = _sha256(tmp)
        _digest_file(path).unlink(missing_ok=True)
        forget(path)
        os.replace(tmp, path)
        digest_tmp = tmp.with_suffix(".sha256")
        digest_tmp.write_text(digest + "\n", encoding="ascii")
        os.replace(digest_tmp, _digest_file(path))
    finally:
        tmp.unlink(missing_ok=True)
    log.info("exported the ONNX embedding model to %s (sha256 %s…)", path, digest[:16])
    return OnnxModel(path, digest)


def _sentence_embedding_class() -> type[Any]:
    """BERT, mean pooling over real tokens, L2 normalisation: what sentence-transformers computes."""
    import torch

    class SentenceEmbedding(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(
            self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor
        ) -> torch.Tensor:
            tokens = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)[0]
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            mean = (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    return SentenceEmbedding


def _fix_output_width(path: Path, dimension: int) -> None:
    """Write the vector width into the graph's output shape (the tracer leaves it symbolic)."""
    import onnx

    model = onnx.load(str(path))
    width = model.graph.output[0].type.tensor_type.shape.dim[1]
    width.Clear()
    width.dim_value = dimension
    onnx.save(model, str(path))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _digest_file(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _torch_available() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("torch", "sentence_transformers"))


@contextlib.contextmanager
def _export_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(".lock"), "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
