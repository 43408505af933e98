"""Headlinese verbs the parser reads as nouns: "Federal court rules against Ohio's purges of voter rolls".

A headline drops its articles and auxiliaries, so its verb in the present tense ("rules", "votes", "ducks",
"questions") looks like a plural noun and the small parser finds no cue. Read by hand instead: a headline
is `Subject Verb Rest`, where the subject is the nouns at its start (or after its last comma), the verb is a
cue or a headline verb that agrees with them ("court rules", "leaders weigh"), and the rest is the content.
A rest that starts with a short phrase and a topic preposition ("Breaks With Obama *On* 9/11 Lawsuit Bill",
"ducks *on* taxes") holds its content after the preposition; a quotation followed by an adverbial phrase
("Speaks ‘Directly To White People’ After …") is the content alone. A verb of aiming ("aims to", "looks to")
counts only before its infinitive; "clash" is no headline verb, since a clash is between its subjects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate, Offsets
from .cues import CLAUSE_CUES, is_cue_lemma
from .headlines import CUE_FORMS, first_part_end, is_headline
from .tags import FINITE_OR_MODAL_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["headline_statement"]

# Verbs a headline uses for a stance or a decision that no sentence would call a speech cue.
_HEADLINE_VERBS = frozenset(
    [
        "rule",
        "vote",
        "weigh",
        "duck",
        "break",
        "share",
        "speak",
        "sum",
        "corner",
        "rally",
        "press",
        "push",
        "mull",
        "eye",
        "spar",
        "balk",
        "rail",
        "hit",
        "knock",
    ]
)
# Verbs of aiming that a headline uses for an intention, only before an infinitive: "Party aims to heal …".
_AIMING_VERBS = frozenset({"aim", "look", "strive"})
_PARTICLES = frozenset({"up", "out", "back", "off", "down"})
_ADVERBS = frozenset({"still", "again", "now", "also", "reportedly", "finally", "quietly", "even", "just"})
_TOPIC_PREPS = frozenset({"on", "against", "over", "about", "for"})
_ADVERBIAL_PREPS = frozenset({"after", "amid", "following", "at", "in", "as", "before", "during", "ahead", "over"})
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "JJ", "DT", "PRP$", "POS", "HYPH", "PRP"})
_OPEN_MARKS = {"‘": "’", "“": "”", '"': '"'}
_MAX_TOPIC_LEAD = 5  # words between the verb and a topic preposition ("Their Most Honest Thoughts On …")
_NOT_SUBJECT = frozenset({"IN", "VBG", "VBN", "RB", "CC", "TO", "WDT", "WP"})


def _forms(word: str) -> tuple[str, bool] | None:
    """The lemma of a headline verb form and whether it is the third person ("rules" → rule, True)."""
    low = word.lower()
    if low.rstrip("s") in _AIMING_VERBS:
        return low.rstrip("s"), low.endswith("s")
    if low not in CUE_FORMS and low.rstrip("s") not in _HEADLINE_VERBS and low[:-2] not in _HEADLINE_VERBS:
        return None
    if low.endswith("ed"):
        return None
    if low.endswith("ss") or not low.endswith("s"):
        return low, False
    stems = [low[:-3] + "y", low[:-2], low[:-1]] if low.endswith("ies") else [low[:-2], low[:-1]]
    lemma = next((s for s in stems if s in _HEADLINE_VERBS or is_cue_lemma(s)), low[:-1])
    return lemma, True


def _plural(token: Token) -> bool:
    return token.tag_ in {"NNS", "NNPS"} or (
        token.tag_ == "NNP" and token.text.endswith("s") and not token.text.endswith(("ss", "us", "is", "'s", "’s"))
    )


def _in_subject(token: Token) -> bool:
    """A word of a headline's subject; a capitalised one may be mistagged ("Trump/VB still ducks")."""
    return token.tag_ in _SUBJECT_TAGS or (token.text.istitle() and token.tag_ not in _NOT_SUBJECT)


