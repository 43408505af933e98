"""`newsbot bench`: the project's speed and memory, each measured against the bare embedding model in the same run.

A figure on its own says little on a shared, noisy machine; a ratio to what the model itself costs, measured
minutes apart on the same machine, says how much the project adds. `run_bench` measures everything and
returns a `Report`; `report` renders it as a table or JSON.
"""

from .figures import Figure, Report
from .runner import run_bench

__all__ = ["Figure", "Report", "run_bench"]
