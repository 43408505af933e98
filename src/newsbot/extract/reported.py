"""Reported speech from the dependency parse: a cue, its content complement and its grammatical source.

"Misri confirmed that Pakistan's DGMO had contacted …", "The economy is strong, he said", "He called for
tax cuts", "According to the report, …". Direct quotation marks are handled in `quotes.py`; here any clause
counts, and the pipeline later decides whether the content is direct, indirect or mixed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate, Offsets
from .content_edges import across_colon, across_false_split, before_circumstance, before_dash, on_cue_line
from .cues import (
    AS_CUES,
    ATTACK_PREPS,
    CLAUSE_CUES,
    GERUND_CUES,
    NOUN_CUES,
    NOUN_PREPS,
    OBJECT_CUES,
    OBJECT_PREPS,
    PREP_CUES,
    SPEECH_VERBS,
    XCOMP_CUES,
    cue_tokens,
    is_cue_lemma,
)
from .spans import RELATIVE, fragments, hull, mention_span, subject_of, subtree_without, token_span, trim, word_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_reported"]

_QUOTE_CHARS = "\"“”'‘’«»"
_SURFACE_WINDOW = 8
_NAMING_CUES = frozenset({"call", "dub", "term", "label", "brand", "describe"})
# Contents this short ("spoke about it", "was confirmed") are rarely someone's statement; objects of a
# reporting verb ("cited the report") are kept.
_NEEDS_WORDS = frozenset({"prep", "passive", "ccomp", "that"})
_MIN_CONTENT_WORDS = 3
# Nouns whose "that"-clause states a fact rather than someone's words or view.
_NOT_NOUN_CUES = frozenset({"fact", "time", "way", "point", "day", "year", "reason", "extent", "sense", "case"})
_FEELING_PREPS = frozenset({"about", "over", "with", "for", "at", "toward", "towards"})
_MIN_TOPIC_WORDS = 2
# "critical of X", "a staunch opponent of X": a stance whose topic follows "of".
_OF_STANCE = frozenset(
    {"critical", "supportive", "skeptical", "sceptical", "wary", "dismissive", "contemptuous", "scornful", "fond"}
    | {"proud", "opponent", "supporter", "critic", "defender", "advocate", "champion", "admirer", "proponent"}
)
_TOPIC_NOUNS = frozenset(
    {"concern", "doubt", "worry", "reservation", "complaint", "answer", "idea", "rhetoric", "comment"}
    | {"discussion", "debate", "thought", "opinion", "remark", "statement", "warning"}
)
_OBJECT_TAIL = frozenset({"ccomp", "advcl", "xcomp", "prep", "acl"})
_ARGUMENT_PREPS = frozenset({"as", "about", "of", "for", "over", "against", "on", "with"})
_CLAUSE_BREAK = frozenset({",", ";", ":", "—", "–", "--", "(", "."})
_NOT_STANCE = frozenset({"be", "make", "ensure", "mean", "so", "given", "provide", "require"})
_CIRCUMSTANCE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})  # "spoke on Tuesday", "spoke in Ottawa"
_NOUN_ABOUT = frozenset({"about", "of", "on"})
_WHEN = frozenset({"when", "while", "after", "before", "since", "until", "once"})
_CONTRAST = frozenset({"although", "though", "while", "whereas", "but"})
# Verbs that direct a listener to act: "told supporters to …", even when the parse makes "to …" a purpose.
_DIRECTIVES = frozenset(
    {"tell", "urge", "ask", "encourage", "implore", "beg", "push", "press", "warn", "advise", "exhort"}
    | {"challenge", "dare", "instruct", "remind", "caution", "beseech", "entreat", "order", "direct", "call"}
)
# Verbs of judging something to be something: "deemed the law invalid", "judged the city a safe place".
_JUDGING = frozenset({"judge", "deem", "consider", "pronounce", "rate"})
# Adjectives of certainty or feeling whose clause is the holder's view: "is convinced (that) …".
_STANCE_ADJECTIVES = frozenset(
    {"afraid", "sure", "certain", "confident", "convinced", "worried", "concerned", "hopeful", "optimistic"}
    | {"pessimistic", "adamant", "frustrated", "angry", "upset", "glad", "happy", "sad", "aware", "unaware"}
    | {"unsure", "uncertain", "doubtful", "skeptical", "sceptical", "fearful", "furious", "disappointed"}
    | {"proud", "thankful", "grateful", "insistent", "positive", "alarmed", "outraged", "pleased", "surprised"}
)
_AS_NOT_ASIDE = frozenset({"ccomp", "xcomp", "dobj", "dative", "oprd", "attr", "advcl"})


def _clause_tokens(root: Token) -> list[Token]:
    """A content clause without what the parser hung on it by mistake.

    Cut are a conjoined clause that is itself a cue ("… by March and suggested that …": a second statement;
    "…, and rights groups warned that …": another reporter's), a finite verb the parser joined to an
    infinitive, and a non-restrictive relative clause on a noun-phrase content ("Trump, who says he is honored").
    """
    cut: list[Token] = []
    for child in root.children:
        if (
            child.dep_ == "conj"
            and child.i > root.i
            and child.lemma_.lower() in SPEECH_VERBS
            and (not any(g.dep_ in {"nsubj", "nsubjpass"} for g in child.children) or _another_reporter(child))
        ) or _finite_after_infinitive(root, child):
            cut.append(child)
            joiners = [c for c in root.children if c.dep_ == "cc" and root.i < c.i < child.i]
            if joiners:
                cut.append(max(joiners, key=lambda c: c.i))
        elif (
            child.dep_ in {"relcl", "acl"} and child.i > root.i and _comma_before(child) and not _closed_aside(child)
        ) or (
            child.dep_ == "advcl"
            and child.i > root.i
            and _comma_before(child)
            and (_contrastive(child) or is_cue_lemma(child.lemma_.lower()) or child.tag_ in {"VBG", "VBN"})
        ):
            cut.append(child)
    # A time phrase before the clause's subject dates the report, it is not part of it ("told … this
    # weekend he would …").
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    lead = [
        c
        for c in root.children
        if subject is not None
        and c.i < subject.i
        and c.dep_ in {"npadvmod", "prep"}
        and c.ent_type_ in {"DATE", "TIME"}
    ]
    skip = {t.i for c in lead for t in c.subtree}
    if not cut:
        return [t for t in root.subtree if t.i not in skip]
    first_cut = min(t.left_edge.i for t in cut)
    return [t for t in root.subtree if t.i < first_cut and t.i not in skip]


def _finite_after_infinitive(root: Token, child: Token) -> bool:
    """A finite verb cannot be coordinated with a "to"-infinitive: "a promise to transform the economy but
    are likely to draw fire" goes on the sentence, not the promise."""
    return (
        child.dep_ == "conj"
        and child.i > root.i
        and root.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children)
        and child.tag_ in {"VBZ", "VBP", "VBD"}
    )


