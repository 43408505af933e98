"""\"X has reportedly done Y\": the adverb marks the clause as reported by someone the article does not name.

The statement is the clause the adverb modifies and has no speaker; its quote runs over the whole clause,
adverb included ("The club has reportedly spent …"), while its fragments leave the adverb out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .according import joined_clauses
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
    rule, with its own source and content; a relative clause ("the minister, who reportedly fled …") is not
    read."""
    if token.lower_ not in _REPORTING_ADVERBS or token.dep_ != "advmod":
        return None
    verb = token.head
    if verb.i == token.i or verb.pos_ not in {"VERB", "AUX"} or verb.dep_ == "relcl":
        return None  # a relative clause starts at its "who", and reports about a noun outside it
    if is_cue_lemma(verb.lemma_.lower()):
        return None
    cut = {t.i for joined in joined_clauses(verb, verb) for t in joined.subtree}
    tokens = [t for t in clause_tokens(verb) if t.i != token.i and t.i not in cut]
    pieces = on_cue_line(fragments(tokens, offset, text), text, offset + token.idx)
    if not pieces or word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    return indirect_candidate(pieces, paragraph, "reportedly", [token], None, offset)
