"""A finding or a view placed "in" its source: "In the latest poll, Trump leads by nine points", "Clinton led
among women in a CNN survey", "In his view, the deal is dead".

The clause the phrase modifies is the content; the poll, report or statement is the source (for "in his view"
the one whose view it is) and "in" is the cue. A clause whose own verb reports speech ("In a statement, the
company said …") is that verb's statement, not this one, unless its subject is a share of a poll's respondents
("In the latest poll, 40 percent of voters said …"): what they said is the poll's finding. A single poll also
reports a subordinate clause ("although Rubio moved to second in a later survey") and a clause whose object the
parser hung the phrase on ("Cruz had 38 percent support in a Fox poll"); fronted before its comma, it frames the
rest of the sentence even where the parser found no verb to hang it on ("In a new poll, three of four Americans
disapproved …" read with "Americans" for the root).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate
from .clauses import clause_tokens
from .content_edges import on_cue_line
from .cues import AS_CUES, is_cue_lemma
from .indirect import MIN_CONTENT_WORDS, indirect_candidate
from .persons import person_noun
from .questions import in_a_question
from .spans import fragments, word_count

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FINDINGS", "in_source_candidate", "viewpoint_candidate"]

# What counts and finds, and can be named as where a finding stands: "in the poll", "in a recent study".
# Statements, interviews and speeches are left out: what "In an interview, Trump …" introduces is mostly
# the speaker's act ("struck a measured tone"), whose own verb is the cue when it reports anything.
FINDINGS = frozenset(
    {"poll", "survey", "study", "analysis", "average", "tally", "projection", "forecast", "estimate", "ranking"}
    | {"rankings", "questionnaire", "census", "findings", "results", "audit"}
)
# What gathers polls into one finding: "in an average of recent polls", "in a series of surveys".
_AGGREGATES = frozenset({"average", "aggregate", "composite", "series", "string", "compilation", "roundup", "review"})
# A view of someone's own: "in his view", "in their eyes"; the holder is the source.
_VIEWS = frozenset({"view", "opinion", "eyes", "estimation", "judgment", "judgement", "mind", "words"})


_ADJUNCTS = frozenset({"advcl", "prep", "npadvmod", "advmod"})
# "In the final analysis, …" is a turn of phrase, not an analysis.
_IDIOM_ANALYSIS = frozenset({"final", "last", "ultimate"})
# Verbs of how a study was done, not of what it found: "In the survey, researchers interviewed 1,000 adults",
# "those who participated in this survey".
_METHODS = frozenset(
    {"interview", "ask", "survey", "poll", "feed", "conduct", "recruit", "measure", "sample", "participate"}
)
# What completes "be" as a predicate; without one, "Sanders was not in the latest poll" has the "in" phrase
# as its own predicate, and nothing is left once it is cut.
_PREDICATES = frozenset({"attr", "acomp", "oprd", "xcomp", "ccomp", "prep", "advmod", "npadvmod", "dobj"})
_NOT_PREDICATES = frozenset({"also", "still", "again", "even", "never", "only", "just", "not", "n't"})


def _source(finding: Token) -> Token | None:
    """The poll or report itself, or the holder of a view; None when "in" names neither ("in Iowa")."""
    lemma = finding.lemma_.lower()
    if lemma in _VIEWS or finding.lower_ in _VIEWS:
        return next((c for c in finding.children if c.dep_ == "poss"), None)
    if lemma in FINDINGS or finding.lower_ in FINDINGS:
        return None if _generic(finding) or _turn_of_phrase(finding) else finding
    of = next((c for c in finding.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = None if of is None else next((g for g in of.children if g.dep_ == "pobj"), None)
    if inner is not None and inner.lemma_.lower() in {"poll", "survey"} and finding.lemma_.lower() in _AGGREGATES:
        return finding  # "in an average of recent polls"; not "in the wake of polls", "in a number of polls"
    return None


def _generic(finding: Token) -> bool:
    """ "slid behind his rivals in the polls": polls in general locate a standing, they report no finding."""
    return finding.tag_ == "NNS" and all(c.dep_ == "det" and c.lower_ == "the" for c in finding.children)


def _turn_of_phrase(finding: Token) -> bool:
    """ "in the final analysis", "in the last analysis": an idiom for "in the end"."""
    return finding.lemma_.lower() == "analysis" and any(
        c.dep_ == "amod" and c.lower_ in _IDIOM_ANALYSIS for c in finding.children
    )


def _predicate_left(verb: Token, prep: Token) -> bool:
    """Whether the clause still says something once the "in" phrase is cut: not so for a bare "be" whose
    predicate is that phrase ("Sanders was not in the latest poll")."""
    if verb.lemma_.lower() != "be":
        return True
    return any(c.dep_ in _PREDICATES and c.i != prep.i and c.lower_ not in _NOT_PREDICATES for c in verb.children)


# Words that make a subject a share of those polled: "40 percent of voters", "three of four Americans", "a majority".
_SHARES = frozenset({"percent", "%", "majority", "half", "third", "quarter", "plurality", "minority", "share", "most"})


def _respondents(subject: Token) -> bool:
    """ "40 percent of voters", "31% of Republicans", "three of four Americans", "a majority": a count of the
    people a poll asked, whose answers are its finding."""
    words = list(subject.subtree)
    if any(t.lower_ in _SHARES for t in words):
        return True
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return subject.like_num and of is not None


def _reports(verb: Token) -> bool:
    """A verb that attributes on its own ("viewed him favorably", "said"): its reading is the statement."""
    lemma = verb.lemma_.lower()
    return is_cue_lemma(lemma) or lemma in AS_CUES


def _adjunct_after_comma(verb: Token) -> int:
    """Where the finding ends: at a comma that opens a phrase on the verb ("had a 10-point lead, largely
    because …"); else after the sentence."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        after = token.nbor() if token.i + 1 < verb.sent.end else None
        if (
            token.text == ","
            and after is not None
            and any(t.head.i == verb.i and t.dep_ in _ADJUNCTS for t in (after, *after.ancestors) if t.i > token.i)
        ):
            return token.i
    return verb.sent.end


# Clauses below the sentence's own whose finding a single named poll still reports: "although Rubio moved to
# second in a more-recent survey", "where he led in the latest poll", "said that 8 percent … in a new poll".
_SUBORDINATE = frozenset({"advcl", "ccomp", "relcl"})
# Objects the parser may hang the phrase on instead of the verb: "had 38 percent support in a Fox poll".
_OBJECTS = frozenset({"dobj", "attr"})


def _single(finding: Token | None) -> bool:
    """One poll or one average, named by its article ("a new Fox News poll", "the RealClearPolitics average"):
    a finding of its own, which the plural "polls" often is not ("a commanding lead in the New Hampshire polls"
    is a standing)."""
    return finding is not None and finding.tag_ in {"NN", "NNP"}


def _host(prep: Token, finding: Token | None) -> Token | None:
    """The verb whose clause the poll reports: the one the phrase hangs on, in the sentence's own clause; or, for
    a single poll, also in a subordinate clause or past the object the parser hung it on."""
    verb = prep.head
    if _single(finding) and verb.pos_ in {"NOUN", "PROPN", "NUM"} and verb.dep_ in _OBJECTS:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.dep_ in {"ROOT", "conj"} or (_single(finding) and verb.dep_ in _SUBORDINATE):
        return verb
    return None


def in_source_candidate(prep: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """ "In the latest CNN poll, Clinton led Trump by five points": the poll's finding, cued by "in"."""
    if prep.lower_ != "in" or prep.dep_ != "prep" or in_a_question(prep):
        return None  # "Did Cruz have 38 percent support in a Fox poll?" asks what a poll found
    finding = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if finding is not None and _fronted_before_misread(prep, finding):
        return _rest_of_sentence(prep, finding, offset, paragraph, text)
    verb = _host(prep, finding)
    if verb is None or verb.lemma_.lower() in _METHODS or not _predicate_left(verb, prep):
        return None
    source = None if finding is None else _source(finding)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if source is None or subject is None:
        return None
    if _reports(verb) and (source is not finding or not _respondents(subject)):
        return None
    return _clause_without_prep(verb, subject, prep, source, offset, paragraph, text)


def _fronted_before_misread(prep: Token, finding: Token) -> bool:
    """ "In a new Fox poll, three of four voters disapproved …" read with no verb to hang the phrase on (a noun
    after it taken for the root): a fronted poll before its comma still frames the sentence."""
    if prep.head.pos_ in {"VERB", "AUX"}:
        return False
    before = [t for t in prep.doc[prep.sent.start : prep.i] if not (t.is_punct or t.dep_ in {"cc", "advmod"})]
    last = max(t.i for t in prep.subtree)
    after = prep.doc[last + 1] if last + 1 < prep.sent.end else None
    return not before and after is not None and after.text == "," and _source(finding) is finding


def _rest_of_sentence(prep: Token, finding: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """The words after the fronted poll's comma, to the end of the sentence."""
    start = max(t.i for t in prep.subtree) + 2
    content = [t for t in prep.doc[start : prep.sent.end] if not (t.is_punct and t.i == prep.sent.end - 1)]
    pieces = on_cue_line(fragments(content, offset, text), text, offset + prep.idx)
    if not pieces or word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    return indirect_candidate(pieces, paragraph, "in", [prep], finding, offset)


# Who can hold a view without a name: "To many, …", "But to others, …".
_HOLDERS = frozenset({"many", "some", "others", "most", "everyone", "anyone", "everybody", "anybody", "all"})
_HOLDER_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
# "To the extent she talks about it, …", "to a degree": a measure, not a person.
_MEASURES = frozenset({"extent", "degree"})
# Verbs whose "to" names who receives: "To his successor, Mr. Obama leaves a legacy" is no view.
_DATIVE_VERBS = frozenset(
    {"leave", "give", "send", "offer", "hand", "pass", "write", "say", "explain", "show", "tell", "pay", "sell"}
    | {"lend", "deliver", "present", "owe", "award", "grant", "donate", "read", "speak", "talk", "turn", "go"}
    | {"come", "return", "move", "reach", "appeal", "apply", "belong", "happen", "listen", "reply", "respond"}
)


def _holder(token: Token) -> bool:
    """Someone who can see things a certain way: a name, a person's pronoun, a person noun, "many"."""
    if token.pos_ == "PRON":
        return token.lower_ in _HOLDER_PRONOUNS
    if token.lower_ in _HOLDERS:
        return True
    if token.pos_ == "PROPN":
        return token.ent_type_ not in {"DATE", "TIME", "EVENT", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
    return token.lemma_.lower() not in _MEASURES and person_noun(token)


def viewpoint_candidate(prep: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """ "To Ms. Gil, skateboarding is a cry of dissent", "But to others, he is a journalist": a fronted "to"
    naming a person, before the clause's subject, makes the clause how that person sees it."""
    if prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ != "ROOT" or verb.lemma_.lower() in _DATIVE_VERBS:
        return None
    holder = next((g for g in prep.children if g.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if holder is None or subject is None or not _holder(holder) or _reports(verb):
        return None
    before = [t for t in verb.doc[verb.sent.start : prep.i] if not (t.is_punct or t.dep_ in {"cc", "advmod"})]
    last = max(t.i for t in prep.subtree if not t.is_punct)
    after = verb.doc[last + 1] if last + 1 < verb.sent.end else None
    if before or after is None or after.text != "," or subject.i < prep.i:
        return None
    return _clause_without_prep(verb, subject, prep, holder, offset, paragraph, text)


def _clause_without_prep(
    verb: Token, subject: Token, prep: Token, source: Token, offset: int, paragraph: int, text: str
) -> Candidate | None:
    """The clause from its subject to any adjunct after a comma, less the fronted phrase that credits it."""
    cut = {t.i for t in prep.subtree}
    end = _adjunct_after_comma(verb)
    content = [t for t in clause_tokens(verb) if subject.left_edge.i <= t.i < end and t.i not in cut]
    pieces = on_cue_line(fragments(content, offset, text), text, offset + prep.idx)
    if not pieces or word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    return indirect_candidate(pieces, paragraph, "in", [prep], source, offset)
