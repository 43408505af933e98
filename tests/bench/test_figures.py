"""Ratios, targets and percentiles: the arithmetic every figure of the report rests on."""

from __future__ import annotations

import math

import pytest

from newsbot.bench.figures import Figure, Report, percentile


def test_ratio_and_upper_target() -> None:
    figure = Figure("k", "label", "ms", 12.0, 10.0, "ratio<=", 1.2)
    assert figure.ratio == pytest.approx(1.2)
    assert figure.met is True
    assert Figure("k", "label", "ms", 13.0, 10.0, "ratio<=", 1.2).met is False


def test_lower_target_for_throughput() -> None:
    assert Figure("k", "label", "passages/s", 50.0, 100.0, "ratio>=", 0.6).met is False
    assert Figure("k", "label", "passages/s", 95.0, 100.0, "ratio>=", 0.9).met is True


def test_count_target_needs_no_baseline() -> None:
    lost = Figure("lost", "lost", "replies", 0, None, "value<=", 0)
    assert lost.ratio is None
    assert lost.met is True
    assert Figure("lost", "lost", "replies", 2, None, "value<=", 0).met is False


def test_lower_bound_on_a_value() -> None:
    rate = Figure("rate", "throughput", "answers/s", 27.0, None, "value>=", 25)
    assert rate.ratio is None
    assert rate.met is True
    assert Figure("rate", "throughput", "answers/s", 17.0, None, "value>=", 25).met is False


def test_no_target_or_no_baseline_is_unjudged() -> None:
    assert Figure("k", "label", "ms", 5.0, None, "ratio<=", 1.2).met is None
    assert Figure("k", "label", "ms", 5.0, 0.0, "ratio<=", 1.2).ratio is None
    assert Figure("k", "label", "ms", 5.0, 4.0).met is None


def test_percentile_interpolates_like_numpy() -> None:
    values = [4.0, 1.0, 3.0, 2.0]
    assert percentile(values, 50) == pytest.approx(2.5)
    assert percentile(values, 0) == 1.0
    assert percentile(values, 100) == 4.0
    assert percentile(values, 95) == pytest.approx(3.85)
    assert math.isnan(percentile([], 50))


def test_report_json_carries_ratio_and_verdict() -> None:
    report = Report(machine={"cpu": "x"}, quick=True, figures=[Figure("a", "A", "ms", 3.0, 2.0, "ratio<=", 1.2)])
    data = report.as_json()
    figures = data["figures"]
    assert isinstance(figures, list)
    assert figures[0]["ratio"] == 1.5
    assert figures[0]["met"] is False
    assert data["quick"] is True
