"""What a poll or a study found, given as a noun phrase: "A CNN survey found 90 percent support for background
checks", "The poll finds Clinton with a small lead". "Find" with a noun object is mostly an event ("police
found a body"); with a study as its subject it reports the study's result, which is the object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import with_prep
from .cues import word_set
from .in_sources import FINDINGS
from .spans import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["STUDIES", "study_finding"]

# What measures or inquires and so can find: the nouns "in the poll" reads as a source, and the written
# inquiries ("the report found …", "an inquiry found nothing …").
STUDIES = FINDINGS | word_set("report paper research inquiry investigation review data experiment model")
# Verbs of a study's result ("found", "suggests", "indicates"); "show" and "reveal" already take any object.
_FINDING_VERBS = word_set("find suggest indicate")
# The phrase after the object that belongs to the result: "finds Clinton *with a small lead*".
_RESULT_PREPS = frozenset({"with"})


def study_finding(verb: Token, obj: Token | None) -> list[Token]:
    """The object of a finding verb whose subject is a study, with its "with …" phrase; else nothing."""
    if obj is None or verb.lemma_.lower() not in _FINDING_VERBS or obj.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return []
    if obj.pos_ == "PRON" and obj.lower_ not in {"nothing", "none", "little", "no"}:
        return []  # "found it difficult", "found them wanting": the pronoun names no result
    study = subject_of(verb)
    if study is None or study.pos_ != "NOUN" or study.lemma_.lower() not in STUDIES:
        return []
    return with_prep(verb, obj, _RESULT_PREPS)
