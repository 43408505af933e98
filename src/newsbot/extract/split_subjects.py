"""A reported clause whose subject the parser hung on the cue verb instead.

"A study showed the party with the higher turnout won only four times": with no "that", the small English
model often reads "the party with the higher turnout" as the object of "showed" and leaves the finite clause
"won only four times" with no subject. The same happens to a clause ("said just because it was not obvious did
not mean …"), a gerund ("believe presenting her unfiltered will undo …") or a time noun ("said Tuesday would
be …"). A finite clause cannot stand without its subject, so the words between the cue and that clause are
its subject and belong to the content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tags import has_tense

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["split_subject"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# What the parser hangs on the cue in place of the clause's subject.
_STAND_INS = frozenset({"dobj", "advcl", "xcomp", "npadvmod", "prep"})
# At least one of these: a prepositional phrase or a time word alone is the saying's setting, not a subject.
_SUBJECT_LIKE = frozenset({"dobj", "advcl", "xcomp", "npadvmod"})
_BREAKS = frozenset({",", ";", ":", "—", "–", "--", "-", "(", ")", "."})
_PRONOUN_OBJECTS = frozenset({"me", "us", "him", "her", "them", "you", "it"})


def split_subject(verb: Token, clause: Token) -> list[Token]:
    """The tokens between `verb` and its subjectless finite complement `clause` that stand for the clause's
    subject, or [] when there are none or they are anything else (a listener, a comma-set aside, "that")."""
    if clause.dep_ != "ccomp" or clause.head.i != verb.i or clause.i < verb.i:
        return []
    if any(c.dep_ in _SUBJECTS for c in clause.children) or not has_tense(clause):
        return []
    start = verb.i + 1
    while start < clause.i and verb.doc[start].dep_ == "prt" and verb.doc[start].head.i == verb.i:
        start += 1
    end = clause.left_edge.i
    if end <= start:
        return []
    stand_ins = [c for c in verb.children if start <= c.i < end]
    covered = {t.i for c in stand_ins for t in c.subtree}
    if any(c.dep_ not in _STAND_INS for c in stand_ins) or covered != set(range(start, end)):
        return []
    if not any(c.dep_ in _SUBJECT_LIKE for c in stand_ins):
        return []
    words = [verb.doc[i] for i in range(start, end)]
    if any(w.text in _BREAKS for w in words):
        return []
    if len(words) == 1 and words[0].lower_ in _PRONOUN_OBJECTS:
        return []  # "told him will …" is a listener and a broken clause, not a subject
    return words
