"""One bench run: every measurement in a fixed order, in a scratch directory, each phase failing alone."""

from __future__ import annotations

import dataclasses
import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .baseline import torch_default_threads
from .coldstart import cold_start_figure, measure_cold_starts
from .corpus import select_articles
from .endtoend import end_to_end_figures, measure_end_to_end
from .figures import Report
from .indexing import indexing_figures, measure_indexing
from .intake import link_to_card_figures, measure_link_to_card
from .latency import latency_figures, measure_latency, measure_scaling, scaling_figure
from .machine import describe_machine
from .memory import memory_figure
from .phases import PHASES
from .questions import COLD_START_QUESTION, load_questions
from .workspace import copy_library, open_bundled_library

__all__ = ["FULL", "QUICK", "Plan", "run_bench"]

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Plan:
    """How much of each measurement to do."""

    latency_rounds: int
    cold_runs: int
    cold_warm_up: bool
    serial_rounds: int
    chats: int
    per_chat: int
    articles: int | None  # None: the whole corpus
    scaling_rounds: int
    pdf_document: bool = True  # time a 100-page PDF to its card (about half a minute)
    phases: frozenset[str] = frozenset()  # only these of PHASES (empty: all)

    def wants(self, phase: str) -> bool:
        return not self.phases or phase in self.phases


FULL = Plan(latency_rounds=5, cold_runs=3, cold_warm_up=True, serial_rounds=2, chats=50, per_chat=10,
            articles=None, scaling_rounds=3)  # fmt: skip
QUICK = Plan(latency_rounds=1, cold_runs=1, cold_warm_up=False, serial_rounds=1, chats=4, per_chat=2,
             articles=3, scaling_rounds=1, pdf_document=False)  # fmt: skip


def run_bench(
    *, quick: bool = False, articles: int | None = None, plan: Plan | None = None, only: Sequence[str] = ()
) -> Report:
    """Measure everything; a phase that fails becomes an entry in `Report.errors` and the rest still run.

    `articles` limits the indexing corpus (the whole corpus by default, a few articles when `quick`); `only`
    runs just those `PHASES` (to re-measure one figure without the 35-minute whole).
    """
    plan = plan or (QUICK if quick else FULL)
    if articles is not None:
        plan = dataclasses.replace(plan, articles=articles)
    unknown = sorted(set(only) - set(PHASES))
    if unknown:
        raise ValueError(f"no bench phase {', '.join(unknown)} (phases: {', '.join(PHASES)})")
    if only:
        plan = dataclasses.replace(plan, phases=frozenset(only))
    started = time.perf_counter()
    torch_default_threads()  # before anything pins threads
    report = Report(machine=describe_machine(), quick=quick)
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as tmp:
        _run(Path(tmp), plan, report)
    report.seconds = time.perf_counter() - started
    return report


def _phase(report: Report, name: str, work: Callable[[], T], wanted: bool = True) -> T | None:
    if not wanted:
        return None
    log.info("bench: %s", name)
    started = time.perf_counter()
    try:
        return work()
    except Exception as exc:
        log.debug("bench phase %s failed", name, exc_info=True)
        report.errors.append(f"{name} failed: {exc}")
        return None
    finally:
        log.info("bench: %s took %.1f s", name, time.perf_counter() - started)


def _run(scratch: Path, plan: Plan, report: Report) -> None:
    from ..answer.answerer import Answerer
    from ..embedding import model_dir

    questions, source = load_questions()
    report.notes.append(f"questions: {len(questions)} from {source}")
    one_dir = scratch / "index-one"
    small = _phase(report, "indexing the bundled article", lambda: open_bundled_library(one_dir))
    if small is None:
        return
    model = small.embedder.model
    answerer = Answerer(small)

    samples = _phase(
        report,
        "warm answer latency",
        lambda: measure_latency(answerer, model, questions, rounds=plan.latency_rounds),
        plan.wants("latency") or plan.wants("end-to-end"),  # end to end is judged against its bare p50
    )
    if samples is not None:
        report.figures.extend(latency_figures(samples, source, torch_default_threads()))

    cold = _phase(
        report,
        "cold start",
        lambda: measure_cold_starts(
            one_dir, str(model_dir()), COLD_START_QUESTION, runs=plan.cold_runs, cwd=scratch,
            warm_up=plan.cold_warm_up,
        ),
        plan.wants("cold-start"),
    )  # fmt: skip
    if cold is not None:
        report.figures.append(cold_start_figure(cold))

    e2e = _phase(
        report,
        "end to end through the emulator",
        lambda: measure_end_to_end(
            one_dir, scratch, questions, chats=plan.chats, per_chat=plan.per_chat, rounds=plan.serial_rounds
        ),
        plan.wants("end-to-end"),
    )
    if e2e is not None:
        if cold is not None:
            answered = len(questions) * (1 + plan.serial_rounds) + len(e2e.concurrent)
            report.figures.append(memory_figure(e2e.bot_peak_rss_mib, cold.bare_peak_rss_mib, answered))
        bare_p50 = samples.bare_one_thread_p50_ms / 1000 if samples is not None else float("nan")
        report.figures.extend(end_to_end_figures(e2e, bare_p50))

    carded = _phase(
        report,
        "link to card",
        lambda: measure_link_to_card(
            _copied(one_dir, scratch / "index-intake"), scratch, rounds=plan.latency_rounds, pdf=plan.pdf_document
        ),
        plan.wants("link-to-card"),
    )
    if carded is not None:
        report.figures.extend(link_to_card_figures(carded))

    if not plan.wants("indexing"):
        return
    paths, corpus = select_articles(plan.articles, scratch)
    many = _phase(report, "copying the one-article index", lambda: copy_library(one_dir, scratch / "index-many"))
    if many is None:
        return
    run = _phase(report, f"indexing {corpus}", lambda: measure_indexing(many, paths, scratch / "stage", corpus))
    if run is None:
        return
    report.figures.extend(indexing_figures(run))
    scaled = _phase(
        report,
        "answer latency with many articles",
        lambda: measure_scaling(answerer, Answerer(many), questions, rounds=plan.scaling_rounds),
    )
    if scaled is not None:
        report.figures.append(scaling_figure(scaled[0], scaled[1], run.articles))


def _copied(source: Path, target: Path) -> Path:
    """A copy of an index directory, for a phase that adds articles to it."""
    shutil.copytree(source, target)
    return target
