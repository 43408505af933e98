"""Statement, person and date extraction, run once per article at index time.

`extract_records(article, docs)` is the entry point; the parts are usable alone: `find_quotes` (quotation
marks), `find_reported` (reported speech from the parse), `find_posts` (embedded social-media posts),
`build_persons` (people and their aliases and roles). Nothing here imports spaCy at module level.
"""

from __future__ import annotations

from .pipeline import extract_records
from .posts import Post, find_posts
from .quotes import QuoteSpan, find_quotes

__all__ = ["Post", "QuoteSpan", "extract_records", "find_posts", "find_quotes"]
