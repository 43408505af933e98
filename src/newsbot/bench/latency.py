"""Warm answer latency against a bare `encode` of the same question, interleaved so both see the same noise."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from .baseline import bare_encode_seconds
from .figures import Figure, percentile

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from ..answer.model import Answer

__all__ = ["Asker", "LatencySamples", "latency_figures", "measure_latency", "measure_scaling", "scaling_figure"]


class Asker(Protocol):
    def ask(self, question: str, *, article_id: str | None = None) -> Answer: ...


@dataclass
class LatencySamples:
    """Seconds per call: the project's `ask` and the bare `encode`, one pair per question per round."""

    ask: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    bare_one_thread: list[float] = field(default_factory=list)

    @property
    def ask_p50_ms(self) -> float:
        return percentile(self.ask, 50) * 1000

    @property
    def ask_p95_ms(self) -> float:
        return percentile(self.ask, 95) * 1000

    @property
    def bare_p50_ms(self) -> float:
        """Bare encode p50 on torch's default threads (printed beside the headline)."""
        return percentile(self.bare, 50) * 1000

    @property
    def bare_one_thread_p50_ms(self) -> float:
        """The headline baseline: bare encode p50 on one torch thread. Torch's default threads stall to
        hundreds of ms whenever anything else runs, which makes ratios against them meaningless."""
        return percentile(self.bare_one_thread, 50) * 1000


def measure_latency(
    asker: Asker,
    model: SentenceTransformer,
    questions: Sequence[str],
    *,
    rounds: int,
    article_id: str | None = None,
) -> LatencySamples:
    """One warm-up pass, then `rounds` passes; each question is encoded bare (on one torch thread, the
    headline baseline, then on torch's default threads, for reference), then asked."""
    for question in questions:
        bare_encode_seconds(model, question)
        asker.ask(question, article_id=article_id)
    samples = LatencySamples()
    for _ in range(rounds):
        for question in questions:
            samples.bare_one_thread.append(bare_encode_seconds(model, question, threads=1))
            samples.bare.append(bare_encode_seconds(model, question))
            started = time.perf_counter()
            asker.ask(question, article_id=article_id)
            samples.ask.append(time.perf_counter() - started)
    return samples


def latency_figures(samples: LatencySamples, source: str, default_threads: int) -> list[Figure]:
    note = (
        f"{len(samples.ask)} answers ({source}); baseline: bare sentence-transformers encode([question]) p50 on "
        f"1 torch thread (on torch's default {default_threads} threads: {samples.bare_p50_ms:.1f} ms)"
    )
    baseline = samples.bare_one_thread_p50_ms
    return [
        Figure("answer_p50", "Answer latency p50 (warm)", "ms", samples.ask_p50_ms, baseline, "ratio<=", 0.6, note),
        Figure("answer_p95", "Answer latency p95 (warm)", "ms", samples.ask_p95_ms, baseline, "ratio<=", 1.0, note),
        Figure("bare_default_threads_p50", f"Bare encode p50 on torch's default {default_threads} threads", "ms",
               samples.bare_p50_ms, baseline, note="for reference beside the 1-thread headline baseline"),
    ]  # fmt: skip


def measure_scaling(small: Asker, large: Asker, questions: Sequence[str], *, rounds: int) -> tuple[float, float]:
    """Median seconds per answer from a one-article and a many-article library, asked alternately."""
    for question in questions:
        small.ask(question)
        large.ask(question)
    small_times: list[float] = []
    large_times: list[float] = []
    for _ in range(rounds):
        for question in questions:
            for asker, times in ((small, small_times), (large, large_times)):
                started = time.perf_counter()
                asker.ask(question)
                times.append(time.perf_counter() - started)
    return percentile(small_times, 50), percentile(large_times, 50)


def scaling_figure(small_seconds: float, large_seconds: float, articles: int) -> Figure:
    return Figure(
        "answer_p50_many_articles",
        f"Answer latency p50 with {articles + 1} articles indexed",
        "ms",
        large_seconds * 1000,
        small_seconds * 1000,
        "ratio<=",
        1.1,
        "baseline: the same questions with 1 article indexed",
    )
