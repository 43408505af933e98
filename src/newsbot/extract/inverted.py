"""A speech verb set after the quotation it reports, with its subject after it ("“…,” said David Brock, a
Clinton confidant who heads the super PAC"; "“Meh,” wrote a Trump supporter who runs the account"), has said
all it says before it: what follows is the speaker, with an apposition or a relative clause about them. The
parser sometimes takes that noun phrase, or a verb it misreads inside it ("… super PAC Correct the Record"),
for a second content of the verb. A content of its own that follows the speaker holds a quotation mark
(`“The risk,” said Edward Leamer, an economist, “is that …”`) and is left alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import SPEECH_VERBS
from .tags import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .candidates import Candidate

__all__ = ["speaker_after_quotation", "topic_of_quotation"]

_CLOSING = frozenset({"”", '"', "’", "'", "''"})
_BEFORE_CLOSING = frozenset({",", "?", "!"})
_OPENING = frozenset({"“", "``"})
_QUOTE_MARKS = ("“", "”", '"', "''")
_TOPIC_PREPOSITIONS = frozenset({"about", "of", "regarding"})
_CLAUSE_OPENERS = frozenset({"PRP", "IN", "WDT", "WP", "WRB", "EX"})


def speaker_after_quotation(cand: Candidate, offset: int, text: str) -> bool:
    """The candidate's cue is a finite speech verb right after a quotation's closing mark (`,”` or `”,`), with
    no subject before it, and the content lies after the cue with no quotation mark in it; `offset` is the
    article offset of the cue's paragraph."""
    cue = cand.cue_token
    if cue is None or cue.tag_ not in FINITE_TAGS or cue.lemma_.lower() not in SPEECH_VERBS or cue.i < 2:
        return False
    if offset + cue.idx + len(cue.text) > cand.start:
        return False
    if not _closes_quotation(cue.doc, cue.i):
        return False
    # a subject before the quotation ("Smith, who called it “a disgrace,” said that …") is the speaker; one
    # inside it is the parser's misreading of the quoted words ("“Meh,” wrote a supporter")
    opening = next((t.i for t in reversed(cue.doc[: cue.i - 2]) if t.tag_ == "``" or t.text in _OPENING), -1)
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < opening for c in cue.children):
        return False
    follower = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if follower is None or follower.tag_ in _CLAUSE_OPENERS or follower.tag_.startswith("VB"):
        return False  # "…,” says she warned about surprises": a clause, not a speaker, follows
    words = text[cand.start : cand.end]
    return not any(q in words for q in _QUOTE_MARKS)


def topic_of_quotation(cand: Candidate, offset: int, text: str) -> bool:
    """ "“Absolutely not,” he said of the possibility of superdelegates switching": the phrase after a speech
    verb that reports the quotation before it says what the quotation was about; it is not a second
    statement. The cue's subject (if before it) sits between the quotation's closing mark and the cue."""
    cue = cand.cue_token
    if cue is None or cue.lemma_.lower() not in SPEECH_VERBS or offset + cue.idx + len(cue.text) > cand.start:
        return False
    phrase = next(
        (c for c in cue.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS and c.i > cue.i), None
    )
    if phrase is None or not offset + phrase.idx <= cand.start <= offset + phrase.right_edge.idx:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    first = subject.left_edge.i if subject is not None else cue.i
    if any(t.is_punct and t.text not in _CLOSING and t.text != "," for t in cue.doc[first : cue.i]):
        return False
    words = text[cand.start : cand.end]
    return _closes_quotation(cue.doc, first) and not any(q in words for q in _QUOTE_MARKS)


def _closes_quotation(doc: Doc, i: int) -> bool:
    """The two tokens before token `i` close a quotation: `,”`, `?”`, `!”` or `”,`."""
    if i < 2:
        return False
    before, mark = doc[i - 2], doc[i - 1]
    return (mark.text in _CLOSING and before.text in _BEFORE_CLOSING) or (mark.text == "," and before.text in _CLOSING)
