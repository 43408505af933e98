"""A content said in a word that stands for words said elsewhere: "Mook said as much", "a chorus of Republicans
has said the same thing", "He doesn't think so". The pro-form is short, but it is the statement's content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import CLAUSE_CUES
from .tags import FINITE_OR_MODAL_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["TOLD_BEFORE", "backs_person", "elided_clause", "proform_content", "pronoun_object", "takes_pronoun"]

# "think so", "said so", "hope so": verbs whose clause "so" can stand for.
_SO_VERBS = frozenset({"say", "think", "believe", "hope", "suppose", "expect", "fear", "guess", "suggest"})

# "said yes", "answered no": verbs whose answer a yes or a no can be.
_ANSWER_VERBS = frozenset({"say", "answer", "reply", "respond"})
_ANSWERS = frozenset({"yes", "no"})
# What "said the same …" says it of: "the same of Trump", "the same about the governor".
_SAID_OF = frozenset({"of", "about"})
# The auxiliary left of a clause whose verb phrase is said elsewhere: "said he would", "think it will not".
_ELIDING_AUX = frozenset(
    {"will", "would", "can", "could", "should", "might", "may", "must", "shall", "do", "be", "have"}
)

# Pronouns that stand for a thing said or done before ("does not defend it"); "them" is mostly people.
TOLD_BEFORE = frozenset({"it", "this", "that"})
# Object cues that do something with a thing rather than take a stance on it: "discussed it with her lawyer",
# "reported it to the police", "promotes it".
_HANDLING = frozenset(
    {"discuss", "promote", "report", "publish", "present", "show", "detail", "outline", "offer", "seek", "accept"}
    | {"identify", "illustrate", "signal", "sing", "chant", "recite", "echo", "reference", "float", "disclose"}
)


# Cues whose object is a side taken, so a person is a whole stance: "endorsed her", "will never support him".
_SIDING = frozenset({"endorse", "support", "back", "oppose"})
_PERSONS = frozenset({"him", "her", "them"})


def backs_person(verb: Token, obj: Token) -> bool:
    """ "Obama endorsed her", "many Republicans oppose him": who is backed is the content, though a pronoun."""
    return obj.lower_ in _PERSONS and obj.tag_ == "PRP" and verb.lemma_.lower() in _SIDING


def takes_pronoun(verb: Token) -> bool:
    """Whether a pronoun object of this cue verb is a stance toward what it stands for ("does not defend it")."""
    return verb.lemma_.lower() not in _HANDLING


def pronoun_object(verb: Token, obj: Token, preps: frozenset[str]) -> list[Token]:
    """ "does not defend it", "criticised it as reckless": the pronoun and the verb's own phrase right after
    it, not where it was said or to whom ("disclosed it to the F.B.I.")."""
    phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i == obj.i + 1), None)
    return [obj, *(phrase.subtree if phrase is not None else [])]


def proform_content(verb: Token) -> list[Token]:
    """ "as much", "the same (thing)" (with its "of …") or "so" right after a verb of saying or believing."""
    lemma = verb.lemma_.lower()
    if lemma not in CLAUSE_CUES or verb.pos_ != "VERB" or any(c.dep_ == "ccomp" for c in verb.children):
        return []
    doc = verb.doc
    after = [c for c in verb.children if c.i > verb.i]
    for child in after:
        if child.lower_ == "much" and child.i > 0 and doc[child.i - 1].lower_ == "as" and doc[child.i - 1].i > verb.i:
            return [doc[child.i - 1], child]
        if _said_the_same(verb, child):
            # "said the same of Trump": whom it is said of, wherever the parser hung the "of".
            of = next((c for c in [*child.rights, *after] if c.dep_ == "prep" and c.lower_ in _SAID_OF), None)
            last = of.right_edge.i if of is not None and of.i == child.i + 1 else child.i
            return [t for t in child.subtree if t.i <= last] + (
                [] if of is None or of.head != verb else list(of.subtree)
            )
        if child.lower_ == "so" and child.dep_ == "advmod" and lemma in _SO_VERBS and child.i == _next_word(verb):
            return [child]
        if child.lower_ in _ANSWERS and lemma in _ANSWER_VERBS and child.i == _next_word(verb):
            # "said no to everything": what the no refuses, when it follows at once.
            to = next((c for c in after if c.dep_ == "prep" and c.lower_ == "to" and c.i == child.i + 1), None)
            return [child, *(to.subtree if to is not None else [])]
    return []


def elided_clause(clause: Token) -> bool:
    """ "Flake said he would.", "strategists think it will not.": a subject and an auxiliary whose verb phrase
    was said just before; however short, the clause is the whole content."""
    if clause.tag_ not in FINITE_OR_MODAL_TAGS or clause.lemma_.lower() not in _ELIDING_AUX:
        return False
    children = list(clause.children)
    return any(c.dep_ == "nsubj" and c.i < clause.i for c in children) and all(
        c.dep_ in {"nsubj", "neg", "punct"} for c in children
    )


def _said_the_same(verb: Token, child: Token) -> bool:
    """ "said the same (thing)" right after the verb, as its object or as the subject the parser took it for
    ("26 percent said the same.")."""
    if child.lower_ == "thing" and child.dep_ == "dobj":
        return _same(child)
    if child.lower_ != "same":
        return False
    return child.dep_ == "dobj" or (child.i - 1 == _next_word(verb) and verb.doc[child.i - 1].lower_ == "the")


def _next_word(verb: Token) -> int:
    """Where the word after the verb is (past a particle or a "not")."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].dep_ in {"neg", "prt"}:
        i += 1
    return i


def _same(noun: Token) -> bool:
    """ "the same thing": not "the same way", which tells how, not what."""
    return any(g.lower_ == "same" for g in noun.lefts)
