"""A clause of time or cause right after the cue says when or why the words were said, not what they were:
"“We will not close the plant,” he said as some workers booed", "the chief replied as the cameras rolled",
"the coach responded as if he had been insulted", "the mayor answered while protesters chanted". The parser
often takes such a clause for the cue's complement. Not when the clause only opens the content ("said
because the budget is tight, the city will cut routes": the words go on past it), nor "if"/"whether", which
open a question ("asked if he would run"), nor "when" as a question word ("asked when the bridge reopens")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import word_set

if TYPE_CHECKING:
    from .candidates import Candidate

__all__ = ["only_a_circumstance"]

_MARKS = word_set("as when while before after because since until once")


def only_a_circumstance(cand: Candidate, offset: int) -> bool:
    """The content opens with a subordinator of time or cause that comes right after the cue, and the clause
    it opens is the whole content; `offset` is the article offset of the cue's paragraph."""
    cue = cand.cue_token
    if cue is None or cand.fragments or cue.i + 1 >= len(cue.doc):
        return False
    mark = cue.doc[cue.i + 1]
    if mark.lower_ not in _MARKS:
        return False
    if mark.dep_ == "prep" and mark.head == cue and not any(True for _ in mark.children):
        # the parser left "as" hanging on the cue and took the clause after it ("says as a photo … is shown")
        return mark.i + 1 < len(cue.doc) and offset + cue.doc[mark.i + 1].idx == cand.start
    if mark.dep_ != "mark" or offset + mark.idx != cand.start:
        return False
    last = mark.head.right_edge
    return cand.end <= offset + last.idx + len(last.text)
