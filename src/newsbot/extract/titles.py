"""Quoted titles and names: a quotation that names a work or a thing rather than repeating someone's words.

`CBS renewed “Hawaii Five-0”`, `Paul Simon proceeded to perform “Bridge Over Troubled Water.”`: a short
title-cased quotation that is the whole object of a verb which does not report speech is the name of something. Speech verbs keep theirs (`chanted “Lock Her
Up”`), and so do passives, which say what the subject was called (`it was labeled “Mostly True”`). A title
followed by its authors (`a paper titled “…” by Neera Tanden`) is their words, as a headline is, and a
quotation cast "as" something is the subject's answer (`listed “Other” as their answer`). A naming verb
says nothing of what is named (`a memo titled “The Facts on Where the Race Stands”` quotes its authors, `a
thriller titled “The Day of the Donald”` does not), so it is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_title_case", "names_a_work", "titles_a_work"]

_OWNED_AFTER = re.compile(r"[\s,]*(?:by\s+[A-Z]|as\s)")
_NAMING = frozenset({"title", "entitle", "call", "name", "dub", "label", "headline", "caption"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MAX_TITLE_WORDS = 8
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "to", "and", "or", "for", "at", "by", "with"})
# Nouns for works that carry a title: set off after one ("a new ad, “Playing Fair,”") a title-cased quotation
# is its name.
_WORKS = word_set(
    """
    ad advert advertisement commercial spot book memoir novel biography film movie documentary show series
    program programme episode song anthem album column essay podcast play musical opera painting poem
    """
)


def is_title_case(quoted: str) -> bool:
    """Every word of a short quotation capitalised ("“A Change Is Gonna Come”", "“13th”"): a title."""
    words = _WORD.findall(quoted)
    return 0 < len(words) <= _MAX_TITLE_WORDS and all(
        w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words
    )


def names_a_work(verb: Token, between: str, quoted: str, after: str, reports_speech: bool) -> bool:
    """Whether a quotation right after `verb` (only `between` separating them, `after` following it) is a title
    the verb acts on."""
    if (
        reports_speech
        or verb.lemma_.lower() in _NAMING
        or between.strip()
        or not is_title_case(quoted)
        or _OWNED_AFTER.match(after)
    ):
        return False
    return not any(child.dep_ in {"nsubjpass", "auxpass"} for child in verb.children)


def titles_a_work(noun: Token, between: str, quoted: str) -> bool:
    """A short title-cased quotation set off by a comma right after a noun for a work (`her memoir, “Hard
    Roads.”`, `a web ad, “Playing Fair,” in which …`) is the work's name, whoever is speaking nearby."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _WORKS and between.strip() == "," and is_title_case(quoted)
