"""Statements introduced by a label and a colon rather than a verb.

Two layouts: transcript turns (`PENCE: Well, look, …`, with unlabelled paragraphs continuing the turn)
and headlines that name their source before a colon (`Poll: Wealthy Voters Abandon …`). The colon is the
cue, the label the source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .cues import NOUN_CUES
from .first_names import gender_of_first_name
from .rubrics import heads_contact, is_note, is_rubric

__all__ = ["Label", "find_headline", "find_kicker", "find_notes", "find_turns"]

_TURN = re.compile(
    r"(?P<open>[\"“]?)(?P<name>(?:[A-Z][A-Z.'’-]+)(?:[ \t][A-Z][A-Z.'’-]+){0,3})(?P<colon>:)[ \t\u00a0]+(?P<body>\S)"
)
_NOTE = re.compile(r"(?P<label>[A-Za-z][A-Za-z'’ -]{0,20}?)[ \t]*:")
_PAIRING = frozenset({"and", "&", "vs", "vs.", "v.", "versus"})
_STATEMENT_NOUNS = NOUN_CUES | {"editorial", "poll", "survey", "study", "audit", "review", "analysis", "ruling"}
_HEADLINE = re.compile(r"(?P<source>[^:.!?\n]{2,60}?)[ \t]*(?P<colon>:)[ \t\u00a0]+(?P<body>\S[^\n]*)")
_FROM = re.compile(r"[A-Za-z]+(?: [a-z]+)? from (?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})")
_MAX_HEADLINE = 220
_MAX_SOURCE_WORDS = 6
_MAX_QUOTING_LABEL_WORDS = 8
_OPENING_MARKS = "\"“‘'"
_CLOSING_MARKS = "\"”’'"
_CLOSING = "\"”'’"
_NOTE_ENDS = frozenset(".!?")
_SENTENCE_OPENERS = '.!?\n"“‘:—―'
_LINE_CLOSERS = frozenset(";.!?" + _CLOSING)
_ADDRESS = re.compile(r"[^\s@]+@[^\s@]+\.\w+")
_MAX_CONTACT_WORDS = 6
_HEADLINE_SMALL = frozenset({"on", "of", "the", "a", "an", "to", "for", "and", "in", "at", "about", "with", "vs"})


@dataclass(frozen=True)
class Label:
    """A labelled statement: its fragments (one per paragraph), the label and the colon."""

    fragments: tuple[tuple[int, int], ...]
    name: tuple[int, int]
    colon: tuple[int, int]
    turn: bool = True  # a transcript turn (verbatim speech) rather than a headline


def _trim_end(text: str, start: int, end: int, *, keep_quote: bool) -> int:
    while end > start and text[end - 1] in (" \t\u00a0.;" if keep_quote else " \t\u00a0"):
        end -= 1
    if not keep_quote:
        while end > start and text[end - 1] in _CLOSING and text.count(text[end - 1], start, end) % 2 == 1:
            end -= 1
    return end


def find_turns(text: str, lines: Sequence[tuple[int, int]], body: int = 0) -> list[Label]:
    """Transcript turns: an upper-case speaker label, then the words up to the next label.

    A transcript is a dialogue: with fewer than two different labels the lone `EMAIL:` or `STAT OF THE WEEK:`
    is a heading, not a speaker. A turn on a line before `body` (the headline's, read by `find_headline`) is
    not returned, but its speaker still counts: `TRUMP: …` / `CLINTON: …` with no title is a dialogue.
    """
    turns: list[Label] = []
    current: list[tuple[int, int]] = []
    name = colon = (0, 0)
    style = ""

    def close() -> None:
        if current:
            turns.append(Label(tuple(current), name, colon))

    for start, end in lines:
        match = _TURN.match(text, start, end)
        if match is not None and _speaker_label(match.group("name")):
            close()
            name = (match.start("name"), match.end("name"))
            colon = (match.start("colon"), match.end("colon"))
            style = match.group("open")
            body_start = match.start("body")
            current = [(body_start, _trim_end(text, body_start, end, keep_quote=False))]
            continue
        if current and style and text.startswith(style, start):
            body_start = start + len(style)
            current.append((body_start, _trim_end(text, body_start, end, keep_quote=False)))
            continue
        close()
        current = []
    close()
    turns = [t for t in turns if t.fragments and all(b > a for a, b in t.fragments)]
    speakers = {" ".join(text[t.name[0] : t.name[1]].split()) for t in turns}
    return [t for t in turns if t.name[0] >= body] if len(speakers) >= 2 else []


def _speaker_label(name: str) -> bool:
    """A name of letters, never a newspaper's heading (`UPDATE`, `WATCH`)."""
    return len(name) > 1 and any(ch.isalpha() for ch in name) and not is_rubric(name)


def _capitalised(words: Sequence[str]) -> bool:
    return all(w[:1].isupper() or w.lower() in _HEADLINE_SMALL for w in words if any(c.isalpha() for c in w))


def _names_a_statement(words: Sequence[str]) -> bool:
    """`IG report: …`, `WSJ editorial: …`, `Democrats' new warning: …`: a named author's statement."""
    return len(words) > 1 and words[0][:1].isupper() and words[-1].lower() in _STATEMENT_NOUNS


def _named_below(text: str, words: Sequence[str], body: int) -> bool:
    """Whether a word of a title-cased label is a name: an acronym ("AP", "WSJ"), a first name ("Ann Coulter:"
    over her own column), or a word the article below the headline `text[body:]` also capitalises inside a
    sentence, where only names keep their capitals ("Pat Caddell: …"; not "Stealth Over Health: …")."""
    below = text[body:]
    for word in words:
        word = word.removesuffix("'s").removesuffix("’s").strip("'’")
        if not word or word.lower() in _HEADLINE_SMALL:
            continue
        if (len(word) > 1 and word.isupper()) or gender_of_first_name(word) is not None:
            return True
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", below):
            before = found.start() - 1
            while before >= 0 and below[before] in " \t\u00a0":
                before -= 1
            if before >= 0 and below[before] not in _SENTENCE_OPENERS:
                return True
    return False


def _told_below(text: str, words: Sequence[str], body: int) -> bool:
    """Whether the article below the headline uses a word of the label as a common word, lower-cased
    ("Stealth Over Health:" over an article on her health): the label is a phrase about the story."""
    below = text[body:]
    for word in words:
        if word.lower() in _HEADLINE_SMALL or not word.isalpha():
            continue
        if re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w-])", below):
            return True
    return False


