"""The bench's phases by name, for `newsbot bench --only PHASE` (kept apart so the CLI imports no runner)."""

from __future__ import annotations

__all__ = ["PHASES"]

# The bundled article is indexed first whatever is picked; "end-to-end" also measures the bare latency it is
# judged against.
PHASES = ("latency", "cold-start", "end-to-end", "link-to-card", "indexing")
