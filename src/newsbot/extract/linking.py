"""What seems or appears likely: "Cruz seemed certain to leave", "The senator appears ready to use tariffs",
"It seems increasingly likely that Trump will be the nominee". Nobody is quoted; the writer judges a prospect, and news
annotation counts the judgement as an attribution with no source: the content is the subject and its
complement, the linking verb the cue. "Nothing about them seems credible to me" is the judgement of "me".

Only a complement that takes an infinitive or a clause of its own (a prospect) counts: how someone came across
("the vice president appeared deferential", "he seemed tired") is mostly not annotated. The exception is "seem"
heading the writer's own sentence, outside any quotation: "The idea seems like a contradiction", "Trump sometimes
seems fixated on China", "Superdelegates might seem anti-democratic" are judgements the corpus annotates (about
four times in five on train and dev), while "appear", "look" and "sound" there mostly describe a sight. "X seemed
to help" (an infinitive straight after the verb) is read in `verb_frames.py`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import clause_tokens, comma_before
from .cues import is_cue_lemma
from .questions import in_a_question

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["LINKING_VERBS", "experiencer", "linking_complement"]

# Not "look" and "sound": in news they mostly describe a sight or a sound ("the calendar looks better for
# him in May", "that sounds strange to anyone who …"), not a judgement the corpus counts.
LINKING_VERBS = frozenset({"seem", "appear"})
# What follows a linking verb as its complement: "seemed lost", "looks weak", "appeared a broken man".
_COMPLEMENTS = frozenset({"acomp", "oprd", "attr"})
# A subject that is no judged thing: the reader ("if it seems too risky to you"), a free relative ("what
# seemed most relevant") whose thing is named elsewhere, or a person by pronoun ("he seemed unconvinced"),
# whose mood the story is telling, not judging.
_NOT_JUDGED = frozenset({"you", "what", "whatever", "i", "we", "he", "she", "they", "him", "her", "them"})
_NOT_COMPLEMENT = frozenset({"punct", "cc", "conj", "mark", "nsubj", "nsubjpass", "expl"})
_PERSONAL = frozenset({"me", "us", "him", "her", "them"})
_STOPS = frozenset({":", ";", "—", "–", "--"})


def linking_complement(verb: Token) -> list[Token]:
    """The subject and the complement of a linking verb, or nothing when the verb has no such frame. The
    expletive "it" of "It seems likely that …" is no part of the content."""
    complement = _complement(verb)
    if complement is None:
        return []
    after = [c for c in verb.children if c.i > verb.i]
    subject = _subject(verb)
    if (
        subject is None
        or subject.lower_ in _NOT_JUDGED
        or any(t.lower_ == "whose" for t in subject.subtree)
        or any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children)
    ):
        return []
    # The complement and what the parser hung on the verb after it ("looks dead on arrival", "appears ready,
    # moreover, to use tariffs"); not a participle or a phrase after a comma ("seemed lost, applauding …").
    right = [
        t
        for c in after
        if c.i == complement.i or (c.i > complement.i and _completes(c, complement))
        for t in (clause_tokens(c) if c.pos_ in {"VERB", "AUX"} else c.subtree)
    ]
    stop = next((t.i for t in right if t.text in _STOPS), None)
    right = sorted((t for t in right if stop is None or t.i < stop), key=lambda t: t.i)
    if any(_holds_statement(t, complement) for t in right):
        return []  # "seemed hopeful that the board would accept …": the statement inside is the one to read
    if (
        experiencer(verb) is None
        and not any(_prospect(t, verb, complement) for t in right)
        and not _judges_plainly(verb, subject, complement)
    ):
        return []  # "the vice president appeared deferential": how someone came across, rarely annotated
    if subject.lower_ == "it" and any(c.dep_ == "ccomp" for c in [*verb.children, *complement.children]):
        return right  # "It seems likely that …": "it" stands for the clause
    subject_tokens = clause_tokens(subject)
    if any(t.pos_ == "VERB" and is_cue_lemma(t.lemma_.lower()) for t in subject_tokens):
        return []  # "Sanders, who sees himself as …, doesn't appear ready": the aside holds a statement
    if experiencer(verb) is not None:
        return subject_tokens  # "Nothing about them seems credible to me": what "me" judges is the subject
    return [*subject_tokens, *right]


# The linking verb that judges on its own in the writer's main clause.
_JUDGING = frozenset({"seem"})


def _judges(verb: Token) -> bool:
    """ "Trump sometimes seems fixated on China": "seem" heading the writer's own sentence (the root, or joined
    to it), not inside a quotation, where the words would be the speaker's, nor in a clause that only sets up
    the sentence ("Though voters don't seem engaged, …"), nor in a question, which judges nothing ("Does the
    deal seem fair?")."""
    if verb.lemma_.lower() not in _JUDGING:
        return False
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ROOT" and not _quoted(verb) and not in_a_question(verb)


def _judges_plainly(verb: Token, subject: Token, complement: Token) -> bool:
    """A main-clause "seem" with no prospect still judges its subject; not "it seems the view … is poor", where
    the parser took the clause's subject for a noun complement of "it"."""
    return _judges(verb) and not (subject.lower_ == "it" and complement.pos_ in {"NOUN", "PROPN"})


def _quoted(token: Token) -> bool:
    """Whether the paragraph has a quotation open where the token stands: “…” and "…" pairs, and ``…'' (or
    ''…'', as some papers print it), whose marks alternate."""
    before = token.doc.text[: token.idx]
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1 or (before.count("``") + before.count("''")) % 2 == 1


def experiencer(verb: Token) -> Token | None:
    """The one to whom something seems so, who holds the judgement: "seems credible to me", "sounded
    strange to the jurors"."""
    complement = _complement(verb)
    if complement is None:
        return None
    for prep in [*verb.children, *complement.children]:
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > complement.i:
            judge = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if judge is not None and (judge.lower_ in _PERSONAL or judge.ent_type_ == "PERSON"):
                return judge
    return None


def _complement(verb: Token) -> Token | None:
    if verb.lemma_.lower() not in LINKING_VERBS or verb.pos_ not in {"VERB", "AUX"} or verb.tag_ == "VBG":
        return None
    complement = next((c for c in verb.children if c.i > verb.i and _is_complement(c)), None)
    if complement is None or verb.doc[complement.right_edge.i + 1 : complement.right_edge.i + 2].text == ":":
        return None  # "The outline seems clear: …": the writer announces what follows
    return complement


def _is_complement(child: Token) -> bool:
    if child.dep_ in _COMPLEMENTS:
        return True
    if child.dep_ == "prep":
        return child.lower_ == "like" and any(g.dep_ == "pobj" for g in child.children)
    # "seemed lost": a bare participle, not an infinitive ("seemed to help") nor a gerund.
    return child.dep_ == "xcomp" and child.tag_ == "VBN" and not any(g.dep_ == "aux" for g in child.children)


def _completes(child: Token, complement: Token) -> bool:
    """A phrase after the complement that the parser hung on the verb: an infinitive, a clause, a phrase of
    time or place, or the rest of a complement split at "but" ("impervious to all but the largest shocks")."""
    if child.dep_ == "cc":
        return child.i == complement.right_edge.i + 1 and any(child.children)
    if child.dep_ in {"xcomp", "advcl"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
        return True
    return child.dep_ not in _NOT_COMPLEMENT and child.tag_ != "VBG" and not comma_before(child)


def _prospect(token: Token, verb: Token, complement: Token) -> bool:
    """What the complement judges likely is a clause or an infinitive of its own: "seems likely that …",
    "appears ready to use tariffs", "seemed certain to leave", "appeared poised to win"."""
    if token.head.i not in {verb.i, complement.i} or token.i <= complement.i:
        return False
    if token.dep_ == "ccomp" or (token.dep_ == "acl" and any(g.dep_ == "mark" for g in token.children)):
        return True
    return token.dep_ in {"xcomp", "advcl"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in token.children)


def _holds_statement(token: Token, complement: Token) -> bool:
    """A cue verb in its own clause inside the complement ("hopeful that the board would accept …", "…, as
    the senators echoed …"); not an infinitive that completes it ("willing to endorse the plan")."""
    if token.pos_ != "VERB" or not is_cue_lemma(token.lemma_.lower()):
        return False
    if any(c.dep_ == "ccomp" for c in token.children):
        return True
    node = token
    while node.i != complement.i and node.head.i != node.i:
        if node.dep_ in {"ccomp", "advcl", "conj", "parataxis"}:
            return True
        node = node.head
    return False


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, or the one it shares with the verb it is joined to ("… and seemed lost")."""
    own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    if own is not None or verb.dep_ != "conj":
        return own
    return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.head.i), None)
