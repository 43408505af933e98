"""People (and speaking organisations) an article names, with their aliases, roles and mentions.

Names are chains of proper nouns ("Foreign Secretary Vikram Misri"). Leading titles become roles
("Foreign Secretary") or honorifics ("Mr"); a surname alone ("Misri") joins the person with that surname
mentioned nearest before it. The small English model's entity labels are unreliable for rare names
("Misri" tagged LOC), so a chain counts as a person when the model calls it PERSON, when it shares a
surname with one, or when it is the subject of a cue (a speaker).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import Person, Span
from .candidates import Regions
from .first_names import gender_of_first_name
from .tags import FINITE_OR_MODAL_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["NameMention", "PersonIndex", "build_persons", "described_as_person", "name_chain"]

HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "mx"])
_FEMALE = frozenset(
    ["mrs", "ms", "miss", "dame", "lady", "madam", "congresswoman", "chairwoman", "spokeswoman", "queen", "princess"]
)
_MALE = frozenset(["mr", "sir", "lord", "congressman", "chairman", "spokesman", "king", "prince"])
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "foreign",
        "home",
        "defence",
        "defense",
        "finance",
        "external",
        "affairs",
        "interior",
        "senator",
        "sen",
        "rep",
        "representative",
        "gov",
        "governor",
        "mayor",
        "judge",
        "justice",
        "chief",
        "general",
        "gen",
        "colonel",
        "col",
        "lt",
        "lieutenant",
        "major",
        "maj",
        "captain",
        "capt",
        "commander",
        "wing",
        "admiral",
        "adm",
        "sergeant",
        "sgt",
        "officer",
        "chairman",
        "chairwoman",
        "chair",
        "speaker",
        "leader",
        "director",
        "ambassador",
        "attorney",
        "state",
        "deputy",
        "assistant",
        "associate",
        "former",
        "ceo",
        "cfo",
        "coo",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "bishop",
        "cardinal",
        "rabbi",
        "imam",
        "sheikh",
        "coach",
        "detective",
        "inspector",
        "superintendent",
        "constable",
        "commissioner",
        "congressman",
        "congresswoman",
        "councilman",
        "councilwoman",
        "councillor",
        "premier",
        "chancellor",
        "nominee",
        "candidate",
        "brigadier",
        "marshal",
        "air",
        "army",
        "naval",
        "navy",
        "police",
        "chief",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "professor",
        "justice",
        "treasurer",
        "comptroller",
        "sheriff",
        "principal",
        "dean",
        "ex",
        "late",
        "first",
        "lady",
        "gop",
        "democratic",
        "republican",
        "u.s.",
        "us",
        "uk",
        "un",
        "union",
        "cabinet",
        "federal",
        "cpl",
        "corporal",
        "pvt",
        "private",
        "cmdr",
        "brig",
        "magistrate",
        "archbishop",
        "ayatollah",
        "msgr",
        "monsignor",
        "chaplain",
        "trooper",
    ]
)
_ACRONYM_ROLE = re.compile(r"^(?P<full>.+?)\s*\((?P<acr>[A-Z][A-Z0-9&.-]{1,9})\)\s*(?P<rest>.+)$")
_NAME_DEPS = frozenset({"compound", "flat", "nmod", "appos", "poss", "nsubj", "dobj", "pobj"})
_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers", "they", "them", "it", "we", "i", "you"])


def _clean(word: str) -> str:
    return word.lower().rstrip(".")


# Lower-case words inside a name: "Ursula von der Leyen", "Osama bin Laden", "Bashar al-Assad".
PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "bint", "al", "el"}
    | {"ben", "dos", "das", "ter", "ten", "st"}
)
# Generational suffixes close a name but are nobody's surname: "Martin Luther King Jr." is "King".
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _title_word(token: Token) -> bool:
    return token.text[:1].isupper() and _clean(token.text) in TITLE_WORDS | HONORIFICS


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_punct


def _glued_hyphen(doc: Doc, i: int) -> bool:
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _connector(doc: Doc, i: int) -> bool:
    """A particle ("von", "bin", "al") or a hyphen written without spaces, inside a name."""
    token = doc[i]
    return (token.lower_ in PARTICLES and token.text.islower()) or _glued_hyphen(doc, i)


def _after_connector(doc: Doc, i: int) -> bool:
    """A name word after a particle or hyphen; after a hyphen any capitalised word ("Hart-Davis")."""
    return _name_word(doc[i]) or (i > 0 and _glued_hyphen(doc, i - 1) and doc[i].text[:1].isupper())


def name_chain(token: Token) -> list[Token]:
    """The run of proper-noun tokens a name token belongs to ("Foreign Secretary Vikram Misri"), with the
    particles and hyphens inside a name ("Ursula von der Leyen", "Anne Hart-Davis", "al-Assad")."""
    doc = token.doc
    if token.pos_ != "PROPN":
        return []
    lo = hi = token.i
    while True:
        k = lo - 1
        while k >= 0 and _connector(doc, k):
            k -= 1
        if k >= 0 and _name_word(doc[k]):
            lo = k
            continue
        if k < lo - 1 and doc[k + 1].text != "-":
            lo = k + 1  # a name that starts with its particle: "von der Leyen said", "the al-Assad regime"
        elif lo >= 2 and doc[lo - 1].text == "." and not doc[lo - 2].whitespace_ and _title_word(doc[lo - 2]):
            lo -= 2  # "Cpl. Ann Smith" split as "Cpl", ".", "Ann"
            continue
        break
    while True:
        k = hi + 1
        while k < len(doc) and _connector(doc, k):
            k += 1
        if k < len(doc) and (_name_word(doc[k]) or (k > hi + 1 and _after_connector(doc, k))):
            hi = k
        else:
            break
    chain = [doc[i] for i in range(lo, hi + 1) if any(ch.isalpha() for ch in doc[i].text) or doc[i].text == "-"]
    # A hyphen the tagger called a proper noun ("section a2-0") is no name on its own.
    return chain if any(t.text != "-" for t in chain) else []


def name_words(tokens: Sequence[Token]) -> list[str]:
    """The words of a name, with pieces written without a space joined back ("Hart", "-", "Davis" →
    "Hart-Davis"), abbreviation dots dropped, and a closing generational suffix ("Jr.") left out."""
    words: list[str] = []
    glued = False
    for token in tokens:
        piece = token.text.rstrip(".") if len(token.text) > 2 else token.text
        if glued and words:
            words[-1] += piece
        else:
            words.append(piece)
        glued = (
            not token.whitespace_
            and token.i + 1 < len(token.doc)
            and (token.text == "-" or token.doc[token.i + 1].text == "-")
        )
    while len(words) > 1 and words[-1].lower().rstrip(".") in SUFFIXES:
        words.pop()
    return [w for w in words if any(ch.isalpha() for ch in w)]


@dataclass
class NameMention:
    """One occurrence of a name: its chain of words, split into titles and the name proper."""

    start: int
    end: int
    paragraph: int  # 0-based index of the paragraph doc
    tokens: tuple[int, ...]  # token indices in the paragraph doc
    name: tuple[str, ...]
    titles: tuple[str, ...]
    honorific: str | None
    label: str
    quoted: bool
    subject: bool
    described: bool = False  # followed by a description of its own (", a retired teacher,", ", who …")
    role_before: tuple[int, int] | None = None  # "The mayor of Port Aven, [name]," : that role phrase's span

    @property
    def text_key(self) -> str:
        return " ".join(self.name)


@dataclass
class _PersonBuilder:
    name: tuple[str, ...]
    kind: str = "person"
    gender: str | None = None
    mentions: list[NameMention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    introduction: tuple[int, int] | None = None

    def add_role(self, role: str) -> None:
        role = " ".join(role.split()).strip(" ,;:-—")
        if role and role.lower() not in {r.lower() for r in self.roles}:
            self.roles.append(role)


def _split_titles(chain: Sequence[Token], ent_start: int | None) -> tuple[list[Token], list[Token], str | None]:
    """(role words, name words, honorific) for a chain; `ent_start` is where a PERSON entity begins."""
    titles: list[Token] = []
    honorific: str | None = None
    rest = list(chain)
    while len(rest) > 1:
        word = _clean(rest[0].text)
        is_title = word in TITLE_WORDS or (ent_start is not None and rest[0].i < ent_start)
        if word in HONORIFICS:
            honorific = rest[0].text
            rest = rest[1:]
            continue
        if not is_title:
            break
        titles.append(rest[0])
        rest = rest[1:]
    return titles, rest, honorific


_GROUP_WORDS = frozenset({"team", "camp", "friends", "allies"})


def _folded(name: Sequence[str]) -> tuple[str, ...]:
    """A name compared without case: "Von der Leyen" at a sentence start is "von der Leyen"."""
    return tuple(word.lower() for word in name)


def _surname_matches(name: Sequence[str], word: str) -> bool:
    """ "Assad" is the surname of "Bashar al-Assad", "Davis" is not that of "Anne Hart-Davis"."""
    last = name[-1].lower()
    if last == word:
        return True
    particle, dash, rest = last.partition("-")
    return bool(dash) and particle in PARTICLES and rest == word


class PersonIndex:
    """The article's persons and a way back from any name or pronoun token to one of them."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._people: list[_PersonBuilder] = []
        self._by_token: dict[tuple[int, int], _PersonBuilder] = {}
        self._ordered: list[tuple[int, _PersonBuilder, NameMention]] = []
        self._starts: list[int] = []

    # -- building -------------------------------------------------------------------------------------------

    def _find(self, mention: NameMention, *, allow_new: bool) -> _PersonBuilder | None:
        key = _folded(mention.name)
        same = [p for p in self._people if _folded(p.name) == key]
        if same:
            return same[0]
        if len(key) > 1:
            longer = [p for p in self._people if len(p.name) > len(key) and _folded(p.name)[-len(key) :] == key]
            if longer:
                return longer[-1]
            shorter = [p for p in self._people if len(p.name) < len(key) and key[-len(p.name) :] == _folded(p.name)]
            if shorter:
                person = shorter[-1]
                person.name = mention.name
                return person
        else:
            word = key[0]
            # "Team Clinton" or "Camp Trump" names a group: a bare "Clinton" is the person.
            by_surname = [
                p for p in self._people if _surname_matches(p.name, word) and p.name[0].lower() not in _GROUP_WORDS
            ]
            if by_surname:
                return self._nearest(by_surname, mention.start)
            # A bare first name is the one person with that first name, unless the text introduces it as
            # someone new ("Bill, a retired teacher, said …") or the model does not read it as a person.
            by_first = [p for p in self._people if len(p.name) > 1 and p.name[0].lower() == word]
            if len(by_first) == 1 and mention.label == "PERSON" and not mention.described:
                return by_first[0]
        if not allow_new:
            return None
        person = _PersonBuilder(name=mention.name)
        self._people.append(person)
        return person

    def _nearest(self, people: list[_PersonBuilder], offset: int) -> _PersonBuilder:
        def last_before(p: _PersonBuilder) -> int:
            before = [m.start for m in p.mentions if m.start <= offset]
            return max(before) if before else -1

        return max(people, key=last_before)

    def add(self, mention: NameMention, *, allow_new: bool) -> _PersonBuilder | None:
        person = self._find(mention, allow_new=allow_new)
        if person is None:
            return None
        person.mentions.append(mention)
        for i in mention.tokens:
            self._by_token[(mention.paragraph, i)] = person
        if mention.honorific is not None and person.gender is None:
            word = _clean(mention.honorific)
            person.gender = "f" if word in _FEMALE else "m" if word in _MALE else None
        if person.gender is None and len(mention.name) > 1:
            person.gender = gender_of_first_name(mention.name[0])
        if mention.titles:
            person.add_role(" ".join(mention.titles))
        return person

    def discard(self, person: _PersonBuilder) -> None:
        """Forget a name that turned out to be no person (a place, a product)."""
        self._people = [p for p in self._people if p is not person]
        self._by_token = {k: v for k, v in self._by_token.items() if v is not person}

    def finish(self) -> None:
        self._ordered = sorted(((m.start, p, m) for p in self._people for m in p.mentions), key=lambda item: item[0])
        self._starts = [item[0] for item in self._ordered]
        for person in self._people:
            person.mentions.sort(key=lambda m: m.start)
            canonical = " ".join(person.name)
            seen = {canonical.lower()}
            for m in person.mentions:
                alias = self._text[m.start : m.end]
                if alias.lower() not in seen:
                    seen.add(alias.lower())
                    person.aliases.append(alias)
            if person.kind == "person" and any(_clean(r) in _FEMALE for role in person.roles for r in role.split()):
                person.gender = person.gender or "f"

    # -- lookups --------------------------------------------------------------------------------------------

    def person_at(self, paragraph: int, token_index: int) -> str | None:
        person = self._by_token.get((paragraph, token_index))
        return " ".join(person.name) if person is not None else None

    def records_names(self) -> list[str]:
        """Canonical names of the persons found, in order of first mention."""
        return [" ".join(p.name) for p in self._people if p.mentions]

    def organisation_names(self) -> list[str]:
        """Canonical names of the speaking organisations."""
        return [" ".join(p.name) for p in self._people if p.mentions and p.kind == "organisation"]

    def gender_of(self, name: str) -> str | None:
        for person in self._people:
            if " ".join(person.name) == name:
                return person.gender
        return None

    def roles_of(self, name: str) -> list[str]:
        for person in self._people:
            if " ".join(person.name) == name:
                return list(person.roles)
        return []

    def mentions_before(self, offset: int) -> Iterable[tuple[str, NameMention]]:
        """Person mentions before `offset`, nearest first."""
        stop = bisect.bisect_left(self._starts, offset)
        for i in range(stop - 1, -1, -1):
            _start, person, mention = self._ordered[i]
            if person.kind == "person":
                yield " ".join(person.name), mention

    def records(self) -> list[Person]:
        people: list[Person] = []
        for person in self._people:
            if not person.mentions:
                continue
            intro = person.introduction or (person.mentions[0].start, person.mentions[0].end)
            people.append(
                Person(
                    name=" ".join(person.name),
                    kind="organisation" if person.kind == "organisation" else "person",
                    aliases=person.aliases,
                    roles=person.roles,
                    mentions=[
                        Span(text=self._text[m.start : m.end], start=m.start, end=m.end) for m in person.mentions
                    ],
                    introduction=Span(text=self._text[intro[0] : intro[1]], start=intro[0], end=intro[1]),
                )
            )
        return people