def _another_reporter(verb: Token) -> bool:
    """A conjoined speech verb with its own subject and clause reports a new statement: "…, and rights groups
    warned that …". Not a determiner taken for a subject ("that said will …", "said" as an adjective)."""
    subject = next((g for g in verb.children if g.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.tag_ != "DT"
        and subject.lower_ not in RELATIVE
        and any(g.dep_ == "ccomp" and g.i > verb.i for g in verb.children)
    )


def _closed_aside(clause: Token) -> bool:
    """A relative clause set off by commas on both sides, with the statement going on after it ("a task
    force, which would include the military, to crack down on …"): it sits inside the content."""
    doc = clause.doc
    after = clause.right_edge.i + 1
    if (
        clause.dep_ != "relcl"
        or is_cue_lemma(clause.lemma_.lower())
        or after + 1 >= len(doc)
        or doc[after].text != ","
        or doc[after + 1].sent.start != clause.sent.start
    ):
        return False
    going_on = doc[after + 1]
    if going_on.is_punct or going_on.pos_ == "CCONJ" or going_on.lower_ in RELATIVE:
        return False
    # Not when the words after it report the whole sentence: "…, which he denied, the footage showed".
    shared = next((a for a in going_on.ancestors if clause in a.subtree), None)
    return shared is not None and not is_cue_lemma(shared.lemma_.lower())


def _closed_asides(doc: Doc, offset: int) -> dict[int, int]:
    """Where each relative clause that sits inside its sentence opens (the comma before it), and where the
    sentence goes on after it."""
    return {
        offset + doc[token.left_edge.i - 1].idx: offset + doc[token.right_edge.i + 2].idx
        for token in doc
        if token.dep_ == "relcl" and _comma_before(token) and _closed_aside(token)
    }


def _without_final_appositive(tokens: list[Token]) -> list[Token]:
    """A content ends before an appositive that closes it: "he did not support Mr. Trump, the presumed
    favorite" is about Mr. Trump; the description is the writer's."""
    if not tokens:
        return tokens
    last = max(t.i for t in tokens)
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.dep_ != "appos" or token.i < token.head.i or token.right_edge.i != last:
            continue
        left = token.left_edge.i
        doc = token.doc
        if left == 0 or doc[left - 1].text != "," or (left - 1) not in inside:
            continue
        return [t for t in tokens if t.i < left - 1]
    return tokens


def _bare_verbs_after(verb: Token, tokens: list[Token]) -> list[Token]:
    """Bare verbs the parser hung on the cue (or its host) that go on an infinitive content: "wants to cut
    taxes, grow the economy and create jobs", "promising to meet and in some cases exceed the goals". A
    bare verb without its own subject or auxiliary cannot be coordinated with a finite or -ing cue."""
    if verb.tag_ == "VB" or not tokens:
        return []
    doc = verb.doc
    end = max(t.i for t in tokens)
    hosts = [verb, *(verb.head for _ in [0] if verb.dep_ in {"advcl", "xcomp", "conj"})]
    extra: list[Token] = []
    for host in hosts:
        for child in host.children:
            if child.i <= end or child.dep_ not in {"conj", "dep"} or child.pos_ != "VERB":
                continue
            bare = child.tag_ == "VB" or (child.tag_ == "VBP" and host.tag_ in {"VBD", "VBZ", "VBG", "VBN"})
            if not bare or any(g.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for g in child.children):
                continue
            between = doc[end + 1 : child.left_edge.i]
            if len(between) > 2 or not all(t.text == "," or t.pos_ == "CCONJ" for t in between):
                continue
            extra.extend(_clause_tokens(child))
            end = max(t.i for t in extra)
    return extra


def _coordinated(verb: Token, clause: Token) -> bool:
    """A "complement" after ", but …" is a new clause the parser hung on the verb."""
    if clause.i < verb.i:
        return False
    doc = verb.doc
    return any(doc[i].pos_ == "CCONJ" for i in range(verb.i + 1, clause.left_edge.i))


def _contrastive(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in clause.children)


def _comma_before(token: Token) -> bool:
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text in {",", "—", "–", "("}


def _with_prep(verb: Token, obj: Token, preps: frozenset[str]) -> list[Token]:
    """An object plus the verb's following "for …"/"of …"/"as …" phrase: "blamed Trump for the loss"."""
    tokens = _clause_tokens(obj)
    for child in verb.children:
        if child.dep_ == "prep" and child.i > obj.i and child.lower_ in preps:
            tokens.extend(child.subtree)
            break
    # What the parser hung on the verb right after the object usually still describes it ("remarks Trump had
    # made about Machado"), up to a comma.
    doc = verb.doc
    end = max(t.i for t in tokens)
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i > end and _noun_joined_to_verb(child, end):
            # "condemned the test as “reckless” and a “grave threat”": a noun cannot be coordinated with the
            # verb, so it goes on the object.
            tokens.extend([*doc[end + 1 : child.left_edge.i], *child.subtree])
            end = max(t.i for t in tokens)
            continue
        if child.i > end and _recipient(child, end):
            # "offers loans to parents": who the object goes to completes it.
            tokens.extend([child, *(t for g in child.children for t in _clause_tokens(g))])
            break
        if child.i <= end or child.dep_ not in _OBJECT_TAIL:
            continue
        if any(doc[k].text in _CLAUSE_BREAK for k in range(end + 1, child.left_edge.i + 1)):
            break
        if child.left_edge.i != end + 1 or any(g.ent_type_ in _CIRCUMSTANCE for g in child.children):
            break
        if child.dep_ == "prep" and child.lower_ not in _ARGUMENT_PREPS:
            break
        if _time_of_saying(child):
            break
        tokens.extend(child.subtree)
        end = max(t.i for t in tokens)
    return tokens


def _with_examples(tokens: list[Token]) -> list[Token]:
    """A content runs on over the ", including …" phrase right after it, wherever the parser hung the phrase:
    "condemned the rules, including a levy on farms" names examples of what was condemned."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    end = max(t.i for t in tokens)
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ != "including":
        return tokens
    phrase = doc[end + 2]
    if phrase.dep_ != "prep" or phrase.left_edge.i != phrase.i:
        return tokens
    return [*tokens, *phrase.subtree]


def _noun_joined_to_verb(child: Token, end: int) -> bool:
    """A noun the parser coordinated with the cue verb, right after the object ("… and a threat")."""
    between = child.doc[end : child.left_edge.i]  # from the object's last word: "as reckless and" may hold the "and"
    return (
        child.dep_ in {"conj", "dobj"}
        and child.pos_ in {"NOUN", "PROPN"}
        and 1 <= len(between) <= 3
        and between[-1].pos_ == "CCONJ"
        and all(t.pos_ == "CCONJ" or t.text == "," for t in between[1:])
    )


def _recipient(child: Token, end: int) -> bool:
    """A "to …" phrase right after the object, without quoted words (those are compared, not given)."""
    return (
        child.dep_ in {"prep", "dative"}
        and child.lower_ == "to"
        and child.i == end + 1
        and not any(t.text in _QUOTE_CHARS for t in child.subtree)
    )


def _has_subject(clause: Token) -> bool:
    """A clause with its own subject ("after hackers attacked …") tells an event, not a time phrase."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _time_of_saying(clause: Token) -> bool:
    """A "when …"/"after …" clause on the cue after its object dates the saying: "described her as a reformer
    when she ran for office". Not "when it comes to …", which narrows the object."""
    return (
        clause.dep_ == "advcl"
        and clause.left_edge.lower_ in _WHEN
        and not (clause.lemma_ == "come" and any(c.lower_ == "it" for c in clause.children))
    )


def _content(verb: Token) -> tuple[list[Token], str] | None:
    """The content tokens of a cue verb and how they were found."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
    directive = _directive_as_advcl(verb)
    if directive:
        return directive, "xcomp"
    target = _attack_target(verb)
    if target:
        return target, "prep"
    judged = _passive_with_prep(verb, passive)
    if judged:
        return judged, "passive"
    if (
        passive is not None
        and (lemma in OBJECT_CUES or lemma in CLAUSE_CUES)
        and passive.pos_ in {"NOUN", "PROPN"}
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in children)
    ):
        # "The registration issue was first reported by The Washington Post": the subject is the content.
        return _clause_tokens(passive), "passive"
    if lemma in CLAUSE_CUES:
        clauses = [c for c in children if c.dep_ == "ccomp" and not _coordinated(verb, c)]
        after = [c for c in clauses if c.i > verb.i]
        if after and len(after) < len(clauses):
            clauses = after
        if clauses:
            return [t for c in clauses for t in _clause_tokens(c)], "ccomp"
        if lemma in SPEECH_VERBS:
            # "told a meeting of leaders that few people understood …": the parser took the reported clause
            # for a relative clause on the listener; its "that" is a conjunction, not a pronoun.
            listener = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
            misread = (
                None
                if listener is None
                else next((t for t in listener.subtree if t.dep_ == "relcl" and _opens_with_that(t)), None)
            )
            if misread is not None:
                return _clause_tokens(misread), "ccomp"
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    named = obj
    if lemma == "call" or lemma in _NAMING_CUES:
        # The parser may take the one named for a second predicate: "called Trump(oprd) a liar(oprd)".
        named = obj or next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
    if (lemma == "call" or lemma in _NAMING_CUES) and named is not None:
        pred = next((c for c in children if c.dep_ in {"oprd", "xcomp"} and c.i > named.i), None)
        if pred is not None:
            return [*_clause_tokens(named), *pred.subtree], "oprd"
    verdict = _judged(verb)
    if verdict:
        return verdict, "oprd"
    renamed = _named_twice(verb, named)
    if renamed:
        return renamed, "oprd"
    described = _described_as(verb)
    if described:
        return described, "named"
    if lemma in _NAMING_CUES:
        # "what he called a “brazen breach”": the naming is the content, around its own source and cue.
        what = next((c for c in children if c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i), None)
        pred = next((c for c in children if c.dep_ in {"oprd", "xcomp", "dobj"} and c.i > verb.i), None)
        if what is not None and pred is not None:
            return [what, *pred.subtree], "oprd"
    if lemma in AS_CUES and obj is not None:
        tokens = _with_prep(verb, obj, frozenset({"as"}) | OBJECT_PREPS.get(lemma, frozenset()))
        if len(tokens) > len(list(obj.subtree)) or lemma in OBJECT_CUES:
            return tokens, "dobj"
    gerund = _gerund_clause(verb)
    if gerund is not None:
        return _clause_tokens(gerund), "xcomp"
    if lemma in XCOMP_CUES:
        for child in children:
            if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"} and child.i > verb.i:
                tokens = _clause_tokens(child)
                # "warned officials to boost security after hackers attacked …": the event prompted the warning.
                late = [c for c in child.children if c.i > child.i and _time_of_saying(c) and _has_subject(c)]
                if late:
                    tokens = [t for t in tokens if t.i < late[-1].left_edge.i]
                if obj is not None and obj.i < child.i:
                    tokens.extend(obj.subtree)
                return [*tokens, *_bare_verbs_after(verb, tokens)], "xcomp"
    preps = PREP_CUES.get(lemma)
    if preps:
        for child in children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i > verb.i and (obj is None or child.i < obj.i):
                heads = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
                if any(g.ent_type_ in _CIRCUMSTANCE for g in heads):
                    continue
                objects = [t for g in heads for t in _clause_tokens(g)]
                if objects:
                    return objects, "prep"
    topic = _prep_after_pronoun(verb, obj)
    if topic:
        return topic, "prep"
    if lemma == "express" and obj is not None:
        # "expressed misgivings about Mrs. Clinton": the feeling is the cue, its topic the content.
        about = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in _FEELING_PREPS), None)
        topic = [t for g in about.children if g.dep_ == "pobj" for t in _clause_tokens(g)] if about else []
        if topic:
            return topic, "dobj"
    if lemma in OBJECT_CUES and obj is not None and obj.pos_ == "PRON" and _joined_pronoun(obj):
        return _with_prep(verb, obj, OBJECT_PREPS.get(lemma, frozenset())), "dobj"
    if lemma in OBJECT_CUES and obj is not None and obj.pos_ in {"NOUN", "PROPN", "PRON"}:
        if obj.pos_ == "PRON" and obj.lower_ not in {"what", "whatever"}:
            return None
        return _with_prep(verb, obj, OBJECT_PREPS.get(lemma, frozenset())), "dobj"
    if obj is not None:
        # Any verb casting someone "as" something in quotation marks: "pounding Trump as a “con artist”".
        cast = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
        if cast is not None and any(t.text in _QUOTE_CHARS for t in cast.subtree):
            return [*_clause_tokens(obj), *cast.subtree], "dobj"
    quoted = _quoted_object(verb)
    if quoted is not None:
        # Any verb whose object quotes someone's words: "proclaimed a goal of "Peace Through Strength"".
        return _with_prep(verb, quoted, frozenset()), "dobj"
    if lemma not in _NOT_STANCE:
        # Any verb with a "that"-clause reports a stance: "is hoping that …", "left little doubt that …".
        for child in children:
            if child.dep_ == "ccomp" and child.i > verb.i and _opens_with_that(child):
                return _clause_tokens(child), "that"
    return None


def _prep_after_pronoun(verb: Token, obj: Token | None) -> list[Token]:
    """The topic after a pronoun object: "asked him about his taxes", "accused her of lying"."""
    if obj is None or obj.pos_ != "PRON" or obj.lower_ in {"what", "whatever", "it", "this", "that"}:
        return []
    lemma = verb.lemma_.lower()
    preps = (PREP_CUES.get(lemma, frozenset()) | OBJECT_PREPS.get(lemma, frozenset())) - {"as"}
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i > obj.i:
            heads = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if any(g.ent_type_ in _CIRCUMSTANCE for g in heads):
                return []
            return [t for g in heads for t in _clause_tokens(g)]
    return []


def _passive_with_prep(verb: Token, passive: Token | None) -> list[Token]:
    """Who was judged and for what: "Peacekeepers have been blamed for bringing …", "was accused of lying"."""
    preps = OBJECT_PREPS.get(verb.lemma_.lower())
    if passive is None or not preps or passive.lower_ in RELATIVE | {"it", "this", "that", "what"}:
        return []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.lower_ != "as" and child.i > verb.i:
            heads = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if not heads or any(g.ent_type_ in _CIRCUMSTANCE for g in heads):
                return []
            if any(t.lemma_.lower() in NOUN_CUES | SPEECH_VERBS for g in heads for t in g.subtree):
                return []  # "ridiculed for its prediction that …": the statement inside is its own
            return [*_clause_tokens(passive), *(t for g in heads for t in _clause_tokens(g))]
    return []


def _named_twice(verb: Token, named: Token | None) -> list[Token]:
    """ "branded North Korea an “outlaw nation”" parsed with two objects: the one named and the name."""
    lemma = verb.lemma_.lower()
    if named is None or not (lemma == "call" or lemma in _NAMING_CUES):
        return []
    name = next((c for c in verb.children if c.dep_ == "dobj" and c.i > named.right_edge.i), None)
    return [*_clause_tokens(named), *name.subtree] if name is not None else []


def _described_as(verb: Token) -> list[Token]:
    """ "what analysts described as “tactics”", "an explosion that the mayor described as “an attack”": the
    thing described (its relative pronoun and noun) and the description."""
    if verb.lemma_.lower() not in AS_CUES:
        return []
    cast = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
    rel = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if cast is None or rel is None or any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return []
    if rel.lower_ == "what":
        return [rel, *cast.subtree]
    if rel.lower_ in {"that", "which"} and verb.dep_ == "relcl" and verb.head.i < rel.i:
        noun = verb.head
        return [*(t for t in verb.doc[noun.left_edge.i : rel.i + 1]), *cast.subtree]
    return []


def _attack_target(verb: Token) -> list[Token]:
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
    return [*_clause_tokens(target), *(cast.subtree if cast is not None else [])]


def _directive_as_advcl(verb: Token) -> list[Token]:
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
    return [*_clause_tokens(listener), *_clause_tokens(act)]


def _judged(verb: Token) -> list[Token]:
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
    return [*_clause_tokens(thing), *verdict.subtree]


def _joined_pronoun(obj: Token) -> bool:
    """A pronoun object joined to a noun says something on its own: "defended himself and his record"."""
    return any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in obj.children)


def _gerund_clause(verb: Token) -> Token | None:
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


def _casts_in_quotes(verb: Token) -> bool:
    """Any verb with an object and an "as" phrase in quotation marks: "pounding Trump as a “con artist”"."""
    children = list(verb.children)
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return False
    cast = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
    return cast is not None and any(t.text in _QUOTE_CHARS for t in cast.subtree)


def _quoted_object(verb: Token) -> Token | None:
    """The object of a verb with a subject when the object holds a quoted phrase."""
    if verb.pos_ != "VERB" or subject_of(verb) is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    marks = [t for t in obj.subtree if t.text in _QUOTE_CHARS]
    return obj if len(marks) >= 2 else None


def _opens_with_that(clause: Token) -> bool:
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == clause.i


def find_reported(doc: Doc, offset: int, paragraph: int, text: str) -> list[Candidate]:
    """Every cue in one paragraph's parse that has a content complement."""
    found: list[Candidate] = []
    starts = [t.idx for t in doc]
    asides = _closed_asides(doc, offset)
    for token in doc:
        made = None
        if token.lower_ == "according" and token.dep_ == "prep":
            made = _according_candidate(token, offset, paragraph, text)
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            made = made or _according_by_commas(token, offset, paragraph, text)
        if made is not None:
            found.append(made)
        if token.lower_ == "according" or (token.i >= 2 and doc[token.i - 2].lower_ == "according"):
            continue
        if token.dep_ == "prep" and (
            token.lower_ == "about" or (token.lower_ == "of" and token.head.lemma_.lower() in _OF_STANCE)
        ):
            made = _about_candidate(token, offset, paragraph, text)
            if made is not None:
                found.append(made)
            continue
        if token.pos_ == "ADJ":
            made = _stance_adjective_candidate(token, offset, paragraph, text)
            if made is not None:
                found.append(made)
            continue
        if token.pos_ == "NOUN":
            made = _noun_candidate(token, offset, paragraph, text)
            if made is not None:
                found.append(made)
            continue
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = token.lemma_.lower()
        made = _as_aside_candidate(token, offset, paragraph, text)
        if made is not None:
            found.append(made)
            continue
        if not (
            is_cue_lemma(lemma)
            or lemma in AS_CUES
            or any(c.dep_ == "ccomp" for c in token.children)
            or _casts_in_quotes(token)
            or _attack_target(token)
            or _judged(token)
            or _quoted_object(token) is not None
        ):
            continue
        content = _content(token)
        pieces: list[Offsets]
        how: str
        if content is not None:
            tokens, how = content
            tokens = _with_examples(tokens)
            pieces = fragments(_without_final_appositive(tokens), offset, text)
            if how in {"ccomp", "oprd", "prep", "dobj", "xcomp"}:
                pieces = [hull(pieces)] if pieces else []
        elif token.dep_ == "parataxis" and lemma in CLAUSE_CUES:
            # "The economy, he said, is strong": the host clause is the content.
            how = "parataxis"
            pieces = fragments(subtree_without(_host_clause(token.head), token), offset, text)
        else:
            following = _following_clause(token) if lemma in SPEECH_VERBS else None
            if following is None:
                continue
            how = "surface"
            pieces = fragments(following, offset, text)
            pieces = [hull(pieces)] if pieces else []
        if how != "parataxis" and pieces and pieces[-1][0] > offset + token.idx:
            pieces = across_false_split(pieces, doc, starts, offset, text)
        if how != "parataxis" and pieces and pieces[-1][0] > offset + token.idx:
            pieces = across_colon(pieces, doc, starts, offset, text)
        pieces = on_cue_line(pieces, text, offset + token.idx)
        if how != "parataxis" and pieces and pieces[-1][0] > offset + token.idx:
            pieces = before_dash(pieces, text, asides)
            pieces = before_circumstance(pieces, text)
        elif how == "parataxis":
            pieces = before_circumstance(pieces, text)
        if not pieces or (how in _NEEDS_WORDS and word_count(text, pieces) < _MIN_CONTENT_WORDS):
            continue
        found.append(_reported(pieces, paragraph, how, cue_tokens(token), subject_of(token), offset))
    return found


def _reported(
    pieces: list[Offsets],
    paragraph: int,
    origin: str,
    cue: list[Token],
    source: Token | None,
    offset: int,
    *,
    mention: Offsets | None = None,
) -> Candidate:
    """An indirect statement from its content pieces, its cue words (the first is the cue proper) and its
    grammatical source; the cue's sentence holds the dates that may say when it was said."""
    if mention is None and source is not None:
        mention = mention_span(source, offset)
    return Candidate(
        start=pieces[0][0],
        end=pieces[-1][1],
        kind="indirect",
        paragraph=paragraph,
        origin=origin,
        fragments=pieces if len(pieces) > 1 else [],
        cue=token_span(cue, offset),
        cue_token=cue[0],
        speaker_token=source,
        mention=mention,
        date_anchor=token_span(cue[0].sent, offset),
    )


def _host_clause(head: Token) -> Token:
    """The clause around "X, she said, …": the parser may hang the cue on the clause's subject ("The problem
    now, she told me, is that …"), whose verb holds the whole statement."""
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return head


def _as_aside(verb: Token) -> tuple[Token, Token] | None:
    """ "As one aide put it, …", "…, as the memo observed.": the aside's root and the clause it comments on."""
    lemma = verb.lemma_.lower()
    if lemma == "put":
        if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
            return None
    elif lemma not in SPEECH_VERBS:
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children) or verb.i == verb.left_edge.i:
        return None
    after = verb.right_edge.i + 1
    if after < len(verb.doc) and verb.doc[after].text == ":":
        return None  # "as Smith put it: “…”": the words follow
    preps = PREP_CUES.get(lemma, frozenset())
    if any(c.i > verb.i and c.dep_ == "prep" and c.lower_ in preps for c in verb.children):
        return None  # "as voters responded to …": a time, and the verb has its own topic
    first = verb.left_edge
    if first.lower_ != "as" and first.i > 0:
        first = verb.doc[first.i - 1]  # "as" is the head of a prepositional aside ("as a memo put it")
    if first.lower_ != "as":
        return None
    if first.i > first.sent.start and not first.doc[first.i - 1].is_punct:
        return None  # "Clinton beamed as she noted …" is a time, not an aside
    if any(c.i > verb.i and c.dep_ in _AS_NOT_ASIDE and c.lower_ != "it" for c in verb.children):
        return None  # the verb has its own content ("as she noted how happy she was")
    if first.dep_ == "mark" and first.head.i == verb.i and verb.dep_ == "advcl":
        unit = verb
    elif verb.dep_ == "pcomp" and verb.head.i == first.i and first.dep_ == "prep":
        unit = first
    else:
        return None
    host = unit.head
    while host.pos_ not in {"VERB", "AUX"} and host.dep_ != "ROOT" and host.head.i != host.i:
        host = host.head
    if host.i == unit.i or host.pos_ not in {"VERB", "AUX"}:
        return None
    return unit, host


