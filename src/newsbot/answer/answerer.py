"""The public entry point: any question about an article → an `Answer` built from the article's own words.

`Answerer.ask` reads the question (commands or free text), ranks the article's sentences and statements with
one embedding plus the records, and composes a lead line, verbatim quotes and citations — or says plainly
that the article doesn't say. It never raises: a bug becomes a logged, apologetic non-answer.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import NewsbotError
from ..records import DateMention, Event, Span
from .abstain import abstain_reason, doesnt_say, event_terms, missing_entities
from .cast import cast_reply, profile_reply
from .compose import ANSWER_QUOTE_CHARS, Reply, date_phrase, inferred_note, person_label, statement_lead, undated_note
from .credits import credits_reply
from .facts import HOW_MANY, HOW_OLD, WHICH, age_reply, count_reply, which_reply
from .model import Answer
from .question import Question, parse_question
from .retrieve import Ranking, rank, similarities, term_positions
from .stance import (
    ObjectAsk,
    StanceAsk,
    cue_polarity,
    parse_object_stance,
    parse_stance,
    speaker_verb,
    stance_objects,
    stance_statements,
)
from .terms import SAYING_STEMS, STANCE_STEMS, STOPWORDS, stem, words
from .timeline import timeline_reply
from .view import ArticleView, SentenceView, StatementView, view_of

if TYPE_CHECKING:
    from ._types import LibraryLike
    from .model import QuestionKind

__all__ = ["HELP_TEXT", "Answerer"]

log = logging.getLogger(__name__)

HELP_TEXT = (
    "Ask me who said what, and when, in the article. Every answer quotes the article verbatim.\n"
    "/who — everyone in the article; /who NAME — who that is and what they said; /who QUESTION — who did it\n"
    "/when — the timeline; /when EVENT — when it happened, with the article's own wording\n"
    "/quotes [NAME] — all statements, or one person's; /source N — paragraph N verbatim\n"
    "Or just ask: “What did Misri say about the attack?”"
)

_STATEMENT_MARGIN = 0.05  # a statement wins unless a plain sentence scores clearly better
_MAX_QUOTES = 3
_ACTOR_SIMILARITY = 0.5
_RELATED_MIN_SHARED = 2
_RELATED_MIN_SHARE = 0.25
_EXTRA_SENTENCE_MARGIN = 0.08
_MAX_LISTED_QUOTES = 40
_MAX_MENTIONS = 2
_WH_SENTENCE = re.compile(r"^\W*(?:where|why|how)\b", re.I)  # answered by a sentence, not by a quote
_EVENT_MARGIN = 0.2
_POST_VERBS = frozenset(stem(w) for w in ("post", "tweet", "write"))
_TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "sir", "prof", "professor", "president", "colonel", "general", "captain"]
)


class Answerer:
    """Answers questions about the articles of a `Library`; safe to share between requests."""

    def __init__(self, library: LibraryLike) -> None:
        self.library = library

    def ask(self, question: str, *, article_id: str | None = None) -> Answer:
        """The best answer the article supports; never raises."""
        raw = question if isinstance(question, str) else str(question)
        try:
            article_id = article_id or self.library.default_article_id()
            view = view_of(self.library.article(article_id))
        except NewsbotError as exc:
            return Answer(question=raw, kind="help", answered=False, text=str(exc), article_id=article_id)
        try:
            return self._ask(view, parse_question(raw))
        except Exception:
            log.exception("failed to answer %r", raw[:200])
            return Answer(
                question=raw,
                kind="help",
                answered=False,
                text="Sorry, something went wrong while answering that. Try /who, /when or /quotes.",
                article_id=view.article.id,
            )

    # ---- dispatch ------------------------------------------------------------------------------------------

    def _ask(self, view: ArticleView, q: Question) -> Answer:
        if q.intent == "empty":
            return Reply(view, q.raw, "empty", answered=False).say(HELP_TEXT).answer()
        if q.intent == "help":
            prefix = "I don't know that command.\n" if q.unknown_command else ""
            return Reply(view, q.raw, "help", answered=not q.unknown_command).say(prefix + HELP_TEXT).answer()
        if q.intent == "cast":
            return cast_reply(view, q.raw).answer()
        if q.intent == "timeline":
            return timeline_reply(view, q.raw).answer()
        if q.intent == "source":
            return _source(view, q).answer()
        if q.intent == "quotes":
            return _quotes(view, q).answer()
        if q.intent == "credits":
            return credits_reply(view, q.raw).answer()
        persons = view.find_persons(q.body)
        ranked: list[Ranking] = []

        def ranking() -> Ranking:
            """One encode per question, however many paths look at the ranking."""
            if not ranked:
                ranked.append(rank(view, q, similarities(self.library, view, q.query), persons))
            return ranked[0]

        stance, backed = parse_stance(q), parse_object_stance(q)
        if (stance is not None or backed is not None) and not missing_entities(view, q):
            reply = _stance(view, q, stance, ranking()) if stance is not None else None
            if reply is None and backed is not None:
                reply = _stance_object(view, q, backed, ranking())
            if reply is not None:
                return reply.answer()
        names = _named_people(view, q)
        if names:
            if q.intent == "when":
                return timeline_reply(view, q.raw, names[0]).answer()
            reply = profile_reply(view, q.raw, names[0])
            for other in names[1:]:
                profile_reply(view, q.raw, other, reply=reply.say("\n\n"))
            return reply.answer()
        unknown = _unknown_name(view, q)
        if unknown:
            return doesnt_say(view, q.raw, "who", f"it never mentions {unknown}").answer()
        if q.intent == "who":
            return _who(view, q, ranking(), persons).answer()
        if q.intent == "when":
            return _when(view, q, ranking(), persons).answer()
        return _what(view, q, ranking(), persons).answer()


# ---- stance ------------------------------------------------------------------------------------------------


def _stance(view: ArticleView, q: Question, ask: StanceAsk, ranking: Ranking) -> Reply | None:
    """Who took the asked side on the target; else who took the other side, said as such; else None."""
    same, other = stance_statements(view, ask, ranking)
    if same:
        return _statement_reply(view, q, ranking, same[0])
    if not other:
        return None
    sv = view.statements[other[0]]
    st = sv.statement
    reply = Reply(view, q.raw, "who", speaker=st.speaker, date=st.date)
    cue = speaker_verb(view.text, st) or "spoke of"
    side = (
        f"{cue} {ask.target}"
        if cue_polarity(cue)
        else f"took the other side ({'for' if ask.polarity < 0 else 'against'} {ask.target})"
    )
    reply.say(f"Nobody in the article {ask.verb.lower()} {ask.target}; {st.speaker} {side}:\n")
    _quote_statement(reply, view, sv, lead=False)
    reply.say(inferred_note(view.article.meta, [st.date_text]))
    return reply


def _stance_object(view: ArticleView, q: Question, ask: ObjectAsk, ranking: Ranking) -> Reply | None:
    """ "Who did Walker back?": the person the subject's stance is about, with the sentence that says so."""
    found = stance_objects(view, ask, ranking)
    if found is None:
        return None
    sentence, person = found
    reply = Reply(view, q.raw, "who", speaker=person)
    reply.say(f"{person_label(view, person)}:\n")
    reply.quote(view.sentences[sentence].span, max_chars=ANSWER_QUOTE_CHARS)
    return reply


