"""Photo captions and credits: their dates say when a picture was taken, not when the article was written.

"Macron, pictured in Lyon on May 2, 2019" or "Photo: … 12 March 2020 (Reuters)" must not become the inferred
publication date of an article published years later.
"""

from __future__ import annotations

import re

from .dates_context import sentence_bounds

__all__ = ["in_caption"]

_CAPTION = re.compile(
    r"\b(?:pictured|photographed|(?:photo|picture|image|caption|file\s+photo|credit)s?\s*(?::|by\b|credit\b)"
    r"|(?:seen|shown)\s+(?:here|above|below|in\s+(?:this|the)\s+(?:photo|picture|image))|file\s+photo)",
    re.IGNORECASE,
)


def in_caption(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] sits in a sentence that captions or credits a picture."""
    lo, hi = sentence_bounds(text, start, end)
    line_lo = text.rfind("\n", 0, start) + 1
    line_hi = text.find("\n", end)
    lo, hi = max(lo, line_lo), min(hi, line_hi if line_hi >= 0 else len(text))
    return _CAPTION.search(text, lo, hi) is not None
