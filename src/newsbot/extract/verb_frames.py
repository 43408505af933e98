"""The content of a cue verb, frame by frame, in the order the frames are tried: a clause ("said that …"), a
verdict or naming, an "as" phrase, a gerund, an infinitive ("vowed to …"), a preposition ("called for …"), an
object ("cited the report"), any "that"-clause (a stance)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .asked import asked_topic, misplaced_question, put_to
from .clauses import (
    CIRCUMSTANCE,
    PROGRAMME_NOUNS,
    bare_verbs_after,
    clause_tokens,
    coordinated,
    for_clause,
    has_subject,
    opens_with_that,
    time_of_saying,
    with_prep,
)
from .cues import (
    AS_CUES,
    CLAUSE_CUES,
    OBJECT_CUES,
    OBJECT_PREPS,
    PREP_CUES,
    SPEECH_VERBS,
    XCOMP_CUES,
    is_cue_lemma,
)
from .gapped_relatives import relativized_object
from .indirect import QUOTE_CHARS
from .light_verbs import light_verb_frame
from .linking import linking_complement
from .passives import passive_judgement
from .persons import TITLE_WORDS, described_as_person
from .proforms import TOLD_BEFORE, backs_person, proform_content, pronoun_object, takes_pronoun
from .spans import subject_of
from .split_subjects import split_subject
from .stance_objects import stance_object_content
from .standings import placed_by_poll, shown_with_standing
from .verb_objects import (
    NAMING_CUES,
    attack_target,
    described_as,
    directive_as_advcl,
    gerund_clause,
    joined_pronoun,
    judged,
    named_in_quotes,
    named_twice,
    passive_with_prep,
    prep_after_pronoun,
    quoted_name,
    quoted_object,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["owned_topic", "person_addressed", "verb_content"]

_FEELING_PREPS = frozenset({"about", "over", "with", "for", "at", "toward", "towards"})
_RAISING = frozenset({"seem", "appear"})
_NAMED_BY_PRONOUN = frozenset({"what", "which", "who", "whom", "that"})
_CASTING_PREP_CUES = frozenset({"refer", "point"})
# What "tell" tells when its object is no listener: "told a joke", "tells a different story".
_TOLD_THINGS = frozenset({"story", "tale", "joke", "truth", "lie", "anecdote", "fib"})
# Who recalls a thing to take it back: "The company recalled 40,000 cars", "Ford is recalling the trucks".
_WITHDRAWING_ENTITIES = frozenset({"ORG", "GPE", "NORP", "PRODUCT"})
_WITHDRAWING_NOUNS = frozenset(
    {"company", "firm", "manufacturer", "retailer", "brand", "supplier", "producer", "government", "country"}
    | {"embassy", "ministry", "agency", "regulator", "state", "store", "chain"}
)
_NOT_STANCE = frozenset({"be", "make", "ensure", "mean", "so", "given", "provide", "require"})


def verb_content(verb: Token) -> tuple[list[Token], str] | None:
    """The content tokens of a cue verb and how they were found."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
    light = light_verb_frame(verb)
    if light is not None:
        return light[0], light[2]
    linked = linking_complement(verb)
    if linked:
        return linked, "linking"
    asked = asked_topic(verb) or misplaced_question(verb)
    if asked:
        return asked, "asked"
    directive = directive_as_advcl(verb)
    if directive:
        return directive, "xcomp"
    target = attack_target(verb)
    if target:
        return target, "prep"
    blamed = passive_with_prep(verb, passive)
    if blamed:
        return blamed, "passive"
    judgement = passive_judgement(verb)
    if judgement:
        return judgement, "passive"
    if person_addressed(verb):
        return None
    if (
        passive is not None
        and (lemma in OBJECT_CUES or lemma in CLAUSE_CUES)
        and passive.pos_ in {"NOUN", "PROPN"}
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in children)
    ):
        # "The registration issue was first reported by The Washington Post": the subject is the content.
        judged_by = any(c.dep_ == "agent" for c in children)
        # "agent": the judge is named ("was supported by 42 percent"), so the content may be short.
        return clause_tokens(passive), "agent" if judged_by else "passive"
    if lemma in CLAUSE_CUES:
        clauses = [c for c in children if c.dep_ == "ccomp" and not coordinated(verb, c)]
        after = [c for c in clauses if c.i > verb.i]
        if after and len(after) < len(clauses):
            clauses = after
        if clauses:
            split_off = split_subject(verb, clauses[0]) if len(clauses) == 1 else []
            return [*split_off, *(t for c in clauses for t in clause_tokens(c))], "ccomp"
        subject = _gerund_subject(verb)
        if subject is not None:
            return clause_tokens(subject), "ccomp"
        if lemma in SPEECH_VERBS:
            # "told a meeting of leaders that few people understood …": the parser took the reported clause
            # for a relative clause on the listener; its "that" is a conjunction, not a pronoun.
            listener = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
            misread = (
                None
                if listener is None
                else next((t for t in listener.subtree if t.dep_ == "relcl" and opens_with_that(t)), None)
            )
            if misread is not None:
                return clause_tokens(misread), "ccomp"
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    named = obj
    if lemma == "call" or lemma in NAMING_CUES:
        # The parser may take the one named for a second predicate: "called Trump(oprd) a liar(oprd)".
        named = obj or next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
    if (lemma == "call" or lemma in NAMING_CUES) and named is not None:
        pred = next((c for c in children if c.dep_ in {"oprd", "xcomp"} and c.i > named.i), None)
        if pred is not None:
            return [*clause_tokens(named), *quoted_name(verb, pred)], "oprd"
    verdict = judged(verb)
    if verdict:
        return verdict, "oprd"
    renamed = named_twice(verb, named)
    if renamed:
        return renamed, "oprd"
    described = described_as(verb)
    if described:
        return described, "named"
    if lemma in NAMING_CUES:
        # "what he called a “brazen breach”", "…, which Trump called “a disgrace”": the naming is the content,
        # around its own source and cue; "a clip that the judge called “distasteful”" keeps the noun named.
        what = next((c for c in children if c.dep_ == "dobj" and c.lower_ in _NAMED_BY_PRONOUN and c.i < verb.i), None)
        pred = next((c for c in children if c.dep_ in {"oprd", "xcomp", "dobj"} and c.i > verb.i), None)
        if what is not None and pred is not None:
            if what.lower_ == "that" and verb.dep_ == "relcl" and verb.head.i < what.i:
                return [*verb.doc[verb.head.left_edge.i : what.i + 1], *pred.subtree], "oprd"
            if what.lower_ != "that":
                return [what, *pred.subtree], "oprd"
    surface_named = named_in_quotes(verb)
    if surface_named:
        return surface_named, "oprd"
    if lemma in AS_CUES and obj is not None:
        tokens = with_prep(verb, obj, frozenset({"as"}) | OBJECT_PREPS.get(lemma, frozenset()))
        if len(tokens) > len(list(obj.subtree)) or lemma in OBJECT_CUES:
            return tokens, "dobj"
    gerund = gerund_clause(verb)
    if gerund is not None:
        return clause_tokens(gerund), "xcomp"
    if lemma in XCOMP_CUES:
        for child in children:
            if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"} and child.i > verb.i:
                tokens = clause_tokens(child)
                # "warned officials to boost security after hackers attacked …": the event prompted the warning.
                late = [c for c in child.children if c.i > child.i and time_of_saying(c) and has_subject(c)]
                if late:
                    tokens = [t for t in tokens if t.i < late[-1].left_edge.i]
                if obj is not None and obj.i < child.i:
                    tokens.extend(obj.subtree)
                elif lemma == "call":
                    tokens.extend(_called_upon(verb, child))
                if lemma in _RAISING and not is_cue_lemma(child.lemma_.lower()):
                    # "The silencing of his voice seemed to help the others": what seemed is the subject too.
                    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
                    if subject is not None and subject.pos_ != "PRON":
                        tokens.extend(clause_tokens(subject))
                return [*relativized_object(verb, child), *tokens, *bare_verbs_after(verb, tokens)], "xcomp"
    preps = PREP_CUES.get(lemma)
    if preps:
        for child in children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i > verb.i and (obj is None or child.i < obj.i):
                heads = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
                if any(g.ent_type_ in CIRCUMSTANCE or _anonymity(g) or _how_or_where(child, g) for g in heads):
                    topic = _topic_after_venue(child, heads, preps)
                    if topic:
                        return topic, "prep"
                    continue
                objects = [t for g in heads for t in clause_tokens(g)]
                if objects:
                    return [*objects, *_as_after(verb, objects)], "prep"
        if "for" in preps:
            wished = for_clause(verb)
            if wished:
                return wished, "prep"
    topic = prep_after_pronoun(verb, obj) or put_to(verb)
    if topic:
        return topic, "prep"
    if lemma == "express" and obj is not None:
        # "expressed misgivings about Mrs. Clinton": the feeling is the cue, its topic the content.
        about = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in _FEELING_PREPS), None)
        topic = [t for g in about.children if g.dep_ == "pobj" for t in clause_tokens(g)] if about else []
        if topic:
            return topic, "dobj"
    stance = [] if lemma in OBJECT_CUES and obj is not None else stance_object_content(verb)
    if stance:
        return stance, "dobj"
    shown = shown_with_standing(verb) or placed_by_poll(verb)
    if shown:
        return shown, "dobj"
    if lemma in OBJECT_CUES and obj is not None and obj.pos_ == "PRON" and joined_pronoun(obj):
        return with_prep(verb, obj, OBJECT_PREPS.get(lemma, frozenset())), "dobj"
    if lemma == "tell" and obj is not None and obj.lemma_.lower() in _TOLD_THINGS and not _to_infinitive(verb):
        # "told a joke", "tells a different story", "is telling the truth": what is told, not who is told; "needs
        # to tell the truth" is a duty, no telling.
        return with_prep(verb, obj, frozenset({"about"})), "dobj"
    if lemma == "recall" and obj is not None and (_called_back(obj) or _withdrawing(verb, obj)):
        # "recalled her days as secretary of state" is a memory someone tells (an object cue, below); a company
        # recalling cars or a state recalling its ambassador takes them back.
        return None
    if lemma in OBJECT_CUES and obj is not None and obj.pos_ in {"NOUN", "PROPN", "PRON"}:
        if obj.pos_ == "PRON" and ((obj.lower_ in TOLD_BEFORE and takes_pronoun(verb)) or backs_person(verb, obj)):
            return pronoun_object(verb, obj, OBJECT_PREPS.get(lemma, frozenset())), "proform"
        if obj.pos_ == "PRON" and obj.lower_ not in {"what", "whatever"}:
            return None
        return with_prep(verb, obj, OBJECT_PREPS.get(lemma, frozenset())), "dobj"
    if obj is not None:
        # Any verb casting someone "as" something in quotation marks: "pounding Trump as a “con artist”".
        cast = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
        if cast is not None and any(t.text in QUOTE_CHARS for t in cast.subtree):
            return [*clause_tokens(obj), *cast.subtree], "dobj"
    quoted = quoted_object(verb)
    if quoted is not None:
        # Any verb whose object quotes someone's words: "proclaimed a goal of "Peace Through Strength"".
        return with_prep(verb, quoted, frozenset()), "dobj"
    if lemma not in _NOT_STANCE:
        # Any verb with a "that"-clause reports a stance: "is hoping that …", "left little doubt that …".
        for child in children:
            if child.dep_ == "ccomp" and child.i > verb.i and opens_with_that(child):
                return clause_tokens(child), "that"
    proform = proform_content(verb)
    if proform:
        return proform, "proform"
    return None