def _as_aside_candidate(verb: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """The clause an "as X put it" aside comments on is X's statement."""
    found = _as_aside(verb)
    if found is None:
        return None
    unit, host = found
    pieces = before_circumstance(
        on_cue_line(fragments(subtree_without(host, unit), offset, text), text, offset + verb.idx), text
    )
    if not pieces or word_count(text, pieces) < _MIN_CONTENT_WORDS:
        return None
    return _reported(pieces, paragraph, "as", cue_tokens(verb), subject_of(verb), offset)


def _following_clause(verb: Token) -> list[Token] | None:
    """Content the parser failed to attach: "said after the convention he would not …", "reported at the
    time that …". The clause starts at "that" or at a subject a few words after the verb."""
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "oprd"} for c in verb.children):
        return None
    sent = verb.sent
    doc = verb.doc
    stop = min(sent.end, verb.i + _SURFACE_WINDOW)
    for j in range(verb.i + 1, stop):
        word = doc[j]
        if word.is_punct and word.text not in {","}:
            return None
        head: Token | None = None
        if (word.lower_ == "that" and word.dep_ == "mark") or (
            word.dep_ in {"nsubj", "nsubjpass"} and word.head.i > j and word.head.pos_ in {"VERB", "AUX"}
        ):
            head = word.head
        if head is not None and head.i > verb.i:
            first = min(word.i, head.left_edge.i)
            if first <= verb.i:
                return None
            clause = [t for t in _clause_tokens(head) if t.i < sent.end]
            last = max(t.i for t in clause) if clause else head.i
            return [doc[k] for k in range(first, last + 1)]
    return None


