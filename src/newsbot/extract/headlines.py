"""Headline casing: "Chris Christie Calls Hillary Clinton ‘A Disgrace’" tags the cue verb as a proper noun.

A title-cased first paragraph is parsed again with its cue verbs lower-cased ("calls"), which keeps every
offset (the change is one letter for one letter) and lets the parser find the cue and its content.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import CLAUSE_CUES, OBJECT_CUES, OBJECT_PREPS, PREP_CUES, XCOMP_CUES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["CUE_FORMS", "first_part_end", "is_headline", "is_title_cased", "object_end", "sentence_cased", "tail_end"]

_WORD = re.compile(r"[A-Za-z][a-z]+")
_MAX_HEADLINE = 240
_MAX_HEADLINE_LINE = 150
_SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?][\"”’']? +[A-Z]")
_MIN_CAPITALISED = 0.6
_OCCASION_PREPS = frozenset({"on", "over", "amid", "after", "with", "during", "in"})
# Where a headline's first part ends and a second begins: "Questioning the Timetable; Riders Wait", "Explaining
# the deal — and its critics", "Court rules on fees: what it means". A colon inside a time ("9:30") is no break.
_PART_BREAK = re.compile(r"\s*(?:;|:(?=\s|$)|\s(?:—|–|--|-)\s)")
# Where the words after a headline's object turn to the circumstances of the statement ("Endorses the Mayor *With*
# the Party's Blessing", "Defends Her Record *Amid* …"): the content ends before them.
_CIRCUMSTANCE = re.compile(r"\s(?:With|Amid|After|During|Following|Despite)\s")


def _forms(lemma: str) -> set[str]:
    """Inflected forms a headline uses: say → says, said; call → calls, called."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


CUE_FORMS = frozenset(
    form for lemma in CLAUSE_CUES | XCOMP_CUES | OBJECT_CUES | frozenset(PREP_CUES) for form in _forms(lemma)
) | frozenset({"said", "told", "wrote", "thought", "knew", "saw", "rips", "slams", "blasts", "vows", "seeks"})


def _title_cased(text: str) -> bool:
    words: list[str] = _WORD.findall(text)
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= _MIN_CAPITALISED


def is_headline(text: str) -> bool:
    """A short line with no sentence break inside it, in any casing: "Federal court rules against …"."""
    line = text.strip()
    return 0 < len(line) <= _MAX_HEADLINE_LINE and "\n" not in line and _SENTENCE_BREAK.search(line) is None


def first_part_end(text: str, start: int, end: int) -> int:
    """Where the first part of the headline `text[start:end]` ends: before its first break, without the
    spaces and full stop before it."""
    cut = _PART_BREAK.search(text, start, end)
    if cut is not None:
        end = cut.start()
    while end > start and text[end - 1] in " .":
        end -= 1
    return end


def tail_end(text: str, start: int, end: int) -> int:
    """Where the circumstances begin in the rest `text[start:end]` of a title-cased headline, or `end`."""
    cut = _CIRCUMSTANCE.search(text, start, end)
    return end if cut is None else cut.start()


def object_end(verb: Token, text: str, start: int, end: int) -> int:
    """Where the object `text[start:end]` of a judging verb in a headline ends: before the occasion or the topic
    that follows it ("mocks the mayor *on* Twitter", "slams rival *over* remarks"), unless the verb takes that
    preposition ("blames the mayor *for* delays")."""
    lemma = verb.lemma_.lower()
    if lemma not in OBJECT_PREPS:
        return end
    own = OBJECT_PREPS[lemma]
    position = start
    for word in text[start:end].split(" "):
        if position > start and word in _OCCASION_PREPS and word not in own:
            return position - 1
        position += len(word) + 1
    return end


def is_title_cased(text: str) -> bool:
    """A short one-line paragraph with most words capitalised: a headline, whose capitals name nothing."""
    return len(text) <= _MAX_HEADLINE and "\n" not in text.strip() and _title_cased(text)


def sentence_cased(doc: Doc) -> Doc:
    """`doc` parsed again with headline-cased cue verbs lower-cased, or `doc` itself if it is no headline."""
    text = doc.text
    if not is_title_cased(text):
        return doc
    changed = False
    chars = list(text)
    for match in _WORD.finditer(text):
        word = match.group()
        if match.start() > 0 and word[0].isupper() and word.lower() in CUE_FORMS:
            chars[match.start()] = word[0].lower()
            changed = True
    if not changed:
        return doc
    from ..nlp import load_nlp

    recased = "".join(chars)
    if len(recased) != len(text):
        return doc
    parsed: Doc = load_nlp()(recased)
    return parsed