def _role_phrase(head: Token, exclude: Token | None) -> list[Token]:
    """A role noun phrase ("The AIMIM President", "president of the NAACP") without the name it describes."""
    skip = {t.i for t in exclude.subtree} if exclude is not None else set()
    tokens = [t for t in head.subtree if t.i not in skip and t.dep_ not in {"relcl"}]
    relcl = {t.i for c in head.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    tokens = [t for t in tokens if t.i not in relcl]
    tokens.sort(key=lambda t: t.i)
    # Keep the contiguous run that contains the head.
    run: list[Token] = []
    for token in tokens:
        if run and token.i != run[-1].i + 1:
            if head.i <= run[-1].i:
                break
            run = []
        run.append(token)
    while run and (run[0].is_punct or run[0].dep_ == "det" or run[0].lower_ in {"the", "a", "an"}):
        run = run[1:]
    while run and run[-1].is_punct and run[-1].text != ")":
        run = run[:-1]
    return run


def _role_noun(token: Token) -> bool:
    """A noun that can head a role: "president", "an oceanographer" — not "Operation Sindoor"."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and _clean(token.text) in TITLE_WORDS)


def _roles_for(head: Token, chain: list[Token], para_text: str) -> tuple[list[str], tuple[int, int] | None]:
    """Roles from appositives around a name, and the extent of the introducing phrase."""
    roles: list[str] = []
    extent: tuple[int, int] | None = None
    chain_ids = {t.i for t in chain}
    candidates: list[tuple[Token, Token | None]] = []
    if head.dep_ == "appos" and head.head.i not in chain_ids and _role_noun(head.head):
        candidates.append((head.head, head))
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i not in chain_ids:
            candidates.append((child, None))
    for role_head, excluded in candidates:
        phrase = _role_phrase(role_head, excluded)
        if not phrase or not any(t.pos_ in {"NOUN", "PROPN"} for t in phrase):
            continue
        if any(t.ent_type_ == "PERSON" for t in phrase):
            continue
        doc = head.doc
        text = para_text[phrase[0].idx : phrase[-1].idx + len(phrase[-1].text)]
        if len(phrase) > 14:
            # "a former mayor of Nice and currently president of …": the first of coordinated roles.
            cut = next((c.i for c in role_head.children if c.dep_ == "cc" and c.i > role_head.i), None)
            phrase = [t for t in phrase if cut is None or t.i < cut]
            if not phrase or len(phrase) > 14:
                continue
            text = para_text[phrase[0].idx : phrase[-1].idx + len(phrase[-1].text)]
        acronym = _ACRONYM_ROLE.match(text)
        if acronym:
            # The short form first ("AIMIM President"), so a reader showing one role shows the readable one.
            roles.append(f"{acronym.group('acr')} {acronym.group('rest')}")
        roles.append(text)
        lo = min(phrase[0].i, chain[0].i)
        hi = max(phrase[-1].i, chain[-1].i)
        extent = (doc[lo].idx, doc[hi].idx + len(doc[hi].text))
    return roles, extent


# Nouns for people that the title list does not hold: an appositive "a journalist" makes a name a person.
_PERSON_NOUNS = frozenset(
    {"native", "resident", "witness", "mother", "father", "son", "daughter", "wife", "husband", "brother"}
    | {"sister", "widow", "victim", "survivor", "student", "activist", "analyst", "economist", "lawyer"}
    | {"pilot", "nurse", "doctor", "priest", "pastor", "expert", "veteran", "citizen", "parent", "owner"}
    | {"official", "aide", "adviser", "advisor", "candidate", "spokesman", "spokeswoman", "spokesperson"}
    | {"friend", "neighbour", "neighbor", "colleague", "relative", "cousin", "uncle", "aunt", "grandmother"}
    | {"grandfather", "boy", "girl", "man", "woman", "teenager", "child", "chef", "artist", "athlete"}
    | {"executive", "representative", "detective", "head"}
)
# Nouns ending like an agent ("-er", "-or", "-ant", "-ee") that name businesses, things or events, not people:
# "the lender", "the regulator", "the incident", "the paper", "the committee". Every "-ment" ("government",
# "statement") is left out by its ending, so none is listed.
_NOT_PEOPLE = frozenset(
    {"lender", "carrier", "retailer", "provider", "manufacturer", "maker", "producer", "operator", "broadcaster"}
    | {"publisher", "insurer", "developer", "supplier", "distributor", "exporter", "importer", "miner", "refiner"}
    | {"brewer", "builder", "regulator", "monitor", "tracker", "server", "browser", "computer", "container"}
    | {"tanker", "trawler", "freighter", "charter", "center", "centre", "parent"}
    | {"incident", "accident", "event", "percent", "extent", "intent", "content", "talent", "component", "descent"}
    | {"paper", "number", "letter", "matter", "order", "border", "corner", "power", "water", "quarter", "chapter"}
    | {"error", "factor", "sector", "floor", "door", "color", "colour", "mirror", "motor", "vector", "honor"}
    | {"committee", "degree", "fee", "plant", "grant", "restaurant", "register"}
)
_AGENT_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman", "person", "ee")


def person_noun(token: Token) -> bool:
    """A common noun for a person ("journalist", "former mayor", "a Nice native"), not for a business."""
    word = token.lemma_.lower() if token.tag_ == "NNS" else token.lower_
    if token.pos_ not in {"NOUN", "PROPN"} or word in _NOT_PEOPLE:
        return False
    if word in TITLE_WORDS or word in _PERSON_NOUNS:
        return True
    return len(word) > 4 and word.endswith(_AGENT_SUFFIXES) and not word.endswith("ment")


def described_as_person(head: Token) -> bool:
    """An appositive after the name that names a person: "Maryam Violet, an Iranian journalist, …"."""
    return any(c.dep_ == "appos" and c.i > head.i and c.pos_ == "NOUN" and person_noun(c) for c in head.children)


_ROLE_PHRASE_WORDS = frozenset({"of", "the", "for", "and", "-", "'s", "’s"})


def _role_before(chain: Sequence[Token]) -> list[Token] | None:
    """The role phrase a name is set off after by commas: "The mayor of Port Aven, Sofia Petrakis, declared …"
    → "mayor of Port Aven". The model often parses such a name as one more place ("Port Aven, Sofia
    Petrakis"); the commas around it and a person noun before them say it is the role's holder."""
    doc = chain[0].doc
    comma = chain[0].i - 1
    after = chain[-1].i + 1
    if comma < 1 or doc[comma].text != "," or (after < len(doc) and doc[after].text not in {",", ".", ";"}):
        return None
    k = comma - 1
    while k >= 0 and doc[k].sent == chain[0].sent:
        token = doc[k]
        if token.pos_ == "NOUN" and token.text.islower() and person_noun(token):
            lo = k
            while lo > 0 and doc[lo - 1].dep_ in {"amod", "compound"} and doc[lo - 1].pos_ in {"ADJ", "NOUN", "PROPN"}:
                lo -= 1
            phrase = [doc[i] for i in range(lo, comma)]
            return phrase if any(t.pos_ == "PROPN" for t in phrase) or k == comma - 1 else None
        if token.pos_ == "PROPN" or token.lower_ in _ROLE_PHRASE_WORDS:
            k -= 1
            continue
        return None
    return None


def _mentions(doc: Doc, paragraph: int, offset: int, quoted: Regions) -> list[tuple[NameMention, list[Token]]]:
    found: list[tuple[NameMention, list[Token]]] = []
    seen: set[int] = set()
    person_starts = {t.i: ent.start for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    for token in doc:
        if token.i in seen or token.pos_ != "PROPN":
            continue
        chain = name_chain(token)
        if not chain:
            continue
        seen.update(t.i for t in chain)
        ent_start = next((person_starts[t.i] for t in chain if t.i in person_starts), None)
        titles, name, honorific = _split_titles(chain, ent_start)
        if _clean(chain[-1].text) in INSTITUTION_WORDS:
            titles, name, honorific = [], list(chain), None  # "Justice Department", "Army Corps": no title
        name = [t for t in name if t.lower_ not in {"'s", "’s"}]
        if not name:
            continue
        labels = [t.ent_type_ for t in chain if t.ent_type_]
        label = "PERSON" if "PERSON" in labels else (labels[-1] if labels else "")
        start = offset + chain[0].idx
        end = offset + chain[-1].idx + len(chain[-1].text)
        is_quoted = quoted.covers(start)
        head = chain[-1]
        role = _role_before(chain) if len(name) > 1 else None
        # A full name introduced as a person ("…, a journalist", "The mayor of X, …") is one, whatever the
        # small model's label ("Maryam Violet" ORG), unless its last word makes it an institution.
        if (
            label != "PERSON"
            and len(name) > 1
            and _clean(name[-1].text) not in INSTITUTION_WORDS
            and (role is not None or described_as_person(head))
        ):
            label = "PERSON"
        found.append(
            (
                NameMention(
                    start=start,
                    end=end,
                    paragraph=paragraph,
                    tokens=tuple(t.i for t in chain),
                    name=tuple(name_words(name)),
                    titles=tuple(t.text for t in titles),
                    honorific=honorific,
                    label=label,
                    quoted=is_quoted,
                    subject=head.dep_ in {"nsubj", "nsubjpass"},
                    described=any(c.dep_ in {"appos", "relcl", "acl"} and c.i > head.i for c in head.children),
                    role_before=(offset + role[0].idx, offset + role[-1].idx + len(role[-1].text)) if role else None,
                ),
                chain,
            )
        )
    return found


def _surnames_tagged_as_nouns(
    doc: Doc, paragraph: int, offset: int, quoted: Regions, index: PersonIndex
) -> list[NameMention]:
    """A known person's surname the small model tagged as a common noun, mostly at a sentence start
    ("Reyes praised …", "Estrosi told …"): a capitalised word that is no English word in lower case there,
    and that is exactly the last word of a full name already found."""
    surnames = {p.name[-1] for p in index._people if len(p.name) > 1 and p.kind == "person"}
    found: list[NameMention] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.text not in surnames or not token.text[:1].isupper():
            continue
        start = offset + token.idx
        found.append(
            NameMention(
                start=start,
                end=start + len(token.text),
                paragraph=paragraph,
                tokens=(token.i,),
                name=(token.text,),
                titles=(),
                honorific=None,
                label="",
                quoted=quoted.covers(start),
                subject=token.dep_ in {"nsubj", "nsubjpass"},
            )
        )
    return [m for m in found if not m.quoted]


_HE = frozenset({"he", "him", "his", "himself"})
_SHE = frozenset({"she", "her", "hers", "herself"})


def _vote_genders(index: PersonIndex, docs: Sequence[Doc], offsets: Sequence[int], quoted: Regions) -> None:
    """Guess a person's gender from the pronouns in sentences that name only them ("Smith said she …")."""
    votes: dict[int, list[int]] = {}
    people: dict[int, _PersonBuilder] = {}
    for number, (doc, offset) in enumerate(zip(docs, offsets, strict=True)):
        for sent in doc.sents:
            named: dict[int, int] = {}
            for token in sent:
                person = index._by_token.get((number, token.i))
                if person is not None and not quoted.covers(offset + token.idx):
                    named.setdefault(id(person), token.i)
                    people[id(person)] = person
            if len(named) != 1:
                continue
            ((key, first),) = named.items()
            tally = votes.setdefault(key, [0, 0])
            for token in sent:
                if token.i > first and not quoted.covers(offset + token.idx):
                    if token.lower_ in _HE:
                        tally[0] += 1
                    elif token.lower_ in _SHE:
                        tally[1] += 1
    for key, (male, female) in votes.items():
        person = people[key]
        if person.gender is None and max(male, female) >= 1 and min(male, female) * 3 <= max(male, female):
            person.gender = "m" if male > female else "f"


# Last words that make a name a place or a thing, not a person: "Heathrow Airport", "Main Street".
PLACE_WORDS = frozenset(
    {"airport", "street", "avenue", "road", "river", "station", "square", "hospital", "university", "college"}
    | {"school", "stadium", "arena", "center", "centre", "hotel", "mountain", "lake", "island", "county", "museum"}
    | {"palace", "building", "prison", "beach", "ocean", "highway", "boulevard", "plaza", "mall", "harbour"}
    | {"harbor", "province", "district", "region", "republic", "kingdom", "mosque", "temple", "cathedral"}
)
# Last words of a company's, a medium's or an institution's name: "Acme Corp", "Delta Airlines".
COMPANY_WORDS = frozenset(
    {"inc", "corp", "corporation", "ltd", "llc", "plc", "co", "company", "group", "bank", "airlines", "airways"}
    | {"motors", "technologies", "labs", "media", "news", "times", "network", "holdings", "foundation"}
    | {"institute", "association", "party", "committee", "council", "ministry", "agency", "police"}
)
# Last words of an institution's name whose first words look like titles ("Justice Department").
INSTITUTION_WORDS = (
    COMPANY_WORDS
    | PLACE_WORDS
    | frozenset({"department", "office", "court", "commission", "service", "administration", "senate", "house"})
    | frozenset({"corps", "force", "command", "bureau", "board", "authority", "union", "campaign"})
)
# Online platforms a statement is posted on ("said in a series of Twitter messages", "wrote on Facebook"): the
# model often calls them persons; they are things, or organisations when they act ("Facebook activated …").
PLATFORMS = frozenset(
    {"twitter", "facebook", "instagram", "youtube", "tiktok", "whatsapp", "telegram", "snapchat", "reddit"}
    | {"linkedin", "weibo", "wechat", "bluesky", "mastodon", "threads", "truth social", "periscope", "tumblr"}
    | {"google", "skype", "zoom", "signal", "x"}
)
_CAPTION = re.compile(
    r"\b(?:AP Photo|AFP Photo|Photo:|Photograph:|Picture:|Image:|Getty Images|File photo|Pictured|Credit:|"
    r"Photo by|Photo credit|Share on|Share this|Click to share|Tweet this|Email this)",
    re.IGNORECASE,
)


def _in_caption(chain: Sequence[Token], captions: set[int]) -> bool:
    """A name inside a photo caption, a credit or share buttons: in one of the `captions` paragraphs (by doc
    id: their text has caption words), or in a sentence with no finite verb ("Share on Facebook", "Ann Smith /
    Reuters")."""
    return id(chain[0].doc) in captions or not any(t.tag_ in FINITE_OR_MODAL_TAGS for t in chain[0].sent)


def _drop_non_persons(index: PersonIndex, is_speaker: Callable[[NameMention], bool]) -> None:
    """A name the model once called a person but that names a place, a company or a thing: mostly labelled
    otherwise, or ending in "Airport", "Street", "Corp". It stays (as an organisation) only when it speaks."""
    for person in list(index._people):
        if person.kind != "person" or not person.mentions:
            continue
        last = person.name[-1].lower()
        thing = last in PLACE_WORDS or last in COMPANY_WORDS or " ".join(person.name).lower() in PLATFORMS
        mislabelled = 2 * sum(m.label == "PERSON" for m in person.mentions) < len(person.mentions)
        titled = any(m.honorific or m.titles for m in person.mentions)
        if titled and not thing:
            continue
        speaks = any(is_speaker(m) and not m.quoted for m in person.mentions)
        if speaks and thing:
            person.kind = "organisation"
        elif not speaks and (thing or mislabelled):
            index.discard(person)


def build_persons(
    text: str,
    docs: Sequence[Doc],
    offsets: Sequence[int],
    quoted: Sequence[tuple[int, int]],
    speakers: set[tuple[int, int]],
    *,
    headline: int | None = None,
) -> PersonIndex:
    """Cluster the article's name mentions into persons.

    `quoted` are regions (quotations, embedded posts) whose names alone do not make someone a person;
    `speakers` are (paragraph, token) heads of cue subjects, which count as persons or organisations;
    `headline` is a title-cased headline paragraph, whose capitalised words name nobody new.
    """
    index = PersonIndex(text)
    all_mentions: list[tuple[NameMention, list[Token]]] = []
    regions = Regions(quoted)
    for number, (doc, offset) in enumerate(zip(docs, offsets, strict=True)):
        all_mentions.extend(_mentions(doc, number, offset, regions))

    def is_speaker(mention: NameMention) -> bool:
        return any((mention.paragraph, i) in speakers for i in mention.tokens)

    # Full names the model calls PERSON seed the persons, in article order.
    for mention, _chain in all_mentions:
        if mention.label == "PERSON" and not mention.quoted and len(mention.name) > 1 and mention.paragraph != headline:
            index.add(mention, allow_new=True)
    for mention, _chain in all_mentions:
        if (
            mention.label == "PERSON"
            and not mention.quoted
            and len(mention.name) == 1
            and mention.paragraph != headline
        ):
            index.add(mention, allow_new=True)
    for number, (doc, offset) in enumerate(zip(docs, offsets, strict=True)):
        if number != headline:
            for mention in _surnames_tagged_as_nouns(doc, number, offset, regions, index):
                index.add(mention, allow_new=False)
    seeded = {id(m) for p in index._people for m in p.mentions}
    # Everything else joins an existing person, or stands alone when it speaks. Speakers go first, so that a
    # full name the model mislabelled ("Carly Fiorina" as ORG) still joins the "Fiorina" who speaks later.
    rest = [(m, c) for m, c in all_mentions if id(m) not in seeded]
    rest.sort(key=lambda item: not (is_speaker(item[0]) and not item[0].quoted))
    for mention, chain in rest:
        speaking = is_speaker(mention) and not mention.quoted
        person = index.add(mention, allow_new=speaking and mention.paragraph != headline)
        if (
            person is not None
            and speaking
            and len(person.mentions) == 1
            and mention.label in {"ORG", "GPE", "NORP", "FAC", "LOC"}
        ):
            person.kind = "organisation"
        del chain
    _drop_non_persons(index, is_speaker)
    # Roles from appositives and the introducing phrase: the first mention in a sentence of the story itself,
    # not a photo caption, a credit or share buttons.
    captions = {id(doc) for doc in docs if _CAPTION.search(doc.text)}  # `Doc.text` is rebuilt on every call
    for mention, chain in sorted(all_mentions, key=lambda item: _in_caption(item[1], captions)):
        person = index._by_token.get((mention.paragraph, mention.tokens[0]))
        if person is None:
            continue
        para_start = offsets[mention.paragraph]
        para_end = offsets[mention.paragraph + 1] if mention.paragraph + 1 < len(offsets) else len(text)
        roles, extent = _roles_for(chain[-1], chain, text[para_start:para_end])
        if mention.role_before is not None and not roles:
            roles.append(text[mention.role_before[0] : mention.role_before[1]])
            extent = (mention.role_before[0] - para_start, mention.end - para_start)
        for role in roles:
            person.add_role(role)
        if person.introduction is None and not mention.quoted:
            offset = offsets[mention.paragraph]
            person.introduction = (offset + extent[0], offset + extent[1]) if extent else (mention.start, mention.end)
    _vote_genders(index, docs, offsets, regions)
    index.finish()
    return index
