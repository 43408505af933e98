"""A stance named by the object, whatever the verb: "has embraced Mr. Trump's hard-line views on immigration",
"has played down the idea of a second term", "floated a proposal that would cap rents"; and, when the verb has no
object, through its preposition: "stood by her comments about the police", "backed away from the idea of …". The
verb says what the subject did with a position; the object names the position and what it is about, so it is the
content even when the verb is no cue of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import with_prep
from .cues import word_set
from .non_agents import is_non_agent_source
from .received import received_candidate
from .spans import subject_of
from .stance import noun_candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["STANCE_NOUNS", "stance_object", "stance_object_content"]

# Nouns that name a position someone holds or puts forward. Not the nouns of documents and acts ("letter",
# "case", "decision", "support", "interest"): what those objects carry is seldom the subject's stance.
STANCE_NOUNS = word_set(
    """
    view idea proposal agenda vision claim argument belief theory notion criticism condemnation endorsement
    opposition praise call demand warning promise pledge concern fear hope message remark comment statement
    assertion allegation accusation suggestion prediction
    """
)
# What completes the stance noun: "views on trade", "the idea of a second term", "a proposal that would …";
# not "a message to the mayor" or "a statement on Tuesday", which say to whom or when.
_CLAUSES = frozenset({"acl", "relcl", "ccomp"})
_TOPICS = frozenset({"of", "on", "about", "for", "against", "over", "toward", "towards"})
# Verbs that only hold or locate the object ("has a plan", "got the message") or settle it ("lost the argument").
_LIGHT = word_set("be have get win lose")
# Prepositions by which a verb takes a side on a position or turns to it ("stood by", "sided with", "pushed back
# against", "backed away from", "warmed to", "seized on"); not "in"/"at"/"amid"/"despite"/"after", which place
# the act ("said in a statement that …", "resigned amid criticism of …").
_SIDING_PREPS = word_set("by with against from to behind on upon onto of about over for toward towards")


def _prep_object(verb: Token) -> Token | None:
    """The object of the verb's first preposition when it is one that takes a side or turns to a position:
    "stood by her claim that …", "backed away from the idea of …"."""
    # "backed away from", "pushed back against": the parser may hang the preposition on the adverb.
    adverbs = [c for c in verb.children if c.dep_ in {"advmod", "prt"} and c.i == verb.i + 1]
    heads = [verb, *adverbs]
    prep = min(
        (c for h in heads for c in h.children if c.dep_ == "prep" and c.i > verb.i), key=lambda c: c.i, default=None
    )
    if prep is None or prep.lower_ not in _SIDING_PREPS:
        return None
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def stance_object(verb: Token) -> Token | None:
    """The object of a verb with a subject (or, without one, of its first preposition) when the object's head
    names a stance; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _LIGHT:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        obj = _prep_object(verb)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in STANCE_NOUNS:
        return None
    if not any(
        c.i > obj.i and (c.dep_ in _CLAUSES or (c.dep_ == "prep" and c.lower_ in _TOPICS)) for c in obj.children
    ):
        return None  # "the idea", "his comments": what was held is said elsewhere
    source = subject_of(verb)
    if source is None or is_non_agent_source(verb, source):
        return None
    text = verb.doc.text
    if noun_candidate(obj, 0, 0, text) is not None or received_candidate(obj, 0, 0, text) is not None:
        return None  # "rejected Smith's claim that …", "faced criticism of his policy": the noun's own statement
    return obj


def stance_object_content(verb: Token) -> list[Token]:
    """The stance object with the phrase that completes it ("views on immigration")."""
    obj = stance_object(verb)
    return [] if obj is None else with_prep(verb, obj, frozenset())
