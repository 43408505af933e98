"""A judgement in the passive, whose content is its subject and what it is judged to be: "Turnout is expected
to be low", "North Korea is not thought to be capable of …", "Oz has been called a charlatan by fellow
physicians", "The first attack was treated as a crime". The judge, when named, is the agent ("by …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import clause_tokens
from .cues import AS_CUES, CLAUSE_CUES, is_cue_lemma
from .indirect import QUOTE_CHARS
from .spans import RELATIVE
from .verb_objects import NAMING_CUES

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["passive_judgement"]

# "is expected to …", "is thought to …": a belief verb with an infinitive after it.
_WITH_INFINITIVE = CLAUSE_CUES
# A subject that is a pronoun or a relative ("whose hometown") stands for a content said elsewhere.
_NOT_CONTENT = RELATIVE | frozenset({"it", "this", "that", "what", "which"})
# "was called a …", "was dubbed the …", "is considered a threat": a naming or judging verb with a predicate.
# Not "crown" or "name": "was crowned the winner" is an event, not a judgement.
_WITH_PREDICATE = NAMING_CUES | frozenset({"consider", "deem", "hail", "judge"})
# "Smith was declared the winner in Ohio", "was projected the victor": a call of a race, which those who make
# it (news organisations, officials) state; the called one is named, not a pronoun ("He was declared …").
_CALLING = frozenset({"declare", "project"})
_CALLED = frozenset({"winner", "victor"})
# A participle on a noun that reports what it is taken for ("a state seen as critical", "emails deemed
# classified", "a think tank known for …"); not one that names it ("a program called EB-5") or tells what
# was done to it ("treated as an outpatient").
_REPUTED = frozenset({"see", "view", "regard", "consider", "deem", "know"})
# "is considered one of the largest": a number heads the predicate too, and so does a participle ("deemed
# classified").
_PREDICATES = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def passive_judgement(verb: Token) -> list[Token]:
    """The passive subject and its predicate, or nothing when the verb has no such frame."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return []
    if verb.dep_ in {"ccomp", "parataxis"} and is_cue_lemma(verb.head.lemma_.lower()):
        return []  # "Turnout is expected to be low, officials said": the officials' statement holds it
    subject = _judged(verb)
    if not subject:
        return []
    predicate = _predicate(verb, lemma)
    if predicate is None:
        return []
    return [*subject, *predicate]


def _judged(verb: Token) -> list[Token]:
    """What is judged: the passive subject ("Turnout is expected …"), a relative pronoun for it ("the vote,
    which is expected to …"), the subject of the verb a belief verb is joined to ("is moving but is expected
    to …"), or the noun a participle describes ("a state seen as critical", "64 emails now deemed classified")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        if (
            verb.dep_ != "acl"
            or verb.tag_ != "VBN"
            or verb.head.pos_ not in {"NOUN", "PROPN"}
            or verb.lemma_.lower() not in _REPUTED
        ):
            return []
        head = verb.head
        words = [t for t in verb.doc[head.left_edge.i : verb.left_edge.i] if t.head.i != verb.i]
        while words and (words[-1].is_punct or words[-1].dep_ == "advmod"):
            words.pop()
        return words if head in words else []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    if not subjects and verb.dep_ == "conj" and verb.lemma_.lower() in _WITH_INFINITIVE:
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.head.i]
    relative = verb.dep_ == "relcl" and all(s.lower_ in RELATIVE for s in subjects)
    if not subjects or any(
        (s.lower_ in _NOT_CONTENT and not relative) or s.left_edge.lower_ == "whose" for s in subjects
    ):
        return []
    return [t for s in subjects for t in clause_tokens(s)]


def _predicate(verb: Token, lemma: str) -> list[Token] | None:
    after = [c for c in verb.children if c.i > verb.i]
    if lemma in _WITH_INFINITIVE:
        infinitive = next((c for c in after if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
        if infinitive is not None and any(g.dep_ == "aux" and g.lower_ == "to" for g in infinitive.children):
            return clause_tokens(infinitive)
    if lemma in _CALLING:
        return _race_called(verb, after)
    if lemma in _WITH_PREDICATE:
        named = next(
            (c for c in after if c.dep_ in {"oprd", "attr"} and (c.pos_ in _PREDICATES or c.tag_ == "VBN")), None
        )
        if named is not None:
            return list(named.subtree)
    if lemma == "know":
        # "is known for her liberal views", "a state known for rewarding moderates"
        reason = next((c for c in after if c.dep_ == "prep" and c.lower_ == "for"), None)
        if reason is not None and any(g.dep_ in {"pobj", "pcomp"} for g in reason.children):
            return list(reason.subtree)
    if lemma in AS_CUES:
        cast = next((c for c in after if c.dep_ == "prep" and c.lower_ == "as"), None)
        if cast is None:
            # "is seen as far more capable": the parser made "as" an adverb of the adjective.
            judged = next((c for c in after if c.dep_ in {"oprd", "acomp"} and c.pos_ == "ADJ"), None)
            if judged is not None and any(t.lower_ == "as" and t.i < judged.i for t in judged.subtree):
                return list(judged.subtree)
            return None
        if any(t.text in QUOTE_CHARS for t in cast.subtree):
            return None  # "was dismissed as “a tax grab”": the quotation is the statement (`direct.py`)
        if any(g.dep_ in {"pobj", "pcomp", "amod", "acomp"} for g in cast.children):
            # "is seen as the candidate with the best chance …": the parser hung the rest on the verb.
            rest = [c for c in after if c.i == cast.right_edge.i + 1 and c.dep_ == "prep"]
            return [*cast.subtree, *(t for c in rest for t in c.subtree)]
    return None


def _race_called(verb: Token, after: list[Token]) -> list[Token] | None:
    """ "was declared the winner in Rhode Island": the predicate and the race it names, when the one called is
    named (not "He was declared the winner")."""
    called = next((c for c in after if c.dep_ in {"oprd", "attr", "dobj"} and c.lemma_.lower() in _CALLED), None)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if called is None or not subjects or any(s.pos_ == "PRON" for s in subjects):
        return None
    race = [c for c in after if c.dep_ == "prep" and c.i == called.right_edge.i + 1 and c.lower_ in {"in", "of"}]
    return [*called.subtree, *(t for c in race for t in c.subtree)]
