"""What a speaker was asked about: "When asked about the merger, she defended …", "Clinton was asked about
speeches she made …", "Asked at a briefing Monday about Suu Kyi's future role, …". A question put to someone
is reported speech however short its topic ("asked about Sullivan"), and the parser often hangs the "about"
phrase on the noun of a circumstance before it ("at the business conference about the merger").

The passive ask (the one asked is the subject, or there is none) has the topic as content. The occasion of the
question is no part of its topic, wherever the parser hung it: "asked about the wall at a rally in Ohio" asks
about the wall. The active ask with a named listener is a question put too, with the same occasion cut: "the moderator asked Smith about
his ties to …", "She asked the senator about the vote", "asked a question about immigration"; not an intended
one ("tried to ask Mr. Smith about …", "drove here to ask him about …"), which may never have been put."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import OPEN_CLAUSE_WORDS, clause_tokens, is_occasion
from .cues import SPEECH_VERBS
from .indirect import QUOTE_CHARS
from .persons import person_noun
from .tags import FINITE_OR_MODAL_TAGS, FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["asked_topic", "interrupted_by_saying", "misplaced_question", "put_to"]

# What may lie between the ask and a displaced "about": circumstance phrases ("at a briefing Monday in …").
_PATH_DEPS = frozenset({"prep", "pobj", "npadvmod"})
# Where a question is put: "at a rally", "during an interview", "in a town hall", "on the show".
_OCCASION_PREPS = frozenset({"at", "during", "in", "on"})


# What a question the parser hung elsewhere opens with, and what may lie between the ask and it: the one asked
# ("asked Bernie Sanders if …"), the asker of a passive ("by a caller"), and where ("during a luncheon").
# Not "when", "where", "whom": after an ask they mostly open a time, a place or a relative ("asked him when he
# was in Iowa").
_QUESTION_WORDS = OPEN_CLAUSE_WORDS - {"when", "where", "whom"}
_NO_RELATIVE = frozenset({"if", "whether", "why", "how"})  # after an ask, these open a question, not a relative
_BEFORE_QUESTION_DEPS = frozenset({"dobj", "dative", "agent", "prep", "npadvmod", "advmod"})


def asked_topic(verb: Token) -> list[Token]:
    """The topic of a passive "asked about …": the "about" phrase's object, or [] when `verb` is no such ask
    or the topic is a bare pronoun ("was asked about it": what it stands for is another sentence's)."""
    if verb.lemma_.lower() != "ask" or verb.tag_ != "VBN":
        return []
    children = list(verb.children)
    if any(c.dep_ in {"nsubj", "dobj", "ccomp", "xcomp", "dative"} for c in children):
        return []
    if verb.dep_ not in {"advcl", "ROOT", "conj", "relcl", "acl", "ccomp", "xcomp"}:
        return []
    about = _about_phrase(verb)
    if about is None:
        return []
    heads = [g for g in about.children if g.dep_ in {"pobj", "pcomp"}]
    if not heads:
        return []
    topic = _before_occasion([t for g in heads for t in clause_tokens(g)])
    return [] if not topic or (len(topic) == 1 and topic[0].pos_ == "PRON") else topic


def interrupted_by_saying(verb: Token) -> bool:
    """ "Asked about the plan, he said, it is wrong.": a fronted ask whose clause the saying interrupts is the
    occasion of his words, not a question reported of its own. Not an ask before a quotation ("When asked
    about the plan, he said, “It is …”"): the question put, then its answer."""
    if verb.dep_ != "advcl":
        return False
    clause = verb.head
    if clause.i > verb.i and clause.lemma_.lower() in SPEECH_VERBS and clause.i + 1 < clause.sent.end:
        # "…, the senator said, they would hurt farmers": the parser made the saying the main verb
        after = clause.doc[clause.i + 1]
        if after.text != "," or after.i + 1 >= clause.sent.end or clause.doc[after.i + 1].text in QUOTE_CHARS:
            return False  # "When asked about the plan, he said, “It is …”": the question put, then the answer
        return any(c.dep_ == "ccomp" and c.i > after.i for c in clause.children)
    return any(
        c.dep_ == "parataxis"
        and verb.i < c.i < clause.i
        and c.lemma_.lower() in SPEECH_VERBS
        and not any(t.text in QUOTE_CHARS for t in clause.doc[c.i : clause.i])
        for c in clause.children
    )


def misplaced_question(verb: Token) -> list[Token]:
    """The question an ask puts when the parser hung it elsewhere: "when I asked Bernie Sanders if he would ever
    endorse her, he looked …" (the "if" clause read as the main verb's condition), "We asked the campaigns why
    they did not respond" (read as a relative clause on the campaigns), "was asked by a caller why …". Only
    after the one asked, the asker or where it was asked, and only when the ask has no clause of its own."""
    if verb.lemma_.lower() != "ask" or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return []  # "asked lawmakers for $2 billion if revenues fall short": a request and its condition
    before = {t.i for c in verb.children if c.dep_ in _BEFORE_QUESTION_DEPS and c.i > verb.i for t in c.subtree}
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.lower_ in _QUESTION_WORDS:
            clause = token.head
            if clause.left_edge.i != token.i or clause.pos_ not in {"VERB", "AUX"} or verb in clause.subtree:
                return []
            if clause.dep_ == "relcl" and token.lower_ not in _NO_RELATIVE:
                return []  # "asked Jones about the women who said …": a relative clause, not a question
            if verb.doc[token.i - 1].is_punct:
                return []  # "asked for more visas, which are issued to …": a relative clause on what was asked
            if any(verb.doc[i].i not in before for i in range(verb.i + 1, token.i)):
                return []
            return list(verb.doc[token.i : clause.right_edge.i + 1])
        if token.i not in before:
            return []
    return []


def _before_occasion(topic: list[Token]) -> list[Token]:
    """The topic up to a phrase that says where the question was put ("… at a rally in Ohio")."""
    inside = {t.i for t in topic}
    for token in topic:
        if token.dep_ != "prep" or token.lower_ not in _OCCASION_PREPS or token.head.i not in inside:
            continue
        place = next((g for g in token.children if g.dep_ == "pobj"), None)
        if place is None or not is_occasion(place) or token.i <= topic[0].i:
            continue
        if any(c.dep_ in {"acl", "relcl", "ccomp"} for c in place.children):
            continue  # "her vote in the event that Clinton wins": a condition, part of the topic
        return [t for t in topic if t.i < token.i]
    return topic


def _about_phrase(verb: Token) -> Token | None:
    """The first "about" after the verb hung on it directly or through circumstance phrases only."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.is_punct and token.text in {",", ";", ":"}:
            return None
        if token.lower_ != "about" or token.dep_ != "prep":
            continue
        node = token.head
        while node.i != verb.i:
            if node.dep_ not in _PATH_DEPS or node.head.i == node.i:
                return None
            node = node.head
        return token
    return None


def put_to(verb: Token) -> list[Token]:
    """The topic of an active ask put to a named listener, or a question asked: "asked Smith about his ties",
    "asked a question about immigration"; [] for an infinitive ("to ask him about …"), a pronoun listener
    (`verb_objects.prep_after_pronoun` reads those) or a bare pronoun topic."""
    if verb.lemma_.lower() != "ask" or verb.pos_ != "VERB" or not _put(verb):
        return []
    listener = next((c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i), None)
    if listener is None or not (
        listener.pos_ == "PROPN" or person_noun(listener) or listener.lemma_.lower() == "question"
    ):
        return []
    about = next(
        (
            c
            for c in [*verb.children, *listener.children]
            if c.dep_ == "prep" and c.lower_ == "about" and c.i == listener.right_edge.i + 1
        ),
        None,
    )
    if about is None:
        return []
    if any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS for t in about.subtree):
        return []  # "about remarks he made, when he claimed …", "about women who said …": a statement of its own
    topic = _before_occasion([t for g in about.children if g.dep_ in {"pobj", "pcomp"} for t in clause_tokens(g)])
    return [] if len(topic) <= 1 and all(t.pos_ == "PRON" for t in topic) else topic


def _put(verb: Token) -> bool:
    """A finite ask, or one with a modal or "do" ("could ask", "didn't ask"), not "to ask"."""
    if verb.tag_ in FINITE_TAGS:
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ in FINITE_OR_MODAL_TAGS for c in verb.children)
