"""Words of a parse as article offsets: trimmed spans, a verb's grammatical source, the words naming it.

Shared by the readers of reported speech (`reported.py`) and of quotations (`direct.py`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .candidates import Offsets
from .cues import is_cue_lemma
from .quotes import INVISIBLE_MARKS
from .tags import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .candidates import Candidate

__all__ = [
    "RELATIVE",
    "fragments",
    "hull",
    "mention_span",
    "relative_source",
    "run_on_to",
    "subject_of",
    "subtree_without",
    "token_after",
    "token_span",
    "trim",
    "word_count",
]

RELATIVE = frozenset({"who", "that", "which", "whom"})

_TRIM_END = " \t\n\u00a0,;:.—–-("

_TRIM_START = " \t\n\u00a0,;:.—–-)" + INVISIBLE_MARKS

_NOT_IN_MENTION = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advmod", "parataxis", "prep", "case"})


def trim(text: str, start: int, end: int) -> Offsets:
    """Drop surrounding spaces and sentence punctuation, but keep quotation marks."""
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


def token_after(doc: Doc, starts: list[int], offset: int, at: int) -> Token | None:
    """The token that starts at text offset `at` with another before it in the paragraph (`starts` are the
    paragraph's token offsets): the first word past a content's end, or None when no token starts there."""
    i = bisect.bisect_left(starts, at - offset)
    if i == 0 or i >= len(doc) or offset + doc[i].idx != at:
        return None
    return doc[i]


def run_on_to(cand: Candidate, text: str, last: Token, offset: int) -> Candidate:
    """`cand`'s last piece runs on to the end of `last` (trimmed), keeping its other fragments."""
    pieces = cand.fragments or [(cand.start, cand.end)]
    extended = trim(text, pieces[-1][0], offset + last.idx + len(last.text))
    cand.end = extended[1]
    if cand.fragments:
        cand.fragments = [*cand.fragments[:-1], extended]
    return cand


def token_span(tokens: Iterable[Token], offset: int) -> Offsets | None:
    items = list(tokens)
    if not items:
        return None
    first = min(items, key=lambda t: t.i)
    last = max(items, key=lambda t: t.i)
    return offset + first.idx, offset + last.idx + len(last.text)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The source of a cue verb: its subject, a passive agent, or the subject it shares with its head."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"} and child.lower_ not in {"it", "there"} | RELATIVE:
            return child
        if child.dep_ == "nsubj" and child.lower_ == "it" and _speaking_it(verb):
            return child
        if child.dep_ == "nsubj" and child.lower_ in RELATIVE and verb.dep_ == "relcl":
            return verb.head
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    if depth > 3:
        return None
    if depth == 0 and verb.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in verb.children):
        # "delegates, who are expected to …": the noun is what is judged, not the judge; a passive's judge
        # is its agent alone.
        return None
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    root = verb.sent.root
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and root.pos_ in {"NOUN", "PROPN"}
        and root.i < verb.i
        and verb.doc[verb.i - 1].text == ","
    ):
        # "Beruff, a Scott ally, called …" read as a verbless sentence: its root noun is the subject.
        return root
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i != verb.i:
        if verb.dep_ != "conj" and verb.tag_ not in {"VBG", "VBN", "VB"}:
            return None
        host = verb.head
        if verb.dep_ == "conj" and host.dep_ in {"ccomp", "advcl"} and is_cue_lemma(host.head.lemma_.lower()):
            # "Trump tweeted that X was … and encouraged …": the parser joined the second verb to the
            # reported clause, but it shares the reporter's subject.
            return subject_of(host.head, depth + 1)
        return subject_of(host, depth + 1)
    return None


def relative_source(verb: Token, source: Token) -> Token | None:
    """The relative pronoun that is the cue's own subject when its source is the noun the clause describes
    ("Smith, who said …" → "who"): the words that name the source in the cue's clause, as "he" is in "he said"."""
    if verb.dep_ != "relcl" or verb.head.i != source.i:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE), None)


def _speaking_it(verb: Token) -> bool:
    """ "It said", "it added that …": an organisation speaking; not "it seems", "it is said that"."""
    return (
        verb.pos_ == "VERB"
        and verb.tag_ in FINITE_TAGS
        and is_cue_lemma(verb.lemma_.lower())
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    )


def mention_span(head: Token, offset: int) -> Offsets:
    """The words that name the source: the noun phrase around `head`, without relative clauses."""
    keep = [head]
    for child in head.children:
        if child.dep_ in _NOT_IN_MENTION and not (child.dep_ == "prep" and child.lower_ == "of"):
            continue
        keep.extend(child.subtree)
    # Keep only the contiguous run around the head.
    indices = sorted(t.i for t in keep)
    lo = hi = indices.index(head.i)
    while lo > 0 and indices[lo - 1] == indices[lo] - 1:
        lo -= 1
    while hi + 1 < len(indices) and indices[hi + 1] == indices[hi] + 1:
        hi += 1
    doc = head.doc
    first, last = doc[indices[lo]], doc[indices[hi]]
    while first.i < last.i and (first.is_punct or first.dep_ == "punct"):
        first = doc[first.i + 1]
    while last.i > first.i and (last.is_punct or last.dep_ in {"punct", "cc"}):
        last = doc[last.i - 1]  # "the former secretary of state and [current nominee]": no dangling "and"
    return offset + first.idx, offset + last.idx + len(last.text)


def subtree_without(root: Token, *cut: Token) -> list[Token]:
    excluded = {t.i for c in cut for t in c.subtree}
    return [t for t in root.subtree if t.i not in excluded]


def fragments(tokens: list[Token], offset: int, text: str) -> list[Offsets]:
    """Contiguous runs of tokens as trimmed character spans."""
    runs: list[list[Token]] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    spans: list[Offsets] = []
    for run in runs:
        span = token_span(run, offset)
        if span is None:
            continue
        start, end = trim(text, *span)
        if any(ch.isalnum() for ch in text[start:end]):
            spans.append((start, end))
    return spans


def word_count(text: str, pieces: list[Offsets]) -> int:
    return sum(len(text[a:b].split()) for a, b in pieces)


def hull(pieces: list[Offsets]) -> Offsets:
    return pieces[0][0], pieces[-1][1]