# ---- who ---------------------------------------------------------------------------------------------------


def _name_words(body: str) -> list[str]:
    """The words of a "who is NAME" body, without the question words and titles."""
    ws = [w[:-2] if w.endswith("'s") else w for w in words(body)]
    lead = ("who", "when", "is", "was", "are", "s", "exactly", "tell", "me", "about", "what", "the")
    while ws and ws[0] in lead:
        ws = ws[1:]
    return ws


def _named_people(view: ArticleView, q: Question) -> list[str]:
    """The people a "/who NAME" or "who is NAME (and NAME)?" question is about, if that is all it asks."""
    if q.intent not in ("who", "what", "when"):
        return []
    ws = _name_words(q.body)
    if not ws or len(ws) > 12:
        return []
    if q.intent == "what" and not (q.body.lower().startswith(("tell me about", "what about"))):
        return []
    chunks: list[list[str]] = [[]]
    for w in ws:
        if w == "and":
            chunks.append([])
        else:
            chunks[-1].append(w)
    names = [_one_name(view, chunk) for chunk in chunks]
    return [n for n in names if n] if all(names) else []


def _one_name(view: ArticleView, ws: list[str]) -> str | None:
    """The person `ws` names, if it is only a name (or words the article writes around that name)."""
    if not ws or len(ws) > 6:
        return None
    persons = view.find_persons(" ".join(ws))
    if len(persons) != 1:
        return None
    alias_words = {w for alias, name in view.alias_map.items() if name == persons[0] for w in alias}
    rest = [w for w in ws if w not in alias_words and w not in _TITLES]
    if rest and not view.has_phrase(ws):
        return None  # more than a name, unless the article itself writes it so ("Carly Fiorina" for Fiorina)
    return persons[0]


