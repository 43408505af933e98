"""The ordered list of date rules that `dates.find_dates` runs over a text.

Every rule proposes candidates independently; `find_dates` keeps the longest non-overlapping ones, so the
order here only breaks ties between candidates of equal length.
"""

from __future__ import annotations

from .dates_absolute import ABSOLUTE_RULES
from .dates_base import Candidate, Context, Rule
from .dates_relative import RELATIVE_RULES

__all__ = ["RULES", "Candidate", "Context", "Rule"]

RULES: tuple[Rule, ...] = ABSOLUTE_RULES + RELATIVE_RULES
