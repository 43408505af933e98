"""Where a reported content ends, on character offsets: cut at an aside or at the circumstances of the
saying, run on across a sentence break the parser invented or a colon, and stay on the cue's line.

The parse gives a first guess at a content's extent; annotators (and readers) draw the line by punctuation
and by what the words after it do, which these rules read from the text itself.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .candidates import Offsets
from .cues import NOUN_CUES, REPLY_NOUNS, is_cue_lemma
from .spans import trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "across_colon",
    "across_dash",
    "across_false_split",
    "across_restrictive_relative",
    "after_announcing_noun",
    "before_circumstance",
    "before_comparison",
    "before_dash",
    "before_quoted_sentence",
    "on_cue_line",
    "past_inserted_cue",
]

_QUOTE_CHARS = "\"“”'‘’«»"

_ASIDE = re.compile(r"\s(?:—|--|―|–)\s|;\s|,[”\"]?\s(?:which|who|whom|whose)\s")

_MIN_WORDS_BEFORE_ASIDE = 3
_MAX_SET_OFF_WORDS = 6  # ", though culturally conservative," is a set-off phrase; a longer stretch is a clause
# After a spaced dash, these open an aside about what came before, however short the content: "their support
# — who cited her years …".
_RELATIVE_AFTER = re.compile(r"(?:which|who|whom|whose)\b")

# A dash that goes on to examples or a further item of the same content is no aside: "options for blocking
# him — including a third-party candidate", "modest achievements — like helping the uninsured".
# Words after the cue's clause that go on with the content it interrupted: a joining word (left out of the
# content), or a word that opens the rest of the content itself ("…, officials insist, because policing has
# changed", "…, the Times said, including speeches"; an infinitive, below, the same).
_JOINING_AFTER_CUE = frozenset({"and", "but", "or", "so"})
_GOING_ON_AFTER_CUE = _JOINING_AFTER_CUE | {"including", "because"}

_DASH_AFTER = re.compile(r"\s+(?:—|--|―|–)\s+")
# A condition after a dash limits the claim itself ("would not rule out a tax - only if it were neutral"), and
# "for instance" gives an example of it.
_DASH_GOING_ON = re.compile(
    r"(?:including|like|such as|especially|particularly|notably|and|or|from|even|not only"
    r"|for instance|for example|if|only if|even if|unless|as long as)\b",
    re.IGNORECASE,
)

_QUOTE_THEN_CIRCUMSTANCE = re.compile(
    r"[”\"](?=,?\s+(?:during|after|before|when|while|since|until|amid|following|meaning|last|earlier|yesterday|today"
    r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)"
)

# ", according to …" credits what comes before it to another source: the content ends there. A concession
# (", despite …") is not listed: it is part of the claim ("schools are full, despite the new ones"); nor is
# ", where …", which describes a place the content names ("ahead of the vote in Iowa, where turnout is low").
_COMMA_THEN_CIRCUMSTANCE = re.compile(
    r",\s+(?:when|although|though|after|before|while|whereas|aside from|even as|until|unless|according to)\s"
)


def across_false_split(pieces: list[Offsets], doc: Doc, starts: list[int], offset: int, text: str) -> list[Offsets]:
    """A content cut short by a sentence boundary the parser put mid-sentence runs on to the real end."""
    start, end = pieces[-1]
    at = bisect.bisect_left(starts, end - offset)
    following = doc[at] if at < len(doc) else None
    if following is None or following.is_punct or not following.is_sent_start:
        return pieces
    if not (following.text[:1].islower() or following.pos_ in {"PROPN", "PRON", "NOUN"}):
        return pieces
    before = text[end : offset + following.idx]
    if before.strip() or text[start:end].rstrip("\"”’'").endswith((".", "?", "!")):
        return pieces  # a quotation closed after a full stop ends the sentence
    stop = offset + following.sent.end_char
    return [*pieces[:-1], trim(text, start, stop)]


# A relative clause with no comma before it, after at most a short time phrase: "a coup at the convention in
# July that would elevate him", "challenges in Asia that span …".
_RESTRICTIVE_RELATIVE = re.compile(r"\s+(?:in\s+[A-Z]\w+(?:\s+\d+)?\s+)?(?:that|who|whom|which)\s+(?=\w)")
_CLAUSE_BREAK = re.compile(r",\s|;|\s(?:—|--|―|–|-)\s|\(")


def across_restrictive_relative(
    pieces: list[Offsets], doc: Doc, starts: list[int], offset: int, text: str
) -> list[Offsets]:
    """A content that stops right before a relative clause with no comma runs on to the clause's end: the clause
    picks out the thing the content names ("favoring a coup at the convention in July that would elevate
    him"), wherever the parser hung it. It ends at the next comma, dash, semicolon or parenthesis."""
    start, end = pieces[-1]
    found = _RESTRICTIVE_RELATIVE.match(text, end)
    if found is None or any(mark in text[start:end] for mark in _QUOTE_CHARS):
        return pieces
    at = bisect.bisect_left(starts, found.end() - offset)
    if at >= len(doc) or doc[at].is_punct:
        return pieces
    stop = offset + doc[at].sent.end_char
    broken = _CLAUSE_BREAK.search(text, found.end(), stop)
    stop = broken.start() if broken is not None else stop
    added = [t for t in doc[at:] if offset + t.idx < stop]
    if any(t.text in _QUOTE_CHARS or (t.pos_ in {"VERB", "AUX"} and is_cue_lemma(t.lemma_.lower())) for t in added):
        return pieces
    return [*pieces[:-1], trim(text, start, stop)]


def across_colon(pieces: list[Offsets], doc: Doc, starts: list[int], offset: int, text: str) -> list[Offsets]:
    """A content that stops at a colon goes on to what the colon announces ("one thing: his party could not
    lose a vote"), unless a quotation follows (the speaker's own words, a separate quote)."""
    start, end = pieces[-1]
    if text[end : end + 2] != ": ":
        return pieces
    at = bisect.bisect_left(starts, end + 2 - offset)
    if at >= len(doc) or doc[at].text[:1] in _QUOTE_CHARS or doc[at].is_punct:
        return pieces
    stop = offset + doc[at].sent.end_char
    return [*pieces[:-1], trim(text, start, stop)]


_ANNOUNCING_NOUNS = NOUN_CUES | REPLY_NOUNS
_MAX_ANNOUNCING_WORDS = 8


def after_announcing_noun(pieces: list[Offsets], doc: Doc, starts: list[int], offset: int, text: str) -> list[Offsets]:
    """A content that opens with the noun phrase of a statement and its colon starts after the colon: "is
    rolling out a new campaign message: “It's about me.”", "sent the council an unmistakable message: the
    cuts must stop". The phrase only names the saying; what it announces is the content."""
    if len(pieces) != 1:
        return pieces
    start, end = pieces[0]
    colon = text.find(": ", start, end)
    if colon == -1 or any(mark in text[start:colon] for mark in _QUOTE_CHARS):
        return pieces
    at = bisect.bisect_left(starts, start - offset)
    phrase = [t for t in doc[at:] if offset + t.idx < colon]
    if not phrase or len(phrase) > _MAX_ANNOUNCING_WORDS or phrase[-1].pos_ != "NOUN":
        return pieces
    if phrase[-1].lemma_.lower() not in _ANNOUNCING_NOUNS or any(t.pos_ in {"VERB", "AUX"} for t in phrase):
        return pieces
    announced = trim(text, colon + 1, end)
    return [announced] if announced[1] > announced[0] else pieces


def across_dash(pieces: list[Offsets], doc: Doc, starts: list[int], offset: int, text: str) -> list[Offsets]:
    """A content that stops at a dash going on to examples or a further item ("so many of the things she
    believed — from Obama being …, to …") runs on to the closing dash or the end of the sentence."""
    start, end = pieces[-1]
    dash = _DASH_AFTER.match(text, end)
    if dash is None or not _DASH_GOING_ON.match(text, dash.end()):
        return pieces
    at = bisect.bisect_left(starts, dash.end() - offset)
    if at + 1 >= len(doc) or doc[at + 1].is_punct:
        return pieces  # "… bad — and" with nothing after the going-on word
    stop = offset + doc[at].sent.end_char
    closing = text.find(dash.group().strip(), dash.end(), stop)
    stop = closing if closing != -1 else stop
    # "Jones said the deal was bad — and Smith said it was worse": what follows is another statement.
    added = [t for t in doc[at:] if offset + t.idx < stop]
    if any(t.text in _QUOTE_CHARS or (t.pos_ in {"VERB", "AUX"} and is_cue_lemma(t.lemma_.lower())) for t in added):
        return pieces
    return [*pieces[:-1], trim(text, start, stop)]


def past_inserted_cue(pieces: list[Offsets], cue: Token, offset: int, text: str) -> list[Offsets]:
    """A content that the cue interrupts goes on after it: "The middle fifth paid 8.9 percent, the agency said,
    and those in the bottom fifth paid 0.8 percent", "…, the Times said, including speeches", "Nor does she have
    plans, aides say, to raise taxes", "…, officials insist, because …". Not when what
    follows reports again ("…, she said, and added that …") or either side quotes."""
    start, end = pieces[0][0], pieces[-1][1]
    if any(mark in text[max(start - 1, 0) : end + 1] for mark in _QUOTE_CHARS):
        return pieces
    if end > offset + cue.idx or not text[end : offset + cue.idx].lstrip().startswith(","):
        return pieces
    sent = cue.sent
    doc = cue.doc
    comma = next((t for t in doc[cue.i + 1 : sent.end] if t.text == ","), None)
    if comma is None or comma.i + 2 >= sent.end:
        return pieces
    going_on = doc[comma.i + 1]
    infinitive = going_on.tag_ == "TO" and doc[comma.i + 2].tag_ == "VB"  # "plans, aides say, to raise taxes"
    if going_on.lower_ not in _GOING_ON_AFTER_CUE and not infinitive:
        return pieces
    rest = doc[comma.i + 1 : sent.end]
    own = comma.i + 2 if infinitive else -1  # "her job, she said, to explain the rules": the content's verb
    if any(
        t.text in _QUOTE_CHARS or (t.i != own and t.pos_ in {"VERB", "AUX"} and is_cue_lemma(t.lemma_.lower()))
        for t in rest
    ):
        return pieces
    first = doc[comma.i + 2] if going_on.lower_ in _JOINING_AFTER_CUE else going_on
    added = trim(text, offset + first.idx, offset + sent.end_char)
    return [*pieces, added] if added[1] > added[0] else pieces


def before_dash(pieces: list[Offsets], text: str, inside: Mapping[int, int] | None = None) -> list[Offsets]:
    """Cut a content at an aside: a spaced dash ("… a suburb — a metaphor for …"), a semicolon, or a
    non-restrictive relative clause (", which …") unless the content goes on after it (`inside`: where
    each relative clause set off inside its sentence opens → where the sentence resumes)."""
    inside = inside or {}
    if not pieces:
        return pieces
    start, end = pieces[-1]
    match = None
    resume = start
    for found in _ASIDE.finditer(text, start, end):
        if found.start() < resume or inside.get(found.start(), end) < end:
            continue
        if found.group().strip() in {"—", "--", "―", "–"} and _DASH_GOING_ON.match(text, found.end()):
            resume = _closing_dash(text, found, end) or resume
            continue
        closing = _closing_dash(text, found, end)
        if closing is None:
            match = found
            break
        resume = closing
    if match is None:
        return pieces
    if len(text[start : match.start()].split()) < _MIN_WORDS_BEFORE_ASIDE and not _RELATIVE_AFTER.match(
        text, match.end()
    ):
        return pieces  # a short content ("their support — …") is cut only before a relative clause
    cut = match.start()
    if text[cut : cut + 2] in {",”", ',"'}:
        cut += 2  # "the “War On Drugs,” which …": the quotation closes before the aside
    if text.count("“", start, cut) != text.count("”", start, cut):
        return pieces
    return [*pieces[:-1], trim(text, start, cut)]


def _closing_dash(text: str, opening: re.Match[str], end: int) -> int | None:
    """Where an aside between two dashes closes when the statement goes on after it ("the cost — and
    the risks — of the plan"), else None."""
    dash = opening.group().strip()
    if dash not in {"—", "--", "―", "–"}:
        return None
    close = text.find(dash, opening.end(), end)
    if close == -1 or re.search(r"[.!?;]\s", text[opening.end() : close]):
        return None
    after = close + len(dash)
    return after if any(ch.isalnum() for ch in text[after:end]) else None


def before_circumstance(pieces: list[Offsets], text: str) -> list[Offsets]:
    """Cut a content after its quoted words when what follows says when or why they were said, not what:
    "described Clinton as a “disgrace” after she attacked …", "called it a “crazy system” during a stop"."""
    if not pieces:
        return pieces
    start, end = pieces[-1]
    # The parse may leave the opening mark just outside the content (“That makes me smart,” when …).
    opened = start - 1 if start > 0 and text[start - 1] in '“"' else start
    for match in _QUOTE_THEN_CIRCUMSTANCE.finditer(text, start, end):
        cut = match.start() + 1
        if text.count("“", opened, cut) == text.count("”", opened, cut) and text.count('"', opened, cut) % 2 == 0:
            return [*pieces[:-1], (start, cut)]
    if any(mark in text[start:end] for mark in _QUOTE_CHARS):
        return pieces
    return _cut_before_comma_phrase(pieces, text, _COMMA_THEN_CIRCUMSTANCE)


# A figure set against another after a comma: "…, compared with 41 percent for Smith", "…, well above the $8.04
# analysts expected". Not "…, less than half of …" or "…, down from …": the train guard keeps those in the content.
# Or the same said of others, with the verb before its subject: "…, as have other Democrats", "…, as was the case".
_COMMA_THEN_COMPARISON = re.compile(
    r",\s+(?:compared\s+(?:with|to)|well\s+(?:above|below)|as\s+(?:have|has|had|did|does|do|was|is|were|are))\s"
)


def before_comparison(pieces: list[Offsets], text: str) -> list[Offsets]:
    """Cut a content before the writer's comparison of its figure with another: "52 percent said Smith would be
    better, compared with 41 percent for Jones" reports the 52 percent; the comparison is the writer's setting.
    So is a comparison with others who did the same: "said she wants an inquiry, as have other Democrats"."""
    if not pieces:
        return pieces
    return _cut_before_comma_phrase(pieces, text, _COMMA_THEN_COMPARISON)


def _cut_before_comma_phrase(pieces: list[Offsets], text: str, phrase: re.Pattern[str]) -> list[Offsets]:
    """End the last piece before the first ", <phrase>" that follows enough words, is not set off inside the
    content, and stands outside any quotation."""
    start, end = pieces[-1]
    for match in phrase.finditer(text, start, end):
        cut = match.start()
        if len(text[start:cut].split()) < _MIN_WORDS_BEFORE_ASIDE or _set_off(text, match, end):
            continue
        if text.count("“", start, cut) == text.count("”", start, cut) and text.count('"', start, cut) % 2 == 0:
            return [*pieces[:-1], trim(text, start, cut)]
    return pieces


def _set_off(text: str, match: re.Match[str], end: int) -> bool:
    """A short phrase closed by a second comma, with the content going on after it, sits inside the content:
    "Trump, even as a candidate, had elevated the dangers", "the email scandal, while troublesome, was dealt
    with". Not "according to": that credits another source."""
    if match.group().split()[1] == "according":
        return False
    close = text.find(",", match.end(), end)
    if close == -1:
        return False
    phrase = text[match.end() : close]
    if len(phrase.split()) > _MAX_SET_OFF_WORDS or any(mark in phrase for mark in ";:—–()"):
        return False
    return any(ch.isalnum() for ch in text[close + 1 : end])


# A sentence that ends and a quotation that opens the next one: "…, was simple. ''Just put your money …''".
_SENTENCE_THEN_QUOTATION = re.compile(r"(?<=[.!?])\s+(?=(?:''|``|“|\")[A-Z0-9])")


def before_quoted_sentence(pieces: list[Offsets], text: str) -> list[Offsets]:
    """Cut a content at the end of its sentence when a quotation opens the next: the parser, misled by the
    quote marks (typewriter \'\' above all), ran the two sentences into one, and the quotation is a statement
    of its own ("The solution, the partner told them, was simple. \'\'Just put your money in Vanguard,\'\'")."""
    if not pieces:
        return pieces
    start, end = pieces[-1]
    for match in _SENTENCE_THEN_QUOTATION.finditer(text, start, min(end + 3, len(text))):
        cut = match.start()
        if cut >= end:
            break
        before = text[start:cut]
        balanced = before.count("“") == before.count("”") and before.count('"') % 2 == 0 and before.count("''") % 2 == 0
        if balanced and any(ch.isalnum() for ch in before):
            return [*pieces[:-1], trim(text, start, cut)]
    return pieces


def on_cue_line(pieces: list[Offsets], text: str, cue_at: int) -> list[Offsets]:
    """Clip content to the line of its cue: a parse can run on across a line break into the next block."""
    line_start = text.rfind("\n", 0, cue_at) + 1
    line_end = text.find("\n", cue_at)
    if line_end == -1:
        line_end = len(text)
    clipped: list[Offsets] = []
    for start, end in pieces:
        start, end = trim(text, max(start, line_start), min(end, line_end))
        if end > start and any(ch.isalnum() for ch in text[start:end]):
            clipped.append((start, end))
    return clipped