def _unknown_name(view: ArticleView, q: Question) -> str | None:
    """A bare name the article never mentions ("/who Modi", "who is Narendra Modi?")."""
    if q.intent != "who":
        return None
    body = q.body.strip().rstrip("?!. ")
    ws = _name_words(body)
    raw_tokens = body.split()[-len(ws) :] if ws else []
    if not ws or len(ws) > 4 or any(w in STOPWORDS for w in ws):
        return None
    if not all(t[:1].isupper() for t in raw_tokens):
        return None
    if view.find_persons(" ".join(ws)) or all(w in view.vocab_words for w in ws):
        return None
    return " ".join(raw_tokens)


def _best_statement(
    view: ArticleView, ranking: Ranking, *, need_speaker: bool = False, named: list[str] | None = None
) -> int | None:
    """The best-scoring statement; by one of the `named` people when any of them is quoted at all."""
    speakers = {p for p in named or [] if view.by_speaker.get(p)}
    for i in ranking.statements_by_score():
        st = view.statements[i].statement
        if need_speaker and not st.speaker:
            continue
        if speakers and st.speaker not in speakers:
            continue
        return i
    return None


def _wants_statement(view: ArticleView, q: Question) -> bool:
    """Whether a when/what question asks about something said (so a statement answers it).

    Speech verbs do; a stance verb ("when did X defend Y") does when the article never uses it for an event;
    where/why/how questions want the sentence that says where, why or how.
    """
    if _WH_SENTENCE.match(q.body):
        return False
    if q.speech:
        return True
    return q.stance and not any(t in view.idf for t in q.terms if t in STANCE_STEMS)


def _asked_speaker(view: ArticleView, q: Question) -> str | None:
    """The person a "what did X say" / "when did X post" question asks about: one named before the verb."""
    if not q.saying:
        return None
    ws = words(q.body)
    verb = next((n for n, w in enumerate(ws) if stem(w) in SAYING_STEMS), None)
    if not verb:
        return None
    before = view.find_persons(" ".join(ws[:verb]))
    return before[0] if before else None


def _asks_everything_said(q: Question) -> bool:
    """ "What did X say?" with nothing after the verb: all of X's statements answer it, as `/quotes X` does."""
    ws = words(q.body)
    verb = next((n for n, w in enumerate(ws) if stem(w) in SAYING_STEMS), None)
    return verb is not None and not [w for w in ws[verb + 1 :] if w not in STOPWORDS]


def _not_quoted(view: ArticleView, q: Question, kind: QuestionKind, name: str) -> Reply:
    """The article names `name` but quotes them nowhere: that is the answer, with where it mentions them.

    Nobody else's words are shown, so no one else's statement can pass for theirs.
    """
    reply = Reply(view, q.raw, kind, speaker=name)
    # Where the article writes their name (not a role or place that also points to them), else any mention.
    own = set(words(name))
    person = view.persons.get(name)
    named = sorted(
        {
            i
            for m in (person.mentions if person else [])
            if own & set(words(m.text)) and (i := view.sentence_at(m.start)) is not None
        }
    )
    mentioned = [view.sentences[i] for i in named] or [s for s in view.sentences if name in s.persons]
    mentioned = mentioned[:_MAX_MENTIONS]
    if not mentioned:
        return reply.say(f"The article does not quote {name}.")
    reply.say(f"The article does not quote {name}; it mentions {name} here:")
    for s in mentioned:
        reply.say("\n").quote(s.span, max_chars=ANSWER_QUOTE_CHARS)
    return reply


def _best_sentence(ranking: Ranking) -> int | None:
    order = ranking.sentences_by_score()
    return order[0] if order else None


def _statement_wins(ranking: Ranking, st: int | None, sent: int | None, q: Question) -> bool:
    if st is None:
        return False
    if sent is None:
        return True
    margin = _STATEMENT_MARGIN + (0.1 if q.saying else 0.0)
    return ranking.statement_scores[st] >= ranking.sentence_scores[sent] - margin


