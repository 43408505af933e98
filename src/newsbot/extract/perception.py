"""Seeing something happen is no statement: "went to see Ayotte speak", "Rubio saw his support collapse", "the
mistake would see the Fed tightening rates". A perception verb whose clause is a bare infinitive or a participle
with its own subject reports an event witnessed, not a belief; "saw that the deal was dead" (a finite clause),
"sees Trump as a threat" (a judgement) and "analysts see the Fed raising rates" (a forecast) stay statements."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["sees_it_happen"]

# Not "hear": hearing someone speak ("heard him lay out his agenda") is hearing what was said.
_PERCEIVING = frozenset({"see", "watch", "witness"})
# A bare infinitive ("saw him fall") or an active participle ("saw him falling"); not a passive participle,
# which can be a judgement ("see other candidates best positioned to gain").
_UNTENSED = frozenset({"VB", "VBG"})
# "Economists see inflation easing next year": a present "see(s)" with an -ing clause is a forecast, a view.
_PRESENT = frozenset({"VBP", "VBZ"})


def sees_it_happen(cue: Token | None) -> bool:
    """Whether the cue is a perception verb whose content is an event it witnessed."""
    if cue is None or cue.lemma_.lower() not in _PERCEIVING:
        return False
    forecast = cue.lemma_.lower() == "see" and cue.tag_ in _PRESENT
    return any(
        c.dep_ == "ccomp"
        and c.i > cue.i
        and c.tag_ in _UNTENSED
        and not (forecast and c.tag_ == "VBG")
        and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        and not any(g.dep_ in {"mark", "aux", "auxpass"} for g in c.children)
        for c in cue.children
    )
