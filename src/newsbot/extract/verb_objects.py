"""Cue verbs whose content is an object and what is said of it: naming ("called X a Y"), describing ("described
X as “Y”"), judging ("deemed the law invalid"), attacking ("went after X as …"), directing ("told X to …"),
passive blame ("was accused of …"), gerunds ("proposed raising …") and quoted objects."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import CIRCUMSTANCE, clause_tokens, is_occasion
from .cues import (
    AS_CUES,
    ATTACK_PREPS,
    CLAUSE_CUES,
    GERUND_CUES,
    NOUN_CUES,
    OBJECT_PREPS,
    PREP_CUES,
    SPEECH_VERBS,
    is_speech_lemma,
)
from .indirect import QUOTE_CHARS
from .spans import RELATIVE, subject_of
from .titles import names_a_work

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

__all__ = [
    "NAMING_CUES",
    "attack_target",
    "casts_in_quotes",
    "described_as",
    "directive_as_advcl",
    "gerund_clause",
    "joined_pronoun",
    "judged",
    "name_goes_on",
    "named_in_quotes",
    "named_twice",
    "passive_with_prep",
    "prep_after_pronoun",
    "quoted_name",
    "quoted_object",
]

NAMING_CUES = frozenset({"call", "dub", "term", "label", "brand", "describe"})
# Verbs that direct a listener to act: "told supporters to …", even when the parse makes "to …" a purpose.
_DIRECTIVES = frozenset(
    {"tell", "urge", "ask", "encourage", "implore", "beg", "push", "press", "warn", "advise", "exhort"}
    | {"challenge", "dare", "instruct", "remind", "caution", "beseech", "entreat", "order", "direct", "call"}
)
# Verbs of judging something to be something: "deemed the law invalid", "judged the city a safe place".
_JUDGING = frozenset({"judge", "deem", "consider", "pronounce", "rate"})


def named_twice(verb: Token, named: Token | None) -> list[Token]:
    """ "branded North Korea an “outlaw nation”" parsed with two objects: the one named and the name."""
    lemma = verb.lemma_.lower()
    if named is None or not (lemma == "call" or lemma in NAMING_CUES):
        return []
    name = next((c for c in verb.children if c.dep_ == "dobj" and c.i > named.right_edge.i), None)
    return [*clause_tokens(named), *name.subtree] if name is not None else []


# Words of the noun phrase named between a naming verb and the name it is given in quotation marks.
_NAMED_TAGS = frozenset({"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH"})
_NAMED_PRONOUNS = frozenset({"him", "her", "them", "it", "this", "that", "these", "those", "us", "me", "himself"})
_NAMED_JOINERS = frozenset({"and", "of", "on", "in", "about", "over", "with", "for"})
_OPENING = frozenset({"“", '"', "``", "''", "‘"})
_CLOSING = frozenset({"”", '"', "''", "’"})
_NAMED_MAX = 10  # words of the one named: longer, and the parse is not this frame


def named_in_quotes(verb: Token) -> list[Token]:
    """ "called Florida's standards “strong.”", "called Merkel “The Chancellor of the Free World.”": an active
    naming verb, the noun phrase it names and the name in quotation marks, read off the words when the parser
    lost the frame (it often hangs the quoted name on the subject or reads the one named as a compound)."""
    if verb.lemma_.lower() not in NAMING_CUES - {"describe"} or not _names_actively(verb):
        return []
    doc = verb.doc
    end = verb.sent.end
    first = verb.i + 1
    if first >= end or (doc[first].tag_ == "IN" and doc[first].lower_ not in _NAMED_PRONOUNS):
        return []  # "called for “…”", "called on …"
    j = first
    while j < end and doc[j].text not in _OPENING:
        word = doc[j]
        if not (
            word.tag_ in _NAMED_TAGS or word.lower_ in _NAMED_PRONOUNS or (word.lower_ in _NAMED_JOINERS and j > first)
        ):
            return []
        j += 1
    if j == first or j >= end or j - first > _NAMED_MAX or doc[j - 1].lower_ in _NAMED_JOINERS:
        return []
    if not any(w.pos_ in {"NOUN", "PROPN", "PRON"} or w.lower_ in _NAMED_PRONOUNS for w in doc[first:j]):
        return []  # "a program called the “Clean Power Plan”": a name, nobody's words
    close = next((k for k in range(j + 2, end) if doc[k].text in _CLOSING), None)
    if close is None:
        return []
    named = list(doc[first : close + 1])
    return [*named, *name_goes_on(verb, named)]


# Prepositions after a name that say when or why it was given, not what: "“rigged” after the vote"; and
# those that say where or when only with a time or a medium after them: "“rigged” in a tweet Tuesday", "a
# “clown” on his radio show" (not "“the pearl” on the Silk Road").
_CIRCUMSTANCE_PREPS = frozenset({"during", "after", "before", "since", "amid", "while", "following"})
_PLACE_PREPS = frozenset({"in", "on", "at", "over"})


def quoted_name(verb: Token, name: Token) -> list[Token]:
    """The words of a name in quotation marks given by a naming verb ("called the law “much better” than …"):
    the name's phrase without a circumstance hung on it past the closing mark ("“rigged” in a tweet Tuesday"),
    and what completes it past that mark (`name_goes_on`). A name without quotation marks is its phrase."""
    said = list(name.subtree)
    if not any(t.text in _OPENING for t in said):
        return said
    closes = [t.i for t in said if t.text in _CLOSING and t.i > name.i]
    close = closes[0] if closes else said[-1].i + 1
    cut = {t.i for c in name.children if c.i > close and (c.dep_ == "npadvmod" or _circumstance(c)) for t in c.subtree}
    said = [t for t in said if t.i not in cut]
    return [*said, *name_goes_on(verb, said)]


def _circumstance(prep: Token) -> bool:
    """ "after the vote", "in a tweet", "on Tuesday", "on his radio show": when or where a name was given."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in _CIRCUMSTANCE_PREPS:
        return True
    place = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return (
        prep.lower_ in _PLACE_PREPS
        and place is not None
        and (place.ent_type_ in {"DATE", "TIME"} or is_occasion(place))
    )