def _gerund_subject(verb: Token) -> Token | None:
    """ "said cutting that output must be a priority", "said having Trump on the ticket puts …": the parser took
    the reported clause's gerund subject for the verb's own complement and hung the clause's verb under it."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and c.tag_ == "VBG"
            and c.i == verb.i + 1
            and any(g.dep_ == "ccomp" and g.i > c.i for g in c.children)
        ),
        None,
    )


def _called_upon(verb: Token, infinitive: Token) -> list[Token]:
    """ "called on the administration to block the deal": the one called upon belongs to what is asked of them,
    as the object of "urged X to …" does."""
    on = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and verb.i < c.i < infinitive.i),
        None,
    )
    return [] if on is None else [t for g in on.children if g.dep_ == "pobj" for t in g.subtree]


def _withdrawing(verb: Token, obj: Token) -> bool:
    """Whether the one who recalls is a company, a state or "it": they take a thing back ("Ford is recalling the
    trucks", "the country recalled its ambassador"), where a person or an organisation's spokesman remembers."""
    subject = subject_of(verb)
    if subject is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ == "it"
    word = subject.lemma_.lower()
    if subject.ent_type_ in _WITHDRAWING_ENTITIES:
        # The tagger takes some surnames for firms: "Roffman, a retired teacher, recalled …".
        return not described_as_person(subject)
    return word in _WITHDRAWING_NOUNS or word.endswith("maker")


def _called_back(obj: Token) -> bool:
    """ "recalled 500,000 trucks", "recalled the governor", "recalled its ambassador": goods or a person called
    back, no memory told ("recalled the day they met")."""
    counted = any(c.dep_ == "nummod" for c in obj.children) or obj.like_num
    titled = obj.lemma_.lower() in TITLE_WORDS  # only office holders: "recalled his father" is a memory
    return counted or titled or obj.ent_type_ in {"PERSON", "NORP", "PRODUCT"}


def _to_infinitive(verb: Token) -> bool:
    """ "to tell", also as the second of joined infinitives ("to sell herself and tell more jokes")."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "aux" and c.lower_ == "to" for h in heads for c in h.children)


def _as_after(verb: Token, tokens: list[Token]) -> list[Token]:
    """The "as" phrase right after a prepositional content says what it was taken for: "referred to the
    senator as a fraud", "pointed to the closures as proof that …" (not "spoke about the bill as a senator",
    the speaker's own role)."""
    if verb.lemma_.lower() not in _CASTING_PREP_CUES:
        return []
    end = max(t.i for t in tokens)
    cast = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == end + 1), None)
    return [] if cast is None or len(list(cast.subtree)) < 2 else list(cast.subtree)


