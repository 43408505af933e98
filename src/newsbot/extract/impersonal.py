"""An infinitive under an impersonal "it" holds nobody's stance: "It is worth noting that …", "It's hard to see
why …", "It remains to be seen whether …". No one notes or sees; the writer comments in passing, and what
follows is the writer's own sentence, not a statement. "It's hard not to sense that …" asserts the sensing and
stays, as does an infinitive with a subject of its own ("it is fair for the mayor to argue that …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["IMPERSONAL_ADJECTIVES", "is_impersonal"]

# Adjectives that judge an act rather than describe who does it ("hard to see", "worth noting"); not those that
# describe their subject ("it is ready to sign", "it is eager to talk", where "it" is a company or a body).
IMPERSONAL_ADJECTIVES = frozenset(
    {
        *("hard", "easy", "difficult", "tough", "impossible", "possible", "worth", "important", "fair", "safe"),
        *("necessary", "interesting", "striking", "tempting", "reasonable", "useful", "helpful", "wise"),
        *("instructive", "crucial", "essential", "vital", "fascinating", "notable", "noteworthy"),
    }
)


def is_impersonal(cue: Token | None) -> bool:
    """The cue is an infinitive (or the gerund of "worth noting") completing "it is ADJ" (an impersonal
    adjective) or "it remains", or a gerund after "without" in "it goes" or in such a clause ("It goes without
    saying that …", "It is impossible to judge the plan without knowing how …"); not after any "it" subject
    ("It paid $50 million without admitting that …", where "it" is a company)."""
    if cue is None:
        return False
    if cue.dep_ == "pcomp" and cue.head.lower_ == "without" and cue.tag_ == "VBG":
        host = cue.head.head
        if host.dep_ == "acomp" and host.pos_ == "ADJ":
            host = host.head
        goes = host.lemma_.lower() == "go" and _it_subject(host)
        return goes or _it_is_impersonal(host) or is_impersonal(host)
    if cue.dep_ != "xcomp":
        return False
    children = list(cue.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    if not (infinitive or cue.tag_ == "VBG") or any(c.dep_ == "neg" for c in children):
        return False
    head = cue.head
    if head.dep_ == "acomp" and head.pos_ == "ADJ":
        head = head.head
    return (head.lemma_.lower() == "remain" and _it_subject(head)) or _it_is_impersonal(head)


def _it_is_impersonal(verb: Token) -> bool:
    """ "it is hard", "it is worth": an "it" subject and an impersonal adjective, not denied."""
    return (
        verb.lemma_.lower() == "be"
        and _it_subject(verb)
        and any(
            c.dep_ == "acomp" and c.lower_ in IMPERSONAL_ADJECTIVES and not any(g.dep_ == "neg" for g in c.children)
            for c in verb.children
        )
    )


def _it_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in verb.children)
