"""Light verbs whose word after them makes the cue: "made (it) clear that …", "made the case that …", "made the point
that …", "took issue with …", "took a shot at …" (not "a shot at the title"), "made no mention of …", "had nothing but
praise for …". "Make", "take" and "have" say nothing by themselves, so none is a cue word; with "clear", "case",
"issue" or "praise" the pair reports a stance, and the clause or object after the pair is its content. Without the pair's
content the statement is lost, or only a cue inside it is read ("made clear that he did not intend to hold back"
gave "to hold back" to "intend").
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
# A noun of objecting, attacking, mentioning or praising after "take", "make" or "have", with the preposition
# that names its target: "took issue with …", "took exception to …", "took a shot at …", "made no mention of …",
# "had nothing but praise for …".
_TARGETED: dict[str, dict[str, frozenset[str]]] = {
    "take": {
        "issue": frozenset({"with"}),
        "exception": frozenset({"to"}),
        **dict.fromkeys(("shot", "swipe", "jab", "potshot", "dig"), frozenset({"at"})),
    },
    "make": dict.fromkeys(("mention", "reference"), frozenset({"of", "to"})),
    "have": {"praise": frozenset({"for"})},
}
# Nouns of the frame only when bare, right after the verb: "took issue with", not "took the issue to court".
_BARE = frozenset({"issue", "exception"})
_SHOWN_DEPS = frozenset({"ccomp", "advcl", "csubj", "dobj", "nsubj"})
# "took a shot at the title", "a shot at the goal", "a shot at dawn": a try for a prize or a mark, or a
# photograph, no attack in words.
_PRIZES = word_set("goal net basket hoop title record championship crown cup medal presidency nomination seat job")
_PRIZES |= word_set("dawn dusk sunrise sunset")


def light_verb_frame(verb: Token) -> tuple[list[Token], list[Token], str] | None:
    """The content, the cue words and the kind of content ("ccomp", "dobj", "prep") of a light-verb frame, or
    None when the verb is no "make"/"take" with such a word."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _TARGETED:
        return None
    children = [c for c in verb.children if c.i > verb.i]
    if lemma == "make":
        return _made_shown(verb) or _made_argued(verb, children) or _targeted(verb, children)
    return _targeted(verb, children)


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


def _targeted(verb: Token, children: list[Token]) -> tuple[list[Token], list[Token], str] | None:
    """ "took issue with the prediction of …", "has taken frequent shots at his comments", "made no mention of the
    war", "had nothing but praise for the speech": the object of the noun's preposition."""
    nouns = _TARGETED[verb.lemma_.lower()]
    objects = [c for c in children if c.dep_ == "dobj"]
    # "had nothing but praise for": the parser makes "nothing" the object and "praise" the object of "but".
    objects += [
        g for o in objects if o.lower_ == "nothing" for b in o.children if b.lower_ == "but" for g in b.children
    ]
    noun = next((o for o in objects if o.lemma_.lower() in nouns), None)
    if noun is None or (noun.lower_ in _BARE and noun.i != verb.i + 1):
        return None
    preps = nouns[noun.lemma_.lower()]
    prep = next((c for h in (verb, noun) for c in h.children if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None or prep.i != noun.i + 1:
        return None
    target = next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)
    if noun.lemma_.lower() == "shot" and target is not None and _a_try(target):
        return None
    topic = [t for g in prep.children if g.dep_ in {"pobj", "pcomp"} for t in clause_tokens(g)]
    # A target in one word is whole: "took a shot at Sanders", "had no such praise for Clinton".
    return (topic, [*verb.doc[verb.i : noun.i + 1], prep], "dobj") if topic else None


def _a_try(target: Token) -> bool:
    """ "a shot at the goal", "a shot at the presidency", "a shot at dawn": a try or a photograph, not a jibe."""
    return target.lemma_.lower() in _PRIZES or target.ent_type_ in {"DATE", "TIME"}


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
