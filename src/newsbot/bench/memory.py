"""Memory: the serving bot's peak RSS after answering, against the bare model process's peak RSS."""

from __future__ import annotations

from .figures import Figure

__all__ = ["memory_figure"]


def memory_figure(bot_peak_mib: float, bare_peak_mib: float, answered: int) -> Figure:
    return Figure(
        "memory_peak_rss",
        "Memory: serving bot peak RSS",
        "MiB",
        bot_peak_mib,
        bare_peak_mib,
        "ratio<=",
        0.6,
        f"`newsbot serve` after {answered} answers; baseline: the bare cold-start process",
    )
