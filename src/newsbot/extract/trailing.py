"""A reporter at the edge of its clause that the parser did not join to it: "…, records show.", "…, CNN
reported.", "…, the poll found.", "…, said the company's chief executive, John Reed.".

The small model often tags a present-tense verb after a plural noun as a noun ("campaign records show",
"polls show") or hangs the clause before the comma somewhere else (a relative clause on the last noun, an
adverbial clause), so the cue is left without a content. Read on the surface instead: a comma, a short noun
phrase naming the reporter, the cue, and nothing after it but an adjunct ("told a Senate panel Wednesday") or
the end of the sentence; the content is the sentence before the comma. When a clause follows the cue after a
second comma ("During that stretch, F.A.A. records show, the jet flew 216 hours"), the aside sits inside the
content, which runs on both sides of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate, Offsets
from .clauses import closing_occasion, is_channel, is_setting
from .content_edges import on_cue_line
from .cues import CLAUSE_CUES, SPEECH_VERBS, is_addressee
from .indirect import MIN_CONTENT_WORDS, QUOTE_CHARS, indirect_candidate
from .spans import fragments, subject_of, word_count
from .tags import FINITE_OR_MODAL_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["trailing_candidate"]

# Words a reporter's noun phrase is made of: "the poll", "F.A.A. records", "Defense Secretary Ash Carter",
# "the company's chief executive", "campaign and corporate records".
_NAMING = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "CCONJ"})
_HEADS = frozenset({"NOUN", "PROPN", "PRON"})
_MAX_REPORTER_WORDS = 8
# A clause joined after the cue is another statement, not the cue's content: "…, records show, and experts say …".
_JOINING = frozenset({"and", "but", "while", "although", "though", "whereas", "so"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_FINAL = frozenset({".", "!", "?"})
# What a fronted phrase opens with: a preposition or subordinating word, a wh-word, a participle, "to".
_PHRASE_OPENERS = frozenset({"IN", "WRB", "WDT", "WP", "VBG", "VBN", "TO", "RB"})
_MISPARSED_MIN_WORDS = 6
# Where a reporter's verb stands in a misread sentence; not a verb the parser made a noun's subject or conjunct.
_CLAUSES = frozenset({"ROOT", "relcl", "conj", "parataxis", "ccomp", "advcl"})
_PHRASE_INTERNAL = frozenset({"amod", "compound", "det", "poss", "nmod", "nummod", "quantmod", "case", "appos"})
# Adverbs that stand for what was said: "their smiles said a lot", "Mexico said enough".
_AMOUNTS = frozenset({"enough", "much", "little", "more", "less", "so", "otherwise", "nothing"})


def trailing_candidate(cue: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """The clause before "…, X reported." (or around "…, X said, …") when the parse gave the cue no content."""
    if not _reads_as_cue(cue):
        return None
    found = _reporter_before(cue) or _reporter_after(cue)
    if found is None:
        return None
    comma, source, resume = found
    doc, sent = cue.doc, cue.sent
    tokens = list(doc[sent.start : comma.i])
    if resume is not None:
        tokens.extend(doc[resume : sent.end])
    inside = {t.i for t in tokens}
    if not tokens or tokens[0].text in QUOTE_CHARS or tokens[-1].text in QUOTE_CHARS:
        return None  # a quotation: `direct.py` ties it to its cue
    if any(_leans_across(t, inside, cue) for t in tokens):
        return None  # the comma is inside a phrase ("contests in smaller, whiter states")
    if not any(_main_clause(t, inside) for t in tokens) and not _misparsed_sentence(tokens, resume):
        return None  # a fronted phrase ("In a speech last July, he said: …"), not a statement
    pieces: list[Offsets] = on_cue_line(fragments(tokens, offset, text), text, offset + cue.idx)
    if not pieces or word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    return indirect_candidate(pieces, paragraph, "trailing", [cue], source, offset)


def _misparsed_sentence(tokens: list[Token], resume: int | None) -> bool:
    """A whole sentence before a final "…, he said." that the parser gave no verb (it read "signals" or
    "struggle" as a noun): it opens with its subject, not with a preposition, a subordinating word or a
    participle ("In a speech last July, he said."), and is long enough to be a clause."""
    if resume is not None or len(tokens) < _MISPARSED_MIN_WORDS:
        return False
    first = tokens[0]
    return first.tag_ not in _PHRASE_OPENERS and first.pos_ in {"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"}


def _leans_across(word: Token, inside: set[int], cue: Token) -> bool:
    """A word of the content that belongs to a phrase after the comma: it hangs on a word there, or on the cue
    as part of a noun phrase ("smaller" in "smaller, whiter states")."""
    if word.head.i in inside or word.head.i == word.i:
        return False
    return word.head.i != cue.i or word.dep_ in _PHRASE_INTERNAL


def _main_clause(verb: Token, inside: set[int]) -> bool:
    """A finite verb with its own subject and no subordinating word: "the girl was pepper-sprayed", not "if
    you were betting today"."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ in {"relcl", "acl", "aux", "auxpass"}:
        return False
    children = [c for c in verb.children if c.i in inside]
    finite = verb.tag_ in FINITE_OR_MODAL_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_OR_MODAL_TAGS for c in children
    )
    subject = any(c.dep_ in _SUBJECTS for c in children)
    subordinate = any(c.dep_ == "mark" or (c.tag_ == "WRB" and c.i < verb.i) for c in children)
    return finite and subject and not subordinate


