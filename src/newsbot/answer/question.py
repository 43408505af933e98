"""What a question asks, decided with regular expressions only (the query path must not load spaCy).

Commands ("/who", "/when EVENT", "/quotes NAME", "/source 3", "/who@botname …") and free text map onto one
`Question`: its intent, the text to retrieve with, and the content terms and proper-noun-looking words the
abstention checks need. Names are resolved later, against the article's own persons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .terms import SPEECH_STEMS, STANCE_STEMS, STOPWORDS, content_terms, stem, words
from .verbs import asked_verb

__all__ = ["MAX_QUESTION_CHARS", "Intent", "Question", "asks_for_credits", "parse_question"]

MAX_QUESTION_CHARS = 1000  # longer input is truncated: no real question needs more, and encoding stays cheap

Intent = Literal["who", "when", "what", "cast", "timeline", "quotes", "source", "credits", "help", "empty"]

_COMMAND = re.compile(r"^/(?P<name>[A-Za-z_]+)(?:@[A-Za-z0-9_]+)?(?=\s|$)\s*(?P<rest>.*)$", re.S)
_WHO = re.compile(r"^(?:and\s+|so\s+)?(?:who|whom|whose|who's)\b", re.I)
_WHEN = re.compile(
    r"^(?:and\s+|so\s+)?(?:when\b|(?:on\s+|at\s+|in\s+)?(?:what|which)\s+(?:date|day|month|year|week|time)\b|"
    r"how\s+long\s+ago\b)",
    re.I,
)
_WORD_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NUMBER = re.compile(r"\d+")
_COMMANDS = {"who": "who", "when": "when", "quotes": "quotes", "quote": "quotes", "source": "source",
             "help": "help", "start": "help", "what": "what", "ask": "what"}  # fmt: skip

# Who reported or wrote the article itself: "which agency reported this?", "who wrote this article?".
_THIS = r"(?:this|it|(?:the|this)\s+(?:article|story|report|piece|news|item|text))\b"
_MEDIUM = (
    r"(?:news\s+|wire\s+|press\s+)?(?:agency|agencies|wire(?:\s+service)?|outlets?|news\s+(?:organi[sz]ation|service)"
    r"|newspapers?|publications?|media(?:\s+outlets?)?)"
)
_END = r"(?:\s+(?:first|originally))?\s*[?.!]*\s*$"  # "who reported it to the police?" asks something else
_CREDITS = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:"
    rf"(?:which|what)\s+{_MEDIUM}\s+(?:first\s+)?(?:reported|wrote|published|filed|carried|broke)\s+{_THIS}{_END}"
    rf"|(?:which|what)\s+{_MEDIUM}\s+(?:is|was|does|did)\s+{_THIS}\s+(?:come\s+)?from\b"
    rf"|(?:which|what)\s+{_MEDIUM}\s+(?:is|are|was|were)\s+(?:credited|cited\s+as\s+(?:the\s+)?sources?)\b"
    rf"|who\s+(?:first\s+)?(?:reported|wrote|writes|authored|filed|published|broke)\s+{_THIS}{_END}"
    r"|who\s+(?:is|was|are|were)\s+(?:the\s+)?(?:authors?|reporters?|journalists?|writers?|correspondents?)"
    rf"(?:\s+(?:of|for|behind)\s+{_THIS})?\s*[?.!]*\s*$"
    rf"|(?:where|what\s+source)\s+(?:is|was|does|did)\s+{_THIS}\s+(?:come\s+)?from\b"
    r"|(?:who|what)\s+(?:is|are|were)\s+(?:the\s+)?(?:article|story|report)['’]?s\s+(?:sources?|authors?|reporters?)\b"
    r"|(?:what|which)\s+sources?\s+(?:does|did)\s+(?:this|the\s+(?:article|story|report))\s+(?:credit|cite|name)\b"
    r")",
    re.I,
)


def asks_for_credits(body: str) -> bool:
    """Whether a free question asks who reported or wrote the article itself (not who did something in it)."""
    return _CREDITS.match(body) is not None


@dataclass(frozen=True)
class Question:
    """A parsed question.

    `body` is what follows the command (or the whole free text); `query` is what gets embedded (the body with
    the command's own question word put back, so "/who defended X" reads "who defended X").
    """

    raw: str
    intent: Intent
    command: str | None
    body: str
    query: str
    terms: tuple[str, ...]
    entities: tuple[str, ...]
    speech: bool  # asks about something said ("who said", "when did X tweet")
    entity_surfaces: tuple[str, ...] = ()
    number: int | None = None
    unknown_command: bool = False
    stance: bool = False  # asks about a stance taken ("who backed X", "who criticised Y")
    verb: str | None = None  # the main verb of a "did/does/will …" question ("buy" in "when did X buy Y")

    @property
    def saying(self) -> bool:
        """Asks about something said or a stance taken in words: statements answer it."""
        return self.speech or self.stance

    @property
    def is_bare(self) -> bool:
        """A command with nothing after it: "/who" alone asks for the cast."""
        return not self.body.strip()


def _clean(text: str) -> str:
    text = text.replace("\x00", " ")
    text = re.sub(r"<[^>]{0,200}>", " ", text)  # HTML tags carry no question
    text = re.sub(r"\s+", " ", text).strip()
    return text[:MAX_QUESTION_CHARS]


def _entities(body: str, *, command: bool) -> dict[str, str]:
    """Capitalised words not at the start of a sentence, and acronyms: the names a question depends on.

    Maps the lower-cased word to its surface form.
    """
    out: dict[str, str] = {}
    for m in _WORD_TOKEN.finditer(body):
        word = m.group(0)
        lower = word.lower().replace("’", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
        if lower in STOPWORDS or (len(lower) < 2 and word != "X"):
            continue
        before = body[: m.start()].rstrip()
        sentence_start = (not before and not command) or (bool(before) and before[-1] in '.?!:;"“(/')
        acronym = len(word) >= 2 and word.isupper() and word.isalpha()
        if (word[0].isupper() and not sentence_start) or acronym:
            out.setdefault(lower, word)
    return out


def parse_question(raw: str) -> Question:
    """Parse any input, however odd, into a `Question`; never raises."""
    text = _clean(raw if isinstance(raw, str) else str(raw))
    command: str | None = None
    unknown = False
    body = text
    m = _COMMAND.match(text)
    if m is not None:
        name = m.group("name").lower()
        body = m.group("rest").strip()
        if name in _COMMANDS:
            command = _COMMANDS[name]
        else:
            command, unknown = "help", True
    intent: Intent
    number: int | None = None
    query = body
    if command == "help":
        intent = "help"
    elif command == "source":
        intent = "source"
        num = _NUMBER.search(body)
        number = int(num.group(0)[:6]) if num else None
    elif command == "quotes":
        intent = "quotes"
    elif command == "who":
        intent = "cast" if not body else "who"
        if body and not _WHO.match(body):
            query = f"who {body}"
    elif command == "when":
        intent = "timeline" if not body else "when"
        if body and not _WHEN.match(body):
            query = f"when {body}"
    elif not body:
        intent = "empty"
    elif asks_for_credits(body):
        intent = "credits"
    elif _WHO.match(body):
        intent = "who"
    elif _WHEN.match(body):
        intent = "when"
    else:
        intent = "what"
    prefix = _WHEN.match(body) or _WHO.match(body)
    asked = body[prefix.end() :] if prefix else body
    all_words = words(body)
    entities = _entities(body, command=command in ("who", "when", "quotes"))
    speech = any(stem(w) in SPEECH_STEMS for w in all_words)
    stance = any(stem(w) in STANCE_STEMS for w in all_words)
    return Question(
        raw=raw if isinstance(raw, str) else str(raw),
        intent=intent,
        command=command,
        body=body,
        query=query,
        terms=tuple(content_terms(asked)),
        entities=tuple(entities),
        entity_surfaces=tuple(entities.values()),
        speech=speech,
        stance=stance,
        verb=asked_verb(body) if intent in ("who", "when", "what") else None,
        number=number,
        unknown_command=unknown,
    )
