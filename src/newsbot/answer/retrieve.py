"""Hybrid retrieval: one embedding of the question, FAISS cosine per sentence, plus lexical and record signals.

Sentences are scored by semantic similarity of their passage window plus the idf-weighted share of the
question's terms they contain. Statements are scored from the sentences they cover and their own words, with
record-based adjustments: a statement by a person the question names is what "what did X say" wants and
what "who defended X" does not. Lexical scores come from the view's inverted index, so a question costs
work in proportion to the postings of its few terms, not to the article's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .terms import SAYING_STEMS, stem, words

if TYPE_CHECKING:
    import numpy.typing as npt

    from ._types import LibraryLike
    from .question import Question
    from .view import ArticleView, SentenceView

__all__ = ["LEXICAL_WEIGHT", "MAX_SEARCH_HITS", "PHRASE_WEIGHT", "Ranking", "rank", "similarities", "term_positions"]

LEXICAL_WEIGHT = 0.8
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
PHRASE_WEIGHT = 0.6
MAX_SEARCH_HITS = 256  # sentences beyond the best 256 share the 256th similarity: they are far off anyway
_SPEECH_BONUS = 0.1
_VERBATIM_BONUS = 0.05
_NAMED_SPEAKER_BONUS = 0.15
_NAMED_SUBJECT_PENALTY = 1.0  # "who defended X": X is not the answer
_NO_SPEAKER_PENALTY = 0.2
_SHORT_PENALTY = 0.15


@dataclass(frozen=True)
class Ranking:
    """Scores for every sentence and statement of one article, for one question."""

    sims: list[float]
    lexical: list[float]
    sentence_scores: list[float]
    statement_scores: list[float]
    sentence_order: list[int]
    statement_order: list[int]
    terms: frozenset[str]
    view: ArticleView

    def sentences_by_score(self) -> list[int]:
        return self.sentence_order

    def statements_by_score(self) -> list[int]:
        return self.statement_order

    def matched(self, sentence: int) -> frozenset[str]:
        """The question terms sentence `sentence` contains."""
        return self.terms & self.view.sentences[sentence].terms

    @property
    def best_sim(self) -> float:
        return max(self.sims, default=0.0)

    @property
    def best_score(self) -> float:
        best_sentence = self.sentence_scores[self.sentence_order[0]] if self.sentence_order else 0.0
        best_statement = self.statement_scores[self.statement_order[0]] if self.statement_order else 0.0
        return max(best_sentence, best_statement)


def similarities(library: LibraryLike, view: ArticleView, query: str) -> list[float]:
    """Cosine similarity of `query` to every sentence's passage window: one encode, one search."""
    n = len(view.sentences)
    if not n or not query.strip():
        return [0.0] * n
    vector = library.embed([query])
    if len(vector.shape) == 2:
        vector = vector[0]
    hits = library.search(vector, min(n, MAX_SEARCH_HITS), article_id=view.article.id)
    floor = min((float(score) for _, score in hits), default=0.0) if len(hits) < n else 0.0
    sims = [floor] * n
    seen: set[int] = set()
    for passage, score in hits:
        i = view.passage_to_sentence.get(passage.id)
        if i is None or view.sentences[i].passage.start != passage.start:
            i = view.sentence_at(passage.start)
        if i is not None:
            sims[i] = float(score) if i not in seen else max(sims[i], float(score))
            seen.add(i)
    return sims


def _lexical(
    view: ArticleView, terms: tuple[str, ...], postings: dict[str, list[int]], size: int
) -> npt.NDArray[np.float64]:
    """Idf-weighted share of `terms` each item holds, from the inverted index."""
    scores = np.zeros(size, dtype=np.float64)
    total = sum(view.idf_of(t) for t in terms)
    if not total:
        return scores
    for term in terms:
        hits = postings.get(term)
        if hits:
            scores[hits] += view.idf_of(term) / total
    return scores


def _phrase_matches(view: ArticleView, question: Question) -> npt.NDArray[np.float64]:
    """Share of the question's word trigrams each sentence contains, where it holds four words in a row or more.

    "Who said 'I think he is going to be very much…'" names a sentence by its words, stopwords included,
    which neither the embedding nor the content terms can see.
    """
    scores = np.zeros(len(view.sentences), dtype=np.float64)
    ws = words(question.body)
    grams = {(ws[k], ws[k + 1], ws[k + 2]) for k in range(len(ws) - 2)}
    if len(grams) < 2:
        return scores
    for gram in grams:
        hits = view.shingles.get(gram)
        if hits:
            scores[hits] += 1.0
    scores[scores < 2] = 0.0
    return scores / len(grams)


def rank(view: ArticleView, question: Question, sims: list[float], persons: list[str]) -> Ranking:
    """Score every sentence and statement of `view` for `question` (`persons`: the people it names)."""
    terms = question.terms
    sim_array = np.asarray(sims, dtype=np.float64)
    lexical = _lexical(view, terms, view.postings, len(view.sentences))
    phrase = _phrase_matches(view, question)
    sim_array = sim_array + PHRASE_WEIGHT * phrase  # the question quotes the article: that sentence
    sentence_scores = sim_array + LEXICAL_WEIGHT * lexical
    if view.short:
        sentence_scores[view.short] -= _SHORT_PENALTY  # a heading restates; the body says
    # The verb of saying describes the statement, not its content: "who backed X" must not match "take back".
    content = tuple(t for t in terms if t not in SAYING_STEMS)
    speech_terms = {t for t in terms if t in SAYING_STEMS}
    statement_lex = _lexical(view, content, view.statement_postings, len(view.statements))
    statement_array = np.zeros(len(view.statements), dtype=np.float64)
    arrays = view.statement_arrays
    if arrays is not None and len(view.statements):
        statement_array = np.maximum.reduceat(sim_array[arrays.covered], arrays.offsets)
        statement_array += LEXICAL_WEIGHT * statement_lex
        statement_array += _VERBATIM_BONUS * arrays.verbatim
        if question.saying:
            statement_array += _SPEECH_BONUS
            cue_hits = {i for term in speech_terms for i in arrays.cue_postings.get(term, [])}
            if cue_hits:
                statement_array[list(cue_hits)] += _SPEECH_BONUS / 2
        asks_who = question.intent == "who"
        for name in persons:
            said = view.by_speaker.get(name)
            if said:
                statement_array[said] += -_NAMED_SUBJECT_PENALTY if asks_who else _NAMED_SPEAKER_BONUS
        if asks_who:
            statement_array -= _NO_SPEAKER_PENALTY * arrays.unattributed
    statement_scores = statement_array.tolist()
    return Ranking(
        sims=sims,
        lexical=lexical.tolist(),
        sentence_scores=sentence_scores.tolist(),
        statement_scores=statement_scores,
        sentence_order=np.argsort(-sentence_scores, kind="stable").tolist(),
        statement_order=np.argsort(-statement_array, kind="stable").tolist(),
        terms=frozenset(terms),
        view=view,
    )


def term_positions(view: ArticleView, s: SentenceView, matched: frozenset[str]) -> list[tuple[int, float]]:
    """Where in `s` the question's matched terms occur, each weighted by how specific it is.

    Names weigh half: they say who, while the other words say which event.
    """
    text = view.text
    out: list[tuple[int, float]] = []
    for m in _WORD.finditer(text, s.passage.start, s.passage.end):
        term = stem(m.group(0))
        if term in matched:
            weight = view.idf_of(term) * (0.5 if term in view.name_stems else 1.0)
            out.append((m.start(), weight))
    return out
