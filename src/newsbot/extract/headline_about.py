"""A headline whose cue is a phrase ending in "about": "Senator Opens Up About Her Brother's Illness",
"Mayor Makes Strong Statement About Budget Cuts".

The verb of such a phrase ("opens", "makes") is no cue by itself and the parser hangs "about" on it, so no
rule reads it. A headline is read by hand: a short name before the phrase is the source and what follows
"about" is the content, up to the headline's first break or a relative clause that comments on it ("… About
Budget Cuts *That* Will Anger Voters"). A named reply is read the same way: "Look At the Mayor’s Shocking
Response To …" is the mayor's statement on what follows "to".
"""

from __future__ import annotations

import re

from .candidates import Candidate
from .headlines import first_part_end, is_headline

__all__ = ["about_headline"]

# Phrases that say someone spoke on a subject: "opens up", "speaks out", "makes (a strong) statement".
_SPOKE = (
    r"(?:opens?|opened) up|(?:speaks?|spoke) out|(?:gets?|got) (?:real|candid|honest)|(?:comes?|came) clean"
    r"|(?:makes?|made|issues?|issued|delivers?|delivered) (?:(?:a|an|his|her|their|[A-Za-z]+) ){0,3}?"
    r"(?:statement|prediction|announcement|comments?|remarks?|confession|admission|revelation|warning)"
)
_ABOUT = re.compile(
    rf"(?P<source>(?:[A-Z0-9‘’'][\w’'.\-]*\s+){{1,6}}?)(?:just\s+)?(?P<cue>{_SPOKE})\s+about\s+(?P<rest>\S)",
    re.IGNORECASE,
)
# A named reply in a headline: "Look At the Mayor’s Shocking Response To Losing …" is the mayor's.
_REPLY = re.compile(
    r"(?<![\w’'])(?P<source>(?:(?!(?:at|to|in|on|of|for|look|watch|see)\s)[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*)"
    r"(?:’s|'s)\s+"
    r"(?P<cue>(?:[A-Za-z]+\s+){0,2}?(?:response|reaction|reply|answer)\s+to)\s+(?P<rest>\S)",
    re.IGNORECASE,
)
_KICKER = re.compile(r"[^:]{1,25}:\s+")
_RELATIVE = re.compile(r"\s(?:that|who|which)\s", re.IGNORECASE)
_MAX_SOURCE_WORDS = 6


def about_headline(text: str, offset: int, found: list[Candidate]) -> Candidate | None:
    """The statement of a one-line headline `text` (at `offset`) cued by a spoken-about phrase, unless one of
    `found` already reads its words; one of `found` cued inside the phrase is taken out of it."""
    line = text.rstrip()
    if not is_headline(line):
        return None
    kicker = _KICKER.match(line)
    begin = kicker.end() if kicker is not None else 0
    match = _ABOUT.match(line, begin)
    if match is None or not line[begin].isupper():
        match = _REPLY.search(line, begin)
        if match is None or not match.group("source")[0].isupper():
            return None
        begin = match.start("source")
    source = match.group("source").split()
    if len(source) > _MAX_SOURCE_WORDS or not all(w[0].isupper() or w[0].isdigit() for w in source[-1:]):
        return None
    start = match.start("rest")
    end = first_part_end(line, start, len(line))
    relative = _RELATIVE.search(line, start, end)
    if relative is not None:
        end = relative.start()
    cue = (offset + match.start("cue"), offset + start)
    # A reading of the phrase's own verb ("Makes" with its object) gives way; any other reading stands.
    misread = [c for c in found if c.cue is not None and cue[0] <= c.cue[0] < cue[1]]
    if end <= start or any(c.start < offset + end and c.end > offset + begin for c in found if c not in misread):
        return None
    for cand in misread:
        found.remove(cand)
    source_end = begin + len(match.group("source").rstrip())
    return Candidate(
        start=offset + start,
        end=offset + end,
        kind="indirect",
        paragraph=1,
        origin="headline",
        cue=(offset + match.start("cue"), offset + match.end("cue")),
        mention=(offset + begin, offset + source_end),
        date_anchor=(offset, offset + len(line)),
    )
