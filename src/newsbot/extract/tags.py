"""Penn Treebank tag sets that many rules test, kept in one place so that "finite" means the same everywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FINITE_OR_MODAL_TAGS", "FINITE_TAGS", "has_tense"]

# A verb that carries tense itself: "said", "says", "say".
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# The same, or a modal that carries it for the verb after it: "will say".
FINITE_OR_MODAL_TAGS = FINITE_TAGS | {"MD"}


def has_tense(verb: Token) -> bool:
    """A clause that can stand alone: its verb or an auxiliary of it is finite ("won", "has won", "will win")."""
    return verb.tag_ in FINITE_OR_MODAL_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_OR_MODAL_TAGS for c in verb.children
    )
