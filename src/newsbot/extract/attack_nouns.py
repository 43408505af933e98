"""An owned attack in words: "Trump's attacks on Judge Curiel", "his broadside against the Fed", "Smith
launched a sharp attack on the mayor".

With an owner who speaks (a name or a person's pronoun), an attack noun names a verbal attack, and its target
is what the attack is about: the target is the content, the owner the source, the noun and its preposition the
cue. Without an owner ("the attacks on Paris", "terror attacks on civilians") the noun is as often violence.
The target tells too: an attack on a place or on troops is armed whoever owns it ("their attacks on the
troops"), one on someone named is in words even when a party or campaign owns it ("the GOP's attacks on
Clinton", "the campaign's attacks on Mrs. Clinton"). An attack launched, unleashed or mounted is owned by
the subject of that verb, who is its attacker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate
from .clauses import clause_tokens
from .content_edges import before_circumstance, on_cue_line
from .indirect import indirect_candidate
from .persons import person_noun
from .spans import fragments, hull, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["attack_noun_candidate"]

# Nouns of a verbal attack and the prepositions that take their target.
_ATTACK_PREPS: dict[str, frozenset[str]] = {
    "attack": frozenset({"on", "against"}),
    "assault": frozenset({"on", "against"}),
    "broadside": frozenset({"on", "against", "at"}),
    "swipe": frozenset({"at"}),
    "jab": frozenset({"at"}),
    "onslaught": frozenset({"on", "against"}),
    "counterattack": frozenset({"on", "against"}),
    "tirade": frozenset({"against", "at"}),
    "salvo": frozenset({"at", "against"}),
}
# A modifier that makes the attack physical: "his murderous attack on the club", "its air assault on the city".
_VIOLENT = frozenset(
    {"murderous", "deadly", "terrorist", "terror", "violent", "armed", "suicide", "bomb", "military", "missile"}
    | {"air", "chemical", "cyber", "physical", "knife", "gun", "ground", "rocket", "drone", "shark", "heart"}
)
# Pronouns of people; "its attacks on …" is mostly an army's or a group's.
_PERSON_PRONOUNS = frozenset({"his", "her", "their", "my", "our", "your"})
# Targets only arms attack: troops, their posts and the places people live in.
_ARMED_TARGETS = frozenset(
    {
        "troop",
        "soldier",
        "army",
        "military",
        "force",
        "base",
        "position",
        "convoy",
        "civilian",
        "outpost",
        "checkpoint",
        "garrison",
    }
    | {"camp", "compound", "embassy", "consulate", "city", "town", "village", "ship", "warship", "vessel"}
)
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Verbs whose subject makes the attack that is their object: "launched an attack on", "stepped up attacks on".
_LAUNCHING = frozenset({"launch", "unleash", "mount", "level", "lob", "deliver", "renew", "escalate", "intensify"})


def _speaking_owner(owner: Token) -> bool:
    """A person or a named party: "his", "Trump's", "the senator's" — not "its", "Russia's army's", nor a
    named organisation ("Hamas's attack on Israel", "the Taliban's attack on the base"): in news its attacks
    are mostly armed."""
    if owner.pos_ == "PRON":
        return owner.lower_ in _PERSON_PRONOUNS
    if owner.pos_ == "PROPN":
        return owner.ent_type_ not in {*_PLACES, "EVENT", "DATE", "ORG"}
    return person_noun(owner)


def _armed_target(target: Token) -> bool:
    """ "on the troops", "on the base", "on Kabul": what only arms attack; not what a person owns
    ("on Clinton's positions", "on the party's base")."""
    if target.ent_type_ in _PLACES:
        return True
    owned = any(c.dep_ == "poss" for c in target.children)
    return target.pos_ == "NOUN" and target.lemma_.lower() in _ARMED_TARGETS and not owned


def _named(target: Token) -> bool:
    """ "on Clinton", "on Mrs. Clinton": someone named, not a people ("on Christians")."""
    return target.ent_type_ == "PERSON" or (target.pos_ == "PROPN" and target.ent_type_ not in {"NORP", "GPE"})


def _party_owner(owner: Token) -> bool:
    """ "its", "the GOP's", "the campaign's": an organisation, whose attack on a person is in words."""
    if owner.pos_ == "PRON":
        return owner.lower_ == "its"
    return owner.ent_type_ == "ORG" or owner.lemma_.lower() in {"campaign", "party", "committee"}


def _launcher(noun: Token) -> Token | None:
    """The subject of the verb that launches the attack `noun` ("Smith launched a sharp attack on …"), or None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _LAUNCHING:
        return None
    return subject_of(verb)


def attack_noun_candidate(noun: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """ "Trump's attacks on Curiel": the target, cued by "attacks on", said by the owner."""
    preps = _ATTACK_PREPS.get(noun.lemma_.lower())
    if preps is None or noun.pos_ != "NOUN":
        return None
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in _VIOLENT for c in noun.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or _launcher(noun)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i), None)
    target = None if prep is None else next((g for g in prep.children if g.dep_ == "pobj"), None)
    if owner is None or prep is None or target is None or any(t.is_punct for t in noun.doc[noun.i + 1 : prep.i]):
        return None
    if _armed_target(target):
        return None
    if not (_speaking_owner(owner) or (_named(target) and _party_owner(owner))):
        return None
    pieces = on_cue_line(fragments(clause_tokens(target), offset, text), text, offset + noun.idx)
    pieces = before_circumstance(pieces, text) if pieces else pieces
    if not pieces:
        return None
    return indirect_candidate([hull(pieces)], paragraph, "noun", [noun, prep], owner, offset)
