"""Which words introduce a statement, and what kind of complement carries its content.

A cue is a verb (or "according to") that attributes words or a stance to a source. The lexicons are grouped
by the complement that holds the content, because that is what the parser gives us: "said *that …*" (a
clausal complement), "promised *to …*" (an open clausal complement), "called *for …*" (a prepositional
object), "cited *the report*" (a direct object).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "ADDRESSEE_CUES",
    "AS_CUES",
    "ATTACK_PREPS",
    "CLAUSE_CUES",
    "GERUND_CUES",
    "NOUN_CUES",
    "NOUN_PREPS",
    "OBJECT_CUES",
    "OBJECT_PREPS",
    "PREP_CUES",
    "REPLY_NOUNS",
    "SPEECH_VERBS",
    "XCOMP_CUES",
    "cue_tokens",
    "has_own_complement",
    "is_addressee",
    "is_cue_lemma",
    "is_speech_lemma",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """The words of a lexicon written as running text, one space or line break apart."""
    return frozenset(text.split())


# Verbs that report speech, writing or a stance with a clausal complement ("X said (that) …").
SPEECH_VERBS = word_set(
    """
    say tell add note write claim argue explain insist state declare announce confirm deny acknowledge admit
    report suggest warn predict assert contend maintain stress emphasize emphasise recall reply respond answer
    ask tweet post testify allege concede complain promise pledge vow agree observe remark comment estimate
    conclude reveal disclose indicate joke quip boast brag lament caution recommend propose demand signal hint
    imply mention reiterate repeat affirm counter retort scoff shout yell whisper guarantee assure inform notify
    advise remind proclaim charge accuse concur reason muse speculate theorize theorise protest object grumble
    marvel exclaim cry recount describe clarify specify forecast project reckon insinuate posit point highlight
    underscore underline tout brief question urge
    """
)

# Verbs of belief, knowledge, perception and finding that PolNeAR-style attribution also counts.
STANCE_VERBS = word_set(
    """
    think believe know fear hope expect feel worry doubt suspect find show learn realize realise understand
    recognize recognise assume presume imagine wonder suppose guess bet determine decide discover see hear read
    conclude judge consider figure sense trust acknowledge
    """
)

CLAUSE_CUES = SPEECH_VERBS | STANCE_VERBS

# Verbs whose content is an infinitive: "vowed to fight", "urged voters to …".
XCOMP_CUES = word_set(
    """
    promise pledge vow threaten refuse decline agree urge call plan want intend hope offer demand ask
    encourage implore beg push press warn tell advise claim seem appear seek wish like
    exhort challenge dare instruct remind caution beseech entreat
    order prefer opt request vote
    """
)

# Verbs whose direct object is the listener, not what was said: "told reporters", "assured voters".
ADDRESSEE_CUES = word_set("tell assure inform remind brief warn")


def is_addressee(obj: Token) -> bool:
    """The direct object of a verb of telling is whom it was told to ("told reporters on Monday"), not content."""
    return obj.dep_ == "dobj" and obj.head.lemma_.lower() in ADDRESSEE_CUES


def has_own_complement(verb: Token, *, objects: bool = True) -> bool:
    """Whether a cue has words of its own after it, a clause or (with `objects`) an object that is not the
    listener ("told reporters"): a cue with none reports a content set off before it."""
    return any(
        c.i > verb.i and (c.dep_ in {"ccomp", "xcomp"} or (objects and c.dep_ == "dobj" and not is_addressee(c)))
        for c in verb.children
    )


# Verbs whose content may be a gerund clause: "proposed raising the age", "admitted using the loophole",
# "reported spending $6 million" (a filing's figure).
GERUND_CUES = word_set(
    """
    propose suggest recommend advocate admit deny acknowledge mention discuss favor favour support oppose
    defend endorse urge regret reject dismiss criticize criticise condemn tout praise back report
    """
)

# Verbs whose content is a noun phrase object: "cited the report", "denied the allegations".
OBJECT_CUES = word_set(
    """
    cite mention deny announce criticize criticise praise blame condemn question dispute reject dismiss describe
    slam blast attack accuse applaud welcome endorse defend tout highlight recommend propose demand predict
    acknowledge admit repeat reiterate confirm thank fault chide scold rebuke lambaste castigate excoriate decry
    deride mock ridicule hail commend credit invoke discuss promise pledge vow urge disclose reveal
    characterize characterise label brand portray dub show support back offer report express oppose seek accept
    denounce detail publish reference bemoan outline echo chastise identify present signal illustrate
    promote note claim sing chant recite
    laud extol compliment congratulate salute champion berate assail bash rip lampoon belittle disparage
    insult vilify demonize demonise malign pillory liken equate
    downplay disavow repudiate renounce retract lament regret deplore protest contest favor favour advocate
    trumpet float rebuff spurn want explain
    recall recount stress emphasize emphasise voice articulate reaffirm concede preach tweet retweet list estimate
    order lambast single peg justify
    document chronicle grill
    rebut contradict savage pummel hammer trash skewer
    """
)

# The phrase after an object that belongs to the content: "blamed Trump *for the loss*".
OBJECT_PREPS: dict[str, frozenset[str]] = {
    lemma: frozenset({"for", "as"})
    for lemma in [
        "blame",
        "criticize",
        "criticise",
        "praise",
        "thank",
        "fault",
        "chide",
        "scold",
        "rebuke",
        "slam",
        "blast",
        "attack",
        "lambaste",
        "castigate",
        "excoriate",
        "mock",
        "ridicule",
        "hail",
        "commend",
        "credit",
        "applaud",
        "condemn",
        "laud",
        "extol",
        "compliment",
        "congratulate",
        "salute",
        "berate",
        "assail",
        "bash",
        "rip",
        "lampoon",
        "belittle",
        "disparage",
        "vilify",
        "demonize",
        "demonise",
        "malign",
        "pillory",
        "savage",
        "pummel",
        "hammer",
        "trash",
        "skewer",
    ]
} | {"accuse": frozenset({"of"}), "describe": frozenset({"as"}), "dismiss": frozenset({"as"})}
# Likening one thing to another: the comparison is the content ("likened the tax to theft").
OBJECT_PREPS |= {lemma: frozenset({"to", "with"}) for lemma in ["liken", "equate", "compare"]}
# Attacking someone for something: "hit Clinton *for* her emails" (not "hit the road").
OBJECT_PREPS |= {"hit": frozenset({"for"})}
# Questioning someone hard: "grilled the chief executive *over* the scandal".
OBJECT_PREPS |= {"grill": frozenset({"for", "on", "over", "about"})}
# A figure put on something: "estimates the fortune *at $42 billion*"; one picked out: "singled out X *as* …".
OBJECT_PREPS |= {"estimate": frozenset({"at"}), "peg": frozenset({"at", "as"}), "single": frozenset({"as", "for"})}

# Verbs that cast an object as something: "described Estonia *as* being in the suburbs".
AS_CUES = word_set(
    """
    describe characterize characterise label brand portray depict cast dismiss liken compare see view regard consider treat paint
    name hit
    """
)

_ABOUT = frozenset({"about", "of", "on"})

# Nouns that attribute: "his claim that …", "Trump's call for …", "a decision to …".
NOUN_CUES = word_set(
    """
    claim statement remark comment assertion allegation argument suggestion warning promise pledge vow report
    belief view fear hope announcement admission insistence contention charge accusation prediction proposal
    call demand decision agreement criticism complaint message notion theory conclusion finding estimate
    forecast testimony tweet letter memo threat denial acknowledgment acknowledgement concern
    refusal reluctance willingness unwillingness determination eagerness desire readiness
    condemnation endorsement rejection opposition praise
    defense defence embrace backing denunciation
    """
)
# Nouns that name what someone answered or weighed, which a headline label or a colon announces ("Farmers'
# reaction: …", "with a caveat: “…”"); not cues by themselves.
REPLY_NOUNS = word_set("reaction response answer reply retort verdict advice caveat assessment")
NOUN_PREPS: dict[str, frozenset[str]] = {
    "call": frozenset({"for"}),
    "demand": frozenset({"for"}),
    "criticism": frozenset({"of"}),
    "complaint": frozenset({"about"}),
    "comment": frozenset({"about", "on"}),
    "remark": frozenset({"about", "on"}),
    "announcement": frozenset({"of"}),
    "denial": frozenset({"of"}),
    "plan": frozenset({"for"}),
    "proposal": frozenset({"for"}),
    "opposition": frozenset({"to"}),
    "praise": frozenset({"for", "of"}),
}
# Verb + preposition cues whose content is the prepositional object: "called for X", "railed against X".
PREP_CUES: dict[str, frozenset[str]] = {
    "call": frozenset({"for", "on"}),
    "rail": frozenset({"against"}),
    "speak": frozenset({"of", "about", "on", "out", "against"}),
    "talk": _ABOUT,
    "complain": _ABOUT,
    "comment": frozenset({"on"}),
    "joke": _ABOUT,
    "boast": _ABOUT,
    "brag": _ABOUT,
    "write": _ABOUT,
    "tweet": _ABOUT,
    "testify": _ABOUT,
    "ask": frozenset({"about"}),
    "warn": frozenset({"of", "about", "against"}),
    "argue": frozenset({"for", "against"}),
    "push": frozenset({"for"}),
    "press": frozenset({"for"}),
    "advocate": frozenset({"for"}),
    "campaign": frozenset({"for", "against", "on"}),
    "lobby": frozenset({"for", "against"}),
    "insist": frozenset({"on"}),
    "elaborate": frozenset({"on"}),
    "weigh": frozenset({"in"}),
    "reflect": frozenset({"on"}),
    "respond": frozenset({"to"}),
    "react": frozenset({"to"}),
    "object": frozenset({"to"}),
    "point": frozenset({"to"}),
    "refer": frozenset({"to"}),
    "allude": frozenset({"to"}),
    "accuse": frozenset({"of"}),
    "lash": frozenset({"out"}),
    "vote": frozenset({"for", "against"}),
    "seize": frozenset({"on", "upon"}),
    "apologize": frozenset({"for"}),
    "apologise": frozenset({"for"}),
    "spar": frozenset({"over"}),
    "clash": frozenset({"over"}),
    "fret": frozenset({"over", "about"}),
    "rally": frozenset({"over", "for", "against", "behind"}),
    "plead": frozenset({"for"}),
    "plot": frozenset({"against"}),
    "rule": frozenset({"against", "on"}),
    "disagree": frozenset({"with", "on", "over"}),
    # Stances and reactions with their own preposition: "bristled at …", "doubled down on …", "weighed in on …".
    "bristle": frozenset({"at"}),
    "balk": frozenset({"at"}),
    "scoff": frozenset({"at"}),
    "sneer": frozenset({"at"}),
    "hint": frozenset({"at"}),
    "double": frozenset({"on"}),
    "opine": frozenset({"on", "about"}),
    "harp": frozenset({"on"}),
    "dwell": frozenset({"on"}),
    "expound": frozenset({"on"}),
    "rant": frozenset({"about", "against"}),
    "gripe": frozenset({"about"}),
    "muse": frozenset({"about", "on"}),
    "vouch": frozenset({"for"}),
    "attest": frozenset({"to"}),
    "inveigh": frozenset({"against"}),
    "caution": frozenset({"against"}),
    "chime": frozenset({"in"}),
}
PREP_CUES["weigh"] = frozenset({"in", "on", "about"})
PREP_CUES["lash"] = frozenset({"out", "at"})
PREP_CUES["push"] = frozenset({"for", "against"})
PREP_CUES["comment"] = frozenset({"on", "about"})
# The response itself: "responded with attacks on the judge", "countered with a plan of her own".
PREP_CUES["respond"] = frozenset({"to", "with"})
PREP_CUES["react"] = frozenset({"to", "with"})
PREP_CUES["reply"] = frozenset({"to", "with"})
PREP_CUES["counter"] = frozenset({"with"})
PREP_CUES["cry"] = frozenset({"out", "for"})
# Taking a side, settling on a view, hoping for an outcome: "sided with the unions", "agreed on the need for …".
PREP_CUES["side"] = frozenset({"with", "against"})
PREP_CUES["agree"] = frozenset({"on"})
PREP_CUES["hope"] = frozenset({"for"})

# Phrasal verbs of verbal attack, outside `is_cue_lemma` because the verb alone is too common ("go after X
# as a “fraud”", "tore into the plan"). The target (and any "as" phrase) is the content.
ATTACK_PREPS: dict[str, frozenset[str]] = {
    "go": frozenset({"after"}),
    "lay": frozenset({"into"}),
    "tear": frozenset({"into"}),
    "light": frozenset({"into"}),
    "lace": frozenset({"into"}),
}

_SPEECH_LEMMAS = SPEECH_VERBS | frozenset({"according"})


def is_cue_lemma(lemma: str) -> bool:
    """Any cue of any complement type."""
    return lemma in CLAUSE_CUES or lemma in XCOMP_CUES or lemma in OBJECT_CUES or lemma in PREP_CUES


def is_speech_lemma(lemma: str) -> bool:
    """True for cues that report words (not just beliefs): these may introduce a direct quote."""
    return lemma.lower() in _SPEECH_LEMMAS


def cue_tokens(token: Token) -> list[Token]:
    """The words of the cue proper: the verb plus its particle ("pointed out", "lashed out") and, for a verb
    that attacks through a preposition, that preposition ("gone after", "tore into")."""
    tokens = [token]
    for child in token.children:
        if child.dep_ == "prt" and child.i == token.i + 1:
            tokens.append(child)
    preps = ATTACK_PREPS.get(token.lemma_.lower(), frozenset())
    after = max(t.i for t in tokens) + 1
    for child in token.children:
        if child.dep_ == "prep" and child.i == after and child.lower_ in preps:
            tokens.append(child)
    return sorted(tokens, key=lambda t: t.i)