def _quote_statement(reply: Reply, view: ArticleView, sv: StatementView, *, lead: bool = True) -> None:
    st = sv.statement
    if lead:
        reply.say(statement_lead(view, st) + "\n")
    for n, piece in enumerate(sv.citable):
        if n:
            reply.say(" … ")
        reply.quote(piece, max_chars=ANSWER_QUOTE_CHARS)
    if st.repeats:
        paras = sorted({view.paragraph_at(r.start) for r in st.repeats})
        reply.say(f" (repeated in ¶{', ¶'.join(str(p) for p in paras)})")


def _statement_reply(view: ArticleView, q: Question, ranking: Ranking, best: int) -> Reply:
    """The best statement, plus close runners-up by the same speaker, best first."""
    sv = view.statements[best]
    st = sv.statement
    reply = Reply(view, q.raw, "when" if q.intent == "when" else "who" if q.intent == "who" else "what")
    reply.speaker = st.speaker
    reply.date = st.date
    _quote_statement(reply, view, sv)
    shown = 1
    used = set(sv.sentences)
    for i in ranking.statements_by_score():
        if shown >= _MAX_QUOTES or ranking.statement_scores[i] < ranking.statement_scores[best] - 0.1:
            break
        other = view.statements[i]
        if i == best or other.statement.speaker != st.speaker or used.intersection(other.sentences):
            continue
        used.update(other.sentences)
        reply.say("\n")
        _quote_statement(reply, view, other)
        shown += 1
    reply.say(inferred_note(view.article.meta, [st.date_text]))
    return reply


def _who(view: ArticleView, q: Question, ranking: Ranking, persons: list[str]) -> Reply:
    st = _best_statement(view, ranking, need_speaker=True)
    sent = _best_sentence(ranking)
    statement = _statement_wins(ranking, st, sent, q)
    reason = abstain_reason(view, q, ranking, statement=statement or q.saying)
    if reason:
        return doesnt_say(view, q.raw, "who", reason)
    if statement and st is not None:
        return _statement_reply(view, q, ranking, st)
    # An actor, not a speaker: the people the best sentences name, other than those the question names. The
    # sentence must share a word with what the question asks about, or be a close paraphrase of it.
    event = set(event_terms(view, q, statement=True))
    top = ranking.sentences_by_score()[:3]
    # A sentence that tells the whole asked event but names no one ("a 78-year-old man … sucker-punched a
    # protester") beats a sentence that names someone but tells less of it.
    unnamed = next((i for i in top if event and event <= ranking.matched(i) and not _actors(view, i, persons)), None)
    for i in top:
        s = view.sentences[i]
        actors = _actors(view, i, persons)
        if not actors:
            continue
        if event and not event & ranking.matched(i) and ranking.sims[i] < _ACTOR_SIMILARITY:
            continue
        if unnamed is not None and not event <= ranking.matched(i):
            continue
        reply = Reply(view, q.raw, "who", speaker=actors[0])
        names = [person_label(view, a) for a in actors]
        reply.say(("; ".join(names) if len(names) > 1 else names[0]) + ":\n")
        reply.quote(s.span, max_chars=ANSWER_QUOTE_CHARS)
        # Their own words on it, when the article quotes them.
        best_by_actor = next(
            (j for j in ranking.statements_by_score() if view.statements[j].statement.speaker == actors[0]), None
        )
        if (
            best_by_actor is not None
            and st is not None
            and ranking.statement_scores[best_by_actor] >= ranking.sentence_scores[i] - 0.3
        ):
            reply.say("\n")
            _quote_statement(reply, view, view.statements[best_by_actor])
            reply.date = view.statements[best_by_actor].statement.date
        return reply
    if unnamed is not None:
        reply = Reply(view, q.raw, "who")
        reply.say("The article does not name them; it says:\n")
        return reply.quote(view.sentences[unnamed].span, max_chars=ANSWER_QUOTE_CHARS)
    reply = doesnt_say(view, q.raw, "who", "it names no one for that")
    if sent is not None:
        reply.say("\nClosest passage: ").quote(view.sentences[sent].span, max_chars=ANSWER_QUOTE_CHARS)
    return reply


def _actors(view: ArticleView, sentence: int, persons: list[str]) -> list[str]:
    """The people sentence `sentence` names, other than those the question names."""
    return [p for p in view.sentences[sentence].persons if p not in persons]


