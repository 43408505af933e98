"""The table and the JSON object `newsbot bench` prints."""

from __future__ import annotations

import json

from newsbot.bench.figures import Figure, Report
from newsbot.bench.report import render_json, render_table


def _report() -> Report:
    return Report(
        machine={"cpu": "Test CPU", "cores": 2, "ram_gib": 8.0, "python": "3.11", "torch": "2"},
        quick=True,
        figures=[
            Figure("answer_p50", "Answer latency p50 (warm)", "ms", 18.0, 15.0, "ratio<=", 1.2, "15 answers"),
            Figure("index_pipeline", "Indexing: whole pipeline", "passages/s", 300.0, 400.0, "ratio>=", 0.6),
            Figure("e2e_lost", "End to end: lost replies", "replies", 0, None, "value<=", 0),
            Figure("e2e_throughput", "End to end: throughput", "answers/s", 17.0, None, "value>=", 25),
        ],
        notes=["questions: 15"],
        errors=["cold start failed: boom"],
        seconds=12.3,
    )


def test_table_has_one_aligned_row_per_figure() -> None:
    lines = render_table(_report()).splitlines()
    assert lines[0].split() == ["figure", "newsbot", "bare", "ratio", "target", "ok"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert "18.0 ms" in lines[2]
    assert "15.0 ms" in lines[2]
    assert "1.20×" in lines[2]
    assert lines[2].endswith("yes")
    assert "300/s" in lines[3]
    assert "0.75×" in lines[3]
    assert "≥ 0.6×" in lines[3]
    assert lines[4].endswith("yes")
    assert "≥ 25 answers/s" in lines[5]
    assert lines[5].endswith("NO")
    text = "\n".join(lines)
    assert "Test CPU, 2 cores, 8.0 GiB RAM" in text
    assert "! cold start failed: boom" in text


def test_json_is_one_object_with_every_figure() -> None:
    data = json.loads(render_json(_report()))
    assert [f["key"] for f in data["figures"]] == ["answer_p50", "index_pipeline", "e2e_lost", "e2e_throughput"]
    assert data["figures"][0]["baseline"] == 15.0
    assert data["figures"][2]["ratio"] is None
    assert data["errors"] == ["cold start failed: boom"]
    assert data["machine"]["cores"] == 2
