"""Hybrid retrieval: one embedding of the question, FAISS cosine per sentence, plus lexical and record signals.

Sentences are scored by semantic similarity of their passage window plus the idf-weighted share of the
question's terms they contain. Statements are scored from the sentences they cover and their own words, with
record-based adjustments: a statement by a person the question names is what "what did X say" wants and
what "who defended X" does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .terms import SAYING_STEMS, tokens

if TYPE_CHECKING:
    from ._types import LibraryLike
    from .question import Question
    from .view import ArticleView

__all__ = ["LEXICAL_WEIGHT", "Ranking", "rank", "similarities"]

LEXICAL_WEIGHT = 0.8
_SPEECH_BONUS = 0.1
_VERBATIM_BONUS = 0.05
_NAMED_SPEAKER_BONUS = 0.15
_NAMED_SUBJECT_PENALTY = 1.0  # "who defended X": X is not the answer
_NO_SPEAKER_PENALTY = 0.2


@dataclass(frozen=True)
class Ranking:
    """Scores for every sentence and statement of one article, for one question."""

    sims: list[float]
    lexical: list[float]
    sentence_scores: list[float]
    statement_scores: list[float]
    matched: list[frozenset[str]]  # the question terms each sentence contains

    def sentences_by_score(self) -> list[int]:
        return sorted(range(len(self.sentence_scores)), key=lambda i: (-self.sentence_scores[i], i))

    def statements_by_score(self) -> list[int]:
        return sorted(range(len(self.statement_scores)), key=lambda i: (-self.statement_scores[i], i))


def similarities(library: LibraryLike, view: ArticleView, query: str) -> list[float]:
    """Cosine similarity of `query` to every sentence's passage window: one encode, one search."""
    sims = [0.0] * len(view.sentences)
    if not view.sentences or not query.strip():
        return sims
    vector = library.embed([query])
    if len(vector.shape) == 2:
        vector = vector[0]
    by_start = {s.passage.start: s.index for s in view.sentences}
    for passage, score in library.search(vector, len(view.sentences), article_id=view.article.id):
        i = view.passage_to_sentence.get(passage.id)
        if i is None or view.sentences[i].passage.start != passage.start:
            i = by_start.get(passage.start)
        if i is not None:
            sims[i] = max(sims[i], float(score))
    return sims


def _lexical(view: ArticleView, terms: tuple[str, ...], have: frozenset[str]) -> tuple[float, frozenset[str]]:
    if not terms:
        return 0.0, frozenset()
    total = sum(view.idf_of(t) for t in terms)
    matched = frozenset(t for t in terms if t in have)
    return (sum(view.idf_of(t) for t in matched) / total if total else 0.0), matched


def rank(view: ArticleView, question: Question, sims: list[float], persons: list[str]) -> Ranking:
    """Score every sentence and statement of `view` for `question` (`persons`: the people it names)."""
    terms = question.terms
    lexical: list[float] = []
    matched: list[frozenset[str]] = []
    for s in view.sentences:
        lex, hit = _lexical(view, terms, s.terms)
        lexical.append(lex)
        matched.append(hit)
    sentence_scores = [sims[i] + LEXICAL_WEIGHT * lexical[i] for i in range(len(view.sentences))]
    named = set(persons)
    asks_who = question.intent == "who"
    speech_terms = [t for t in terms if t in SAYING_STEMS]
    # The verb of saying describes the statement, not its content: "who backed X" must not match "take back".
    content = tuple(t for t in terms if t not in SAYING_STEMS)
    statement_scores: list[float] = []
    for sv in view.statements:
        st = sv.statement
        sem = max((sims[i] for i in sv.sentences), default=0.0)
        lex, _ = _lexical(view, content, sv.terms)
        score = sem + LEXICAL_WEIGHT * lex
        if question.saying:
            score += _SPEECH_BONUS
            if st.cue is not None and any(t in speech_terms for t in tokens(st.cue.text)):
                score += _SPEECH_BONUS / 2
        if st.kind in ("direct", "post", "mixed"):
            score += _VERBATIM_BONUS
        if st.speaker in named:
            score += -_NAMED_SUBJECT_PENALTY if asks_who else _NAMED_SPEAKER_BONUS
        if asks_who and not st.speaker:
            score -= _NO_SPEAKER_PENALTY
        statement_scores.append(score)
    return Ranking(sims, lexical, sentence_scores, statement_scores, matched)
