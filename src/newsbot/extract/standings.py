"""Where a poll or a count shows someone standing: "The poll shows Clinton ahead by three points", "shows
Sanders within two points of Clinton", "showed Rubio in third at 11 percent". The standing is what is shown;
the parser hangs it on the verb, so an object-only content would stop at the name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import time_of_saying

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["standing_after_object"]

_SHOWING = frozenset({"show", "find"})
_WHEN = frozenset({"DATE", "TIME"})
_COUNTS = frozenset({"PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
_RANKING = frozenset({"ahead", "behind", "lead", "leading", "trail", "trailing", "tie", "tied", "edge", "margin"})
_STANDING_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl", "acl", "xcomp", "oprd", "dep"})


def standing_after_object(verb: Token, tokens: list[Token]) -> list[Token]:
    """The words right after a shown object that place it ("ahead by three points", "at 10 percent",
    "leading the field"), up to a comma; else nothing."""
    if verb.lemma_.lower() not in _SHOWING or not tokens:
        return []
    doc = verb.doc
    end = max(t.i for t in tokens)
    extra: list[Token] = []
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i <= end:
            continue
        if child.left_edge.i != end + 1 or child.dep_ not in _STANDING_DEPS:
            break
        if doc[child.left_edge.i].is_punct or time_of_saying(child):
            break
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in child.children):
            break  # a clause of its own ("…, while Trump leads"), not a standing
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in _WHEN for g in child.children):
            break  # "on Tuesday": when it was shown, not where someone stands
        extra.extend(child.subtree)
        end = child.right_edge.i
    return extra if any(_places(t) for t in extra) else []


def _places(token: Token) -> bool:
    """A word that ranks or counts: "ahead", "lead", "third", "11 percent" (not "at a news conference")."""
    return token.like_num or token.ent_type_ in _COUNTS or token.lemma_.lower() in _RANKING
