"""The verb a question asks about ("When did the driver *buy* the truck?"), found without a parser, and the
words an article may use for it.

A question with "did/does/will …" puts its main verb in plain form right after the subject, and the verb is
followed by its object, a preposition, a name, a number or the end: "did | the driver | buy | the truck",
"did | Obama | visit | Tehran", "did | Islamic State attackers | kill | 32 people". When the article never
uses that verb (or a word of its family) where it talks of the rest of the question, it does not tell that
event, however well the names match. The query path must not load spaCy, so this is word-shape reasoning.
"""

from __future__ import annotations

import bisect
import re

from .terms import STOPWORDS, stem

__all__ = ["LIGHT_VERBS", "asked_verb", "family_terms", "relatives", "same_family"]


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TOKEN = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*\.?")
_WH = _set("who whom whose what which when where why how")
_AUX = _set("did does do will would can could should might may")
_DETERMINERS = _set("the a an his her their its this that these those our my your every each")
_PRONOUNS = _set("he she they it we you i")
_NUMBER_WORDS = _set(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds "
    "thousand thousands million millions dozen dozens several many few"
)
_TRAILING_ADVERBS = _set("first last again finally ever exactly really actually originally")
_MIN_ROOT = 3
_MAX_WH_WORDS = 5  # "How many Iranian men did …": the auxiliary comes within the first few words

# Verbs too general to say which event is meant ("when did it happen?", "when did they take over?").
LIGHT_VERBS = frozenset(
    stem(w) for w in _set("happen occur take make go come get do have be put give keep let seem become")
)

# Words news writes for the same act, by stem: a question's verb found as any of them is found.
_FAMILIES = [
    "buy purchase acquire",
    "sell sale",
    "visit trip tour travel",
    "die kill death dead fatal",
    "arrest detain custody",
    "begin start launch",
    "leave depart quit exit",
    "free release",
    "attack strike assault",
    "win victory",
    "marry wedding",
    "resign quit",
    "injure wound hurt",
    "hire employ",
]
_RELATIVES: dict[str, frozenset[str]] = {}
for _line in _FAMILIES:
    _stems = frozenset(stem(w) for w in _line.split())
    for _s in _stems:
        _RELATIVES[_s] = _RELATIVES.get(_s, frozenset()) | _stems


def relatives(verb_stem: str) -> frozenset[str]:
    """The stems of words news uses for the same act as `verb_stem`, itself included."""
    return _RELATIVES.get(verb_stem, frozenset()) | {verb_stem}


def family_terms(forms: frozenset[str], sorted_terms: list[str]) -> list[str]:
    """The stems of `sorted_terms` of the same word family as one of `forms`: the form itself, the stem the
    crude stemmer gives another inflection ("fre" of "freed" for "free"), or a noun made from it ("visitor",
    "winner"). A longer word that merely starts with the form is another word ("window", "winter" for "win";
    "star" is no "start")."""
    found: dict[str, None] = {}
    for form in sorted(forms):
        root = _root(form)
        i = bisect.bisect_left(sorted_terms, root)
        while i < len(sorted_terms) and sorted_terms[i].startswith(root):
            if same_family(sorted_terms[i], form):
                found.setdefault(sorted_terms[i], None)
            i += 1
    return list(found)


# Endings that make a noun of the doer or the act from a verb's stem, as stems ("departure" → "departur"):
# "visitor", "buyer", "winner", "departure", "arrival", "injury", "tourist", "tourism" ("detainee" already
# stems to "detain"; "injuries"/"injured" kept whole where a term was not stemmed).
_DERIVING = ("er", "or", "ur", "al", "y", "ies", "ied", "ist", "ism")


def _root(stem: str) -> str:
    """A stem without its final e ("free" and "fre" of "freed" meet at "fre"), never under two letters."""
    bare = stem.rstrip("e")
    return bare if len(bare) >= 2 else stem


def same_family(term: str, form: str) -> bool:
    """Whether two stems are of one word family: one root, one the other plus a deriving ending (with
    its last consonant doubled: "win" → "winner"), or one the other with its last letter doubled and nothing
    after ("travell" of "travelled" is "travel"). A root under three letters must match whole."""
    if term == form:
        return True
    a, b = _root(term), _root(form)
    if a == b:
        return len(a) >= 2 and len(term) >= 3 and len(form) >= 3
    short, long = (a, form) if len(a) <= len(b) else (b, term)
    if len(short) < _MIN_ROOT:
        return False
    doubled = short + short[-1]
    if long == doubled:
        return True
    return any(long.startswith(lead) and long[len(lead) :] in _DERIVING for lead in (short, doubled))


def _is_name(token: str) -> bool:
    return token[:1].isupper() or any(c.isdigit() for c in token)


def _plain(token: str) -> bool:
    """A lower-case word that can be part of a subject or be the verb (not a function word, name or number)."""
    low = token.lower()
    return (
        token.isalpha()
        and token.islower()
        and low not in STOPWORDS
        and low not in _NUMBER_WORDS
        and low not in _DETERMINERS
        and low not in _PRONOUNS
    )


def _plural(word: str) -> bool:
    """A plural noun by its ending; a verb after "did" is in plain form ("discuss", "focus" end otherwise)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def asked_verb(body: str) -> str | None:
    """The plain-form main verb of a "did/does/will …" question, lower-cased, or None when there is none to
    be sure of. "When did the driver buy the truck?" → "buy"; "When did Obama first visit Tehran?" → "visit";
    "When did the driver of the truck …" → None (the word after "the" is the subject's noun)."""
    tokens = _TOKEN.findall(body)
    aux = next((k for k, t in enumerate(tokens[: _MAX_WH_WORDS + 1]) if t.lower() in _AUX), None)
    if aux is None or (aux and tokens[0].lower() not in _WH and tokens[0].lower() not in ("and", "so")):
        return None
    rest = tokens[aux + 1 :]
    i, named = 0, False
    if i < len(rest) and rest[i].lower() in _PRONOUNS:
        i, named = i + 1, True
    else:
        if i < len(rest) and rest[i].lower() in _DETERMINERS:
            i += 1
        while i < len(rest) and _is_name(rest[i]):
            i, named = i + 1, True
    run: list[str] = []
    while i < len(rest) and _plain(rest[i]):
        run.append(rest[i].lower())
        i += 1
    needed = 1 if named else 2  # after "the" (or no subject word at all) the first plain word is the noun
    while named and len(run) > 1 and run[0] in _TRAILING_ADVERBS:
        run.pop(0)  # "did Obama first visit Tehran"
    if len(run) > needed and _plural(run[-1]):
        run.pop()  # a bare plural object: "did Misri brief reporters", "did the driver buy trucks"
    while len(run) > needed and (run[-1] in _TRAILING_ADVERBS or run[-1].endswith("ly")):
        run.pop()  # "did the ferry sink exactly"
    if len(run) < needed or run[-1] in _TRAILING_ADVERBS:
        return None
    if len(run) > needed and not (needed == 1 and len(run) == 2 and _plural(run[0])):
        # "did the driver buy gas", "does the law take effect": a bare object or a compound subject, which
        # word shape cannot tell apart; no verb is better than the wrong one (it would make us abstain).
        return None
    return run[-1]
