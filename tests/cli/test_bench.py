"""`newsbot bench --quick` runs every measurement and prints well-formed output (figures are not checked)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsbot.cli import build_parser

NEWSBOT = Path(sys.executable).with_name("newsbot")
EXPECTED_KEYS = {
    "answer_p50",
    "answer_p95",
    "bare_default_threads_p50",
    "cold_start",
    "memory_peak_rss",
    "e2e_serial_p50",
    "e2e_start_to_first_answer",
    "e2e_throughput",
    "e2e_lost",
    "e2e_duplicated",
    "index_stage",
    "index_pipeline",
    "answer_p50_many_articles",
    "link_to_card_6kb_p50",
    "link_to_card_per_50kb",
}


@pytest.fixture(scope="module")
def quick_run() -> tuple[int, str, str]:
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    command = [str(NEWSBOT)] if NEWSBOT.is_file() else [sys.executable, "-c", "from newsbot.cli import main; main()"]
    done = subprocess.run(
        [*command, "bench", "--quick", "--json"], env=env, capture_output=True, text=True, timeout=900, check=False
    )
    return done.returncode, done.stdout, done.stderr


def test_bench_is_a_command() -> None:
    args = build_parser().parse_args(["bench", "--quick", "--json", "--articles", "12"])
    assert args.quick
    assert args.json
    assert args.articles == 12


@pytest.mark.parametrize("bad", ["0", "-3", "many"])
def test_articles_must_be_a_positive_number(bad: str) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["bench", "--articles", bad])


@pytest.mark.slow
def test_quick_bench_prints_one_well_formed_json_object(quick_run: tuple[int, str, str]) -> None:
    status, stdout, stderr = quick_run
    assert status == 0, stderr[-2000:]
    data = json.loads(stdout)
    assert data["quick"] is True
    assert data["errors"] == []
    assert data["machine"]["cores"] >= 1
    figures = {f["key"]: f for f in data["figures"]}
    assert set(figures) >= EXPECTED_KEYS
    for figure in figures.values():
        assert isinstance(figure["value"], int | float), figure
        assert not math.isnan(figure["value"]), figure
        assert figure["met"] in (True, False, None)
        if figure["baseline"] is not None:
            assert figure["baseline"] > 0, figure
            assert figure["ratio"] == pytest.approx(figure["value"] / figure["baseline"], rel=0.01, abs=0.002)


def test_only_picks_phases_by_name() -> None:
    args = build_parser().parse_args(["bench", "--only", "link-to-card", "--only", "latency"])
    assert args.only == ["link-to-card", "latency"]


def test_an_unknown_phase_is_refused() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["bench", "--only", "everything"])
    from newsbot.bench import run_bench

    with pytest.raises(ValueError, match="no bench phase everything"):
        run_bench(quick=True, only=["everything"])


@pytest.mark.slow
def test_only_link_to_card_measures_just_that() -> None:
    from newsbot.bench import run_bench

    report = run_bench(quick=True, only=["link-to-card"])
    assert report.errors == []
    assert {f.key for f in report.figures} == {"link_to_card_6kb_p50", "link_to_card_per_50kb"}