# ---- when --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pick:
    """What the answer rests on: the best statement and sentence, and whether the statement wins."""

    st: int | None
    sent: int | None
    statement: bool


def _pick(view: ArticleView, q: Question, ranking: Ranking, persons: list[str], kind: QuestionKind) -> Reply | _Pick:
    """The best statement and sentence for the question, or the reply saying why the article doesn't answer."""
    speaker = _asked_speaker(view, q)
    if speaker is not None and not view.by_speaker.get(speaker):
        if _wants_statement(view, q):
            reason = abstain_reason(view, q, ranking, statement=True)
            return doesnt_say(view, q.raw, kind, reason) if reason else _not_quoted(view, q, kind, speaker)
        speaker = None  # "when did Walker endorse Cruz": an act the article reports, not words it quotes
    if speaker is not None and kind == "what" and _asks_everything_said(q):
        return _statements_of(view, q, [speaker], "what")
    st = _best_statement(view, ranking, named=[speaker] if speaker else persons)
    sent = _best_sentence(ranking)
    statement = _wants_statement(view, q) and _statement_wins(ranking, st, sent, q)
    reason = abstain_reason(view, q, ranking, statement=statement)
    if reason:
        return doesnt_say(view, q.raw, kind, reason)
    return _Pick(st, sent, statement)


def _when(view: ArticleView, q: Question, ranking: Ranking, persons: list[str]) -> Reply:
    pick = _pick(view, q, ranking, persons, "when")
    if isinstance(pick, Reply):
        return pick
    st, statement = pick.st, pick.statement
    event = _dated_event(view, q, ranking)
    if event is not None and (not statement or st is None or _event_beats(view, st, q)):
        return _event_reply(view, q, *event, persons=persons)
    if statement and st is not None:
        if view.statements[st].statement.date:
            return _statement_reply(view, q, ranking, st)
        return _undated_statement(view, q, view.statements[st])
    # An event: the best sentence that the article dates, else the best one, undated.
    order = ranking.sentences_by_score()
    if not order:
        return doesnt_say(view, q.raw, "when")
    top = ranking.sentence_scores[order[0]]
    for i in order[:3]:
        if ranking.sentence_scores[i] < top - 0.1:
            break
        mention = _event_date(view, view.sentences[i], ranking.matched(i))
        if mention is not None:
            s = view.sentences[i]
            reply = Reply(view, q.raw, "when", date=mention.value)
            phrase = date_phrase(mention.value, mention.text).strip()
            reply.say(f"{phrase[:1].upper()}{phrase[1:]}:\n")
            reply.quote(s.span, max_chars=ANSWER_QUOTE_CHARS)
            if not reply.cited(mention.start, mention.end):
                reply.say(" — dated by ").quote(mention)
            reply.say(inferred_note(view.article.meta, [mention.text]))
            reply.say(undated_note(view.article.meta, [mention.value]))
            return reply
    s = view.sentences[order[0]]
    reply = Reply(view, q.raw, "when")
    reply.say("The article gives no date for this. What it says:\n")
    reply.quote(s.span, max_chars=ANSWER_QUOTE_CHARS)
    for sid in s.statements:
        said = view.statements[sid].statement
        if said.date and said.speaker:
            reply.say(f"\n(That is from {said.speaker}'s statement{date_phrase(said.date, said.date_text)}.)")
            return reply
    related = _related_dated_statement(view, s)
    if related is not None:
        retold = related.statement
        reply.date = retold.date
        reply.say(f"\nThe article dates it where it tells it in other words; {statement_lead(view, retold)}\n")
        for piece in related.citable:
            reply.quote(piece, max_chars=ANSWER_QUOTE_CHARS)
        reply.say(inferred_note(view.article.meta, [retold.date_text]))
    return reply


def _dated_event(view: ArticleView, q: Question, ranking: Ranking) -> tuple[int, Event] | None:
    """The dated event whose own verb (or event noun) the question names, in the best-ranked sentence.

    "When did the ferry sink?" names "sink": the date the parse attaches to "sank" answers it, whatever other
    dates the sentence or its neighbours hold. Only sentences close to the question's best are considered.
    """
    asked = set(q.terms)
    order = ranking.sentences_by_score()
    if not asked or not order:
        return None
    floor = ranking.sentence_scores[order[0]] - _EVENT_MARGIN
    best: tuple[float, int, Event] | None = None
    for i, s in enumerate(view.sentences):
        score = ranking.sentence_scores[i]
        if score < floor:
            continue
        for event in s.events:
            if stem(event.lemma) in asked and (best is None or score > best[0]):
                best = (score, i, event)
    return (best[1], best[2]) if best is not None else None