def _speaker_like(text: str, words: Sequence[str], body: int) -> bool:
    """A title-cased label of a source: one word ("Insiders:", "Poll:"), a statement noun at its end ("IG
    Report:"), a name that the article below uses as one, or a heading of the paper's that the article
    never words ("News Guide:", "Morning Email:"), rather than a phrase about the story told in its words."""
    if len(words) == 1 or words[-1].lower() in _STATEMENT_NOUNS:
        return True
    return _named_below(text, words, body) or not _told_below(text, words, body)


def _sender(text: str, label: tuple[int, int]) -> tuple[int, int] | None:
    """The name in a label that says whose words follow: "A lesson from Loretta Lynch: '…'" → Loretta Lynch."""
    found = _FROM.fullmatch(text, *label)
    if found is None or not _capitalised(found.group("name").split()):
        return None
    return found.start("name"), found.end("name")


def _asks_about(body: str) -> bool:
    """`Ted Cruz: Conservative or career politician?`: a question the paper asks about the label, unless
    the label's own words are quoted."""
    quoted = body[:1] in "\"“‘'" or any(mark in body for mark in '"“')
    return body.endswith("?") and not quoted


def _wholly_quoted(body: str) -> bool:
    """`'You're being ridiculous.'` after the colon: the headline's words are all somebody's quotation."""
    return len(body) > 2 and body[0] in _OPENING_MARKS and body[-1] in _CLOSING_MARKS


def _quoter(text: str, label: tuple[int, int], body: int) -> tuple[int, int] | None:
    """The name that opens a sentence-cased label over a quotation ("Mayor Diaz scolds the council: '…'" →
    Mayor Diaz), when the article below the headline (from `body`) uses it as a name."""
    start, end = label
    run_end = start
    for word in re.finditer(r"\S+", text[start:end]):
        if not word.group()[0].isupper():
            break
        run_end = start + word.end()
    for possessive in ("'s", "’s", "'", "’"):
        if text.endswith(possessive, start, run_end):
            run_end -= len(possessive)
            break
    words = text[start:run_end].split()
    if not words or not _named_below(text, words, body):
        return None
    return start, run_end


