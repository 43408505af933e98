"""Light verbs whose word after them makes the cue: "made (it) clear that …", "made the case that …", "made the point
that …", "took issue with …". "Make" and "take" say nothing by themselves, so neither is a cue word; with
"clear", "case" or "issue" the pair reports a stance, and the clause or object after the pair is its content.
Without the pair's content the statement is lost, or only a cue inside it is read ("made clear that he did not
intend to hold back" gave "to hold back" to "intend").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import clause_tokens, opens_with_that
from .cues import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["light_verb_frame"]

# "made it clear/plain/known …": an adjective of showing after "make".
_SHOWN = word_set("clear plain known obvious evident explicit")
# "made the case/point/argument that …": a noun of arguing after "make".
_ARGUED = word_set("case point argument")
# "took issue with …", "took exception to …": a noun of objecting after "take", with its preposition.
_OBJECTED = {"issue": frozenset({"with"}), "exception": frozenset({"to"})}
_SHOWN_DEPS = frozenset({"ccomp", "advcl", "csubj", "dobj", "nsubj"})


def light_verb_frame(verb: Token) -> tuple[list[Token], list[Token], str] | None:
    """The content, the cue words and the kind of content ("ccomp", "dobj", "prep") of a light-verb frame, or
    None when the verb is no "make"/"take" with such a word."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in {"make", "take"}:
        return None
    children = [c for c in verb.children if c.i > verb.i]
    if lemma == "make":
        return _made_shown(verb) or _made_argued(verb, children)
    return _took_issue(verb, children)


def _made_shown(verb: Token) -> tuple[list[Token], list[Token], str] | None:
    """ "made clear that …", "made it clear they …", "made known his aim to …": the parser hangs the clause on
    the verb or on the adjective, and may read "it" as the adjective's subject."""
    doc = verb.doc
    at = verb.i + (2 if verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "it" else 1)
    shown = doc[at] if at < len(doc) else None
    if (
        shown is None
        or shown.pos_ not in {"ADJ", "VERB"}
        or shown.lower_ not in _SHOWN
        or shown.dep_ == "amod"  # "made clear progress on the bill"
        or shown.head not in (verb, *verb.children)
    ):
        return None
    cue = list(doc[verb.i : shown.i + 1])
    # What is made clear: a clause or a noun phrase after the adjective, hung on the verb or on the adjective
    # ("makes clear the headwinds ahead" reads "headwinds" as the adjective's subject; "made clear his aim to …"
    # hangs the adjective on the noun it reads as the clause).
    shown_things = [
        c
        for h in (verb, shown)
        for c in h.children
        if c.i > shown.i and c.dep_ in _SHOWN_DEPS and (c.dep_ != "advcl" or _that_or_no_mark(c))
    ]
    # "made it clear to the leadership that …": the parser reads the clause as a relative one on the listener.
    misread = [
        c for o in _prep_objects(verb, shown) for c in o.children if c.dep_ in {"relcl", "acl"} and opens_with_that(c)
    ]
    what = min([*shown_things, *misread], key=lambda c: c.left_edge.i, default=None)
    if what is None:
        return None
    tokens = [t for t in clause_tokens(what) if t.i > shown.i]
    return tokens, cue, "dobj" if what.pos_ in {"NOUN", "PROPN"} else "ccomp"


def _that_or_no_mark(clause: Token) -> bool:
    """A clause of what was made clear ("made it clear (that) she …"), not one of condition or time ("if …")."""
    return all(c.lower_ == "that" for c in clause.children if c.dep_ == "mark")


def _made_argued(verb: Token, children: list[Token]) -> tuple[list[Token], list[Token], str] | None:
    """ "made the case that …", "made his case to voters that …", "made the point that …", "makes the case for
    X": the "that"-clause (on the noun, on the verb or, misread, on the listener) or the "for" object."""
    noun = next((c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in _ARGUED), None)
    if noun is None or (noun.lemma_.lower() == "point" and any(c.dep_ == "amod" for c in noun.children)):
        return None  # "made a good point": a remark judged, not a claim put forward
    cue = [verb, noun]
    for head in [noun, verb, *_prep_objects(verb, noun)]:
        clause = next(
            (c for c in head.children if c.i > noun.i and c.dep_ in {"acl", "relcl", "ccomp"} and opens_with_that(c)),
            None,
        )
        if clause is not None:
            return clause_tokens(clause), cue, "ccomp"
    if noun.lemma_.lower() == "case":
        prep = next((c for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        topic = [] if prep is None else [t for g in prep.children if g.dep_ in {"pobj", "pcomp"} for t in g.subtree]
        if topic:
            return topic, cue, "prep"
    return None


def _took_issue(verb: Token, children: list[Token]) -> tuple[list[Token], list[Token], str] | None:
    """ "took issue with the prediction of …", "takes exception to her remarks": the object of the preposition."""
    noun = next((c for c in children if c.dep_ == "dobj" and c.lower_ in _OBJECTED and c.i == verb.i + 1), None)
    if noun is None:
        return None
    preps = _OBJECTED[noun.lower_]
    prep = next((c for h in (verb, noun) for c in h.children if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None or prep.i != noun.i + 1:
        return None
    topic = [t for g in prep.children if g.dep_ in {"pobj", "pcomp"} for t in clause_tokens(g)]
    return (topic, [verb, noun, prep], "prep") if topic else None


def _prep_objects(verb: Token, word: Token) -> list[Token]:
    """The objects of the prepositions after the frame's word ("to voters", "in interviews"), on which the parser
    may hang the reported "that"-clause as a relative clause."""
    return [
        g
        for h in (verb, word)
        for c in h.children
        if c.dep_ == "prep" and c.i > word.i
        for g in c.children
        if g.dep_ == "pobj"
    ]
