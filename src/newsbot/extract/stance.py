"""Attribution without a speech verb: a noun ("his claim that …", "her call for …"), a stance with its topic
("critical of X", "complained about …") and a stance adjective ("is convinced that …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate
from .clauses import OPEN_CLAUSE_WORDS, clause_tokens, opens_with_that
from .content_edges import before_circumstance, on_cue_line
from .cues import (
    NOUN_CUES,
    NOUN_PREPS,
    PREP_CUES,
    is_cue_lemma,
)
from .indirect import MIN_CONTENT_WORDS, indirect_candidate
from .received import giver
from .spans import fragments, hull, subject_of, word_count

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["OF_STANCE", "about_candidate", "in_favor_candidate", "noun_candidate", "stance_adjective_candidate"]

# Nouns whose "that"-clause states a fact rather than someone's words or view, and nouns of likelihood
# ("the possibility that …", "a chance that …", "the odds that …", "the prospect that …"): an outcome
# weighed, not anyone's claim. "odds" is also matched as written, as its lemma may be "odd".
_NOT_NOUN_CUES = frozenset(
    {"fact", "time", "way", "point", "day", "year", "reason", "extent", "sense", "case"}
    | {"possibility", "chance", "risk", "odds", "likelihood", "probability", "prospect"}
)
_MIN_TOPIC_WORDS = 2
# "critical of X", "a staunch opponent of X": a stance whose topic follows "of".
OF_STANCE = frozenset(
    {"critical", "supportive", "skeptical", "sceptical", "wary", "dismissive", "contemptuous", "scornful", "fond"}
    | {"proud", "opponent", "supporter", "critic", "defender", "advocate", "champion", "admirer", "proponent"}
)
_TOPIC_NOUNS = frozenset(
    {"concern", "doubt", "worry", "reservation", "complaint", "answer", "idea", "rhetoric", "comment"}
    | {"discussion", "debate", "thought", "opinion", "remark", "statement", "warning"}
)
_NOUN_ABOUT = frozenset({"about", "of", "on"})
# Adjectives of certainty or feeling whose clause is the holder's view: "is convinced (that) …".
_STANCE_ADJECTIVES = frozenset(
    {"afraid", "sure", "certain", "confident", "convinced", "worried", "concerned", "hopeful", "optimistic"}
    | {"pessimistic", "adamant", "frustrated", "angry", "upset", "glad", "happy", "sad", "aware", "unaware"}
    | {"unsure", "uncertain", "doubtful", "skeptical", "sceptical", "fearful", "furious", "disappointed"}
    | {"proud", "thankful", "grateful", "insistent", "positive", "alarmed", "outraged", "pleased", "surprised"}
)

# Adjectives of will whose infinitive is what the holder wants or balks at: "is eager to tap the donors".
_WILLING_ADJECTIVES = frozenset(
    {"eager", "keen", "reluctant", "hesitant", "loath", "loth", "inclined", "disinclined", "determined"}
)


def noun_candidate(noun: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """Attribution by a noun: "his claim that …", "Trump's call for …", "a decision to …"."""
    lemma = noun.lemma_.lower()
    if lemma not in NOUN_CUES and (
        {lemma, noun.lower_} & _NOT_NOUN_CUES
        or not any(c.dep_ in {"acl", "ccomp"} and opens_with_that(c) for c in noun.rights)
    ):
        return None
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        source = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i), None)
    if source is None:
        source = giver(noun)  # "faced criticism from rivals that …"
    content: list[Token] | None = None
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in {"acl", "ccomp", "relcl"} and any(
            g.dep_ == "mark" and g.lower_ == "that" and g.i == child.left_edge.i for g in child.children
        ):
            content = clause_tokens(child)
            break
        if child.dep_ == "acl" and child.left_edge.lower_ == "to" and child.left_edge.i == noun.i + 1:
            content = clause_tokens(child)
            break
        if (
            source is not None
            and child.dep_ == "prep"
            and child.lower_ in NOUN_PREPS.get(lemma, _NOUN_ABOUT)
            and child.i == noun.i + 1
        ):
            content = [t for g in child.children if g.dep_ in {"pobj", "pcomp"} for t in clause_tokens(g)]
            break
    if not content:
        return None
    pieces = before_circumstance(on_cue_line(fragments(content, offset, text), text, offset + noun.idx), text)
    if not pieces or word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    return indirect_candidate([hull(pieces)], paragraph, "noun", [noun], source, offset)


def in_favor_candidate(noun: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """ "argued in favor of Britain's remaining in the EU", "voted in favor of the bill", "was always in favor of
    strict gun controls": what someone stands in favour of is their stance. Only on a verb with no object of its
    own: "abandoned the party in favor of Clinton", "made decisions in favor of donors" are acts, not views."""
    if noun.lemma_.lower() not in {"favor", "favour"} or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    if verb.pos_ not in {"VERB", "AUX"} or noun.head.dep_ != "prep" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    source = subject_of(verb)
    if of is None or source is None or source.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return None
    topic = [t for g in of.children if g.dep_ in {"pobj", "pcomp"} for t in clause_tokens(g)]
    pieces = on_cue_line(fragments(topic, offset, text), text, offset + noun.idx)
    if not pieces:
        return None
    return indirect_candidate([hull(pieces)], paragraph, "prep", [verb, noun.head, noun, of], source, offset)


def about_candidate(about: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """A stance or a question about a topic: "raising questions about his microphone", "was coy about
    whether …", "complained about the moderators". The topic is the content; the word before "about" the cue."""
    head = about.head
    if head.i == about.i or head.i != about.i - 1 or head.pos_ not in {"VERB", "NOUN", "ADJ"}:
        return None
    if head.pos_ == "VERB" and (head.lemma_.lower() in PREP_CUES or head.lemma_.lower() == "inform"):
        return None  # the verb's own reading ("talked about …") already covers it
    topic = [t for g in about.children if g.dep_ in {"pobj", "pcomp"} for t in clause_tokens(g)]
    if not topic:
        return None
    topic.extend(_joined_topics(about))
    verb = head if head.pos_ == "VERB" else head.head
    if _question_raised(head, topic):
        source = next((c for c in head.children if c.dep_ == "poss"), None)
        pieces = on_cue_line(fragments(topic, offset, text), text, offset + about.idx)
        if not pieces or word_count(text, pieces) < MIN_CONTENT_WORDS:
            return None
        return indirect_candidate([hull(pieces)], paragraph, "prep", [head, about], source, offset)
    if head.pos_ == "NOUN" and is_cue_lemma(verb.lemma_.lower()):
        return None  # "expressed concern about …" is the verb's
    topical = _TOPIC_NOUNS | OF_STANCE
    if head.pos_ == "NOUN" and (head.dep_ not in {"dobj", "attr"} or head.lemma_.lower() not in topical):
        return None
    if head.pos_ == "ADJ" and head.dep_ not in {"acomp"}:
        return None
    source = next((c for c in head.children if c.dep_ == "poss"), None) or subject_of(verb)
    if source is None or source.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return None
    pieces = on_cue_line(fragments(topic, offset, text), text, offset + about.idx)
    if not pieces or (word_count(text, pieces) < _MIN_TOPIC_WORDS and not _named_stance(head, topic)):
        return None
    return indirect_candidate([hull(pieces)], paragraph, "prep", [head, about], source, offset)


