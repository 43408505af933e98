"""Organisations and groups as speakers: "it added" after "the ministry said", "they said" after "the
prosecutors said", and "the statement said" after "the ministry issued a statement".

"It" and "they" resolve to the nearest speaker before them that is an organisation or a group (never a
person): "it" to an organisation, "they" to a group of people or an organisation. A document that speaks
("the statement said") is the words of whoever issued it. Nothing compatible within a few paragraphs leaves
`speaker: null`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .candidates import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["GroupKind", "group_kind", "resolve_groups"]

GroupKind = Literal["organisation", "group"]

_MAX_PARAGRAPHS_BACK = 2
_ORG_ENTITIES = frozenset({"ORG", "GPE", "NORP"})
# Singular nouns that name an organisation: "the ministry", "the company", "the campaign".
ORG_NOUNS = frozenset(
    {"ministry", "department", "government", "company", "firm", "agency", "office", "campaign", "committee"}
    | {"council", "court", "party", "union", "bank", "board", "commission", "group", "organisation", "organization"}
    | {"administration", "authority", "service", "university", "school", "hospital", "club", "team", "network"}
    | {"newspaper", "paper", "magazine", "channel", "broadcaster", "embassy", "military", "army", "navy", "police"}
    | {"parliament", "congress", "senate", "legislature", "coalition", "alliance", "foundation", "institute"}
    | {"association", "federation", "league", "regime", "cabinet", "corporation", "airline", "manufacturer"}
    | {"retailer", "watchdog", "regulator", "charity", "outlet", "website", "site", "studio", "label", "church"}
    | {"county", "city", "state", "country", "district", "kremlin", "pentagon", "secretariat"}
)
# Nouns for a group of people that a plural "they" can point back to even when singular in form.
_GROUP_NOUNS = frozenset({"police", "staff", "military", "personnel", "crew", "jury", "panel", "family", "public"})
# Documents that speak for whoever issued them.
DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "release", "letter", "filing", "memo", "complaint", "announcement", "communique"}
    | {"notice", "lawsuit", "indictment", "ruling", "study", "survey", "document", "post", "tweet", "email"}
)
_ISSUING = frozenset({"issue", "release", "publish", "put", "send", "post", "file", "write", "circulate", "make"})


def group_kind(token: Token | None) -> GroupKind | None:
    """Whether a source token names an organisation ("the ministry", "Reuters") or a group of people
    ("prosecutors", "police"); None for a person, a pronoun or anything else."""
    if token is None or token.pos_ == "PRON":
        return None
    lemma = token.lemma_.lower()
    if token.ent_type_ == "PERSON":
        return None
    if token.tag_ in {"NNS", "NNPS"} or lemma in _GROUP_NOUNS:
        return "group" if token.ent_type_ not in _ORG_ENTITIES or token.tag_ == "NNS" else "organisation"
    if token.ent_type_ in _ORG_ENTITIES or lemma in ORG_NOUNS:
        return "organisation"
    return None


@dataclass
class _Seen:
    paragraph: int
    kind: GroupKind
    speaker: str


def _document_head(token: Token) -> bool:
    """ "The statement", "its report": a bare definite document, which stands for whoever issued it. "A UN
    report" or "the audit report by …" names its own source and stays a description."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in DOCUMENT_NOUNS or token.tag_ != "NN":
        return False
    children = list(token.children)
    definite = any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.lower_ in {"its", "their"}) for c in children
    )
    return definite and all(c.dep_ in {"det", "poss", "punct"} for c in children)


def _issuer(document: Token) -> Token | None:
    """Who issued the document, named in the sentence before it or its own: "The ministry issued a statement
    on Monday. The statement said …", "In a statement, the company said …" is the company's own."""
    doc = document.doc
    sent = document.sent
    previous = doc[sent.start - 1].sent if sent.start > 0 else None
    for clause in (sent, previous):
        if clause is None:
            continue
        for verb in clause:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ISSUING:
                continue
            if not any(c.dep_ == "dobj" and c.lemma_.lower() == document.lemma_.lower() for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and group_kind(subject) is not None:
                return subject
    return None


def resolve_groups(candidates: Sequence[Candidate], organisations: Iterable[str] = ()) -> None:
    """Give "it", "they" and speaking documents the organisation or group they stand for, in place.

    `organisations` are the names of persons records marked as organisations (they speak under their name).
    """
    named_orgs = set(organisations)
    seen: list[_Seen] = []
    for cand in sorted(candidates, key=lambda c: c.start):
        token = cand.speaker_token
        if cand.speaker is None and token is not None and token.lower_ in {"it", "they"}:
            wanted: set[GroupKind] = {"organisation"} if token.lower_ == "it" else {"organisation", "group"}
            found = _nearest(seen, cand.paragraph, wanted)
            if found is not None:
                cand.speaker = found.speaker
        elif cand.speaker is not None and token is not None and _document_head(token):
            issuer = _issuer(token)
            if issuer is not None and cand.mention is not None:
                cand.speaker = _describe(issuer, seen)
            else:
                found = _nearest(seen, cand.paragraph, {"organisation"})
                if found is not None:
                    cand.speaker = found.speaker
        kind = "organisation" if cand.speaker in named_orgs else group_kind(token)
        if token is not None and token.lower_ in {"it", "they"} and cand.speaker is not None:
            kind = _nearest_kind(seen, cand.speaker)
        if cand.speaker is not None and kind is not None:
            seen.append(_Seen(cand.paragraph, kind, cand.speaker))


def _describe(issuer: Token, seen: Sequence[_Seen]) -> str:
    """The issuer as a speaker: the name a previous statement gave it, else its own words."""
    for entry in reversed(seen):
        if entry.speaker.lower().endswith(issuer.text.lower()):
            return entry.speaker
    doc = issuer.doc
    return doc[issuer.left_edge.i : issuer.i + 1].text


def _nearest(seen: Sequence[_Seen], paragraph: int, wanted: set[GroupKind]) -> _Seen | None:
    for entry in reversed(seen):
        if entry.paragraph < paragraph - _MAX_PARAGRAPHS_BACK:
            return None
        if entry.kind in wanted:
            return entry
    return None


def _nearest_kind(seen: Sequence[_Seen], speaker: str) -> GroupKind | None:
    return next((entry.kind for entry in reversed(seen) if entry.speaker == speaker), None)