def name_goes_on(verb: Token, named: Sequence[Token]) -> list[Token]:
    """What completes a name given in quotation marks past its closing mark: a comparison ("“much better”
    than the old law", wherever the parser hung it) or a phrase hung on the name's words ("“a priority” for
    women", "“a disaster” that would cost jobs"); not a circumstance ("“rigged” in a tweet Tuesday")."""
    if not named:
        return []
    doc = verb.doc
    after = named[-1].i + 1
    while after < verb.sent.end and doc[after].text in _CLOSING:
        after += 1
    if after >= verb.sent.end:
        return []
    first = doc[after]
    inside = {t.i for t in named}
    if first.lower_ == "than" and first.head.i in inside | {verb.i}:
        return list(doc[after : first.right_edge.i + 1])
    top = first
    while top.head.i != top.i and top.head.i not in inside and top.head.i > named[-1].i:
        top = top.head
    if top.head.i not in inside or first.is_punct or top.dep_ in {"cc", "conj", "punct"}:
        return []
    if _circumstance(top):
        return []
    if top.left_edge.i != after:
        return []
    return list(doc[after : top.right_edge.i + 1])


def _names_actively(verb: Token) -> bool:
    """A finite or bare naming verb, or a participle after a comma the parser read as describing the noun
    before it ("Beruff, a Scott ally, called …"); not a passive ("was called") nor "a site called …"."""
    if verb.tag_ in {"VBD", "VBZ", "VBP", "VBG", "VB"}:
        return True
    return (
        verb.tag_ == "VBN"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in {"auxpass", "nsubjpass", "aux"} for c in verb.children)
    )


def described_as(verb: Token) -> list[Token]:
    """ "what analysts described as “tactics”", "an explosion that the mayor described as “an attack”": the
    thing described (its relative pronoun and noun) and the description."""
    if verb.lemma_.lower() not in AS_CUES:
        return []
    cast = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
    rel = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if cast is None or rel is None or any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return []
    if rel.lower_ in {"what", "who", "whom"}:
        return [rel, *cast.subtree]
    if rel.lower_ in {"that", "which"} and verb.dep_ == "relcl" and verb.head.i < rel.i:
        noun = verb.head
        return [*(t for t in verb.doc[noun.left_edge.i : rel.i + 1]), *cast.subtree]
    return []


def attack_target(verb: Token) -> list[Token]:
    """ "went after Trump as a “con artist”", "tore into the plan": the target and what it was called.
    "go after" needs the "as" phrase: without it, it is as often a chase as an attack."""
    lemma = verb.lemma_.lower()
    preps = ATTACK_PREPS.get(lemma)
    if not preps or verb.pos_ != "VERB" or subject_of(verb) is None:
        return []
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i), None)
    target = None if prep is None else next((g for g in prep.children if g.dep_ == "pobj"), None)
    if prep is None or target is None:
        return []
    cast = next((t for t in verb.doc[target.i + 1 : verb.sent.end] if t.lower_ == "as" and t.dep_ == "prep"), None)
    if cast is not None and cast.head.i not in {verb.i, target.i, prep.i}:
        cast = None
    if cast is None and lemma == "go":
        return []
    return [*clause_tokens(target), *(cast.subtree if cast is not None else [])]