def _subject(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """Token range (start, end) of the nouns before `verb`, skipping an adverb ("Trump still ducks")."""
    end = verb.i
    while end > 0 and doc[end - 1].lower_ in _ADVERBS:
        end -= 1
    start = end
    while start > 0 and _in_subject(doc[start - 1]):
        start -= 1
        if start > 1 and doc[start - 1].lower_ == "and" and _in_subject(doc[start - 2]):
            start -= 1  # subjects joined by "and": "Mayor and allies aim to …"
    if start == end or (start > 0 and doc[start - 1].text not in {",", ":"}):
        return None
    last = doc[end - 1]
    if last.tag_ not in {"NN", "NNS", "NNP", "NNPS", "CD"} and not last.text[:1].isupper():
        return None
    return start, end


def _content(text: str, start: int, end: int) -> Offsets | None:
    """The content in `text[start:end]`, the rest of a headline after its verb."""
    while start < end and text[start] == " ":
        start += 1
    end = first_part_end(text, start, end)
    if start >= end:
        return None
    close = _OPEN_MARKS.get(text[start])
    if close is not None:
        shut = text.find(close, start + 1, end + 1)
        if shut > start:
            after = text[shut + 1 : end].split()
            if after and after[0].lower() in _ADVERBIAL_PREPS:
                return start, shut + 1
        return start, end
    words = text[start:end].split(" ")
    if words[0].lower() == "to":
        return start, end  # an infinitive holds its own objects ("votes to close the library on Main Street")
    position = start
    for number, word in enumerate(words[: _MAX_TOPIC_LEAD + 1]):
        if number > 0 and word.lower() in _TOPIC_PREPS and number + 1 < len(words):
            return position + len(word) + 1, end
        if number == 0 and word.lower() in _TOPIC_PREPS and len(words) > 1:
            return start + len(word) + 1, end
        position += len(word) + 1
    return start, end


def headline_statement(doc: Doc, offset: int, found: list[Candidate]) -> Candidate | None:
    """The statement of a headline whose verb the parser missed, or None; `found` are the candidates the
    parse gave, and a cue among them at or before the verb means it did not miss it."""
    text = doc.text
    if not is_headline(text):
        return None
    roots = [t for t in doc if t.dep_ == "ROOT" and t.tag_ in FINITE_OR_MODAL_TAGS]
    for verb in doc:
        form = _forms(verb.text) if verb.i > 0 else None
        if form is None:
            if verb.tag_ in FINITE_OR_MODAL_TAGS:
                return None  # a verb the parser saw: the headline is not the headlinese it misreads
            continue
        lemma, third_person = form
        if lemma in _AIMING_VERBS and (verb.i + 1 == len(doc) or doc[verb.i + 1].lower_ != "to"):
            continue
        if roots and verb not in roots:
            continue  # the parser's verb is another word ("Plant Rules *Face* Key Test")
        if verb.tag_ in FINITE_OR_MODAL_TAGS and lemma not in CLAUSE_CUES | _HEADLINE_VERBS | _AIMING_VERBS:
            return None  # read as a verb, its object would have been found ("sings to Hillary Clinton")
        subject = _subject(doc, verb)
        if subject is None:
            continue
        head = doc[subject[1] - 1]
        if head.tag_ in {"NNS", "NNPS"} if third_person else not _plural(head):
            continue  # "court rules", "leaders weigh", "Jones says": the verb agrees with its subject
        said_by = offset + doc[subject[0]].idx
        if any(c.cue is not None and (c.cue[0] < said_by or c.cue[0] == offset + verb.idx) for c in found):
            return None  # the parse read this verb, or the headline's statement starts before its subject
        rest = verb.i + 1
        if rest < len(doc) and doc[rest].lower_ in _PARTICLES:
            rest += 1
        at = doc[rest].idx if rest < len(doc) else len(text)
        content = _content(text, at, len(text.rstrip()))
        if content is None:
            return None
        first, last = doc[subject[0]], doc[subject[1] - 1]
        mention = (offset + first.idx, offset + last.idx + len(last.text))
        cue_end = doc[rest - 1].idx + len(doc[rest - 1].text)
        return Candidate(
            start=offset + content[0],
            end=offset + content[1],
            kind="indirect",
            paragraph=1,
            origin="headline",
            cue=(offset + verb.idx, offset + cue_end),
            mention=mention,
            date_anchor=(offset, offset + len(text)),
        )
    return None
