"""Give back the final "e" the lemmatizer drops from some verbs: "hoped", "hopes" and "hoping" come out of
the small English pipeline as "hop", so "hope" — one of the commonest stance verbs in the news — was never
recognised as a cue once inflected.

English doubles the final consonant of a one-syllable verb before "-ed" and "-ing" ("hop" → "hopped",
"hopping"), so an undoubled form of such a stem ("hoped", "griped", "robed") can only come from the verb with
the "e" ("hope", "gripe", "robe"). The rule reads spelling only; it needs no word list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["COMPONENT", "add_lemma_repair", "repaired_lemma"]

COMPONENT = "newsbot_lemma_repair"

# One syllable ending in a single vowel and a single consonant that English doubles: "hop", "grip", "plan".
_DOUBLING_STEM = re.compile(r"[^aeiouy]*[aeiou][b-df-hj-np-rtvz]")  # not "s": "busing", "gases"
_ENDINGS = ("ed", "es", "ing")


def repaired_lemma(text: str, lemma: str) -> str:
    """The lemma with its final "e" when `text` is an undoubled inflection of a doubling stem, else `lemma`."""
    word, stem = text.lower(), lemma.lower()
    if not _DOUBLING_STEM.fullmatch(stem):
        return lemma
    if any(word == stem + ending for ending in _ENDINGS):
        return lemma + "e"
    return lemma


def add_lemma_repair(nlp: Language) -> None:
    """Run the repair right after the pipeline's lemmatizer, once per process."""
    from spacy.language import Language

    if COMPONENT in nlp.pipe_names:
        return
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=_repair)
    nlp.add_pipe(COMPONENT, after="lemmatizer")


def _repair(doc: Doc) -> Doc:
    for token in doc:
        if token.pos_ == "VERB":
            lemma = token.lemma_
            fixed = repaired_lemma(token.text, lemma)
            if fixed != lemma:
                token.lemma_ = fixed
    return doc
