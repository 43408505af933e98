"""A phrase that opens the sentence before a cue set off by commas: "After the court upheld the law, Hebert
said, most states thought their rules safe", "If the demands are not met, Taylor warned, prices will rise".
The writer put the attribution inside the sentence, so the opening phrase belongs to the reported clause, not
to the saying; the parser hangs it on the cue verb, and the content would start too late, after the cue.

Not a phrase that frames the saying itself: "Asked about the plan, he said, …" (a participle clause), "In an
interview, she said, …", "At a rally, he said, …" (the channel or the occasion of the words), "After Clinton
accused him, he warned, …" (another saying, which prompted this one); nor before a quotation, which is read whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Offsets
from .clauses import has_subject, is_channel, is_occasion
from .cues import is_cue_lemma
from .spans import token_span, trim

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["with_fronted_phrase"]

# What the parser hangs on the cue verb from the front of the sentence: a clause ("If …", "After …"), a phrase
# ("In other states", "At times last year") or an adverb ("Even then").
_FRONTED = frozenset({"advcl", "prep", "advmod", "npadvmod"})
# A quoted opening is someone's own words, read with the quotation; an apostrophe ("Indiana's") is no quotation.
_QUOTATION_MARKS = '"“”«»'
_TIMES = frozenset({"DATE", "TIME"})


def with_fronted_phrase(pieces: list[Offsets], cue: Token, offset: int, text: str) -> list[Offsets]:
    """Put the opening phrase of the sentence before the content when the cue and its subject are set off by
    commas between the two ("X, Hebert said, Y")."""
    if not pieces or pieces[0][0] < offset + cue.idx or _quoted(text, pieces[0][0]):
        return pieces
    opening = _opening(cue)
    if not opening:
        return pieces
    span = token_span(opening, offset)
    if span is None:
        return pieces
    start, end = trim(text, *span)
    if end <= start or any(mark in text[start:end] for mark in _QUOTATION_MARKS):
        return pieces
    return [(start, end), *pieces]


def _quoted(text: str, start: int) -> bool:
    """ "After the vote, he warned, “…”" (or ''…'', as some papers print it): a quotation is read whole, as the
    speaker's words, without the writer's."""
    around = text[max(start - 2, 0) : start + 2]
    return any(mark in around for mark in _QUOTATION_MARKS) or "''" in around or "``" in around


def _opening(cue: Token) -> list[Token]:
    """The words from the start of the sentence to the comma before the cue's subject, when all of them hang on
    the cue and none frames the saying; else nothing."""
    doc = cue.doc
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < cue.i), None)
    if subject is None or cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ",":
        return []
    comma = subject.left_edge.i - 1
    start = cue.sent.start
    if comma <= start or doc[comma].text != ",":
        return []
    phrases = [c for c in cue.children if c.i < comma]
    words = sorted(t.i for c in phrases for t in c.subtree)
    if words != list(range(start, comma)) or any(c.dep_ not in _FRONTED or _frames(c) for c in phrases):
        return []
    if any(t.pos_ == "VERB" and is_cue_lemma(t.lemma_.lower()) for t in doc[start:comma]):
        return []  # "After Clinton accused him of sexism, he warned, …": another saying, the occasion of this one
    return list(doc[start:comma])


def _frames(phrase: Token) -> bool:
    """ "Asked about it", "Speaking at a rally": a participle with no subject of its own; "in an interview", "at
    a rally": the channel or the occasion of the words; "Yesterday", "On Tuesday": a bare time, which may be the
    saying's as well as the claim's, so the content keeps to the words after the cue."""
    if phrase.dep_ == "advcl":
        return phrase.tag_ in {"VBN", "VBG"} and not has_subject(phrase)
    if phrase.ent_type_ in _TIMES:
        return True
    if phrase.dep_ != "prep":
        return False
    objects = [g for g in phrase.children if g.dep_ == "pobj"]
    return any(is_channel(g) or is_occasion(g) or g.ent_type_ in _TIMES for g in objects)
