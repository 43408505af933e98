"""Stance questions ("Who attacked / criticised / praised / defended X?") answered with the right polarity.

A hand-written lexicon gives each stance cue a polarity (praise, defend, back: +1; attack, criticise,
dismiss, reject: -1), and a few judgement words give one to what a statement says ("decent", "honest" vs
"ignorant", "reckless"). A statement takes X's side or opposes X when its cue, or failing that its words,
has that polarity and it is about X. "Who attacked X?" is answered by someone who attacks X; when the article
only has someone on the other side, the answer says so ("Nobody in the article attacked Misri; Asaduddin
Owaisi defended him") and cites it, rather than presenting a defence as an attack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .terms import STOPWORDS, content_terms, stem, words

if TYPE_CHECKING:
    from ..records import Statement
    from .question import Question
    from .retrieve import Ranking
    from .view import ArticleView, StatementView

__all__ = [
    "ObjectAsk",
    "StanceAsk",
    "cue_polarity",
    "parse_object_stance",
    "parse_stance",
    "speaker_verb",
    "stance_objects",
    "stance_statements",
    "text_polarity",
]

_POSITIVE_CUES = (
    "praise defend back support endorse welcome thank applaud hail laud champion commend salute congratulate "
    "celebrate admire credit vouch"
)
_NEGATIVE_CUES = (
    "attack criticise criticize criticism critic slam blast condemn oppose reject dismiss mock accuse blame rebuff "
    "spurn denounce decry deride ridicule fault chastise berate lambast assail rebuke scold disparage insult scorn "
    "backlash"
)
_POSITIVE_WORDS = (
    "decent honest hero heroes brave great terrific excellent tireless tirelessly admirable courageous good "
    "dedicated respected trustworthy capable"
)
_NEGATIVE_WORDS = (
    "ignorant terrible reckless disgrace disgraceful failure incompetent ineffective poor dangerous wrong "
    "shameful irresponsible dishonest corrupt unfit weak pathetic disaster"
)
CUE_POLARITY = {stem(w): 1 for w in _POSITIVE_CUES.split()} | {stem(w): -1 for w in _NEGATIVE_CUES.split()}
_WORD_POLARITY = {stem(w): 1 for w in _POSITIVE_WORDS.split()} | {stem(w): -1 for w in _NEGATIVE_WORDS.split()}
# "went after X" attacks X; "X came under (heavy) fire" is attacked (a bare "fire" is no stance: "fired him").
_PHRASAL = re.compile(r"\b(?:went|go|goes|going|gone)\s+after\b|\bunder\s+(?:\w+\s+)?fire\b", re.I)
_OBJECT_SENTENCES = 5
_GIVEN_BY = re.compile(r"\s+(?:from|by)\s+")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_AUXILIARIES = frozenset(["did", "does", "do", "has", "have", "had", "will", "would", "is", "was", "were", "are"])
_NEGATION = frozenset(["not", "never", "no", "n't", "nobody", "hardly"])


@dataclass(frozen=True)
class StanceAsk:
    """What a stance question asks: the verb as typed, its polarity, and whom or what it is about."""

    verb: str
    polarity: int
    target: str
    target_terms: frozenset[str]


def cue_polarity(cue: str) -> int:
    """+1 for a cue of support, -1 for one of attack, 0 for a neutral cue ("said")."""
    if _PHRASAL.search(cue):
        return -1
    return next((CUE_POLARITY[stem(w)] for w in words(cue) if stem(w) in CUE_POLARITY), 0)


def speaker_verb(text: str, st: Statement) -> str:
    """The cue as what its speaker did. A stance the speaker gives through the target's verb ("Dahl came under
    fire from commuter groups", "drew praise from residents") reads as the verb of its polarity ("criticised",
    "praised"): the cue's own verb is the target's, not the speaker's."""
    cue = st.cue.text.strip() if st.cue is not None else ""
    mention = st.speaker_mention
    if not cue or st.cue is None or mention is None or not _GIVEN_BY.fullmatch(text, st.cue.end, mention.start):
        return cue
    return {1: "praised", -1: "criticised"}.get(cue_polarity(cue), cue)


def text_polarity(text: str) -> int:
    """The sign of the judgement words in `text` (a negated one counts the other way)."""
    total = 0
    ws = words(text)
    for n, w in enumerate(ws):
        value = _WORD_POLARITY.get(stem(w), 0)
        if value and _NEGATION.intersection(ws[max(0, n - 2) : n]):
            value = -value
        total += value
    return (total > 0) - (total < 0)


