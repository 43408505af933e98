"""The floor the model itself sets: a bare `SentenceTransformer.encode`, a bare process, its memory.

The bare in-process figures use the very `SentenceTransformer` object the project loaded, called the way its
own documentation shows (`model.encode([text])`), so any difference is what newsbot adds around it.
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .children import VMHWM_CODE, ChildRun, bench_env, run_child

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

__all__ = ["BARE_PROCESS_CODE", "bare_encode_seconds", "bare_process", "bare_throughput", "torch_default_threads"]

# What a user of the bare library writes: import, load the model, encode the question. The last line only
# reports the process's peak RSS (see `children`).
BARE_PROCESS_CODE = f"""
import sys
from sentence_transformers import SentenceTransformer
model = SentenceTransformer(sys.argv[1], device="cpu")
model.encode([sys.argv[2]])
{VMHWM_CODE}
"""


@functools.cache
def torch_default_threads() -> int:
    """Torch's thread count before newsbot changes it: what a user of the bare library runs with."""
    import torch

    return int(torch.get_num_threads())


def _set_threads(count: int) -> None:
    import torch

    if torch.get_num_threads() != count:
        torch.set_num_threads(count)


def bare_encode_seconds(model: SentenceTransformer, text: str, *, threads: int | None = None) -> float:
    """Wall seconds of one bare `encode([text])`, on torch's default thread count unless `threads` is given."""
    _set_threads(threads or torch_default_threads())
    started = time.perf_counter()
    model.encode([text])
    return time.perf_counter() - started


def bare_throughput(model: SentenceTransformer, texts: Sequence[str], *, batch_size: int) -> tuple[float, float]:
    """(texts per second, seconds) of one bare `encode(texts, batch_size=...)` on torch's default threads."""
    _set_threads(torch_default_threads())
    started = time.perf_counter()
    model.encode(list(texts), batch_size=batch_size)
    seconds = time.perf_counter() - started
    return (len(texts) / seconds if seconds > 0 else float("inf")), seconds


def bare_process(model_path: str, question: str, *, timeout: float = 300) -> tuple[ChildRun, float]:
    """A fresh interpreter that only imports sentence-transformers, loads the model and encodes `question`;
    returns the run and its peak RSS in MiB."""
    run = run_child([sys.executable, "-c", BARE_PROCESS_CODE, model_path, question], bench_env(), timeout=timeout)
    if run.returncode != 0:
        raise RuntimeError(f"the bare model process failed ({run.returncode}): {run.stderr.strip()[-500:]}")
    try:
        peak = int(run.stdout.split()[-1]) / 1024
    except (IndexError, ValueError):
        peak = float("nan")
    return run, peak
