"""The passive "be supposed to" is a modal of duty or plan, like "should": "Candidates are not supposed to
confer with staff", "what was supposed to be a policy address", "All emails are supposed to be made public by
Friday". Nobody supposes anything; the active verb ("I suppose that …") still reports a belief."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_semi_modal"]


def is_semi_modal(cue: Token | None) -> bool:
    """The cue is the participle "supposed", passive (it has a passive auxiliary or subject), with a "to"
    infinitive after it."""
    if cue is None or cue.lemma_.lower() != "suppose" or cue.tag_ != "VBN":
        return False
    children = list(cue.children)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)
    infinitive = any(
        c.dep_ == "xcomp" and c.i > cue.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in children
    )
    return passive and infinitive