# Nouns an "on" phrase uses for where or when someone spoke, not what about: "spoke on the show", "on her plane",
# "has spoken on only a few occasions". Not every occasion or setting: "commented on the debate", "spoke on the
# state of the race" name a topic.
_VENUES = PROGRAMME_NOUNS | frozenset(
    {
        *("air", "phone", "call", "plane", "bus", "train", "stage", "floor", "trail", "panel", "occasion", "day"),
        *("night", "morning", "afternoon", "evening", "weekend"),
    }
)


def _how_or_where(prep: Token, head: Token) -> bool:
    """ "spoke on behalf of Clinton", "campaigned on his behalf": for whom, not what about; "spoke later on the
    same show", "speaking to reporters on her plane": where or when."""
    if head.lemma_.lower() == "behalf":
        return True
    return prep.lower_ == "on" and head.lemma_.lower() in _VENUES


def _topic_after_venue(prep: Token, heads: list[Token], preps: frozenset[str]) -> list[Token]:
    """ "spoke on the radio about the tax plan": the parser hangs the "about" phrase on the venue noun, but it
    names what the speaking was about; only "about", since "on the floor of the Senate" is still the venue."""
    if "about" not in preps:
        return []
    for head in heads:
        if head.lemma_.lower() == "behalf" or not _how_or_where(prep, head):
            continue
        about = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "about"), None)
        if about is not None:
            return [t for g in about.children if g.dep_ in {"pobj", "pcomp"} for t in clause_tokens(g)]
    return []