def directive_as_advcl(verb: Token) -> list[Token]:
    """ "challenged her rival to release …", "tells his supporters at a rally to “go …”": the parser read the
    infinitive as a purpose clause; after a directive verb and its listener it is what they were told to do."""
    if verb.lemma_.lower() not in _DIRECTIVES or any(c.dep_ == "xcomp" for c in verb.children):
        return []
    listener = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if listener is None or listener.lower_ in {"it", "this", "that", "what"}:
        return []
    named = listener.pos_ in {"PRON", "PROPN"} or listener.ent_type_ in {"PERSON", "NORP", "ORG"}
    if not named and (verb.lemma_.lower() == "call" or listener.pos_ != "NOUN"):
        return []  # "called a meeting to discuss …" is a purpose
    act = next((c for c in verb.children if c.dep_ == "advcl" and c.i > listener.i), None)
    if act is None or act.left_edge.lower_ != "to" or act.left_edge.dep_ != "aux":
        return []
    return [*clause_tokens(listener), *clause_tokens(act)]


def judged(verb: Token) -> list[Token]:
    """A verdict: the thing judged and what it was judged to be ("deemed the law invalid")."""
    if verb.lemma_.lower() not in _JUDGING or verb.pos_ != "VERB":
        return []
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if thing is None or thing.lower_ in {"it", "what"}:
        return []
    verdict = next(
        (c for c in verb.children if c.dep_ in {"oprd", "dobj"} and c.i > thing.right_edge.i and c.i != thing.i), None
    )
    if verdict is None or verdict.pos_ not in {"ADJ", "NOUN"}:
        return []
    return [*clause_tokens(thing), *verdict.subtree]


def joined_pronoun(obj: Token) -> bool:
    """A pronoun object joined to a noun says something on its own: "defended himself and his record"."""
    return any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in obj.children)


def gerund_clause(verb: Token) -> Token | None:
    """The gerund a cue takes as its content: "proposed raising the age", "admitted using the loophole"."""
    if verb.lemma_.lower() not in GERUND_CUES:
        return None
    gerund = next(
        (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG" and c.left_edge.i == verb.i + 1),
        None,
    )
    if gerund is None or any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS for t in gerund.subtree):
        return None  # a statement inside ("defended firing a clerk who said …") is its own
    return gerund


def casts_in_quotes(verb: Token) -> bool:
    """Any verb with an object and an "as" phrase in quotation marks: "pounding Trump as a “con artist”"."""
    children = list(verb.children)
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return False
    cast = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
    return cast is not None and any(t.text in QUOTE_CHARS for t in cast.subtree)


def quoted_object(verb: Token) -> Token | None:
    """The object of a verb with a subject when the object holds a quoted phrase."""
    if verb.pos_ != "VERB" or subject_of(verb) is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    marks = [t for t in obj.subtree if t.text in QUOTE_CHARS]
    if len(marks) < 2 or _quotes_a_title(verb, obj, marks[-1]):
        return None
    return obj


def _quotes_a_title(verb: Token, obj: Token, closing: Token) -> bool:
    """The object opens with a title-cased quotation right after a verb that does not report speech ("renewed
    “Harbor Patrol” for a season"): the name of a work, not anyone's words."""
    opening = obj.left_edge
    if opening.text not in QUOTE_CHARS:
        return False
    text = verb.doc.text
    lemma = verb.lemma_.lower()
    return names_a_work(
        verb,
        text[verb.idx + len(verb.text) : opening.idx],
        text[opening.idx : closing.idx + len(closing.text)],
        text[closing.idx + len(closing.text) : closing.idx + 40],
        is_speech_lemma(lemma) or lemma in CLAUSE_CUES,
    )


def prep_after_pronoun(verb: Token, obj: Token | None) -> list[Token]:
    """The topic after a pronoun object: "asked him about his taxes", "accused her of lying"."""
    if obj is None or obj.pos_ != "PRON" or obj.lower_ in {"what", "whatever", "it", "this", "that"}:
        return []
    lemma = verb.lemma_.lower()
    preps = (PREP_CUES.get(lemma, frozenset()) | OBJECT_PREPS.get(lemma, frozenset())) - {"as"}
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i > obj.i:
            heads = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if any(g.ent_type_ in CIRCUMSTANCE for g in heads):
                return []
            return [t for g in heads for t in clause_tokens(g)]
    return []


def passive_with_prep(verb: Token, passive: Token | None) -> list[Token]:
    """Who was judged and for what: "Peacekeepers have been blamed for bringing …", "was accused of lying"."""
    preps = OBJECT_PREPS.get(verb.lemma_.lower())
    if passive is None or not preps or passive.lower_ in RELATIVE | {"it", "this", "that", "what"}:
        return []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.lower_ != "as" and child.i > verb.i:
            heads = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if not heads or any(g.ent_type_ in CIRCUMSTANCE for g in heads):
                return []
            if any(t.lemma_.lower() in NOUN_CUES | SPEECH_VERBS for g in heads for t in g.subtree):
                return []  # "ridiculed for its prediction that …": the statement inside is its own
            return [*clause_tokens(passive), *(t for g in heads for t in clause_tokens(g))]
    return []