def parse_stance(q: Question) -> StanceAsk | None:
    """ "Who attacked the transport ministry?" → attacked, -1, "the transport ministry"; None if not a stance."""
    if q.intent != "who":
        return None
    ws = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", q.body)
    if ws and ws[0].lower() in ("who", "whom"):
        ws = ws[1:]
    if not ws or ws[0].lower() in _AUXILIARIES:
        return None  # "Who did Walker back?" asks for the one backed, not for a stance on someone
    for n, w in enumerate(ws[:1]):  # the verb right after "who": "who tweeted about Pence endorsing…" is no stance
        value = CUE_POLARITY.get(stem(w))
        if value is None and w.lower() in ("went", "go", "goes", "gone") and n + 1 < len(ws):
            value = -1 if ws[n + 1].lower() == "after" else None
        if value is None:
            continue
        rest = ws[n + 1 :]
        if rest and rest[0].lower() == "after":
            rest = rest[1:]
        terms = frozenset(t for t in content_terms(" ".join(rest)) if t not in STOPWORDS)
        if not terms:
            return None
        return StanceAsk(verb=w, polarity=value, target=" ".join(rest), target_terms=terms)
    return None


@dataclass(frozen=True)
class ObjectAsk:
    """ "Who did Walker back?": the stance taker as named in the question, and the polarity of the verb."""

    subject: str
    polarity: int


def parse_object_stance(q: Question) -> ObjectAsk | None:
    """ "Who(m) did/does X back/criticise …?" → X and the verb's polarity; None for any other question."""
    if q.intent != "who":
        return None
    ws = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", q.body)
    if ws and ws[0].lower() in ("who", "whom"):
        ws = ws[1:]
    if len(ws) < 3 or ws[0].lower() not in ("did", "does", "do", "has", "have", "had"):
        return None
    for n, w in enumerate(ws[2:6], start=2):
        value = CUE_POLARITY.get(stem(w))
        if value is not None:
            return ObjectAsk(subject=" ".join(ws[1:n]), polarity=value)
    return None


def stance_objects(view: ArticleView, ask: ObjectAsk, ranking: Ranking) -> tuple[int, str] | None:
    """The best-ranked sentence naming the subject with a cue of the asked polarity and a person after it:
    "… the Wisconsin governor threw his support behind Sen. Ted Cruz" → Ted Cruz."""
    subjects = view.find_persons(ask.subject)
    if not subjects:
        return None
    for i in ranking.sentences_by_score()[:_OBJECT_SENTENCES]:
        s = view.sentences[i]
        if subjects[0] not in s.persons:
            continue
        text = s.passage.text
        cues = [m.start() for m in _WORDS.finditer(text) if CUE_POLARITY.get(stem(m.group(0))) == ask.polarity]
        if not cues:
            continue
        after = text[cues[0] :]
        named = [p for p in view.find_persons(after) if p not in subjects]
        if named:
            return i, named[0]
    return None


def _polarity(sv: StatementView) -> int:
    st = sv.statement
    by_cue = cue_polarity(st.cue.text) if st.cue is not None else 0
    return by_cue or text_polarity(st.quote.text)


def _about(view: ArticleView, sv: StatementView, ask: StanceAsk, people: list[str]) -> bool:
    """Whether the statement (with its cue's sentence) is about what the question names: the person, when the
    target is only a name ("Misri"), else all of the target's words ("Trump's offer", "the inspectors")."""
    if people and all(t in view.name_stems for t in ask.target_terms):
        return any(name in view.sentences[i].persons for name in people for i in sv.sentences)
    return ask.target_terms <= sv.terms


def stance_statements(view: ArticleView, ask: StanceAsk, ranking: Ranking) -> tuple[list[int], list[int]]:
    """Statements about the target taking the asked side, and those taking the other side, best first.

    Nobody takes a stance on themselves here: a person the target names is never the answer.
    """
    people = view.find_persons(ask.target)
    same: list[int] = []
    other: list[int] = []
    for i in ranking.statements_by_score():
        sv = view.statements[i]
        speaker = sv.statement.speaker
        if not speaker or speaker in people or not _about(view, sv, ask, people):
            continue
        value = _polarity(sv)
        if value == ask.polarity:
            same.append(i)
        elif value == -ask.polarity:
            other.append(i)
    # A stance its cue states ("rejected", "defended") is plainer evidence than one read from judgement words.
    return sorted(same, key=lambda i: _weaker(view, view.statements[i])), sorted(
        other, key=lambda i: _weaker(view, view.statements[i])
    )


def _weaker(view: ArticleView, sv: StatementView) -> tuple[bool, bool]:
    """Sort key: a named person before a description ("Indiana governor" in a headline), then a stance its
    cue states ("rejected", "defended") before one read from judgement words."""
    cue = sv.statement.cue
    return sv.statement.speaker not in view.persons, cue is None or not cue_polarity(cue.text)
