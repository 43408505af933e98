"""\"X has reportedly done Y\": the adverb marks the clause as reported by someone the article does not name.

The statement is the clause the adverb modifies, without the adverb itself, and has no speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate
from .clauses import clause_tokens
from .content_edges import on_cue_line
from .cues import is_cue_lemma
from .indirect import MIN_CONTENT_WORDS, indirect_candidate
from .spans import fragments, word_count

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["reportedly_candidate"]

_REPORTING_ADVERBS = frozenset({"reportedly"})


def reportedly_candidate(token: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """The clause a reporting adverb modifies; a cue verb it modifies ("reportedly said") is read by its own
    rule, with its own source and content."""
    if token.lower_ not in _REPORTING_ADVERBS or token.dep_ != "advmod":
        return None
    verb = token.head
    if verb.i == token.i or verb.pos_ not in {"VERB", "AUX"} or is_cue_lemma(verb.lemma_.lower()):
        return None
    tokens = [t for t in clause_tokens(verb) if t.i != token.i and not _own_clause_after(verb, t)]
    pieces = on_cue_line(fragments(tokens, offset, text), text, offset + token.idx)
    if not pieces or word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    return indirect_candidate(pieces, paragraph, "reportedly", [token], None, offset)


def _own_clause_after(verb: Token, token: Token) -> bool:
    """A clause joined after the verb with a subject of its own ("…, but they had returned"), or the
    conjunction and comma that join it, is not what the adverb reports."""
    for child in verb.children:
        if child.dep_ != "conj" or child.i < verb.i:
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children):
            continue
        start = child.left_edge.i
        joiners = [c.i for c in verb.children if c.dep_ in {"cc", "punct"} and verb.i < c.i < start]
        first = min([start, *joiners])
        if first <= token.i <= child.right_edge.i:
            return True
    return False