def _event_beats(view: ArticleView, st: int, q: Question) -> bool:
    """Whether a dated event the question's verb names beats the best statement: unless that statement's own
    cue is the asked verb ("when did X describe …" → "described"), the event's verb is the closer match
    ("when did Trump call for the ban?" → "called for the ban in December", not a later "Trump said")."""
    statement = view.statements[st].statement
    if statement.kind == "post" and _POST_VERBS & set(q.terms):
        return False
    cue = statement.cue.text if statement.cue is not None else ""
    return not any(stem(w) in q.terms for w in words(cue))


def _event_reply(view: ArticleView, q: Question, sentence: int, event: Event, *, persons: list[str]) -> Reply:
    """The event's date and its sentence; the person the question asks about, when that sentence names them."""
    mention = event.date
    actor = next((p for p in persons if p in view.sentences[sentence].persons), None)
    reply = Reply(view, q.raw, "when", date=mention.value, speaker=actor)
    phrase = date_phrase(mention.value, mention.text).strip()
    reply.say(f"{phrase[:1].upper()}{phrase[1:]}:\n")
    reply.quote(view.sentences[sentence].span, max_chars=ANSWER_QUOTE_CHARS)
    if not reply.cited(mention.start, mention.end):
        reply.say(" — dated by ").quote(mention)
    reply.say(inferred_note(view.article.meta, [mention.text]))
    reply.say(undated_note(view.article.meta, [mention.value]))
    return reply


def _related_dated_statement(view: ArticleView, s: SentenceView) -> StatementView | None:
    """A dated statement about the same event as the undated sentence `s`, judged by the article's own words.

    "This came following India and Pakistan's ceasefire agreement" and "Misri confirmed that … the two sides
    agreed to halt all military actions" share two content words besides names (Pakistan, agree), a third of
    what the undated sentence says: the dated statement's own words retell that event. Less is no evidence.
    """
    mine = {t for t in s.terms if t not in STOPWORDS and t not in view.name_stems and len(t) > 2}
    total = sum(view.idf_of(t) for t in mine)
    best: tuple[float, int] | None = None
    for sv in view.statements:
        if not sv.statement.date or s.index in sv.sentences:
            continue
        shared = mine & sv.quote_terms
        weight = sum(view.idf_of(t) for t in shared)
        if len(shared) < _RELATED_MIN_SHARED or weight < _RELATED_MIN_SHARE * total:
            continue
        if best is None or weight > best[0]:
            best = (weight, sv.index)
    return view.statements[best[1]] if best is not None else None


def _undated_statement(view: ArticleView, q: Question, sv: StatementView) -> Reply:
    """The statement the question is about, which the article does not date."""
    reply = Reply(view, q.raw, "when", speaker=sv.statement.speaker)
    who = sv.statement.speaker or "the speaker"
    reply.say(f"The article doesn't say when {who} said this; it gives no date for it.\n")
    _quote_statement(reply, view, sv)
    return reply


def _event_date(view: ArticleView, s: SentenceView, matched: frozenset[str]) -> DateMention | None:
    """The date mention in `s` closest to the question's words, skipping dates of statements about it.

    A date that dates a statement ("in the May 7 briefing said") is when it was said, not when what it
    describes happened, so it does not date an event the quote itself describes.
    """
    if not s.dates:
        return None
    quotes = [view.statements[i].statement for i in s.statements]
    inside_quote = [(st.quote.start, st.quote.end) for st in quotes]
    positions = term_positions(view, s, matched)
    in_quote = bool(positions) and all(any(a <= p < b for a, b in inside_quote) for p, _ in positions)
    speech_dates = {st.date_span.start for st in quotes if st.date_span is not None}
    candidates = [d for d in s.dates if not (in_quote and d.start in speech_dates)]
    candidates = [d for d in candidates if in_quote or not any(a <= d.start < b for a, b in inside_quote)]
    if not candidates:
        return None
    if not positions:
        return candidates[0]

    def closeness(d: DateMention) -> float:
        return sum(w / (1.0 + min(abs(d.start - p), abs(d.end - p)) / 20.0) for p, w in positions)

    return max(candidates, key=closeness)


