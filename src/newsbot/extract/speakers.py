"""Turning the grammatical source of a statement into a speaker: a person's canonical name or a description.

A name resolves through the person index ("Misri" → "Vikram Misri"). A third-person pronoun resolves to the
nearest person named before it as the subject of a clause, outside quotations ("he added" → the last person
who did something in the narrative), within a few paragraphs. A definite role ("the governor said") resolves to
the nearest person named before it with that role ("Gov. Mike Pence"). Any other common noun phrase is its own
description ("a GE spokesman"). Anything else — "they", "it", an unresolvable pronoun — is no speaker at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .persons import PersonIndex, name_chain

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SpeakerResolver"]

_GENDERED = {"he": "m", "him": "m", "she": "f", "her": "f"}
_UNRESOLVED = frozenset(
    ["they", "them", "it", "we", "us", "i", "me", "you", "this", "that", "these", "those", "who", "which", "one"]
)
_MAX_PARAGRAPHS_BACK = 3
# Title abbreviations as they precede names, spelled as the role noun a later "the …" uses.
_ROLE_ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "adm": "admiral",
    "cmdr": "commander",
    "amb": "ambassador",
    "atty": "attorney",
    "pres": "president",
    "sec": "secretary",
    "supt": "superintendent",
    "prof": "professor",
    "cpl": "corporal",
    "pvt": "private",
    "brig": "brigadier",
    "msgr": "monsignor",
}


class SpeakerResolver:
    """Resolves source tokens against the article's persons."""

    def __init__(self, persons: PersonIndex, text: str, paragraph_offsets: list[int]) -> None:
        self._persons = persons
        self._text = text
        self._offsets = paragraph_offsets

    def resolve(self, token: Token | None, paragraph: int, mention: tuple[int, int] | None) -> str | None:
        if token is None:
            return None
        named = self._named(token, paragraph)
        if named is not None:
            return named
        for child in token.children:
            if child.dep_ == "appos":
                named = self._named(child, paragraph)
                if named is not None:
                    return named
        lower = token.lower_
        if token.pos_ == "PRON" or lower in _GENDERED or lower in _UNRESOLVED:
            if lower in _GENDERED:
                return self._antecedent(token, paragraph, _GENDERED[lower])
            return None
        holder = self._role_holder(token, paragraph)
        if holder is not None:
            return holder
        if mention is None:
            return None
        description = " ".join(self._text[mention[0] : mention[1]].split())
        return description or None

    def _role_holder(self, token: Token, paragraph: int) -> str | None:
        """ "the governor" after "Gov. Mike Pence" is Pence: the nearest person before it holding that role."""
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        role = token.lemma_.lower()
        position = self._offsets[paragraph] + token.idx
        seen: set[str] = set()
        for name, _mention in self._persons.mentions_before(position):
            if name in seen:
                continue
            seen.add(name)
            if role in _role_words(self._persons.roles_of(name)):
                return name
        return None

    def _named(self, token: Token, paragraph: int) -> str | None:
        name = self._persons.person_at(paragraph, token.i)
        if name is not None:
            return name
        for other in name_chain(token):
            name = self._persons.person_at(paragraph, other.i)
            if name is not None:
                return name
        return None

    def _antecedent(self, token: Token, paragraph: int, gender: str) -> str | None:
        position = self._offsets[paragraph] + token.idx
        fallback: str | None = None
        for name, mention in self._persons.mentions_before(position):
            if mention.paragraph < paragraph - _MAX_PARAGRAPHS_BACK:
                break
            if mention.quoted:
                continue
            known = self._persons.gender_of(name)
            if known is not None and known != gender:
                continue
            if mention.subject:
                return name
            if fallback is None:
                fallback = name
        return fallback


def _role_words(roles: list[str]) -> set[str]:
    words: set[str] = set()
    for role in roles:
        for word in role.lower().replace(".", " ").split():
            words.add(_ROLE_ABBREVIATIONS.get(word, word))
    return words