def _reads_as_cue(token: Token) -> bool:
    """A cue verb where a clause's verb stands, or a cue's present tense the parser took for a noun: "show"
    after a plural ("records show"), "-s" after a common singular noun that leans on it ("the doctor
    maintains"); not a plural noun after a name or in apposition ("the CNN, Fox and NBC morning shows"), nor a
    noun joined to another in a list ("studied the data, the quarterly sales report, and the memo")."""
    listed = token.dep_ == "conj" and token.head.pos_ not in {"VERB", "AUX"}
    if token.pos_ in {"VERB", "AUX"} and token.dep_ in _CLAUSES:
        return not listed and token.lemma_.lower() in CLAUSE_CUES
    if (
        listed
        or token.pos_ not in {"NOUN", "VERB"}
        or token.i == 0
        or token.dep_ in {"appos", "pobj", "compound", "poss"}
    ):
        return False
    word, before = token.lower_, token.doc[token.i - 1]
    if word in CLAUSE_CUES:
        return before.tag_ in {"NNS", "NNPS"}
    stems = {word[:-1], word[:-2] if word.endswith("es") else word[:-1]} if word.endswith("s") else set()
    return bool(stems & CLAUSE_CUES) and before.tag_ == "NN" and before.head.i == token.i


def _reporter_before(cue: Token) -> tuple[Token, Token, int | None] | None:
    """ "…, the poll found.": the comma, the reporter's head and where the content resumes after the cue."""
    doc, sent = cue.doc, cue.sent
    j = cue.i - 1
    while j > sent.start and doc[j].head.i == cue.i and doc[j].dep_ in {"aux", "advmod"}:
        j -= 1  # "…, he later said", "…, officials have said"
    names: list[Token] = []
    while j > sent.start and doc[j].text != ",":
        word = doc[j]
        if not (word.pos_ in _NAMING or word.tag_ == "HYPH") or word.tag_ in _RELATIVE_TAGS:
            return None
        names.append(word)
        j -= 1
    if j <= sent.start + 1 or not names or len(names) > _MAX_REPORTER_WORDS:
        return None
    if doc[j - 1].pos_ in {"CCONJ", "SCONJ", "ADP", "DET"}:
        return None  # the comma opens an aside inside a phrase: "… and, records show, does not …"
    head, first = names[0], names[-1]
    if head.pos_ not in _HEADS or first.pos_ == "CCONJ":
        return None  # the word before the cue names the reporter ("police", "records", "he"); not "…, and I agree"
    phrase = {w.i for w in names} | {cue.i}
    if any(w.head.i not in phrase for w in names[1:]):
        return None  # one noun phrase, not "a fact he mentions"
    resume = _nothing_after(cue)
    if resume is None:
        return None
    source = subject_of(cue) if cue.pos_ in {"VERB", "AUX"} else None
    if source is None or source.i not in phrase:
        source = head
    return doc[j], source, resume if resume > 0 else None


