"""A reported clause that goes on past "and"/"but": the second clause the parser hung on the cue verb (or
above it) instead of on the first, and the conjunct after a joining word the content would otherwise end on.

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

__all__ = ["dangling_conjunct", "second_that_clause"]

_JOINERS = frozenset({"and", "but", "or"})
_DANGLING = _JOINERS | {"nor"}
_OPENS_A_CLAUSE = frozenset({"that", "how", "why", "whether", "what", "when", "where", "who", "which", "if"})


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


def dangling_conjunct(verb: Token, tokens: list[Token]) -> list[Token]:
    """The rest of a content that ends on "and"/"or"/"but": the parser hung the second conjunct elsewhere
    ("no specifics about targets or why it would work", "a big win and the fact that she leads"), and a
    content cannot end on a joining word. The phrase that opens after it goes on the content; not a clause with
    a subject of its own or a saying of its own ("… and Democrats coped", "… and said"), nor after a comma
    unless a "that"/wh- clause follows."""
    if not tokens:
        return []
    doc = verb.doc
    last = max(tokens, key=lambda t: t.i)
    if last.lower_ not in _DANGLING or last.pos_ != "CCONJ" or last.i + 1 >= verb.sent.end:
        return []
    opener = doc[last.i + 1]
    after_comma = last.i > 0 and doc[last.i - 1].text == ","
    if after_comma and opener.lower_ not in _OPENS_A_CLAUSE:
        return []
    taken = {t.i for t in tokens}
    phrase = opener
    while (
        phrase.head.i != phrase.i
        and phrase.head.i not in taken
        and phrase.head.i != verb.i
        and phrase.head.left_edge.i >= opener.i
    ):
        phrase = phrase.head
    added = list(phrase.subtree)
    if any(t.i in taken or t.text in QUOTE_CHARS for t in added) or opener.tag_ == "TO":
        return []
    if any(t.pos_ in {"VERB", "AUX"} and is_cue_lemma(t.lemma_.lower()) for t in added):
        return []
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in phrase.children)
    if phrase.pos_ in {"VERB", "AUX"} and own_subject and opener.lower_ not in _OPENS_A_CLAUSE:
        return []
    return added
