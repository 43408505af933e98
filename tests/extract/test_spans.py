"""Spans of a parse as article offsets: trimming, a verb's source and the words naming it."""

from __future__ import annotations

from spacy.tokens import Doc

from newsbot.extract.spans import mention_span, subject_of, trim
from newsbot.nlp import load_nlp


def test_trim_drops_spaces_and_sentence_punctuation_but_keeps_quotation_marks() -> None:
    text = "  “the plan is dead,”.  "
    start, end = trim(text, 0, len(text))
    assert text[start:end] == "“the plan is dead,”"


def test_the_source_of_a_joined_verb_is_the_first_verbs_subject() -> None:
    doc = load_nlp()("The mayor praised the plan and promised more money.")
    promised = next(t for t in doc if t.text == "promised")
    subject = subject_of(promised)
    assert subject is not None
    assert subject.text == "mayor"


def test_speaker_mention_never_ends_on_a_conjunction() -> None:
    """A parse that hangs "and" on the last noun of "of state" must not leave it dangling in the mention."""
    words = ["the", "former", "secretary", "of", "state", "and", "current", "nominee", "said", "no"]
    heads = [2, 2, 8, 2, 3, 4, 7, 2, 8, 8]
    deps = ["det", "amod", "nsubj", "prep", "pobj", "cc", "amod", "conj", "ROOT", "dobj"]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps)
    start, end = mention_span(doc[2], 0)
    assert doc.text[start:end] == "the former secretary of state"
