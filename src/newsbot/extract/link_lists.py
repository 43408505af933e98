"""A newsletter's reading list: `FAREWELL—"The Living Room to close," by Times' Ben Sisario: "The nightclub
…" http://nyti.ms/…`. Each line gives another paper's headline, its byline and the story's first lines: the
quotation marks hold titles and excerpts, nobody's spoken words, and the byline names a writer, not a speaker.
Pure regular expressions on the line, so a list reads the same whatever the parse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["find_link_items"]

# A line that opens with an optional rubric ("NOW OPEN—", "—"), a quoted title closed inside its marks by a
# comma, question or exclamation mark, then "by" and a byline of capitalised words, often with the outlet's
# possessive ("Times' Ben Sisario", "the New York Post's Amy Spencer"); the byline ends at a colon, a link or
# the end of the line.
_LINK_ITEM = re.compile(
    r"[—–-]?\s*(?:[A-Z][A-Z0-9 &'’.]*\s*[—–-]\s*)?"
    r"[\"“][^\"“”\n]{3,200}[,?!][\"”]\s+by\s+"
    r"(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s?(?:\s+[A-Z][\w.&-]*)+"
    r"\s*(?::|(?=\s+https?://)|\.?\s*$)"
)


def find_link_items(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of `text` that are items of a reading list: nothing in them is anybody's statement."""
    return [(start, end) for start, end in lines if _LINK_ITEM.match(text, start, end)]
