"""The other side of a comparison or a choice belongs to the content that makes it: "called the new law much
better than the old one", "sees the cut more as a vote of confidence than as a risk", "gives to candidates
rather than their campaigns", "chided him for golfing instead of visiting the flood zone". A comparative or
"rather"/"instead" is only half said without its "than"/"of" phrase, but the parser often hangs that phrase on
the cue, and the content stopped before it. On train 301–840, of the contents that stopped right before such a
phrase, gold ran on through it in 7 of 8 (none on dev).

Only a phrase that follows the content directly, in its sentence: after a comma (", compared with 41 percent
for Jones") the writer sets the claim against something else, which `content_edges.before_comparison` leaves
out. A bare "than" whose comparative lies before the content and none inside it ("More voters called the plan
reckless than called it bold", "a stronger proponent of gun control than most Democrats") completes the writer's
comparison, not the content, and is left out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .spans import run_on_to, token_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .candidates import Candidate

__all__ = ["is_comparative", "phrase_end", "with_than_phrase"]

_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
# Words that open a comparison a "than" completes without a comparative tag: "different than", "other than".
_COMPARATIVE_WORDS = frozenset({"more", "less", "fewer", "rather", "other", "different", "else"})
_THAN = re.compile(r"[ \t]+(?:rather[ \t]+(than)|instead[ \t]+(of)|(than))\b", re.IGNORECASE)


def with_than_phrase(cand: Candidate, doc: Doc, starts: list[int], offset: int, text: str) -> Candidate:
    """A content after its cue that stops right before "than …", "rather than …" or "instead of …" runs on to
    the end of that phrase, in the same sentence."""
    if cand.cue is None or cand.start < cand.cue[1]:
        return cand
    pieces = cand.fragments or [(cand.start, cand.end)]
    found = _THAN.match(text, pieces[-1][1])
    if found is None:
        return cand
    word = token_after(doc, starts, offset, found.start(found.lastindex or 0))
    if word is None:
        return cand
    if found.group(3) is not None and _compares_outside(doc, word, pieces, offset):
        return cand
    last = phrase_end(word)
    if last is None or last.sent.start != doc[word.i - 1].sent.start:
        return cand
    return run_on_to(cand, text, last, offset)


def is_comparative(token: Token) -> bool:
    """Whether `token` opens a comparison that a "than" can complete ("better", "more", "different")."""
    return token.tag_ in _COMPARATIVE_TAGS or token.lower_ in _COMPARATIVE_WORDS


def _compares_outside(doc: Doc, than: Token, pieces: list[tuple[int, int]], offset: int) -> bool:
    """The comparative "than" completes is the writer's: one stands before the content in its sentence and
    none inside the content."""
    inside = outside = False
    for token in doc[than.sent.start : than.i]:
        if not is_comparative(token):
            continue
        at = offset + token.idx
        if any(a <= at < b for a, b in pieces):
            inside = True
        elif at < pieces[0][0]:
            outside = True
    return outside and not inside


def phrase_end(word: Token) -> Token | None:
    """The last word of the phrase "than"/"of" opens: its own subtree ("than in other states"), or, when the
    parser made it the marker of a clause after it ("than No Child Left Behind"), that clause's."""
    last = word.right_edge
    if last.i == word.i and word.head.i > word.i:
        last = word.head.right_edge
    return last if last.i > word.i else None