def _noun_candidate(noun: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """Attribution by a noun: "his claim that …", "Trump's call for …", "a decision to …"."""
    lemma = noun.lemma_.lower()
    says_that = any(c.dep_ in {"acl", "ccomp"} and c.i > noun.i and _opens_with_that(c) for c in noun.children)
    if lemma not in NOUN_CUES and (lemma in _NOT_NOUN_CUES or not says_that):
        return None
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        source = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i), None)
    content: list[Token] | None = None
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in {"acl", "ccomp", "relcl"} and any(
            g.dep_ == "mark" and g.lower_ == "that" and g.i == child.left_edge.i for g in child.children
        ):
            content = _clause_tokens(child)
            break
        if child.dep_ == "acl" and child.left_edge.lower_ == "to" and child.left_edge.i == noun.i + 1:
            content = _clause_tokens(child)
            break
        if (
            source is not None
            and child.dep_ == "prep"
            and child.lower_ in NOUN_PREPS.get(lemma, _NOUN_ABOUT)
            and child.i == noun.i + 1
        ):
            content = [t for g in child.children if g.dep_ in {"pobj", "pcomp"} for t in _clause_tokens(g)]
            break
    if not content:
        return None
    pieces = before_circumstance(on_cue_line(fragments(content, offset, text), text, offset + noun.idx), text)
    if not pieces or word_count(text, pieces) < _MIN_CONTENT_WORDS:
        return None
    return _reported([hull(pieces)], paragraph, "noun", [noun], source, offset)


