"""Where a poll or a count shows someone standing: "The poll shows Clinton ahead by three points", "shows
Sanders within two points of Clinton", "showed Rubio in third at 11 percent". The standing is what is shown;
the parser hangs it on the verb, so an object-only content would stop at the name. A finding's tally goes on
past a comma to the end of its sentence when what follows adds to the count ("…, followed by Kasich at 10
percent", "…, with 13 percent undecided", "…, while Republicans favored Trump")."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .clauses import time_of_saying
from .in_sources import FINDINGS
from .spans import trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .candidates import Offsets

__all__ = ["margin_after_object", "placed_by_poll", "shown_with_standing", "standing_after_object", "tally_goes_on"]

_SHOWING = frozenset({"show", "find"})
_WHEN = frozenset({"DATE", "TIME"})
_COUNTS = frozenset({"PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
_RANKING = frozenset({"ahead", "behind", "lead", "leading", "trail", "trailing", "tie", "tied", "edge", "margin"})
_STANDING_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl", "acl", "xcomp", "oprd", "dep"})


def shown_with_standing(verb: Token) -> list[Token]:
    """The one a poll shows or finds standing somewhere, as the finding's object: "found Mrs. Smith with a lead
    of 48 percent to 41 percent", "show him with a big lead", "found 90 percent support for the plan" (a share
    in the object itself); else nothing. The standing itself is added by `standing_after_object`."""
    if verb.lemma_.lower() not in _SHOWING:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.ent_type_ == "MONEY":
        return []  # "find a bit over $500 a month": a sum, no one placed
    tokens = list(obj.subtree)
    if any(_ranks(t) for t in standing_after_object(verb, tokens)) or any(_share(t) for t in tokens):
        return tokens
    return []


def _ranks(token: Token) -> bool:
    """A word that places a contender (`_places`), but not a number that names a year or a sum ("the Clean Air
    Act of 1970", "over $500 a month")."""
    return _places(token) and not (token.like_num and token.ent_type_ and token.ent_type_ not in _COUNTS)


# Verbs by which a poll places someone: "the poll has Clinton leading by six points", "had him at 4 percent",
# "gave Clinton a 30-point advantage", "put his support at 5 percent".
_PLACING = frozenset({"have", "give", "put"})
_PLACED_DEPS = frozenset({"dobj", "dative", "ccomp", "prep", "oprd", "xcomp", "npadvmod", "advmod", "acomp"})


def placed_by_poll(verb: Token) -> list[Token]:
    """What a poll "has", "gives" or "puts" someone at, when it ranks or counts: the words after the verb up to
    a comma ("has Clinton leading Trump by six points"); else nothing ("the poll had a small sample")."""
    if verb.lemma_.lower() not in _PLACING:
        return []
    if not _said_by_a_finding(verb):
        return []
    placed: list[Token] = []
    for child in sorted((c for c in verb.children if c.i > verb.i), key=lambda c: c.i):
        if child.dep_ not in _PLACED_DEPS:
            break
        placed.extend(child.subtree)
    return placed if _someone_placed(verb) and any(_ranks(t) and not _counts_things(t) for t in placed) else []


def _said_by_a_finding(verb: Token) -> bool:
    """Whether the verb's subject is a poll, survey or study ("the poll has …", "the study found …"), not a
    person ("Researchers found …")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subject is not None and bool({subject.lemma_.lower(), subject.lower_} & (FINDINGS | {"polling", "polls"}))


def _counts_things(number: Token) -> bool:
    """A number that counts the things given, not a standing: "gave voters three choices" (but "a 30-point
    advantage", "by six points")."""
    return number.dep_ == "nummod" and number.head.lemma_.lower() not in {"point", "percent", "percentage"}


def _someone_placed(verb: Token) -> bool:
    """ "has Clinton …", "has him …", "gave Clinton a lead", "put his support at …"; not what the poll itself
    has ("had a margin of error of 3 points", "gave no figures")."""
    after = [c for c in verb.children if c.i > verb.i]
    lemma = verb.lemma_.lower()
    if lemma == "give":
        return any(c.dep_ == "dative" for c in after)
    if lemma == "put":
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in after)
    return any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.pos_ in {"PROPN", "PRON"}) for c in after)


