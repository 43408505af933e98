"""Stacked cues: a noun or adjective cue inside another statement's reported words, whose own content starts
there too.

"She defended her decision to rely on the private server at her home in Denver, Colo." yields the statement of
"defended" and, from the noun cue "decision" inside it, a second one: "to rely on the private server at her
home in Denver, Colo., which …". The second is the same words read again from inside, running on past where
the first was cut; the writer reports one thing, not two ("expressed doubt that …", "is hopeful that …", "his
proposal to …" alike). `_drop_nested` in `pipeline.py` already drops such a statement when it ends inside the
first one; this drops it when it runs on past the first one's end.
"""

from __future__ import annotations

from .candidates import Candidate

__all__ = ["drop_stacked"]

# Cue words that name the reported thing rather than report it: the noun or adjective is part of the words.
_NAMING = frozenset({"NOUN", "ADJ"})

# Statements not read off a cue in running text (a post's or a label's words) are never hosts or dropped.
_OWN_ORIGINS = frozenset({"post", "label"})


def drop_stacked(cands: list[Candidate]) -> list[Candidate]:
    """Every candidate but those whose noun or adjective cue and first word lie inside an indirect statement's
    words and whose content runs on past that statement's end. A quotation is no host: a cue between its pieces
    ("…,” Carson said, hinting that …") is the writer's, and its content a statement of its own."""
    hosts = [c for c in cands if c.kind == "indirect" and c.origin not in _OWN_ORIGINS]
    return [c for c in cands if not any(_stacked_on(c, host) for host in hosts)]


def _stacked_on(cand: Candidate, host: Candidate) -> bool:
    """`cand`'s cue is a noun or adjective ("decision", "proposal", "hopeful") and it and `cand`'s start lie
    within `host`'s words, and `cand` ends after them. A verb there may report a second saying of its own
    ("eager to prove that …, and that …"), which the annotators often keep apart."""
    if cand is host or cand.cue is None or cand.origin in _OWN_ORIGINS:
        return False
    if cand.cue_token is None or cand.cue_token.pos_ not in _NAMING:
        return False
    inside = host.start <= cand.cue[0] and cand.cue[1] <= host.end
    return inside and host.start <= cand.start < host.end < cand.end
