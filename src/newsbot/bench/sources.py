"""A guard against measuring a moving target: the extraction sources changing while the bench runs.

An index records the version of the code that built it; a process that finds the sources changed rebuilds
its index first (loading spaCy, parsing), which would silently inflate a cold start or the bot's memory.
"""

from __future__ import annotations

from ..versions import extractor_version

__all__ = ["SourceWatch"]


class SourceWatch:
    """Remembers the extractor version at the start; `changed` tells whether it differs now."""

    def __init__(self) -> None:
        self.start = _current()

    def changed(self) -> bool:
        return _current() != self.start


def _current() -> str:
    return str(extractor_version.__wrapped__())