def _anonymity(head: Token) -> bool:
    """ "speaking on (the) condition of anonymity" says how someone spoke, not what about."""
    return head.lemma_.lower() == "condition" and any(
        c.lower_ == "of" and any(g.lower_ == "anonymity" for g in c.children) for c in head.children
    )


def owned_topic(tokens: list[Token]) -> bool:
    """A topic with one head noun and an owner is a statement's whole content, however short: "called for his
    dismissal", "commented on Crutcher's death" (not "spoke against the backdrop", "voted for this woman")."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return (
        len(heads) == 1
        and heads[0].pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "poss" and c.i < heads[0].i for c in heads[0].children)
    )


def person_addressed(verb: Token) -> bool:
    """A named person as the subject of a passive clause cue with no clause of its own ("Officer Jane Roe was
    charged with manslaughter", "Smith was asked by the host, who backs Jones") is the one accused or addressed,
    not what was said: a person is no statement, and nothing else in the frame is one either. Object cues keep
    such a subject ("Smith was endorsed by the union", a stance towards him), and "Smith was told that …" keeps
    its clause."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    return (
        lemma in CLAUSE_CUES
        and lemma not in OBJECT_CUES
        and any(c.dep_ == "nsubjpass" and c.ent_type_ == "PERSON" for c in children)
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in children)
    )
