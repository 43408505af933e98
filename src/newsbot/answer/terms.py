"""Words as the answer layer compares them: tokenised, lower-cased, crudely stemmed.

Query analysis must stay fast (no spaCy on the query path), so matching uses a small suffix-stripping stemmer
that maps the inflections news text uses ("defended", "defends", "defending") onto one key. It only has to
be consistent between the question and the article, not linguistically right.
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "QUESTION_WORDS",
    "SAYING_STEMS",
    "SPEECH_STEMS",
    "STANCE_STEMS",
    "STOPWORDS",
    "content_terms",
    "stem",
    "tokens",
    "words",
]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren't",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "didn't",
        "do",
        "does",
        "doesn't",
        "doing",
        "don't",
        "down",
        "during",
        "each",
        "either",
        "else",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "get",
        "gets",
        "got",
        "had",
        "has",
        "hasn't",
        "have",
        "haven't",
        "having",
        "he",
        "he'd",
        "he's",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "i'd",
        "i'm",
        "i've",
        "if",
        "in",
        "into",
        "is",
        "isn't",
        "it",
        "it's",
        "its",
        "itself",
        "just",
        "let",
        "me",
        "more",
        "most",
        "much",
        "must",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "per",
        "please",
        "same",
        "she",
        "she's",
        "should",
        "shouldn't",
        "so",
        "some",
        "such",
        "than",
        "that",
        "that's",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "there's",
        "these",
        "they",
        "they're",
        "this",
        "those",
        "through",
        "thus",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "via",
        "was",
        "wasn't",
        "we",
        "we're",
        "were",
        "weren't",
        "what",
        "what's",
        "whatever",
        "when",
        "where",
        "which",
        "while",
        "who",
        "who's",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "won't",
        "would",
        "wouldn't",
        "you",
        "you're",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "tell",
        "told",
        "know",
        "say",
        "says",
        "said",
        "ask",
        "article",
        "story",
        "text",
        "news",
        "report",
        "quote",
        "quotes",
        "mention",
        "mentioned",
        "anyone",
        "someone",
        "somebody",
        "anybody",
        "thing",
        "things",
        "people",
        "person",
        "according",
    ]
)

QUESTION_WORDS = frozenset(
    [
        "who",
        "whom",
        "whose",
        "when",
        "what",
        "which",
        "where",
        "why",
        "how",
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
    ]
)


def words(text: str) -> list[str]:
    """The word tokens of `text`, lower-cased, apostrophes normalised."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


# Irregular past forms, so "when did they meet" finds "met" and "who won" finds "win".
_IRREGULAR = {
    past: base
    for base, forms in {
        "become": "became", "begin": "began begun", "break": "broke broken", "bring": "brought", "build": "built",
        "buy": "bought", "catch": "caught", "choose": "chose chosen", "come": "came", "drive": "drove driven",
        "fall": "fell fallen", "feel": "felt", "fight": "fought", "find": "found", "give": "gave given",
        "go": "went gone", "grow": "grew grown", "hold": "held", "keep": "kept", "know": "knew known",
        "lead": "led", "leave": "left", "lose": "lost", "make": "made", "meet": "met", "pay": "paid",
        "rise": "rose risen", "run": "ran", "say": "said", "see": "saw seen", "seek": "sought", "send": "sent",
        "sit": "sat", "sink": "sank sunk", "shoot": "shot", "flee": "fled", "speak": "spoke spoken", "stand": "stood", "strike": "struck", "take": "took taken",
        "teach": "taught", "tell": "told", "think": "thought", "throw": "threw thrown", "win": "won",
        "write": "wrote written", "die": "died dead death deaths",
        # nouns that name the act of a verb news questions use
        "defend": "defence defense defences", "criticise": "criticism criticisms", "elect": "election elections",
        "appoint": "appointment", "resign": "resignation", "arrest": "arrests",
    }.items()
    for past in forms.split()
}  # fmt: skip


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, consistent stem: "defended"/"defends"/"defending" → "defend", "briefings" → "brief"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = _IRREGULAR.get(w, w)
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, keep in (
        ("ically", 2), ("ations", 3), ("ation", 3), ("ingly", 3), ("ments", 4), ("ment", 4), ("ness", 3),
        ("ings", 3), ("ing", 3), ("ies", 2), ("ied", 2), ("edly", 3), ("ed", 3), ("es", 3), ("ly", 4),
        ("s", 3),
    ):  # fmt: skip
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            base = w[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return base + "y"
            if suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                return _drop_e(w[:-1])
            if suffix == "s" and base.endswith(("s", "u", "i")):
                return w
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "stopped" → "stop"
            return _drop_e(base)
    return _drop_e(w)


def _drop_e(word: str) -> str:
    stripped = word.rstrip("e")
    return stripped if len(stripped) >= 3 else word


def tokens(text: str) -> list[str]:
    """Stemmed word tokens of `text`, stopwords included (for indexing sentences)."""
    return [stem(w) for w in words(text)]


def content_terms(text: str) -> list[str]:
    """Stemmed content words of `text`, in order, without stopwords or duplicates."""
    seen: dict[str, None] = {}
    for w in words(text):
        if w in STOPWORDS or (w.isdigit() and len(w) < 3):
            continue
        seen.setdefault(stem(w), None)
    return list(seen)


# Verbs that report speech: a question using one asks about a statement, not an event.
_SPEECH_VERBS = (
    "say tell describe call write post tweet confirm claim add state announce warn argue deny insist explain speak "
    "comment remark react respond reply quote urge ask talk"
)
# Verbs of a stance usually taken in words (backing, praising, attacking someone): "who backed X" is answered
# by a statement, but "when did X endorse Y" may be an event.
_STANCE_VERBS = (
    "accuse blame praise criticise criticize defend back support endorse slam blast condemn oppose welcome thank "
    "applaud hail laud stand champion reject dismiss mock challenge attack promise vow"
)
SPEECH_STEMS = frozenset(stem(word) for word in _SPEECH_VERBS.split())
STANCE_STEMS = frozenset(stem(word) for word in _STANCE_VERBS.split())
SAYING_STEMS = SPEECH_STEMS | STANCE_STEMS
