"""A stance someone receives rather than voices: "Trump has faced criticism from rivals that …", "The mayor drew
praise from residents for her handling of the floods", "came under fire from Republicans over her remarks".

It is the passive of "rivals criticised Trump": the giver (after "from" or "by") is the source, the noun is the
cue and its polarity (criticism, attacks, fire → an attack; praise → praise), and the content is what the giver
said when a "that"-clause gives it, else the one who received the stance and what for ("Trump … the move").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate
from .clauses import CIRCUMSTANCE, clause_tokens
from .content_edges import on_cue_line
from .indirect import indirect_candidate
from .spans import fragments, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["RECEIVED_STANCES", "giver", "received_candidate"]

# Nouns of a judgement one can receive from someone; "fire" only in "under fire" (see `_received_by`).
RECEIVED_STANCES = frozenset(
    {"criticism", "attack", "fire", "praise", "rebuke", "condemnation", "backlash", "scorn", "ridicule"}
)
# "faced criticism", "drew praise", "came under fire", "is under attack".
_RECEIVING = frozenset({"face", "draw", "receive", "earn", "attract", "garner", "win", "incur", "court", "meet"})
_UNDER = frozenset({"come", "be", "remain", "fall"})
_GIVER_PREPS = frozenset({"from", "by"})
_REASON_PREPS = frozenset({"for", "over"})
_WHEN = frozenset({"DATE", "TIME"})  # "criticism from Monday's hearing" names no one
# Literal fire and attacks ("came under mortar fire", "a rocket attack") are events, not stances.
_LITERAL = frozenset({"sniper", "mortar", "rocket", "artillery", "gun", "gunfire", "missile", "tank", "enemy"})


def _received_by(noun: Token) -> Token | None:
    """The verb through which the noun is received: "faced(criticism)", "came under(fire)"; else None."""
    if noun.lemma_.lower() not in RECEIVED_STANCES or noun.pos_ != "NOUN":
        return None
    if any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in _LITERAL for c in noun.children):
        return None
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _RECEIVING:
        return None if noun.lemma_.lower() == "fire" else head
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in _UNDER:
        return head.head if noun.lemma_.lower() in {"fire", "attack", "criticism"} else None
    return None


def giver(noun: Token) -> Token | None:
    """Who gives the stance the noun names: "criticism *from rivals*", "came under fire *from Republicans*"."""
    verb = _received_by(noun)
    if verb is None:
        return None
    holders = [noun, verb]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _GIVER_PREPS and prep.i > noun.i:
                who = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if who is not None and who.pos_ in {"NOUN", "PROPN", "PRON"} and who.ent_type_ not in _WHEN:
                    return who
    return None


def _reason(noun: Token, verb: Token, source: Token | None) -> list[Token]:
    """What the stance is for: "for her handling of the floods", "over the delays" (the parser may hang it on
    the verb, the noun or the giver)."""
    holders = [noun, verb, *([source] if source is not None else [])]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _REASON_PREPS and prep.i > noun.i:
                heads = [g for g in prep.children if g.dep_ in {"pobj", "pcomp"}]
                if heads and not any(g.ent_type_ in CIRCUMSTANCE for g in heads):
                    return [t for g in heads for t in clause_tokens(g)]
    return []


def received_candidate(noun: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """ "X faced criticism from Y (for Z)": Y's stance toward X, with X (and Z) as its content. Without a giver
    or a reason ("the base came under fire") it is an event, not a stance."""
    verb = _received_by(noun)
    if verb is None:
        return None
    target = subject_of(verb)
    if target is None or target.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    source = giver(noun)
    reason = _reason(noun, verb, source)
    if source is None and not reason:
        return None
    if target.pos_ == "PRON" and not reason:
        return None  # "She drew praise from them": a pronoun alone says nothing of what was judged
    target_words = [t for t in clause_tokens(target) if t.i < verb.i]
    pieces = on_cue_line(fragments([*target_words, *reason], offset, text), text, offset + noun.idx)
    if not pieces:
        return None
    return indirect_candidate(pieces, paragraph, "received", [verb, noun], source, offset)
