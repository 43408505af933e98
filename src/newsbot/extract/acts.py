"""Cue words used for an act or a plight, not for anything said or held: "found himself embroiled in …" tells
where someone ended up, not what they found out; "the decision to give paid speeches", with nobody's decision
named, is a choice of course, not a statement; "Republicans seeking the presidency" run for an office and "enough
to claim the nomination" wins one (not "sought more answers", "claimed that …"). "The court's decision to …", "a decision by the board to …" and
"made a decision to …" keep their owner and stay; so do "found that …" and "saw itself as a leader" (a view).
Taking the stage is an act too, whatever song or banner is named with it ("took the stage to “Born to Run”"):
the quoted words are a title, not the speaker's."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_act"]

# What one runs for or wins, not what one asks for or asserts.
_OFFICES = frozenset(
    {
        *("presidency", "nomination", "office", "term", "seat", "reelection", "re-election", "governorship"),
        *("mayoralty", "prize", "title", "crown", "territory"),
    }
)
_RUNNING = frozenset({"seek", "claim"})


def is_act(cue: Token | None, source: Token | None) -> bool:
    """The cue is "find" with a reflexive object ("found himself playing defense"), "seek" or "claim" with an
    office for object ("seeking the White House"), an ownerless "decision", or "took the stage"."""
    if cue is None:
        return False
    lemma = cue.lemma_.lower()
    if cue.pos_ in {"VERB", "AUX"} and lemma == "find":
        return any(c.dep_ in {"dobj", "nsubj"} and _reflexive(c) and c.i > cue.i for c in cue.children) or any(
            c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and _reflexive(g) for g in c.children) for c in cue.children
        )
    if cue.pos_ == "VERB" and lemma == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "stage" for c in cue.children)
    if cue.pos_ in {"VERB", "AUX"} and lemma in _RUNNING:
        return any(c.dep_ == "dobj" and c.i > cue.i and _an_office(c) for c in cue.children)
    if lemma == "decision" and cue.pos_ == "NOUN":
        return source is None and cue.dep_ != "dobj" and not _by_someone(cue)
    return False


def _an_office(obj: Token) -> bool:
    """ "the presidency", "a fifth term", "the White House", "the Republican nomination"."""
    if obj.lemma_.lower() in _OFFICES:
        return True
    return obj.lower_ == "house" and any(c.lower_ == "white" for c in obj.children)


def _by_someone(noun: Token) -> bool:
    """ "a decision by the board to …": the owner follows the noun."""
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)


def _reflexive(word: Token) -> bool:
    """ "himself", "themselves": the tagger marks reflexive pronouns in their morphology."""
    return "Yes" in word.morph.get("Reflex", [])