def _nothing_after(cue: Token) -> int | None:
    """0 when nothing completes the cue after it (the sentence ends, or a comma joins another clause: "…,
    records show, and experts say …"); the index where the content goes on after a comma aside ("…, records
    show, the jet flew …"); None when the cue has a complement of its own. A verb may keep its listener and
    when or through what it spoke ("told a Senate panel Wednesday", "said in a statement on Monday")."""
    doc, end = cue.doc, cue.sent.end
    k = cue.i + 1
    while k < end and doc[k].text != "," and not (doc[k].is_punct and doc[k].text in _FINAL):
        word = doc[k]
        if cue.pos_ == "NOUN" or cue.dep_ not in _CLAUSES or not _adjunct_of(word, cue):
            return None
        k += 1
    if k >= end or doc[k].text in _FINAL:
        return 0
    after = doc[k + 1] if k + 1 < end else None
    if after is not None and after.lower_ in _JOINING and _joined_without_subject(cue):
        return None  # a list: "released the figures, the crime statistics report, and a map"
    if after is None or after.lower_ in _JOINING or after.is_punct or closing_occasion(after):
        return 0
    return k + 1 if k == cue.i + 1 else None


def _joined_without_subject(cue: Token) -> bool:
    """A noun joined to the cue after it, or anything joined to a cue tagged as a noun, without a subject of
    its own: the cue is one item of a list ("…, the crime statistics report, and a map", "…, the late night
    talk shows, and the morning shows"), not a reporter before another statement ("…, records show, and
    auditors say …") nor one whose content goes on ("…, the airline added, and had passed all checks")."""
    return any(
        c.dep_ == "conj"
        and c.i > cue.i
        and (cue.pos_ == "NOUN" or c.pos_ in {"NOUN", "PROPN"})
        and not any(g.dep_ in _SUBJECTS for g in c.children)
        for c in cue.children
    )


def _adjunct_of(word: Token, cue: Token) -> bool:
    """A word of the listener, the time, the place or the channel of the saying, hung on the cue."""
    while word.head.i != cue.i:
        if word.head.i == word.i:
            return False
        word = word.head
    if word.dep_ == "npadvmod":
        return word.ent_type_ in {"DATE", "TIME"}
    if word.dep_ == "advmod":
        return word.pos_ == "ADV" and word.lower_ not in _AMOUNTS
    if word.dep_ == "dobj":
        return is_addressee(word)
    if word.dep_ == "prep":
        objects = [g for g in word.children if g.dep_ == "pobj"]
        return bool(objects) and all(is_setting(g) or _channel(g) for g in objects)
    return False


def _channel(noun: Token) -> bool:
    """ "in a statement", "on Twitter", "in an interview with …": how the words came out."""
    return is_channel(noun) or noun.ent_type_ == "ORG"


def _reporter_after(cue: Token) -> tuple[Token, Token, int | None] | None:
    """ "…, said the company's chief executive, John Reed.": a speech verb right after the comma, its subject
    after it, and nothing else to the end of the sentence."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in SPEECH_VERBS or cue.i == cue.sent.start:
        return None
    comma = cue.doc[cue.i - 1]
    if comma.text != ",":
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.left_edge.i != cue.i + 1:
        return None
    if any(not t.is_punct for t in cue.doc[subject.right_edge.i + 1 : cue.sent.end]):
        return None
    return comma, subject, None
