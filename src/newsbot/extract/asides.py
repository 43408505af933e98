"""Asides that attribute the clause around them: "The economy, she said, is strong" and "as one aide put it"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate
from .content_edges import before_circumstance, before_quoted_sentence, on_cue_line
from .cues import (
    CLAUSE_CUES,
    PREP_CUES,
    SPEECH_VERBS,
    cue_tokens,
)
from .indirect import MIN_CONTENT_WORDS, indirect_candidate
from .spans import fragments, subject_of, subtree_without, word_count

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["as_aside_candidate", "host_clause", "split_subject_aside_candidate"]

_ASIDE_JOINERS = frozenset({"and", "but", "yet", "so"})
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
# How the parser hangs the rest of the statement on the cue: a clause, or a verb coordinated with it.
_REST_DEPS = frozenset({"ccomp", "conj", "advcl"})
_AS_NOT_ASIDE = frozenset({"ccomp", "xcomp", "dobj", "dative", "oprd", "attr", "advcl"})


def host_clause(head: Token) -> Token:
    """The clause around "X, she said, …": the parser may hang the cue on the clause's subject ("The problem
    now, she told me, is that …"), whose verb holds the whole statement."""
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return head


def _opens_aside(before: Token) -> bool:
    """The word before "as" lets an aside begin: punctuation, or a joining word that itself opens the sentence
    or follows a comma ("But as one aide noted, …", "…, and as Comey noted, …")."""
    if before.is_punct:
        return True
    if before.lower_ not in _ASIDE_JOINERS:
        return False
    return before.i == before.sent.start or before.doc[before.i - 1].is_punct


def _as_aside(verb: Token) -> tuple[Token, Token] | None:
    """ "As one aide put it, …", "…, as the memo observed.", "As first reported by the Post, …": the aside's
    root and the clause it comments on."""
    lemma = verb.lemma_.lower()
    if lemma == "put":
        if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
            return None
    elif lemma not in SPEECH_VERBS:
        return None
    passive = verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)  # "As reported by the Post, …"
    if not (passive or any(c.dep_ == "nsubj" for c in verb.children)) or verb.i == verb.left_edge.i:
        return None
    after = verb.right_edge.i + 1
    if after < len(verb.doc) and verb.doc[after].text == ":":
        return None  # "as Smith put it: “…”": the words follow
    preps = PREP_CUES.get(lemma, frozenset())
    if any(c.i > verb.i and c.dep_ == "prep" and c.lower_ in preps for c in verb.children):
        return None  # "as voters responded to …": a time, and the verb has its own topic
    first = verb.left_edge
    if first.lower_ != "as" and first.i > 0:
        first = verb.doc[first.i - 1]  # "as" is the head of a prepositional aside ("as a memo put it")
    if first.lower_ != "as":
        return None
    if first.i > first.sent.start and not _opens_aside(first.doc[first.i - 1]):
        return None  # "Clinton beamed as she noted …" is a time, not an aside
    if any(c.i > verb.i and c.dep_ in _AS_NOT_ASIDE and c.lower_ != "it" for c in verb.children):
        return None  # the verb has its own content ("as she noted how happy she was")
    if first.dep_ == "mark" and first.head.i == verb.i and verb.dep_ == "advcl":
        unit = verb
    elif verb.dep_ == "pcomp" and verb.head.i == first.i and first.dep_ == "prep":
        unit = first
    else:
        return None
    host = unit.head
    while host.pos_ not in {"VERB", "AUX"} and host.dep_ != "ROOT" and host.head.i != host.i:
        host = host.head
    if host.i == unit.i or host.pos_ not in {"VERB", "AUX"}:
        return None
    return unit, host


def as_aside_candidate(verb: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """The clause an "as X put it" aside comments on is X's statement."""
    found = _as_aside(verb)
    if found is None:
        return None
    unit, host = found
    joiner = verb.doc[unit.left_edge.i - 1] if unit.left_edge.i > 0 else None
    cut = [unit] if joiner is None or joiner.lower_ not in _ASIDE_JOINERS else [unit, joiner]
    pieces = before_quoted_sentence(
        before_circumstance(
            on_cue_line(fragments(subtree_without(host, *cut), offset, text), text, offset + verb.idx), text
        ),
        text,
    )
    if not pieces or word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    return indirect_candidate(pieces, paragraph, "as", cue_tokens(verb), subject_of(verb), offset)


def _split_subject_aside(verb: Token) -> tuple[Token, Token, Token] | None:
    """ "The real danger, Smith told the BBC, is the drought" parsed with the cue as the root: two subjects on
    the cue (the statement's own, set off by a comma, and the speaker) and a subjectless clause after it; or
    the statement's subject left unlabelled and its verb coordinated with the cue ("The plan, Jones told
    reporters, was dead").
    Returns (the statement's subject, the speaker, the rest of the statement)."""
    if verb.lemma_.lower() not in CLAUSE_CUES:
        return None
    subjects = sorted(
        (
            c
            for c in verb.children
            if c.i < verb.i and (c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "dep" and c.pos_ in _NOMINALS))
        ),
        key=lambda c: c.i,
    )
    speaker_as = _speaker_after_as(verb)
    if speaker_as is not None and len(subjects) == 1 and subjects[0].dep_ == "nsubj":
        subjects.append(speaker_as)  # "Hawaii, as one of his advisers pointed out, rarely gets …"
    if len(subjects) < 2 or subjects[-1].dep_ not in {"nsubj", "nsubjpass", "pobj"}:
        return None
    topic, speaker = subjects[0], subjects[-1]
    doc = verb.doc
    if not any(doc[k].text == "," for k in range(topic.right_edge.i + 1, speaker.left_edge.i)):
        return None
    rest = next((c for c in verb.children if c.dep_ in _REST_DEPS and c.i > verb.i), None)
    if rest is None or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in rest.children):
        return None
    if rest.left_edge.i == 0 or doc[rest.left_edge.i - 1].text != ",":
        return None
    return topic, speaker, rest


def _speaker_after_as(verb: Token) -> Token | None:
    """The speaker of an "as X noted" aside the parser read as a phrase on the cue ("as" + object) just
    before it: "Hawaii, as one of his advisers pointed out, …"."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i), None)
    if prep is None or prep.right_edge.i + 1 != verb.i or prep.i == 0 or verb.doc[prep.i - 1].text != ",":
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def split_subject_aside_candidate(verb: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """The statement around a misparsed "…, X told Y, …" aside: its subject and the clause after the aside."""
    found = _split_subject_aside(verb)
    if found is None:
        return None
    topic, speaker, rest = found
    pieces = before_quoted_sentence(
        before_circumstance(fragments([*topic.subtree, *rest.subtree], offset, text), text), text
    )
    if len(pieces) < 2 or word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    return indirect_candidate(pieces, paragraph, "parataxis", cue_tokens(verb), speaker, offset)