def _question_raised(head: Token, topic: list[Token]) -> bool:
    """ "raised new questions about whether the foundation rewarded donors", "there are questions about how much
    advice he gave": a question put about an open clause is reported, whoever asks it (often no one named)."""
    return head.lemma_.lower() == "question" and topic[0].lower_ in OPEN_CLAUSE_WORDS and topic[0].i == head.i + 2


def _joined_topics(prep: Token) -> list[Token]:
    """A second topic joined to the first: "a supporter of NATO and of its allies"."""
    return [t for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP" for t in c.subtree]


def _named_stance(head: Token, topic: list[Token]) -> bool:
    """A stance toward one named party is a statement even in one word: "has been critical of Trump"."""
    return head.lemma_.lower() in OF_STANCE and len(topic) == 1 and topic[0].pos_ == "PROPN"


def stance_adjective_candidate(adj: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """ "Party leaders are afraid that turnout may be low", "was sure Trump would win": the clause is the view
    of the subject of "be"; "is eager to get the book out", "were reluctant to blame the companies": the
    infinitive is what the subject of "be" wants or balks at."""
    lemma = adj.lemma_.lower()
    if (
        lemma not in _STANCE_ADJECTIVES | _WILLING_ADJECTIVES
        or adj.dep_ != "acomp"
        or adj.head.pos_ not in {"AUX", "VERB"}
    ):
        return None
    wanted = {"xcomp"} if lemma in _WILLING_ADJECTIVES else {"ccomp"}
    clause = next((c for c in adj.children if c.dep_ in wanted and c.i > adj.i), None)
    source = subject_of(adj.head)
    if clause is None or source is None or source.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return None
    pieces = on_cue_line(fragments(clause_tokens(clause), offset, text), text, offset + adj.idx)
    if not pieces or word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    return indirect_candidate(before_circumstance([hull(pieces)], text), paragraph, "that", [adj], source, offset)
