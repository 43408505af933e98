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
# Not "declare", "crown" or "name": "was declared the winner" is an event, not a judgement.
_WITH_PREDICATE = NAMING_CUES | frozenset({"consider", "deem", "hail", "judge"})


def passive_judgement(verb: Token) -> list[Token]:
    """The passive subject and its predicate, or nothing when the verb has no such frame."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if verb.dep_ in {"ccomp", "parataxis"} and is_cue_lemma(verb.head.lemma_.lower()):
        return []  # "Turnout is expected to be low, officials said": the officials' statement holds it
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    if not subjects or any(s.lower_ in _NOT_CONTENT or s.left_edge.lower_ == "whose" for s in subjects):
        return []
    predicate = _predicate(verb, lemma)
    if predicate is None:
        return []
    subject = [t for s in subjects for t in clause_tokens(s)]
    return [*subject, *predicate]


def _predicate(verb: Token, lemma: str) -> list[Token] | None:
    after = [c for c in verb.children if c.i > verb.i]
    if lemma in _WITH_INFINITIVE:
        infinitive = next((c for c in after if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
        if infinitive is not None and any(g.dep_ == "aux" and g.lower_ == "to" for g in infinitive.children):
            return clause_tokens(infinitive)
    if lemma in _WITH_PREDICATE:
        named = next((c for c in after if c.dep_ in {"oprd", "attr"} and c.pos_ in {"NOUN", "PROPN", "ADJ"}), None)
        if named is not None:
            return list(named.subtree)
    if lemma in AS_CUES:
        cast = next((c for c in after if c.dep_ == "prep" and c.lower_ == "as"), None)
        if cast is None or any(t.text in QUOTE_CHARS for t in cast.subtree):
            return None  # "was dismissed as “a tax grab”": the quotation is the statement (`direct.py`)
        if any(g.dep_ in {"pobj", "pcomp", "amod", "acomp"} for g in cast.children):
            return list(cast.subtree)
    return None
