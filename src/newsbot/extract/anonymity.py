"""How a source asked to be kept out of print is not what the source said: "speaking on condition of
anonymity", "who did not want to be named", "declined to be identified", "asked not to be quoted"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["asks_not_to_be_named", "on_condition_of_anonymity"]

# Verbs of putting a person in print: "to be named", "to be identified", "to be quoted".
_NAMING = frozenset({"name", "identify", "quote"})


def on_condition_of_anonymity(head: Token) -> bool:
    """ "speaking on (the) condition of anonymity" says how someone spoke, not what about."""
    return head.lemma_.lower() == "condition" and any(
        c.lower_ == "of" and any(g.lower_ == "anonymity" for g in c.children) for c in head.children
    )


def asks_not_to_be_named(cue: Token | None) -> bool:
    """The cue's infinitive is a passive verb of naming ("didn't want to be named", "declined to be
    identified", "asked not to be quoted") with nothing after it but the reason ("for fear of …")."""
    if cue is None:
        return False
    for child in cue.children:
        if (
            child.dep_ == "xcomp"
            and child.i > cue.i
            and child.lemma_.lower() in _NAMING
            and any(g.dep_ == "auxpass" for g in child.children)
            and not any(g.dep_ in {"oprd", "attr", "xcomp", "ccomp"} for g in child.children)
        ):
            return True
    return False
