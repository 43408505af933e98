"""What one measurement is: the project's value, the bare baseline from the same run, and the target ratio."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Literal

__all__ = ["Check", "Figure", "Report", "percentile"]

# How a figure is judged: its ratio to the baseline at most / at least `target`, or its value at most / at
# least `target`.
Check = Literal["ratio<=", "ratio>=", "value<=", "value>="]


@dataclass(frozen=True)
class Figure:
    """One row of the report; `baseline` is None for counts that need none (lost replies)."""

    key: str
    label: str
    unit: str
    value: float
    baseline: float | None
    check: Check | None = None
    target: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0 or math.isnan(self.value):
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool | None:
        """Whether the target holds; None when there is no target or nothing to compare."""
        if self.check is None or self.target is None:
            return None
        if self.check == "value<=":
            return self.value <= self.target
        if self.check == "value>=":
            return self.value >= self.target
        ratio = self.ratio
        if ratio is None:
            return None
        return ratio <= self.target if self.check == "ratio<=" else ratio >= self.target

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        data["met"] = self.met
        for name in ("value", "baseline"):
            number = data[name]
            if isinstance(number, float):
                data[name] = round(number, 3)
        return data


@dataclass
class Report:
    """Everything one `newsbot bench` run measured, with the machine it ran on."""

    machine: dict[str, object]
    quick: bool
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_json(self) -> dict[str, object]:
        return {
            "machine": self.machine,
            "quick": self.quick,
            "seconds": round(self.seconds, 1),
            "figures": [f.as_json() for f in self.figures],
            "notes": list(self.notes),
            "errors": list(self.errors),
        }


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation, as numpy's default; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
