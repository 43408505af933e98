"""A reported clause that goes on past "and"/"but": the second clause the parser hung on the cue verb (or
above it) instead of on the first.

"predicted that wages would fall, but that overtime would offset the losses": a second "that" clause can
only be more of what was predicted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import clause_tokens, opens_with_that
from .cues import is_cue_lemma
from .indirect import QUOTE_CHARS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["second_that_clause"]

_JOINERS = frozenset({"and", "but", "or"})


def second_that_clause(verb: Token, tokens: list[Token]) -> list[Token]:
    """The tokens of a "…, and/but that …" clause right after a content, when the parser joined it to the cue
    verb or above it; else nothing. Without "that" the second clause may as well be the writer's own
    ("said the plan was sound, and the crowd cheered"), so it is left out."""
    joined = _joined_clause(verb, tokens)
    if joined is None:
        return []
    return clause_tokens(joined) if opens_with_that(joined) else []


def _joined_clause(verb: Token, tokens: list[Token]) -> Token | None:
    """The clause that starts right after the content and ", and"/", but", hung on the cue verb or one of its
    heads, in the same sentence and without quotation marks or a saying of its own."""
    if not tokens:
        return None
    doc = verb.doc
    end = max(t.i for t in tokens)
    if end < verb.i:
        return None
    at = end + 1
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if at + 1 >= len(doc) or doc[at].lower_ not in _JOINERS or doc[at].pos_ != "CCONJ":
        return None
    start = at + 1
    hosts = {verb.i, *(a.i for a in verb.ancestors)}
    sent_end = verb.sent.end
    joined = next(
        (t for t in doc[start:sent_end] if t.dep_ == "conj" and t.head.i in hosts and t.left_edge.i == start),
        None,
    )
    if joined is None or is_cue_lemma(joined.lemma_.lower()):
        return None
    if any(t.text in QUOTE_CHARS for t in joined.subtree):
        return None
    return joined
