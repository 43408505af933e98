"""Attribution verbs outside the cue lists, known by punctuation: `“…,” he surmised. “…”`.

A quotation closed by a comma, question or exclamation mark inside its marks and followed by a subject and
its verb is attributed to that verb whatever the verb is ("fumed", "riffed", "pressed", "mused"): English
punctuation marks that clause as the attribution, so the verb need not be in any list. The verb must take
no content of its own (`“…,” she said and told reporters that …` is left to the lists), and no other
quotation may stand in the clause. A colon after a clause with a subject introduces the words just as well
(`Mr. Smith shot back: “That would be good.”`, `The rally had one message: “Go home.”`), unless its subject met
the words rather than said them (`Police found a note: “…”`, `The mayor faced a question: “…”`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import is_addressee

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .direct import DocIndex
    from .quotes import QuoteLookup, QuoteSpan

__all__ = ["attribution_after", "attribution_before_colon"]

_CLOSING_MARKS = frozenset({",", "?", "!"})
_MAX_SUBJECT_WORDS = 10  # "Miller, a retired worker from a nuclear plant, said"
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "csubj", "attr", "acomp", "oprd"})
_BETWEEN = frozenset({"ADV", "PUNCT", "AUX", "PART"})
# Verbs whose subject meets the words after the colon rather than says them: "Police found a note: “…”", "The
# mayor faced a question: “…”", "He wore a cap with the slogan: “…”".
_MET_WORDS = frozenset({"find", "discover", "face", "receive", "get", "see", "hear", "notice", "spot", "wear"})


def attribution_after(quote: QuoteSpan, index: DocIndex, lookup: QuoteLookup, text: str) -> tuple[int, Token] | None:
    """The verb of the attribution right after `quote` (`“…,” Toomey fumed on Tuesday.`), or None."""
    body = text[quote.start : quote.end].rstrip("\"”»'’ ")
    if not body or body[-1] not in _CLOSING_MARKS:
        return None
    cursor = quote.end
    while cursor < len(text) and text[cursor] in " \t\u00a0":
        cursor += 1
    if cursor >= len(text) or text[cursor] == "\n":
        return None
    found = index.sentence_at(cursor)
    if found is None:
        return None
    paragraph, sent = found
    offset = index.offsets[paragraph]
    rest = [t for t in sent if offset + t.idx >= cursor]
    if not rest or lookup.overlapping(cursor, offset + sent.end_char):
        return None
    verb = rest[0]
    while verb.head.i != verb.i and verb.head.i >= rest[0].i:  # the top of the words after the quotation
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i - rest[0].i > _MAX_SUBJECT_WORDS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not _names_a_speaker(subjects[0]):
        return None
    subject = set(subjects[0].subtree)
    before = [t for t in rest if t.i < verb.i]
    if any(t not in subject and t.pos_ not in _BETWEEN for t in before):
        return None  # "“…,” the crowd roared as she said …": the words before the verb are not its subject
    if not before and subjects[0].i != verb.i + 1 and not _subject_follows(subjects[0], verb):
        return None
    if any(c.dep_ in _OWN_CONTENT and c.i > verb.i and not is_addressee(c) for c in verb.children):
        return None
    return paragraph, verb


def _subject_follows(subject: Token, verb: Token) -> bool:
    """`“…,” remembered Roy Verley, HP's former spokesman.`: the subject right after the verb, titles and all."""
    return subject.left_edge.i == verb.i + 1


def _names_a_speaker(subject: Token) -> bool:
    return subject.pos_ in {"PRON", "PROPN", "NOUN"} and subject.lower_ not in {"it", "this", "that", "which"}


def attribution_before_colon(
    quote: QuoteSpan, index: DocIndex, lookup: QuoteLookup, text: str
) -> tuple[int, Token] | None:
    """The verb of the clause a colon closes right before `quote` (`Mr. Smith shot back: “…”`), or None.

    The clause needs a subject that can speak and must hold no quotation of its own."""
    colon = quote.start - 1
    while colon >= 0 and text[colon] in " \t\u00a0":
        colon -= 1
    if colon < 0 or text[colon] != ":":
        return None
    found = index.sentence_at(colon)
    if found is None or found[0] != index.paragraph_of(quote.start):
        return None
    paragraph, sent = found
    offset = index.offsets[paragraph]
    if lookup.overlapping(offset + sent.start_char, colon):
        return None
    mark = next((t for t in sent if offset + t.idx == colon), None)
    if mark is None or mark.i == sent.start:
        return None
    verb = mark.doc[mark.i - 1]
    while verb.head.i != verb.i and sent.start <= verb.head.i < mark.i:  # the top of the clause before the colon
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _MET_WORDS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or not _names_a_speaker(subjects[0]):
        return None
    return paragraph, verb
