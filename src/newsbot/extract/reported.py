"""Reported speech from the dependency parse: a cue, its content complement and its grammatical source.

"Misri confirmed that Pakistan's DGMO had contacted …", "The economy is strong, he said", "He called for
tax cuts", "According to the report, …". Direct quotation marks are handled in `quotes.py`; here any clause
counts, and the pipeline later decides whether the content is direct, indirect or mixed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .candidates import Candidate, Offsets
from .cues import CLAUSE_CUES, OBJECT_CUES, PREP_CUES, XCOMP_CUES, cue_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_reported", "mention_span", "subject_of", "trim"]

_RELATIVE = frozenset({"who", "that", "which", "whom"})
_TRIM_END = " \t\n\u00a0,;:.—–-("
_TRIM_START = " \t\n\u00a0,;:.—–-)"
_QUOTE_CHARS = "\"“”'‘’«»"
_NOT_IN_MENTION = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advmod", "parataxis", "prep"})


def trim(text: str, start: int, end: int) -> Offsets:
    """Drop surrounding spaces and sentence punctuation, but keep quotation marks."""
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


def _span(tokens: Iterable[Token], offset: int) -> Offsets | None:
    items = list(tokens)
    if not items:
        return None
    first = min(items, key=lambda t: t.i)
    last = max(items, key=lambda t: t.i)
    return offset + first.idx, offset + last.idx + len(last.text)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The source of a cue verb: its subject, a passive agent, or the subject it shares with its head."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"} and child.lower_ not in {"it", "there"} | _RELATIVE:
            return child
        if child.dep_ == "nsubj" and child.lower_ in _RELATIVE and verb.dep_ == "relcl":
            return verb.head
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    if depth > 3:
        return None
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head is not verb:
        if verb.dep_ != "conj" and verb.tag_ not in {"VBG", "VBN", "VB"}:
            return None
        return subject_of(verb.head, depth + 1)
    return None


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
    while last.i > first.i and (last.is_punct or last.dep_ == "punct"):
        last = doc[last.i - 1]
    return offset + first.idx, offset + last.idx + len(last.text)


def _subtree_without(root: Token, *cut: Token) -> list[Token]:
    excluded = {t.i for c in cut for t in c.subtree}
    return [t for t in root.subtree if t.i not in excluded]


def _fragments(tokens: list[Token], offset: int, text: str) -> list[Offsets]:
    """Contiguous runs of tokens as trimmed character spans."""
    runs: list[list[Token]] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    spans: list[Offsets] = []
    for run in runs:
        span = _span(run, offset)
        if span is None:
            continue
        start, end = trim(text, *span)
        if any(ch.isalnum() for ch in text[start:end]):
            spans.append((start, end))
    return spans


def _content(verb: Token) -> tuple[list[Token], str] | None:
    """The content tokens of a cue verb and how they were found."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma in CLAUSE_CUES:
        clauses = [c for c in children if c.dep_ == "ccomp"]
        if clauses:
            return [t for c in clauses for t in c.subtree], "ccomp"
    if lemma == "call":
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        pred = next((c for c in children if c.dep_ in {"oprd", "xcomp"}), None)
        if obj is not None and pred is not None:
            return [*obj.subtree, *pred.subtree], "oprd"
    if lemma in XCOMP_CUES:
        for child in children:
            if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"} and child.i > verb.i:
                tokens = list(child.subtree)
                obj = next((c for c in children if c.dep_ == "dobj" and c.i < child.i), None)
                if obj is not None:
                    tokens.extend(obj.subtree)
                return tokens, "xcomp"
    preps = PREP_CUES.get(lemma)
    if preps:
        for child in children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i == verb.i + 1:
                objects = [t for g in child.children if g.dep_ in {"pobj", "pcomp"} for t in g.subtree]
                if objects:
                    return objects, "prep"
    if lemma in OBJECT_CUES:
        for child in children:
            if child.dep_ == "dobj" and child.i > verb.i and child.pos_ in {"NOUN", "PROPN"}:
                return list(child.subtree), "dobj"
    return None


def find_reported(doc: Doc, offset: int, paragraph: int, text: str) -> list[Candidate]:
    """Every cue in one paragraph's parse that has a content complement."""
    found: list[Candidate] = []
    for token in doc:
        if token.lower_ == "according" and token.dep_ == "prep":
            made = _according_candidate(token, offset, paragraph, text)
            if made is not None:
                found.append(made)
            continue
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = token.lemma_.lower()
        if lemma not in CLAUSE_CUES and lemma not in XCOMP_CUES and lemma not in OBJECT_CUES and lemma not in PREP_CUES:
            continue
        content = _content(token)
        pieces: list[Offsets]
        how: str
        if content is not None:
            tokens, how = content
            pieces = _fragments(tokens, offset, text)
            if how in {"ccomp", "oprd", "prep", "dobj", "xcomp"}:
                pieces = [_hull(pieces)] if pieces else []
        elif token.dep_ == "parataxis" and lemma in CLAUSE_CUES:
            # "The economy, he said, is strong": the host clause is the content.
            how = "parataxis"
            pieces = _fragments(_subtree_without(token.head, token), offset, text)
        else:
            continue
        if not pieces:
            continue
        cue = _span(cue_tokens(token), offset)
        subject = subject_of(token)
        found.append(
            Candidate(
                start=pieces[0][0],
                end=pieces[-1][1],
                kind="indirect",
                paragraph=paragraph,
                origin=how,
                fragments=pieces if len(pieces) > 1 else [],
                cue=cue,
                cue_token=token,
                speaker_token=subject,
                mention=mention_span(subject, offset) if subject is not None else None,
                date_anchor=_span(token.sent, offset),
            )
        )
    return found


def _hull(pieces: list[Offsets]) -> Offsets:
    return pieces[0][0], pieces[-1][1]


def _according_candidate(token: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = token.head
    if source is None or head is token:
        return None
    pieces = _fragments(_subtree_without(head, token), offset, text)
    if not pieces:
        return None
    cue = _span([token, to], offset)
    return Candidate(
        start=pieces[0][0],
        end=pieces[-1][1],
        kind="indirect",
        paragraph=paragraph,
        origin="according",
        fragments=pieces if len(pieces) > 1 else [],
        cue=cue,
        cue_token=token,
        speaker_token=source,
        mention=mention_span(source, offset),
        date_anchor=_span(token.sent, offset),
    )