def find_headline(text: str, first: tuple[int, int]) -> Label | None:
    """A headline `Source: words` in the first paragraph, when it is short; on the first line of a headline
    with its summary on the next one (`Clinton: Trump's view is 'wrong';` / `In speech to AIPAC, …`), when
    that line closes: a line broken inside a sentence (`Smith: We will build the wall and` / `pay for it.`)
    is no headline of its own."""
    start, end = first
    line_end = text.find("\n", start, end)
    if line_end != -1:
        if text[start:line_end].rstrip()[-1:] not in _LINE_CLOSERS:
            return None
        end = line_end
    if end - start > _MAX_HEADLINE:
        return None
    match = _HEADLINE.match(text, start, end)
    if match is None:
        return None
    source = match.group("source")
    words = source.split()
    if not words or len(words) > _MAX_QUOTING_LABEL_WORDS or "," in source or is_rubric(source):
        return None
    if not any(ch.isalpha() for ch in source):
        return None  # "2016: The Year of the Outsider", "9/11: Twenty Years Later": a date or a figure, nobody
    if any(w.lower() in _PAIRING for w in words):
        return None  # "Netanyahu and Obama: A tortured relationship" is about both, said by neither
    name = (match.start("source"), match.end("source"))
    body_start = match.start("body")
    body_end = _trim_end(text, body_start, end, keep_quote=True)
    quoting = _quoter(text, name, first[1]) if _wholly_quoted(text[body_start:body_end]) else None
    if len(words) > _MAX_SOURCE_WORDS and (quoting is None or _capitalised(words)):
        return None
    if not _capitalised(words) and not _names_a_statement(words):
        name = _sender(text, name) or quoting or (0, 0)
        if name == (0, 0):
            return None
    elif _capitalised(words) and not _speaker_like(text, words, first[1]):
        return None
    if body_end <= body_start or _asks_about(text[body_start:body_end]):
        return None
    return Label(((body_start, body_end),), name, match.span("colon"), turn=False)


def find_kicker(text: str, first: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a rubric that heads the headline, up to its colon ("Revealed:", "WATCH:"): the paper's
    heading, so its word is no cue ("Revealed: More Than 100 Delegates …" reveals nothing of anybody's)."""
    match = _HEADLINE.match(text, *first)
    if match is None or not is_rubric(match.group("source")):
        return None
    return match.start("source"), match.end("colon")


def find_notes(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that are the paper's notes on the article (`CLARIFICATION: The first sentence has been …`,
    `BYLINE: Jane Roe`): nothing in them is anybody's statement. A note goes on over the lines after it up to
    the next blank line while its sentence is unfinished (`Editor's note: Donald Trump regularly⏎incites⏎political
    violence …`, a note whose links broke it into lines); a note that ends its sentence ends its line, since
    articles whose paragraphs are single lines go straight on with the story."""
    notes: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(lines):
        match = _NOTE.match(text, start, end)
        if match is None or not is_note(label := match.group("label")):
            continue
        if heads_contact(label):
            if _is_contact(text[match.end() : end]):
                notes.append((start, end))
            continue
        for next_start, next_end in lines[k + 1 :]:
            if text[end:next_start].strip(" \t\u00a0\r") != "\n" or not text[next_start:next_end].strip():
                break
            if text[start:end].rstrip().rstrip(_CLOSING)[-1:] in _NOTE_ENDS:
                break  # a note that ends its sentence ends there: the next line is the article's own
            end = next_end
        notes.append((start, end))
    return notes


def _is_contact(words: str) -> bool:
    """What follows `BYLINE:` or `Email:` in a contact line: addresses and at most a short capitalised name
    before any comma ("jroe@paper.com", "By Jane Roe, staff writer"), not a sentence ("The mayor said …")."""
    name = _ADDRESS.sub(" ", words).split(",")[0].strip(" \t\u00a0.;").split()
    return len(name) <= _MAX_CONTACT_WORDS and _capitalised(name) and (bool(name) or _ADDRESS.search(words) is not None)