def _about_candidate(about: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """A stance or a question about a topic: "raising questions about his microphone", "was coy about
    whether …", "complained about the moderators". The topic is the content; the word before "about" the cue."""
    head = about.head
    if head.i == about.i or head.i != about.i - 1 or head.pos_ not in {"VERB", "NOUN", "ADJ"}:
        return None
    if head.pos_ == "VERB" and (head.lemma_.lower() in PREP_CUES or head.lemma_.lower() == "inform"):
        return None  # the verb's own reading ("talked about …") already covers it
    topic = [t for g in about.children if g.dep_ in {"pobj", "pcomp"} for t in _clause_tokens(g)]
    if not topic:
        return None
    topic.extend(_joined_topics(about))
    verb = head if head.pos_ == "VERB" else head.head
    if head.pos_ == "NOUN" and is_cue_lemma(verb.lemma_.lower()):
        return None  # "expressed concern about …" is the verb's
    topical = _TOPIC_NOUNS | _OF_STANCE
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
    return _reported([hull(pieces)], paragraph, "prep", [head, about], source, offset)


def _joined_topics(prep: Token) -> list[Token]:
    """A second topic joined to the first: "a supporter of NATO and of its allies"."""
    return [t for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP" for t in c.subtree]


def _named_stance(head: Token, topic: list[Token]) -> bool:
    """A stance toward one named party is a statement even in one word: "has been critical of Trump"."""
    return head.lemma_.lower() in _OF_STANCE and len(topic) == 1 and topic[0].pos_ == "PROPN"


def _stance_adjective_candidate(adj: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """ "Party leaders are afraid that turnout may be low", "was sure Trump would win": the clause is the view
    of the subject of "be"."""
    if adj.lemma_.lower() not in _STANCE_ADJECTIVES or adj.dep_ != "acomp" or adj.head.pos_ not in {"AUX", "VERB"}:
        return None
    clause = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None)
    source = subject_of(adj.head)
    if clause is None or source is None or source.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return None
    pieces = on_cue_line(fragments(_clause_tokens(clause), offset, text), text, offset + adj.idx)
    if not pieces or word_count(text, pieces) < _MIN_CONTENT_WORDS:
        return None
    return _reported(before_circumstance([hull(pieces)], text), paragraph, "that", [adj], source, offset)


def _according_by_commas(token: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """ "According to X, …" or "…, according to X." that the parser did not read as a phrase: the source runs
    to the comma (or the sentence end), the content is the rest of the sentence."""
    sent = token.sent
    doc = token.doc
    to = doc[token.i + 1]
    if token.i == sent.start:
        comma = next((t for t in doc[to.i + 1 : sent.end] if t.text == ","), None)
        if comma is None:
            return None
        source_tokens = list(doc[to.i + 1 : comma.i])
        content = list(doc[comma.i + 1 : sent.end])
    elif token.i > sent.start and doc[token.i - 1].text == ",":
        source_tokens = [t for t in doc[to.i + 1 : sent.end] if not t.is_punct]
        content = list(doc[sent.start : token.i - 1])
    else:
        return None
    heads = [t for t in source_tokens if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    if not heads or len(source_tokens) > _SURFACE_WINDOW:
        return None
    pieces = on_cue_line(fragments(content, offset, text), text, offset + token.idx)
    if not pieces or word_count(text, pieces) < _MIN_CONTENT_WORDS:
        return None
    source_span = token_span(source_tokens, offset)
    mention = trim(text, *source_span) if source_span is not None else None
    return _reported([hull(pieces)], paragraph, "according", [token, to], heads[-1], offset, mention=mention)


def _according_candidate(token: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = token.head
    if source is None or head.i == token.i:
        return None
    pieces = on_cue_line(fragments(subtree_without(head, token), offset, text), text, offset + token.idx)
    if not pieces:
        return None
    return _reported(pieces, paragraph, "according", [token, to], source, offset)
