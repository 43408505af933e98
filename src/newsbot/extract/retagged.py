"""Cue verbs the small tagger read as nouns: "Two-thirds support reducing the sentences", "Some view the
nomination as a takeover", "One in five say that won't be true", "The book and film blame Bob for …".

After a plural, a number or an unusual subject a present-tense verb looks like a noun ("support", "view",
"plan", "tallies"), and the parse around it has no verb at all. Where such a word stands after a subject and
before the words a verb would take, the clause from the cue on is parsed again behind a plain pronoun
("They support reducing the sentences …", "He tallies 585 …"), which the model reads right; the ordinary
rules then find the content there, and the candidate keeps the sentence's own subject as its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cues import AS_CUES, is_cue_lemma
from .tags import FINITE_OR_MODAL_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .candidates import Candidate, Offsets

__all__ = ["Reparsed", "reparsed_clause", "with_own_subject"]

# Words that end a subject before a present-tense verb: plural nouns and numbers ("critics", "two-thirds",
# "the two"), and quantity words used alone ("some", "many", "most").
_PLURAL_TAGS = frozenset({"NNS", "NNPS", "CD"})
_SINGULAR_TAGS = frozenset({"NN", "NNP"})
_QUANTITIES = frozenset({"some", "many", "most", "others", "few", "both", "all", "several", "half", "more"})
# Adverbs between a subject and its verb: "critics still support", "aides now plan".
_BETWEEN = frozenset({"RB"})
# What may open a verb's complement right after it: an object, a that- or wh-clause, an infinitive, a gerund.
_COMPLEMENT_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "JJ", "JJR", "JJS", "RB"})
_COMPLEMENT_TAGS |= frozenset({"VBG", "TO", "WP", "WDT", "WRB", "``"})
_CLAUSE_WORDS = frozenset({"that", "whether", "if"})
_SUBJECT_STOPS = frozenset({",", ";", ":", "—", "–", "--", "(", ")"})
_MAX_SUBJECT_WORDS = 15


@dataclass(frozen=True)
class Reparsed:
    """The clause from a misread cue on, parsed behind a pronoun: `doc` is that parse, `shift` what to add to
    its offsets for the article's, `verb` the cue in it; `cue` and `subject` are the tokens of the article's
    own parse (the cue word and the first and last words of its subject)."""

    doc: Doc
    shift: int
    verb: Token
    cue: Token
    subject: tuple[Token, Token]


def _is_cue(lemma: str) -> bool:
    return is_cue_lemma(lemma) or lemma in AS_CUES


def _forms(word: str) -> tuple[str, bool] | None:
    """The cue lemma of a present-tense form and whether it is the third person singular ("denies" → deny,
    True; "support" → support, False), or None for no cue."""
    if _is_cue(word):
        return word, False
    if not word.endswith("s") or word.endswith("ss"):
        return None
    stems = [word[:-3] + "y", word[:-2], word[:-1]] if word.endswith("ies") else [word[:-2], word[:-1]]
    lemma = next((s for s in stems if _is_cue(s)), None)
    return (lemma, True) if lemma is not None else None


def _subject_end(cue: Token) -> Token | None:
    """The last word of the subject before `cue`, past adverbs in between ("critics still support")."""
    j = cue.i - 1
    sent_start = cue.sent.start
    while j > sent_start and cue.doc[j].tag_ in _BETWEEN:
        j -= 1
    return cue.doc[j] if j >= sent_start else None


def _agrees(first: Token, last: Token, third_person: bool) -> bool:
    """Whether the subject `first`…`last` takes the verb form: plural (its head, or nouns joined by "and")
    with the plain form, singular with the "-s" form."""
    head = _subject_head(first, last)
    joined = any(t.lower_ == "and" for t in first.doc[first.i : last.i + 1])
    if third_person:
        return not joined and head.tag_ in _SINGULAR_TAGS and not head.text.endswith(("s", "'", "’"))
    return joined or head.tag_ in _PLURAL_TAGS or head.lower_ in _QUANTITIES


def _subject_start(cue: Token, last: Token) -> Token | None:
    """The first word of the subject: back to the start of the sentence or of a clause opened by a comma or
    a dash; None when a finite verb stands there (the sentence has its verb, and the word is a noun)."""
    doc = cue.doc
    j = last.i
    while j > cue.sent.start and doc[j - 1].text not in _SUBJECT_STOPS:
        j -= 1
    while j < last.i and doc[j].pos_ in {"CCONJ", "SCONJ", "ADV", "PUNCT"}:
        j += 1
    if j > cue.sent.start + 1 and doc[j - 1].text == "," and doc[j - 2].pos_ in {"NOUN", "PROPN"}:
        return None  # the last items of a list of nouns: "one savings, paying and borrowing plan to …"
    words = doc[j : last.i + 1]
    if len(words) > _MAX_SUBJECT_WORDS or any(t.tag_ in FINITE_OR_MODAL_TAGS or t.pos_ == "AUX" for t in words):
        return None
    end = words[-1]
    if any(t.tag_ in {"POS", "PRP$"} for t in words[-2:]) or not (
        end.pos_ in {"NOUN", "PROPN", "NUM", "PRON"} or end.lower_ in _QUANTITIES
    ):
        return None  # an owner's noun ("Trump's plans", "their support") or a determiner's ("the state") is no verb
    return doc[j]


def reparsed_clause(cue: Token) -> Reparsed | None:
    """The clause from `cue` on parsed again behind a pronoun, when `cue` is a cue verb's present tense the
    tagger read as a noun between a subject and a complement; None otherwise."""
    if cue.pos_ not in {"NOUN", "PROPN"} or cue.i == cue.sent.start or cue.i + 1 >= cue.sent.end:
        return None
    if not cue.text.islower():
        return None  # headline capitals are `headlines.py`'s
    form = _forms(cue.lower_)
    if form is None:
        return None
    after = cue.doc[cue.i + 1]
    if not (after.tag_ in _COMPLEMENT_TAGS or after.lower_ in _CLAUSE_WORDS):
        return None  # "support for", "plans of", "claims were …": a noun's own phrase
    last = _subject_end(cue)
    first = _subject_start(cue, last) if last is not None else None
    if first is None or last is None or not _agrees(first, last, form[1]):
        return None
    sent: Span = cue.sent
    if any(t.tag_ in FINITE_OR_MODAL_TAGS for t in cue.doc[cue.i + 1 : sent.end] if t.dep_ in {"ROOT"}):
        return None  # the sentence's verb comes after: "The campaign claims were dismissed"
    from ..nlp import load_nlp

    pronoun = "He " if form[1] else "They "
    doc_text = cue.doc.text
    clause = doc_text[cue.idx : sent.end_char]
    parsed: Doc = load_nlp()(pronoun + clause)
    verb = parsed[1]
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or not any(c.dep_ == "nsubj" and c.i == 0 for c in verb.children):
        return None  # even behind a pronoun the word is no verb
    return Reparsed(doc=parsed, shift=cue.idx - len(pronoun), verb=verb, cue=cue, subject=(first, last))


def with_own_subject(cand: Candidate, found: Reparsed, offset: int) -> Candidate | None:
    """A candidate read off the reparsed clause, given back its cue, its subject and its sentence; None when it
    is not the cue's (another cue inside the clause) or reaches before it."""
    cue_at = offset + found.cue.idx
    if cand.cue is None or cand.cue[0] != cue_at or cand.start < cue_at + len(found.cue.text):
        return None
    first, last = found.subject
    head = _subject_head(first, last)
    mention: Offsets = (offset + first.idx, offset + last.idx + len(last.text))
    sent = found.cue.sent
    cand.cue_token = found.cue
    cand.speaker_token = head
    cand.mention = mention
    cand.date_anchor = (offset + sent.start_char, offset + sent.end_char)
    return cand


def _subject_head(first: Token, last: Token) -> Token:
    """The noun that names the source: the end of the first noun run ("Men under 35" → Men, "the two" → two)."""
    doc = first.doc
    for token in doc[first.i : last.i + 1]:
        if token.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            j = token.i
            while j < last.i and (doc[j + 1].pos_ in {"NOUN", "PROPN", "NUM"} or doc[j + 1].tag_ == "HYPH"):
                j += 1
            return doc[j]
    return last
