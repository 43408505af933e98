"""Fact questions that want one thing first: a number ("how many …?"), an age ("how old is X?"), or the name
the article writes with a noun ("which channel …?" → "channel BFM TV"). Each leads with that thing, then
cites the sentence that gives it; when no close sentence holds one, the caller answers as for any question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .compose import ANSWER_QUOTE_CHARS, Reply
from .retrieve import term_positions

if TYPE_CHECKING:
    from .question import Question
    from .retrieve import Ranking
    from .view import ArticleView, SentenceView

__all__ = ["HOW_MANY", "HOW_OLD", "WHICH", "age_reply", "count_reply", "which_reply"]

_COUNT_CANDIDATES = 5
_COUNT_MARGIN = 0.15
HOW_MANY = re.compile(r"^\W*how\s+(?:many|much)\b", re.I)
_NUMBER_WORDS = re.compile(
    r"(?:(?:about|some|nearly|almost|over|more\s+than|at\s+least|fewer\s+than)\s+)?"
    r"(?:[$£€]\s?)?\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands)\b",
    re.I,
)
WHICH = re.compile(
    r"^\W*which\s+(?P<noun>(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)\s+"
    r"(?=(?:did|does|do|is|was|were|are|has|have|had|will|would)\b|[^\W\d_]+ed\b)",
    re.I,
)
_NAME = r"[A-Z][\w'’-]*(?:\.(?=\s+[A-Z]))?(?:\s+(?:(?:of|for|and|the|de|van|al|bin)\s+)?[A-Z][\w'’-]*)*"
HOW_OLD = re.compile(r"^\W*how\s+old\b", re.I)
_AGE_AFTER_NAME = re.compile(r",\s*(?:aged\s+)?(?P<age>\d{1,3})\s*(?:,|\.|\)|$)")
_DATE_LIKE = re.compile(r"^(?:1[89]|20)\d{2}$")


def _close_sentences(ranking: Ranking) -> Iterator[int]:
    """The best sentences, in order, while they stay within `_COUNT_MARGIN` of the best one's score."""
    order = ranking.sentences_by_score()
    if not order:
        return
    top = ranking.sentence_scores[order[0]]
    for i in order[:_COUNT_CANDIDATES]:
        if ranking.sentence_scores[i] < top - _COUNT_MARGIN:
            return
        yield i


def count_reply(view: ArticleView, q: Question, ranking: Ranking) -> Reply | None:
    """ "How many …?": the number, from the best close sentence that gives one next to what is asked about.

    When that sentence is the headline, the body sentence that gives the same number is cited instead: the
    headline only sums up what the body tells with its details and its source.
    """
    for i in _close_sentences(ranking):
        best = _number_near_terms(view, ranking, i)
        if best is None:
            continue
        if i in view.headline:
            i, best = _body_restating(view, ranking, best) or (i, best)
        reply = Reply(view, q.raw, "what")
        reply.say(f"{best.group(0)}:\n")
        reply.quote(view.sentences[i].span, max_chars=ANSWER_QUOTE_CHARS)
        return reply
    return None


def _numbers(s: SentenceView, text: str) -> list[re.Match[str]]:
    """The numbers of sentence `s`, without years and the numbers of dates."""
    found = _NUMBER_WORDS.finditer(text, s.passage.start, s.passage.end)
    return [m for m in found if not _DATE_LIKE.match(m.group(0)) and not _in_date(s, m.start())]


def _number_near_terms(view: ArticleView, ranking: Ranking, i: int) -> re.Match[str] | None:
    """The number of sentence `i` closest to the question's words it holds, if it holds both."""
    s = view.sentences[i]
    positions = term_positions(view, s, ranking.matched(i))
    numbers = _numbers(s, view.text)
    if not numbers or not positions:
        return None
    return min(numbers, key=lambda m: min(abs(m.start() - p) for p, _ in positions))


def _number_core(number: str) -> str:
    """What two spellings of one number share: "at least 80" and "80" → "80"; "1.5 million" stays "1.5
    million", not "15" (nor the same as "1.5 billion")."""
    found = re.search(r"\d[\d,]*(?:\.\d+)?", number)
    if found is None:
        return number.lower().split()[-1]
    scale = re.search(r"\b(hundred|thousand|million|billion|trillion)\b", number[found.end() :], re.I)
    core = found.group(0).replace(",", "")
    return f"{core} {scale.group(1).lower()}" if scale else core


def _body_restating(view: ArticleView, ranking: Ranking, number: re.Match[str]) -> tuple[int, re.Match[str]] | None:
    """The best-ranked body sentence that gives the headline's `number` along with a word of the question."""
    core = _number_core(number.group(0))
    for j in ranking.sentences_by_score():
        if j in view.headline or not ranking.matched(j):
            continue
        same = [m for m in _numbers(view.sentences[j], view.text) if _number_core(m.group(0)) == core]
        if same:
            return j, same[0]
    return None


def which_reply(view: ArticleView, q: Question, ranking: Ranking, noun: str) -> Reply | None:
    """ "Which channel / judge / group …?": the name the article writes with that noun ("channel BFM TV",
    "Judge Helena Morrow", "Time magazine"), from the best close sentence that has one."""
    head = re.escape(noun.split()[-1])
    # The noun in any case, the name capitalised: "channel BFM TV", "Time magazine".
    after = re.compile(rf"\b(?P<noun>(?i:{head}))(?:e?s)?\s+(?P<name>{_NAME})")
    before = re.compile(rf"(?P<name>{_NAME})\s+(?P<noun>(?i:{head}))(?:e?s)?\b")
    for i in _close_sentences(ranking):
        text = view.sentences[i].passage.text
        m = after.search(text)
        found = None
        if m is not None:
            noun_word = m.group("noun")
            found = f"{noun_word} {m.group('name')}" if noun_word[:1].isupper() and i != 0 else m.group("name")
            if noun_word[:1].isupper() and view.find_persons(m.group("name")):
                found = m.group("name")  # "Judge Helena Morrow": the title is no part of the answer
        elif (b := before.search(text)) is not None:
            found = f"{b.group('name')} {b.group('noun')}"
        if found is None:
            continue
        people = view.find_persons(found)
        reply = Reply(view, q.raw, "what", speaker=people[0] if people else None)
        reply.say(f"{found}:\n")
        reply.quote(view.sentences[i].span, max_chars=ANSWER_QUOTE_CHARS)
        return reply
    return None


def age_reply(view: ArticleView, q: Question, name: str) -> Reply | None:
    """ "How old is X?": the age news style puts right after a mention of X ("Khan, 45," or "X, aged 45")."""
    person = view.persons.get(name)
    for mention in sorted(person.mentions if person else [], key=lambda m: m.start):
        m = _AGE_AFTER_NAME.match(view.text, mention.end)
        if m is None:
            continue
        i = view.sentence_at(mention.start)
        reply = Reply(view, q.raw, "what", speaker=name)
        reply.say(f"{m.group('age')}:\n")
        if i is not None:
            reply.quote(view.sentences[i].span, max_chars=ANSWER_QUOTE_CHARS)
        return reply
    return None


def _in_date(s: SentenceView, offset: int) -> bool:
    return any(d.start <= offset < d.end for d in s.dates)