def standing_after_object(verb: Token, tokens: list[Token]) -> list[Token]:
    """The words right after a shown object that place it ("ahead by three points", "at 10 percent",
    "leading the field"), up to a comma; else nothing."""
    if verb.lemma_.lower() not in _SHOWING or not tokens:
        return []
    doc = verb.doc
    end = max(t.i for t in tokens)
    extra: list[Token] = []
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i <= end:
            continue
        if child.left_edge.i != end + 1 or child.dep_ not in _STANDING_DEPS:
            break
        if doc[child.left_edge.i].is_punct or time_of_saying(child):
            break
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in child.children):
            break  # a clause of its own ("…, while Trump leads"), not a standing
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in _WHEN for g in child.children):
            break  # "on Tuesday": when it was shown, not where someone stands
        extra.extend(child.subtree)
        end = child.right_edge.i
    return extra if any(_places(t) for t in extra) else []


_MARGIN_WORDS = frozenset({"point", "points", "percent", "digits", "margin", "votes"})


def margin_after_object(verb: Token, tokens: list[Token]) -> list[Token]:
    """The margin right after the object of a verb of backing or winning: "men under 35 support Sanders by 4
    percentage points", "voters favor her by a 6-point margin" — by how much the stance holds is part of it.
    The "by" phrase must follow the object at once and hold a number of points, percent or votes."""
    if not tokens:
        return []
    end = max(t.i for t in tokens)
    by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == end + 1), None)
    if by is None:
        return []
    phrase = list(by.subtree)
    counted = any(t.like_num or t.ent_type_ in {"PERCENT", "CARDINAL"} for t in phrase)
    if not counted or not any(t.lower_ in _MARGIN_WORDS or t.ent_type_ == "PERCENT" for t in phrase):
        return []  # "supported Clinton by a wide margin": no count, a manner of supporting
    return phrase


def _places(token: Token) -> bool:
    """A word that ranks or counts: "ahead", "lead", "third", "11 percent" (not "at a news conference")."""
    return token.like_num or token.ent_type_ in _COUNTS or token.lemma_.lower() in _RANKING


# After a comma, words that carry a tally on: "while"/"whereas" set another group's figure against it.
_SETTING_AGAINST = frozenset({"while", "whereas"})
_NEAR = 3  # "with 13 percent", "with a staggering 56 percent": the figure within a few words of "with"


def tally_goes_on(
    pieces: list[Offsets], verb: Token, doc: Doc, starts: list[int], offset: int, text: str
) -> list[Offsets]:
    """A poll's or a study's finding that stops at a comma runs on to the end of its sentence when the words
    after the comma carry the count on: "followed by …", "with N percent …", "while …", a score ("72 percent
    to 8 percent"), a participle with a share ("earning 51 percent")."""
    if verb.lemma_.lower() not in _SHOWING or not pieces:
        return pieces
    start, end = pieces[-1]
    if text[end : end + 2] != ", ":
        return pieces
    at = bisect.bisect_left(starts, end + 2 - offset)
    if at >= len(doc) or doc[at].sent != verb.sent or not _carries_on(doc[at], verb):
        return pieces
    return [*pieces[:-1], trim(text, start, offset + verb.sent.end_char)]


def _carries_on(word: Token, verb: Token) -> bool:
    """Whether the word opening the stretch after the comma adds to the finding's count."""
    doc = word.doc
    ahead = doc[word.i + 1 : min(word.i + 1 + _NEAR, word.sent.end)]
    if word.lower_ in _SETTING_AGAINST:
        # a poll's count set against another: "Smith up four points, while …"; not "showed the letter, while …"
        # nor a person's finding ("Researchers found that 12 people had died, while others recovered"); a
        # finding in shares of those polled is a poll's whoever found it ("Military Times found …, 72 percent")
        found = doc[verb.i + 1 : word.sent.end]
        if not (_said_by_a_finding(verb) or any(_share(t) for t in found)):
            return False
        return any(_places(t) and t.ent_type_ not in _WHEN for t in found)
    if word.lower_ == "followed":  # "followed (closely) by Kasich at 10 percent"
        return any(t.lower_ == "by" for t in ahead[:2]) and all(t.lower_ == "by" or t.pos_ == "ADV" for t in ahead[:1])
    if word.lower_ == "with":
        return any(_share(t) for t in ahead)
    if word.tag_ == "VBG":
        return any(_share(t) for t in word.subtree)
    return _share(word)


def _share(token: Token) -> bool:
    """A share of those polled: "51 percent", "32%" (not "one of Clinton's aides", "the five most recent polls")."""
    return token.ent_type_ == "PERCENT" or token.text.endswith("%")