# ---- what and other free questions -------------------------------------------------------------------------


def _what(view: ArticleView, q: Question, ranking: Ranking, persons: list[str]) -> Reply:
    if HOW_OLD.match(q.body) and len(persons) == 1:
        aged = age_reply(view, q, persons[0])
        if aged is not None:
            return aged
    # "Which channel did Estrosi talk to?" asks for a name, not for what the person it names said.
    which = WHICH.match(q.body)
    if which:
        named = which_reply(view, q, ranking, which.group("noun"))
        if named is not None:
            return named
    pick = _pick(view, q, ranking, persons, "what")
    if isinstance(pick, Reply):
        return pick
    st, sent, statement = pick.st, pick.sent, pick.statement
    if HOW_MANY.match(q.body):
        counted = count_reply(view, q, ranking)
        if counted is not None:
            return counted
    if statement and st is not None:
        return _statement_reply(view, q, ranking, st)
    if sent is None:
        return doesnt_say(view, q.raw, "what")
    reply = Reply(view, q.raw, "what")
    top = ranking.sentence_scores[sent]
    chosen = [
        i
        for i in ranking.sentences_by_score()[:_MAX_QUOTES]
        if ranking.sentence_scores[i] >= top - _EXTRA_SENTENCE_MARGIN
    ]
    first = view.sentences[chosen[0]]
    speakers = {view.statements[i].statement.speaker for i in first.statements}
    speaker_sv = next((view.statements[i] for i in first.statements if view.statements[i].statement.speaker), None)
    if speaker_sv is not None and len(speakers) == 1:
        # The passage reports one person's statement: say whose, from the record.
        reply.speaker = speaker_sv.statement.speaker
        reply.say(statement_lead(view, speaker_sv.statement) + "\n")
    else:
        reply.say("The article says:\n")
    for n, i in enumerate(sorted(chosen)):
        if n:
            reply.say("\n")
        reply.quote(view.sentences[i].span, max_chars=ANSWER_QUOTE_CHARS)
    return reply


# ---- quotes and source -------------------------------------------------------------------------------------


def _quotes(view: ArticleView, q: Question) -> Reply:
    persons = view.find_persons(q.body) if q.body else []
    if q.body and not persons:
        return doesnt_say(view, q.raw, "quotes", f"it quotes no one called {q.body[:80]}")
    return _statements_of(view, q, persons, "quotes")


def _statements_of(view: ArticleView, q: Question, persons: list[str], kind: QuestionKind) -> Reply:
    """Every statement (by `persons`, when given), in article order, each with its lead line."""
    chosen = [
        view.statements[i]
        for i in view.distinct(list(range(len(view.statements))))
        if not persons or view.statements[i].statement.speaker in persons
    ]
    reply = Reply(view, q.raw, kind, speaker=persons[0] if len(persons) == 1 else None)
    dates = {sv.statement.date for sv in chosen}
    if len(dates) == 1:
        reply.date = dates.pop()
    if not chosen:
        reply.answered = False
        who = ", ".join(persons)
        return reply.say(f"The article quotes {who} nowhere." if who else "The article quotes no one.")
    reply.say(
        f"{len(chosen)} statement{'s' if len(chosen) != 1 else ''}"
        + (f" by {persons[0]}" if len(persons) == 1 else "")
        + ":"
    )
    for sv in chosen[:_MAX_LISTED_QUOTES]:
        reply.say(f"\n• {statement_lead(view, sv.statement)} ")
        _quote_statement(reply, view, sv, lead=False)
    if len(chosen) > _MAX_LISTED_QUOTES:
        reply.say(f"\n… and {len(chosen) - _MAX_LISTED_QUOTES} more.")
    reply.say(inferred_note(view.article.meta, [sv.statement.date_text for sv in chosen]))
    return reply


def _source(view: ArticleView, q: Question) -> Reply:
    paragraphs = view.article.paragraphs
    reply = Reply(view, q.raw, "source")
    if q.number is None or not 1 <= q.number <= len(paragraphs):
        reply.answered = False
        return reply.say(f"Give a paragraph number from 1 to {len(paragraphs)}, e.g. /source 1.")
    para = paragraphs[q.number - 1]
    reply.say(f"Paragraph {para.number}:\n")
    return reply.quote(Span(text=para.text, start=para.start, end=para.end), max_chars=len(view.text) + 1)
