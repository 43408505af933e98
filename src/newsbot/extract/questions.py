"""A yes/no question put to "you" asks the reader; it reports nobody's words or stance: "Do you support the
new tax?", "Or would you think she must be the worst candidate?". Nobody is said to support or think anything.
Not a question that asks about a stance someone holds ("How do you know when it's worth paying more?", a wh-
question that presumes the knowing), nor an interviewer's question in a transcript turn ("Q: Do you think the
law should change?"), nor a question inside someone's quotation."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["asks_the_reader", "in_a_question"]

_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
_QUOTE_MARKS = frozenset('"“”')
_TRAILING = " \t\n\u00a0\"”’'"


def asks_the_reader(cue: Token | None) -> bool:
    """The cue's subject is "you", an auxiliary of the cue comes before it (`Do you`, `would you`), no wh-word
    opens the question, the sentence ends with "?", and it is the writer's own sentence: no quotation mark in
    it and no colon before it in its paragraph (a turn's `Q:` label, words introduced by a colon)."""
    if cue is None:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "you":
        return False
    auxiliary = next((c for c in cue.children if c.dep_ in {"aux", "auxpass"} and c.i < subject.i), None)
    if auxiliary is None:
        return False
    sentence = cue.sent
    if not in_a_question(cue):
        return False
    if any(t.tag_ in _WH_TAGS for t in cue.doc[sentence.start : auxiliary.i]):
        return False
    if any(ch in _QUOTE_MARKS for ch in sentence.text) or "''" in sentence.text or "``" in sentence.text:
        return False
    return ":" not in cue.doc[: sentence.start].text and not any(t.text == ":" for t in sentence if t.i < cue.i)


def in_a_question(token: Token) -> bool:
    """Whether the token's sentence ends with "?" (before any closing marks)."""
    return token.sent.text.rstrip(_TRAILING).endswith("?")
