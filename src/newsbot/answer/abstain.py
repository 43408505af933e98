"""When to say "the article doesn't say", and how to say it helpfully.

Three cheap checks guard every free question before any answer is composed: the names the question depends on
must occur in the article; its other content words (what is being asked about: "become", "born", "won")
must be found there too, unless the semantic match is strong; and the verb of a "did/does …" question must
be found (or a word of its family) where the article speaks of the rest of the question: "When did the driver
buy the truck?" matches "driver" and "truck" well, yet an article that never tells of buying does not answer
it. A calibrated score floor catches the rest.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .compose import Reply, format_date
from .terms import SAYING_STEMS, stem
from .timeline import sort_key
from .verbs import LIGHT_VERBS, family_terms, relatives

if TYPE_CHECKING:
    from .model import QuestionKind
    from .question import Question
    from .retrieve import Ranking
    from .view import ArticleView

__all__ = [
    "MIN_SCORE",
    "STRONG_SIMILARITY",
    "abstain_reason",
    "covers",
    "doesnt_say",
    "missing_entities",
    "untold_verb",
]

# Calibrated on all-MiniLM-L6-v2 passage windows: unrelated questions score below ~0.3 combined, while
# answerable ones score above ~0.45 even when phrased far from the article's words.
MIN_SCORE = 0.3
STRONG_SIMILARITY = 0.55
_MIN_COVERAGE = 0.5
_PREFIX = 5


def missing_entities(view: ArticleView, question: Question) -> list[str]:
    """Proper-noun-looking words of the question that the article never uses (allowing inflection)."""
    vocab = view.sorted_vocab
    missing = []
    for entity, surface in zip(question.entities, question.entity_surfaces, strict=True):
        if entity in view.vocab_words:
            continue
        stem_prefix = entity[:_PREFIX] if len(entity) > _PREFIX + 1 else entity
        i = bisect.bisect_left(vocab, stem_prefix)
        if len(entity) > _PREFIX + 1 and i < len(vocab) and vocab[i].startswith(stem_prefix):
            continue
        missing.append(surface)
    return missing


def untold_verb(view: ArticleView, question: Question) -> str | None:
    """The question's main verb when no sentence holding another of the question's words (nor the sentences
    beside it in its paragraph) uses it or a word of its family; None when it is found, or when there is no
    verb to judge by (saying, "happen"). An article with none of the other words is searched whole."""
    verb = question.verb
    if verb is None or question.saying:
        return None
    key = stem(verb)
    if key in SAYING_STEMS or key in LIGHT_VERBS or key in view.name_stems:
        return None
    told = {i for term in family_terms(relatives(key), view.sorted_terms) for i in view.postings[term]}
    if not told:
        return verb
    sentences = view.sentences
    others = [term for term in question.terms if term != key and term in view.postings]
    if not others:
        return None  # nothing else of the question is in the article: the verb is there, which is enough
    for term in others:
        for i in view.postings[term]:
            paragraph = sentences[i].passage.paragraph  # the sentences beside it that tell the same story
            if any(j in told and sentences[j].passage.paragraph == paragraph for j in (i - 1, i, i + 1)):
                return None
    return verb


def event_terms(view: ArticleView, question: Question, *, statement: bool) -> list[str]:
    """The question's content words that are not names or roles of the article's people."""
    return [t for t in question.terms if t not in view.name_stems and not (statement and t in SAYING_STEMS)]


def coverage(view: ArticleView, terms: list[str]) -> float:
    """Idf-weighted share of `terms` the article contains."""
    total = sum(view.idf_of(t) for t in terms)
    if not total:
        return 1.0
    return sum(view.idf_of(t) for t in terms if t in view.idf) / total


def abstain_reason(view: ArticleView, question: Question, ranking: Ranking, *, statement: bool) -> str | None:
    """Why the article cannot answer `question`, or None if it may."""
    missing = missing_entities(view, question)
    if missing:
        return f"it never mentions {', '.join(missing)}"
    verb = untold_verb(view, question)
    if verb is not None:
        return f"nothing in it tells of “{verb}” or the like"
    best_sim = ranking.best_sim
    best = ranking.best_score
    terms = event_terms(view, question, statement=statement)
    share = coverage(view, terms)
    if terms and share == 0.0:
        return "nothing in it matches what you ask about"
    if share < _MIN_COVERAGE and best_sim < STRONG_SIMILARITY:
        return "nothing in it matches what you ask about"
    if best < MIN_SCORE:
        return "nothing in it is close to the question"
    return None


def covers(view: ArticleView) -> str:
    """A one-line summary of what the article does cover: its title, people and dates."""
    bits: list[str] = []
    title = view.article.meta.title
    if title:
        bits.append(f"“{title}”")
    people = [
        name + (f" ({role})" if (role := view.short_role(name)) else "")
        for name in view.person_order
        if view.persons[name].kind == "person" or view.by_speaker.get(name)
    ][:6]
    if people:
        bits.append("statements and mentions of " + ", ".join(people))
    values = sorted(
        {d.value for d in view.article.records.dates if len(d.value) >= 7 and d.value[0] != "-"}, key=sort_key
    )
    if values:
        bits.append(
            f"events dated {format_date(values[0])} to {format_date(values[-1])}"
            if len(values) > 1
            else f"events dated {format_date(values[0])}"
        )
    return "; ".join(bits) if bits else "its own text only"


def doesnt_say(view: ArticleView, question: str, kind: QuestionKind, detail: str = "") -> Reply:
    """The honest reply: the article doesn't say, here is what it does cover, here is what you can ask."""
    reply = Reply(view, question, kind, answered=False)
    lead = "The article doesn't say" + (f" ({detail})" if detail else "") + "."
    return reply.say(f"{lead} It covers: {covers(view)}. Try /who, /when or /quotes.")
