"""A relative clause whose infinitive leaves its object to the noun it describes.

"the competence and hard work she promised to bring to the presidency", "an office he has wanted to hold",
"the speech we would like to hear": what was promised, wanted or hoped for is the noun with the infinitive
("the competence and hard work … to bring to the presidency"); the relative clause's subject and cue stand
between the two. The content runs from the noun's first word, over the cue, to the end of the infinitive.

The other gap a cue's relative clause leaves is the subject of what was said: "laws that critics say target
Muslims", "the drawdown, which they say left a vacuum". The content is the relative word and the clause after
the cue ("that … target Muslims"); the small model often hangs that verb on the wrong word or tags it as a
noun, so the clause is read on the surface: a relative word after a noun or comma, a short subject, the cue,
and a finite verb right after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate, Offsets
from .cues import CLAUSE_CUES, word_set
from .indirect import MIN_CONTENT_WORDS, indirect_candidate
from .spans import fragments, word_count
from .tags import FINITE_OR_MODAL_TAGS, FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["gapped_relative_candidate", "relativized_object"]

_RELATIVE_PRONOUNS = frozenset({"that", "which", "whom", "who", "whose", "what"})
_OBJECTS = frozenset({"dobj", "ccomp", "attr", "oprd"})
# Nouns a relative clause describes as a when, where, why or how, not as an object ("the reason he wants to
# leave", "the way they hope to win").
_ADJUNCT_NOUNS = word_set("reason way time day moment place year week month night extent manner")
# Verbs whose own object is the one told what to do: in "the ones he advised not to proceed" the noun is the
# listener, not what was advised.
_LISTENER_VERBS = word_set(
    """advise urge ask tell encourage order warn invite persuade remind instruct direct implore beg press pressure
    force allow permit expect call"""
)


def _deepest_verb(verb: Token) -> Token:
    while True:
        nxt = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if nxt is None:
            return verb
        verb = nxt


def _described_noun(verb: Token, subject: Token) -> Token | None:
    """The noun the relative clause of `verb` describes: its head, or, where the parser took the clause for a
    complement of the main verb, the noun right before it ("a shot at an office he has wanted to hold", "a
    meeting that the candidates agreed to hold"); a noun there that is a verb's object is a listener ("told
    reporters he wanted to win"), not the noun described."""
    if verb.dep_ == "relcl":
        return verb.head if verb.head.i < verb.i else None
    if verb.dep_ != "ccomp" or subject.left_edge.i == 0:
        return None
    before = verb.doc[subject.left_edge.i - 1]
    if before.lower_ in {"that", "which"} and before.tag_ == "WDT" and before.i > 0:
        return verb.doc[before.i - 1]
    first = before
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return before if first.dep_ in {"pobj", "attr"} else None


def _relative_adjunct(child: Token) -> bool:
    """A relative word that is no object: "when", "where", "why", or "which" after a preposition."""
    if child.dep_ == "advmod" and child.lower_ in {"when", "where", "why", "how"}:
        return True
    return child.dep_ == "prep" and any(g.lower_ in {"which", "whom"} for g in child.children)


def relativized_object(verb: Token, infinitive: Token) -> list[Token]:
    """The noun phrase a relative clause's cue `verb` describes when `infinitive` (its content) has no object
    of its own, from its first word up to the noun; [] otherwise."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    if subject is None or subject.lower_ in _RELATIVE_PRONOUNS:
        return []
    if verb.lemma_.lower() in _LISTENER_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        return []
    if any(_relative_adjunct(c) for c in verb.children) or verb.doc[max(verb.left_edge.i - 1, 0)].text == ",":
        return []  # "the day when he asked them to run", "a job for which you cannot seem to be campaigning"
    noun = _described_noun(verb, subject)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN", "PRON"} or noun.i >= subject.i:
        return []
    if noun.lemma_.lower() in _ADJUNCT_NOUNS:
        return []  # "the reasons Israel refuses to stand for accuracy": why, not what
    last = _deepest_verb(infinitive)
    if last.pos_ not in {"VERB", "AUX"} or last.lemma_ == "be":
        return []
    if any(c.dep_ in _OBJECTS and c.lower_ not in _RELATIVE_PRONOUNS for c in last.children):
        return []
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return [noun.doc[i] for i in range(first.left_edge.i, noun.i + 1)]


# Relative words that can stand for a subject after a noun: "that", "which", "who", "whom".
_SUBJECT_RELATIVES = _RELATIVE_PRONOUNS - {"whose", "what"}
_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADV", "AUX", "PART"})
_HEADS = frozenset({"NOUN", "PROPN", "PRON"})
_MAX_SUBJECT_WORDS = 5
# A verb or an auxiliary opening the reported clause: "say target", "said discriminated", "says is" (the small
# model also tags such verbs as participles or base forms).
_CLAUSE_OPENING_TAGS = FINITE_OR_MODAL_TAGS | {"VBN", "VB"}
_CUE_TAGS = FINITE_TAGS | {"VBN", "VB"}
_BEFORE_RELATIVE = frozenset({"NOUN", "PROPN", "PRON", "NUM", "PUNCT"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "--", "–", "(", ")"})


def gapped_relative_candidate(cue: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """The relative word and the clause after the cue: "which they say left a vacuum …" → "which … left a
    vacuum …", said by "they"."""
    if cue.lemma_.lower() not in CLAUSE_CUES or cue.tag_ not in _CUE_TAGS:
        return None
    doc, sent = cue.doc, cue.sent
    after = cue.i + 1
    if after >= sent.end or doc[after].tag_ not in _CLAUSE_OPENING_TAGS:
        return None
    relative = _relative_before(cue)
    if relative is None:
        return None
    subject = next(t for t in reversed(doc[relative.i + 1 : cue.i]) if t.pos_ in _HEADS)
    end = after
    while end < sent.end and doc[end].text not in _CLAUSE_ENDS and not doc[end].is_sent_end:
        end += 1
    if end < sent.end and doc[end].is_sent_end and not doc[end].is_punct:
        end += 1
    pieces: list[Offsets] = fragments([relative, *doc[after:end]], offset, text)
    if len(pieces) < 2 or word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    return indirect_candidate(pieces, paragraph, "gapped_relative", [cue], subject, offset)


def _relative_before(cue: Token) -> Token | None:
    """The relative word a short subject before the cue follows, itself after a noun or a comma."""
    doc, sent = cue.doc, cue.sent
    k = cue.i - 1
    while k > sent.start and cue.i - k <= _MAX_SUBJECT_WORDS and doc[k].lower_ not in _SUBJECT_RELATIVES:
        if doc[k].pos_ not in _SUBJECT_POS:
            return None
        k -= 1
    word = doc[k]
    if word.lower_ not in _SUBJECT_RELATIVES or k == cue.i - 1 or k <= sent.start:
        return None
    if not any(t.pos_ in _HEADS for t in doc[k + 1 : cue.i]):
        return None
    before = doc[k - 1]
    if before.pos_ not in _BEFORE_RELATIVE or (before.is_punct and before.text != ","):
        return None
    return word
