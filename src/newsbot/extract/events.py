"""Events with dates: the verb each date mention belongs to, read off the dependency parse.

"The ferry sank in a storm on Tuesday night, the coastguard said on Wednesday" has two dated verbs: "sank"
(Tuesday) and "said" (Wednesday). Walking up from a date's head word to the first verb gives the clause the
date belongs to; an event noun the date modifies directly ("the March 3 fire", "Tuesday's primary") is
recorded too. Answers then date an event by its own verb rather than by whichever date is nearest.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..records import DateMention, Event

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .direct import DocIndex

__all__ = ["find_events"]

_MAX_HOPS = 8
_VERB_TAGS = frozenset(["VERB"])
_NOUN_DEPS = frozenset(["compound", "poss", "nmod", "amod", "npadvmod"])


def find_events(text: str, index: DocIndex, dates: Iterable[DateMention]) -> list[Event]:
    """One event per (date, governing word): the verb above the date, and an event noun it modifies."""
    events: list[Event] = []
    for mention in dates:
        head = _head_token(index, mention)
        if head is None:
            continue
        paragraph = index.paragraph_of(mention.start)
        for token in _governors(head):
            start = index.article_offset(paragraph, token)
            end = start + len(token.text)
            if text[start:end] != token.text:
                continue
            events.append(Event(text=token.text, start=start, end=end, lemma=token.lemma_.lower(), date=mention))
    return sorted(events, key=lambda e: (e.start, e.date.start))


def _head_token(index: DocIndex, mention: DateMention) -> Token | None:
    """The date's own head word: the token of the mention whose head lies outside it."""
    first = index.token_at(mention.start)
    if first is None:
        return None
    doc = first.doc
    paragraph = index.paragraph_of(mention.start)
    inside = [
        t
        for t in doc[first.i :]
        if index.article_offset(paragraph, t) < mention.end and index.article_offset(paragraph, t) >= mention.start
    ]
    for token in inside:
        if token.head not in inside or token.head is token:
            return token
    return None


def _governors(token: Token) -> list[Token]:
    """The event noun the date modifies directly (if any), then the first verb above it."""
    out: list[Token] = []
    if token.dep_ in _NOUN_DEPS and token.head.pos_ == "NOUN":
        out.append(token.head)
    current = token
    for _ in range(_MAX_HOPS):
        if current.head is current:
            break
        current = current.head
        if current.pos_ in _VERB_TAGS:
            out.append(current)
            break
    return out
