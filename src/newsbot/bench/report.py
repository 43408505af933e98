"""The report as a table for people or one JSON object for scripts."""

from __future__ import annotations

import json
import math

from .figures import Figure, Report

__all__ = ["render_json", "render_table"]

_HEADERS = ("figure", "newsbot", "bare", "ratio", "target", "ok")


def _number(value: float | None, unit: str) -> str:
    if value is None or math.isnan(value):
        return "—"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "replies":
        return f"{value:.0f}"
    if unit == "answers/s":
        return f"{value:.1f}/s"
    if unit == "passages/s":
        return f"{value:.0f}/s"
    return f"{value:.0f} {unit}"


def _target(figure: Figure) -> str:
    if figure.check is None or figure.target is None:
        return ""
    if figure.check in ("value<=", "value>="):
        unit = "" if figure.unit == "replies" else f" {figure.unit}"
        return f"{'≤' if figure.check == 'value<=' else '≥'} {figure.target:g}{unit}"
    return f"{'≤' if figure.check == 'ratio<=' else '≥'} {figure.target:g}×"


def _ok(figure: Figure) -> str:
    met = figure.met
    return "" if met is None else ("yes" if met else "NO")


def _row(figure: Figure) -> tuple[str, ...]:
    ratio = figure.ratio
    return (
        figure.label,
        _number(figure.value, figure.unit),
        _number(figure.baseline, figure.unit),
        "" if ratio is None else f"{ratio:.2f}×",
        _target(figure),
        _ok(figure),
    )


def render_table(report: Report) -> str:
    """A plain aligned table (no colour, so it pastes anywhere), then notes and the machine."""
    rows = [_HEADERS, *(_row(f) for f in report.figures)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    m = report.machine
    lines.append("")
    lines.append(
        f"machine: {m.get('cpu')}, {m.get('cores')} cores, {m.get('ram_gib')} GiB RAM; "
        f"Python {m.get('python')}, torch {m.get('torch')}"
    )
    lines.append(f"{'quick' if report.quick else 'full'} run in {report.seconds:.0f} s")
    for figure in report.figures:
        if figure.note:
            lines.append(f"- {figure.label}: {figure.note}")
    lines.extend(f"- {note}" for note in report.notes)
    lines.extend(f"! {error}" for error in report.errors)
    return "\n".join(lines)


def render_json(report: Report) -> str:
    return json.dumps(report.as_json(), ensure_ascii=False, indent=1)
