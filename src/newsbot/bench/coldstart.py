"""Cold start: a fresh `newsbot ask` process against a fresh process that only loads the model and encodes.

Runs alternate (bare, newsbot, bare, newsbot, …) after one unmeasured warm-up of each, so the OS file cache
and any background load treat both alike; the medians are compared.
"""

from __future__ import annotations

import shutil
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .baseline import bare_process
from .children import ChildRun, bench_env, run_child
from .figures import Figure
from .sources import REBUILT, freshen_index, index_stamp

__all__ = ["ColdStarts", "cold_start_figure", "measure_cold_starts", "newsbot_command"]

MAX_RETRIES = 3


@dataclass
class ColdStarts:
    """Every measured run of both processes."""

    question: str
    newsbot: list[ChildRun] = field(default_factory=list)
    bare: list[ChildRun] = field(default_factory=list)
    bare_peaks_mib: list[float] = field(default_factory=list)

    @property
    def newsbot_seconds(self) -> float:
        return statistics.median(run.wall for run in self.newsbot)

    @property
    def bare_seconds(self) -> float:
        return statistics.median(run.wall for run in self.bare)

    @property
    def bare_peak_rss_mib(self) -> float:
        return statistics.median(self.bare_peaks_mib)


def newsbot_command() -> list[str]:
    """The `newsbot` console script of this interpreter, as a user would start it."""
    beside = Path(sys.executable).with_name("newsbot")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("newsbot")
    if found:
        return [found]
    return [sys.executable, "-c", "from newsbot.cli import main; main()"]


def measure_cold_starts(
    index_dir: Path, model_path: str, question: str, *, runs: int, cwd: Path, warm_up: bool = True
) -> ColdStarts:
    """`runs` alternating pairs, after an unmeasured pair when `warm_up`; raises if `newsbot ask` fails.

    A pair in which `newsbot ask` rebuilt its index (the sources changed just before) is run again.
    """
    env = bench_env(NEWSBOT_INDEX_DIR=str(index_dir))
    command = newsbot_command()
    argv = [*command, "ask", question]
    result = ColdStarts(question)
    skip = 1 if warm_up else 0
    attempts = 0
    while len(result.newsbot) < runs:
        attempts += 1
        if attempts > runs + skip + MAX_RETRIES:
            raise RuntimeError(f"{REBUILT} on every attempt: the extraction sources keep changing")
        freshen_index(index_dir, command, cwd)
        before = index_stamp(index_dir)
        bare, bare_peak = bare_process(model_path, question)
        ours = run_child(argv, env, cwd=cwd)
        if ours.returncode != 0:
            raise RuntimeError(f"`newsbot ask` failed ({ours.returncode}): {ours.stderr.strip()[-500:]}")
        if attempts > skip and index_stamp(index_dir) == before:  # a warm-up pair only fills the file cache
            result.bare.append(bare)
            result.bare_peaks_mib.append(bare_peak)
            result.newsbot.append(ours)
    return result


def cold_start_figure(cold: ColdStarts) -> Figure:
    return Figure(
        "cold_start",
        "Cold start (newsbot ask, fresh process)",
        "s",
        cold.newsbot_seconds,
        cold.bare_seconds,
        "ratio<=",
        0.15,
        f"median of {len(cold.newsbot)} runs each; baseline: import sentence-transformers, load, encode "
        f"(torch's default threads)",
    )
