"""A clause of reason or condition right after a reported clause belongs to what was reported: "said the deal
would fail if the senators walked away", "charged that she hid the records because they contradicted her
pledge", "argued the plan was doomed unless the state paid". The claim holds under the condition, or for the
reason, the speaker gives; the parser often hangs the clause on the cue instead of the content's verb, and the
content stopped before it. Annotators run the content to the clause's end far more often than not (of the
clausal contents that stopped there on train 301–840 and dev, gold ran on in 16 of 18).

Not after a noun-phrase content ("opposed it because it fell short", "called the claims false because …"):
there the reason is the speaker's for taking the stance, and annotators mostly stop at the noun (gold ran on
in 2 of 5). Not when the
clause is itself a saying or a thought ("…, because she thinks he can win"): the writer's account of why the
speaker spoke. Clauses of time ("when", "after", "while") say when the words were said and stay out.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .cues import CLAUSE_CUES, word_set
from .spans import run_on_to, token_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .candidates import Candidate

__all__ = ["with_reason_clause"]

_REASON_OR_CONDITION = word_set("because if unless")
_GAP = re.compile(r",?[ \t]+")
# Verbs of a noun phrase rather than a clause: "the American-born judge", "a plan that would cut taxes".
_NOT_A_CLAUSE = frozenset({"amod", "compound", "relcl", "acl", "nmod"})


def with_reason_clause(cand: Candidate, doc: Doc, starts: list[int], offset: int, text: str) -> Candidate:
    """A clausal content after its cue that stops right before "because"/"if"/"unless" (a comma between or
    not, except ", unless") runs on to the end of the clause that word opens, in the same sentence."""
    if cand.cue is None or cand.start < cand.cue[1]:
        return cand  # "…, he said, because …": the content before the cue ends where the cue's words start
    pieces = cand.fragments or [(cand.start, cand.end)]
    start, end = pieces[-1]
    gap = _GAP.match(text, end)
    if gap is None or (gap.group().startswith(",") and text.startswith("unless", gap.end())):
        return cand  # ", unless …" is a circumstance the content stops before (`content_edges.before_circumstance`)
    mark = token_after(doc, starts, offset, gap.end())
    if mark is None:
        return cand
    verb = _opened_clause(mark)
    if verb is None or doc[mark.i - 1].sent.start != mark.sent.start or not _clausal(doc, starts, offset, start, end):
        return cand
    last = verb.right_edge
    if last.sent.start != mark.sent.start or _reports_inside(doc[mark.i + 1 : last.i + 1]):
        return cand
    return run_on_to(cand, text, last, offset)


def _opened_clause(mark: Token) -> Token | None:
    """The verb of the clause of reason or condition `mark` opens, unless that clause reports or thinks."""
    if mark.lower_ not in _REASON_OR_CONDITION or mark.dep_ != "mark":
        return None
    verb = mark.head
    if verb.dep_ != "advcl" or verb.left_edge.i != mark.i or verb.lemma_.lower() in CLAUSE_CUES:
        return None
    return verb


def _reports_inside(clause: Span) -> bool:
    """ "because, he said, it was unfair": someone's saying inside the clause (a cue verb with a subject of its
    own) is a statement of its own, which the content must not swallow; not "because they have been questioning
    the FBI's decisions"."""
    return any(
        t.pos_ in {"VERB", "AUX"}
        and t.lemma_.lower() in CLAUSE_CUES
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
        for t in clause
    )


def _clausal(doc: Doc, starts: list[int], offset: int, start: int, end: int) -> bool:
    """Whether the content has a verb of its own clause, not only a noun phrase ("it", "the claims false")."""
    first = bisect.bisect_left(starts, start - offset)
    last = bisect.bisect_left(starts, end - offset)
    return any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in _NOT_A_CLAUSE for t in doc[first:last])
