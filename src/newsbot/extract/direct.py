"""Direct speech: tying quotations to their cues, and joining the pieces of split and continued quotes.

A quotation that is the content of a parsed cue ("Misri said, “…”") takes that cue. Otherwise the nearest
speech verb in the same sentence, before the opening mark (`He said: “…”`) or after the closing one
(`“…,” he added`, `“…,” said Caddell`) is its cue, unless the quotation ends its sentence and that verb has
content of its own (`“….” Greene added that …`). A quotation with no cue of its own that follows a quoted
statement in the same paragraph continues it (`“…,” he said. “…”`), as does one sharing the same cue; so does
one after any statement whose attribution stands between the two (`Teachers are “…,” García said. “…”`), even
when the attribution quotes a title (`said on ABC’s “This Week.”`) or holds a statement of its own (`told the AP
after hinting that “…” could come`). A quotation opening a paragraph continues one whose attribution closed the
paragraph before (`“…,” he said.` / `“And …”`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .acts import is_act
from .candidates import Candidate, Regions
from .cues import CLAUSE_CUES, cue_tokens, has_own_complement, is_cue_lemma, is_speech_lemma
from .posts import DashByline
from .quote_tails import past_comparison
from .quotes import INVISIBLE_MARKS, QuoteLookup, QuoteSpan
from .spans import mention_span, subject_of
from .titles import is_title_case, names_a_work, titles_a_work
from .unlisted_cues import attribution_after, attribution_before_colon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["DocIndex", "attach_quotes"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_ONLY_THAT = re.compile(r"^[\W_]*(?:that)?[\W_]*$", re.IGNORECASE)
_MAX_GAP_BEFORE = 8  # words between a cue and the opening mark: "told reporters on Monday:"
_MAX_GAP_AFTER = 10  # words between the closing mark and the cue: ", Rep. Gwen Moore (D-Wis.) said"
_MAX_CONTINUATION_GAP = 14  # words between a quoted statement and a quotation that continues it
_MIN_STANDALONE_WORDS = 6
_MAX_SUBJECT_WORDS = 6
_MAX_ATTRIBUTION_GAP = 40


class DocIndex:
    """Maps article offsets to paragraph docs, tokens and sentences."""

    def __init__(self, docs: Sequence[Doc], offsets: Sequence[int]) -> None:
        self.docs = list(docs)
        self.offsets = list(offsets)
        self._token_starts = [[offset + t.idx for t in doc] for doc, offset in zip(docs, offsets, strict=True)]

    def paragraph_of(self, offset: int) -> int:
        """0-based index of the paragraph doc containing (or preceding) `offset`."""
        return max(0, bisect.bisect_right(self.offsets, offset) - 1)

    def token_at(self, offset: int) -> Token | None:
        index = self.paragraph_of(offset)
        starts = self._token_starts[index]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0 or not starts:
            return None
        return self.docs[index][i]

    def sentence_at(self, offset: int) -> tuple[int, Span] | None:
        token = self.token_at(offset)
        if token is None:
            return None
        return self.paragraph_of(offset), token.sent

    def article_offset(self, paragraph: int, token: Token) -> int:
        return self.offsets[paragraph] + token.idx


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _outside_text(text: str, start: int, end: int, quotes: Sequence[QuoteSpan]) -> str:
    pieces: list[str] = []
    cursor = start
    for q in quotes:
        if q.end <= start or q.start >= end:
            continue
        pieces.append(text[cursor : max(cursor, q.start)])
        cursor = max(cursor, q.end)
    pieces.append(text[cursor:end])
    return " ".join(pieces)


_LEAD_IN_BREAK = re.compile(r"(?:\s(?:-|--|—|–)|[:(])\s*$")


def _stop_at_lead_ins(cands: list[Candidate], breaks: list[tuple[int, int]], text: str, lookup: QuoteLookup) -> None:
    """A statement cued before a lead-in (`referenced the impact …: “…,” the union wrote`) ends at its break:
    the quotation after it is attributed to the cue that follows it."""
    for cand in cands:
        for at, opening in breaks:
            if cand.cue is None or cand.cue[1] > cand.start or not cand.start < at < opening < cand.end:
                continue
            cand.end = at
            cand.fragments = []
            if not lookup.overlapping(cand.start, cand.end):
                cand.kind = "indirect"


def _absorb(
    cand: Candidate, quotes: list[QuoteSpan], text: str, index: DocIndex, breaks: list[tuple[int, int]]
) -> list[QuoteSpan]:
    """Widen a parsed content to the quotations it touches and decide direct or mixed.

    Returns the quotations the statement now owns. When the cue sits between two quotations (a parse that
    took "“A,” he said. “B”" as one clause) only the quotations on the content's side are kept.
    """
    if cand.cue is not None and quotes:
        cue_at = cand.cue[0]
        before = [q for q in quotes if q.end <= cue_at]
        after = [q for q in quotes if q.start > cue_at]
        if before and not after and cand.end > cue_at:
            # `“Follow us,” she said, and the boys trailed behind`: what follows the cue is the writer's.
            quotes = before
            cand.end = max(q.end for q in before)
        first = min(before, key=lambda q: q.start) if before and not after else None
        lead_in = None if first is None else _LEAD_IN_BREAK.search(text, cand.start, first.start)
        if first is not None and lead_in is not None and cand.start < first.start:
            # `Nobody liked her - “Born rich,” Elkins said - but …`, `…a caveat: “…,” the source said`: the words
            # before the break are the writer's.
            cand.start = first.start
            breaks.append((lead_in.start(), first.start))
        elif before and after:
            inside_before = sum(cand.overlap(q.start, q.end) for q in before)
            inside_after = sum(cand.overlap(q.start, q.end) for q in after)
            if inside_before >= inside_after:
                quotes = before
                cand.end = min(cand.end, max(q.end for q in before))
            else:
                quotes = after
                cand.start = max(cand.start, min(q.start for q in after))
    resumes = _writer_resumes(cand, quotes, text, index)
    if resumes is not None:
        quotes = [q for q in quotes if q.end <= resumes.end]
        cand.end = resumes.end
    comment = _writer_comments(cand, quotes, text, index)
    if comment is not None:
        cand.end = comment
    else:
        cand.end = past_comparison(cand.start, cand.end, quotes, text, index)
    start = min([cand.start, *(q.start for q in quotes)])
    end = max([cand.end, *(q.end for q in quotes)])
    cand.start, cand.end = start, end
    outside = _outside_text(text, start, end, quotes)
    if _ONLY_THAT.match(outside):
        cand.kind = "direct"
        fragments = [f for q in quotes for f in q.fragments]
        cand.fragments = fragments if len(fragments) > 1 else []
    else:
        cand.kind = "mixed"
        cand.fragments = []
    return quotes


def _writer_resumes(cand: Candidate, quotes: list[QuoteSpan], text: str, index: DocIndex) -> QuoteSpan | None:
    """The quotation inside a content after which the writer takes over: one closed with a comma inside its
    marks and followed by a participle (`said the plan was “a disaster,” citing the cost`, `“…,” promising …`).
    The comma ends the quoted words; the participle is the reporter's account of what the speaker did."""
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.closed and quote.end < cand.end and _participle_after(quote.end, text, index):
            return quote
    return None


_COMMENT_AFTER = re.compile(r"([^,;:—–\"“”'(]{0,60}?)(?:,\s+(?:a|an|another)\s|\s(?:-|--|—|–)\s)")
_APPOSITIVE = re.compile(r"\s+(?:a|an|another)\s")
_SPACED_DASH = re.compile(r"\s(?:-|--|—|–)\s")


def _writer_comments(cand: Candidate, quotes: list[QuoteSpan], text: str, index: DocIndex) -> int | None:
    """Where the writer's comment on a quoted statement begins after its last quotation: an appositive to the
    whole statement (`said they would pay “slightly more” in taxes, an acknowledgment that …`, `called the
    remarks “racist,” an extraordinary indictment`) or a spaced dash (`it “risks higher inflation” - except
    that …`). Not a pair of dashes around an aside (`“every candidate” - including Cruz - favored …`, `the tax — as
    well as the “pause” — in that package`), nor a
    dash before the verb the quoted words are the subject of (`as “Pocahontas” - is an appealing strategy`).
    Returns the new end of the content, or None."""
    if cand.cue is None or cand.cue[1] > cand.start or not quotes:
        return None
    last = max(quotes, key=lambda q: q.end)
    if not last.closed or last.end >= cand.end:
        return None
    mark = 2 if text.startswith("''", last.end - 2) else 1
    if text[last.end - mark - 1] == "," and _APPOSITIVE.match(text, last.end, cand.end):
        return last.end
    found = _COMMENT_AFTER.match(text, last.end, cand.end)
    if found is None:
        return None
    at = found.end(1)
    if text[at] != ",":
        opened = len(_SPACED_DASH.findall(text, cand.start, last.start)) % 2 == 1
        if opened or _SPACED_DASH.search(text, found.end(), cand.end):
            return None  # the dash closes or opens an aside inside the content
        after = index.token_at(found.end())
        if after is not None and after.pos_ in {"VERB", "AUX"} and after.tag_ != "VBG":
            return None
    return at


def _participle_after(end: int, text: str, index: DocIndex) -> bool:
    """`text[:end]` closes a quotation with a comma inside its marks, and a participle follows (`“…,” citing`)."""
    mark = 2 if text.startswith(("''", "``"), end - 2) else 1
    if text[end - mark - 1 : end - mark] != "," or text[end - 1] not in "”\"'»":
        return False
    after = end
    while after < len(text) and text[after] in " \t\u00a0":
        after += 1
    token = index.token_at(after)
    return token is not None and token.tag_ == "VBG" and index.article_offset(index.paragraph_of(after), token) == after


def _cue_candidate(
    token: Token, paragraph: int, quote: QuoteSpan, index: DocIndex, text: str, origin: str
) -> Candidate:
    offset = index.offsets[paragraph]
    cue_words = cue_tokens(token)
    cue = (offset + cue_words[0].idx, offset + cue_words[-1].idx + len(cue_words[-1].text))
    subject = subject_of(token)
    sent = token.sent
    anchor = (offset + sent.start_char, offset + sent.end_char)
    # The parser may end a sentence inside the quotation ("…Indiana! #Trump2016" on Friday"): the date after it
    # still governs the cue, so the anchor runs to the end of the sentence where the quotation closes.
    closing = index.sentence_at(quote.end - 1)
    if closing is not None and closing[0] == paragraph:
        anchor = (min(anchor[0], quote.start), max(anchor[1], offset + closing[1].end_char))
    return Candidate(
        start=quote.start,
        end=quote.end,
        kind="direct",
        paragraph=paragraph + 1,
        origin=origin,
        fragments=list(quote.fragments) if len(quote.fragments) > 1 else [],
        cue=cue,
        cue_token=token,
        speaker_token=subject,
        mention=mention_span(subject, offset) if subject is not None else None,
        date_anchor=anchor,
    )


_QUOTE_ONLY_CUES = frozenset(
    {"continue", "begin", "start", "conclude", "go", "tweet", "post", "write", "quip", "sing", "chant", "read"}
)
_STANDALONE_BEFORE = frozenset(".!?:;,—–-([{\"“”'‘’«»\n")


def _is_cue_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in {"VERB", "AUX"} and (
        is_speech_lemma(lemma) or lemma in CLAUSE_CUES or lemma in _QUOTE_ONLY_CUES
    )


def _embedded(text: str, quote: QuoteSpan) -> bool:
    """A quotation used as a noun inside a sentence ("on “Fox News Sunday,”", "as “intolerable”")."""
    i = quote.start - 1
    while i >= 0 and (text[i] in " \t\u00a0" or text[i] in INVISIBLE_MARKS):
        i -= 1
    if i < 0 or text[i] in _STANDALONE_BEFORE:
        return False
    j = i
    while j >= 0 and (text[j].isalnum() or text[j] in "'’-"):
        j -= 1
    word = text[j + 1 : i + 1].lower()
    return word not in _LEAD_INS and not word.endswith("ly")


_LEAD_INS = frozenset({"that", "saying", "says", "said", "say", "adding", "added", "wrote", "writes", "asked", "asks"})


_SOURCE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_SOURCE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_MIN_EMBEDDED_CONTENT_WORDS = 2
_NOT_COMPLEMENT = frozenset({"conj", "cc", "punct", "advcl", "parataxis", "relcl", "npadvmod"})
_CLAUSE_END = re.compile(r"[;:]|\s(?:—|--|―|–|-)\s|,\s")
_PLACE_PREPS = frozenset({"on", "in", "at", "from", "by", "with", "into", "onto", "during", "under", "aboard"})


def _under_place_phrase(first: Token, verb: Token) -> bool:
    """The quotation sits inside a phrase of place or accompaniment hung on the verb ("placed it in a separate
    “liquidating trust”", "greeted with chants of “Bobby!”"): a name or a sound, not the source's words."""
    for token in [first, *first.ancestors]:
        if token.i == verb.i or token.dep_ in _CLAUSE_DEPS:
            return False  # a clause of its own inside the phrase ("a game who is “working the referees”")
        if token.dep_ == "prep" and token.lower_ in _PLACE_PREPS:
            return True
    return False


_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "pcomp", "csubj"})


def _embedded_candidate(
    quote: QuoteSpan,
    index: DocIndex,
    text: str,
    lookup: QuoteLookup,
    reported_cues: set[tuple[int, int]],
    made: dict[tuple[int, int], Candidate],
) -> Candidate | None:
    """A quotation inside a person's predicate (`Cruz exhorted delegates to “vote their conscience”`).

    The verb is rarely in a cue list (exhort, liken, laud, brand …), but a source quoting someone's words
    inside its own predicate attributes them to that source: the content runs from after the verb to the
    closing mark.
    """
    if len(quote.fragments) > 1 or not quote.closed:
        return None
    first = index.token_at(quote.start + 1)
    if first is None:
        return None
    paragraph = index.paragraph_of(quote.start)
    offset = index.offsets[paragraph]
    before = first.doc[first.i - 1] if first.i > 0 else first
    while before.i > 0 and before.is_punct:
        before = first.doc[before.i - 1]
    if before.pos_ == "ADP" and before.lower_ in _PLACE_PREPS:
        return None  # "appeared on “Meet the Press”": a title or a name, not words
    if before.pos_ in {"NOUN", "PROPN"} and is_title_case(text[quote.start : quote.end]):
        return None  # "her new documentary “The Long Road”": a title
    last = index.token_at(quote.end - 2)
    if last is not None and last.head.i > last.i and offset + last.head.idx >= quote.end:
        return None  # "his “Keep It Real” program": a name for the noun that follows
    verb = next((t for t in first.ancestors if t.pos_ == "VERB" and lookup.covering(offset + t.idx) is None), None)
    if verb is None or verb.i > first.i or (paragraph + 1, verb.i) in reported_cues:
        return None
    if _under_place_phrase(first, verb):
        return None
    verb_end = offset + verb.idx + len(verb.text)
    quoted, after = text[quote.start : quote.end], text[quote.end : quote.end + 40]
    if names_a_work(verb, text[verb_end : quote.start], quoted, after, _is_cue_verb(verb)):
        return None  # "CBS renewed “Hawaii Five-0”": the name of a work, not anyone's words
    earlier = made.get((paragraph + 1, verb.i))
    if earlier is not None:  # “…” and then “…”: one more piece of the same predicate
        earlier.end = max(earlier.end, quote.end)
        return None
    subject = subject_of(verb)
    if subject is None and verb.tag_ not in {"VBG", "VBN"}:
        return None
    if is_act(verb, subject):
        return None  # "wore a “Vote Local” cap", "took the stage to “Born to Run”": an act, not words
    if subject is not None and not (
        subject.ent_type_ in _SOURCE_ENTS or subject.lower_ in _SOURCE_PRONOUNS or subject.pos_ in {"PROPN", "NOUN"}
    ):
        return None
    cue_words = cue_tokens(verb)
    cue = (offset + cue_words[0].idx, offset + cue_words[-1].idx + len(cue_words[-1].text))
    start = cue[1]
    while start < quote.start and text[start] in " \t\u00a0":
        start += 1
    # What a passive verb says of its subject counts it as an active one does its object: "it was labeled
    # “Mostly True”" holds the same content as "labeled it “Mostly True”".
    passive = sum(1 for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i)
    end = quote.end
    tail = [
        t
        for c in verb.children
        if c.i > verb.i and c.dep_ not in _NOT_COMPLEMENT
        for t in c.subtree
        if offset + t.idx >= quote.end
    ]
    if tail:
        reach = offset + max(t.idx + len(t.text) for t in tail)
        stop = _CLAUSE_END.search(text, quote.end, reach)
        limit = stop.start() if stop is not None else reach
        nxt = lookup.overlapping(quote.end, limit)
        if not nxt:
            end = max(end, limit)  # "likened the refugees to a “vicious snake” in a song about …"
            while end > quote.end and text[end - 1] in " ,.;:":
                end -= 1
    # The words after the quotation that complete the predicate count too ("specified “Christian” as …").
    outside = _words(text[start : quote.start]) + _words(text[quote.end : end])
    if outside + quote.words(text) + passive < _MIN_EMBEDDED_CONTENT_WORDS + 1:
        return None
    sent = verb.sent
    cand = Candidate(
        start=start,
        end=end,
        kind="mixed" if start < quote.start else "direct",
        paragraph=paragraph + 1,
        origin="embedded",
        cue=cue,
        cue_token=verb,
        speaker_token=subject,
        mention=mention_span(subject, offset) if subject is not None else None,
        date_anchor=(offset + sent.start_char, offset + sent.end_char),
    )
    made[(paragraph + 1, verb.i)] = cand
    return cand


def _cue_before(quote: QuoteSpan, index: DocIndex, lookup: QuoteLookup, text: str) -> tuple[int, Token] | None:
    found = index.sentence_at(quote.start)
    if found is None:
        return None
    paragraph, sent = found
    offset = index.offsets[paragraph]
    best: Token | None = None
    for token in sent:
        at = offset + token.idx
        if at >= quote.start:
            break
        if _is_cue_verb(token) and lookup.covering(at) is None:
            best = token
    if best is None:
        return None
    gap = text[offset + best.idx + len(best.text) : quote.start]
    if lookup.overlapping(offset + best.idx + len(best.text), quote.start):
        return None
    if _words(gap) > _MAX_GAP_BEFORE or not re.search(r"[:,]\s*$|^\s*$|that\s*$", gap):
        return None
    return paragraph, best


def _cue_after(quote: QuoteSpan, index: DocIndex, lookup: QuoteLookup, text: str) -> tuple[int, Token] | None:
    last_start, last_end = quote.fragments[-1]
    del last_start
    found = index.sentence_at(max(quote.start, last_end - 1))
    if found is None:
        return None
    paragraph, sent = found
    offset = index.offsets[paragraph]
    for token in sent:
        at = offset + token.idx
        if at < quote.end:
            continue
        if lookup.covering(at) is not None:
            return None
        if _is_cue_verb(token):
            gap = text[quote.end : at]
            if _words(gap) > _MAX_GAP_AFTER or _says_its_own(token, quote, text):
                return None
            return paragraph, token
    if offset + sent.end_char <= quote.end + 1:
        return _cue_opening_next(quote, index, lookup, text)
    return None


_SENTENCE_END = frozenset(".?!…")


def _says_its_own(verb: Token, quote: QuoteSpan, text: str) -> bool:
    """A cue after a quotation that ends its sentence, and that has content of its own, opens the next statement.

    `“… everywhere.” Greene added that the Fed …`, `“… all yours.” He added: “…”`: the quotation belongs to
    the attribution before it; `“Why?” she asked.` keeps its cue. An object counts as content only after a
    full stop (`“… state.” She noted a rally …`), not after a question (`“Why?” she asked the crowd.`), and
    never the listener of a verb of telling (`“… anywhere.” Smith told reporters on Monday.`).
    """
    closing = text[quote.start : quote.end].rstrip("\"”»'’ \n")
    if not closing or closing[-1] not in _SENTENCE_END:
        return False
    colon = any(c.i > verb.i and c.dep_ == "punct" and c.text == ":" for c in verb.children)
    return colon or has_own_complement(verb, objects=closing[-1] == ".")


def _cue_introducing_line(
    quote: QuoteSpan, index: DocIndex, lookup: QuoteLookup, text: str
) -> tuple[int, Token] | None:
    """`Caddell continued:` on its own line, then the quotation in the next paragraph."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    if text[line_start : quote.start].strip():
        return None
    before = text[:line_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    found = index.sentence_at(colon)
    if found is None:
        return None
    paragraph, sent = found
    offset = index.offsets[paragraph]
    cues = [t for t in sent if _is_cue_verb(t) and lookup.covering(offset + t.idx) is None]
    if not cues or _words(text[offset + cues[-1].idx + len(cues[-1].text) : colon]) > _MAX_GAP_BEFORE:
        return None
    return paragraph, cues[-1]


def _cue_opening_next(quote: QuoteSpan, index: DocIndex, lookup: QuoteLookup, text: str) -> tuple[int, Token] | None:
    """`“You winning?” she said, …` split into two sentences by the parser: the cue opens the next one."""
    cursor = quote.end
    while cursor < len(text) and text[cursor] in " \t\u00a0":
        cursor += 1
    if cursor >= len(text) or text[cursor] == "\n" or lookup.covering(cursor) is not None:
        return None
    found = index.sentence_at(cursor)
    if found is None:
        return None
    paragraph, sent = found
    offset = index.offsets[paragraph]
    for token in list(sent)[:_MAX_SUBJECT_WORDS]:
        if offset + token.idx < cursor:
            continue
        if _is_cue_verb(token):
            return None if _says_its_own(token, quote, text) else (paragraph, token)
        if token.pos_ not in {"PROPN", "PRON", "DET", "NOUN", "ADJ", "PUNCT"}:
            return None
    return None


def _byline_lines(
    text: str,
    quotes: Sequence[QuoteSpan],
    by_end: dict[int, DashByline],
    owned: set[int],
    excluded: Regions,
) -> tuple[dict[int, int], set[int]]:
    """A dash byline signs its whole line: `“No one wants this. ‘Some are so poor.” And that’s all he has “the
    root of all evil.” ― Jane Roe` is one statement of Jane Roe's from the first quotation mark of the line, not
    only its last quotation. Returns where each signed quotation's statement starts (by the quotation's id)
    and the ids of the earlier quotations of the line it takes in; a quotation another cue owns, or one
    signed by a byline of its own, ends the run."""
    starts: dict[int, int] = {}
    absorbed: set[int] = set()
    for k, quote in enumerate(quotes):
        if quote.end not in by_end or id(quote) in owned:
            continue
        line_start = text.rfind("\n", 0, quote.start) + 1
        start = quote.start
        for prev in reversed(quotes[:k]):
            if prev.end <= line_start or prev.start < line_start or prev.end in by_end:
                break
            if id(prev) in owned or excluded.covers(prev.start):
                break
            absorbed.add(id(prev))
            start = min(start, prev.start)
        if start != quote.start:
            starts[id(quote)] = start
    return starts, absorbed


def attach_quotes(
    text: str,
    quotes: Sequence[QuoteSpan],
    reported: list[Candidate],
    index: DocIndex,
    bylines: Sequence[DashByline],
    excluded: Regions,
) -> list[Candidate]:
    """Merge parsed statements with quotations; returns every statement candidate in article order."""
    lookup = QuoteLookup(quotes)
    owned: set[int] = set()
    results: list[Candidate] = []
    breaks: list[tuple[int, int]] = []
    for cand in reported:
        touched = lookup.overlapping(cand.start, cand.end)
        if touched:
            owned.update(id(q) for q in _absorb(cand, touched, text, index, breaks))
        results.append(cand)
    _stop_at_lead_ins(results, breaks, text, lookup)

    by_end = {b.quote_end: b for b in bylines}
    reported_cues = {(c.paragraph, c.cue_token.i) for c in reported if c.cue_token is not None}
    embedded: dict[tuple[int, int], Candidate] = {}
    line_starts, absorbed = _byline_lines(text, lookup.quotes, by_end, owned, excluded)
    for quote in lookup.quotes:
        if id(quote) in owned or id(quote) in absorbed or excluded.covers(quote.start):
            continue
        byline = by_end.get(quote.end)
        if byline is not None:
            start = line_starts.get(id(quote), quote.start)
            results.append(
                Candidate(
                    start=start,
                    end=quote.end,
                    kind="direct",
                    paragraph=index.paragraph_of(start) + 1,
                    origin="byline",
                    fragments=list(quote.fragments) if len(quote.fragments) > 1 and start == quote.start else [],
                    cue=byline.dash,
                    mention=byline.name,
                    speaker=" ".join(text[byline.name[0] : byline.name[1]].split()),
                    date_anchor=(byline.dash[0], byline.name[1]),
                )
            )
            continue
        inner = quote.words(text)
        if _continues_after_cue(quote, reported, text):
            continue
        if _embedded(text, quote):
            piece = _embedded_candidate(quote, index, text, lookup, reported_cues, embedded)
            if piece is not None:
                results.append(piece)
            continue
        if _names_a_work_before(quote, index, text):
            continue
        after = _cue_after(quote, index, lookup, text)
        before = _cue_before(quote, index, lookup, text)
        prefer_after = (
            text[quote.end - 2 : quote.end - 1] in {",", "?", "!"} or text[quote.end - 3 : quote.end - 1] == ",'"
        )
        chosen = (after or before) if prefer_after else (before or after)
        if chosen is None:
            chosen = _cue_introducing_line(quote, index, lookup, text)
        if chosen is None:
            chosen = attribution_after(quote, index, lookup, text)
        if chosen is None:
            chosen = attribution_before_colon(quote, index, lookup, text)
        if chosen is not None:
            paragraph, token = chosen
            results.append(_cue_candidate(token, paragraph, quote, index, text, "quote"))
            continue
        results.append(
            Candidate(
                start=quote.start,
                end=quote.end,
                kind="direct",
                paragraph=index.paragraph_of(quote.start) + 1,
                origin="orphan" if inner >= _MIN_STANDALONE_WORDS else "fragment",
                fragments=list(quote.fragments) if len(quote.fragments) > 1 else [],
            )
        )
    results.sort(key=lambda c: (c.start, c.end))
    results = _over_later_quotes(results, text, lookup, index)
    return _join_pieces(results, text, lookup, index)


def _names_a_work_before(quote: QuoteSpan, index: DocIndex, text: str) -> bool:
    """`a new web ad, “Playing Fair,” in which …`: the quotation names the work just before it."""
    if len(quote.fragments) > 1:
        return False
    first = index.token_at(quote.start + 1)
    if first is None or first.i == 0:
        return False
    noun = first.doc[first.i - 1]
    while noun.i > 0 and noun.is_punct:
        noun = first.doc[noun.i - 1]
    noun_end = index.offsets[index.paragraph_of(quote.start)] + noun.idx + len(noun.text)
    return noun_end <= quote.start and titles_a_work(noun, text[noun_end : quote.start], text[quote.start : quote.end])


_AND_AFTER_CUE = re.compile(r",\s+and\s+(?:[a-z]+\s+)?")


def _continues_after_cue(quote: QuoteSpan, reported: list[Candidate], text: str) -> bool:
    """`Mills “got immunity,” Jordan said, and still “got to sit in …”`: a quotation joined by "and" to the
    cue of a statement that came before that cue is one more piece of it; appends it and says so."""
    if len(quote.fragments) > 1:
        return False
    for cand in reported:
        if cand.cue is None or cand.end > cand.cue[0] or not cand.start < cand.cue[1] < quote.start:
            continue
        if _AND_AFTER_CUE.fullmatch(text, cand.cue[1], quote.start):
            pieces = cand.fragments or [(cand.start, cand.end)]
            cand.fragments = [*pieces, (quote.start, quote.end)]
            cand.end = quote.end
            return True
    return False


_MAX_LINK_WORDS = 12  # words between a reported content and a later quotation of the same content
_MAX_LOOSE_WORDS = 6  # the same for a quotation that has no cue: "…, which is a problem because, “…”"
_LINK_BREAK = re.compile(r"[.!?;:\n]|\s(?:—|--|―|–)\s")
_SIBLING_DEPS = frozenset({"conj", "advcl", "parataxis", "cc", "punct", "nsubj", "nsubjpass", "npadvmod", "mark"})
_MAX_HEAD_STEPS = 12


def _inside_content(token: Token, cue: Token) -> bool:
    """Whether `token` hangs from `cue` through its complement, not through a second coordinated clause.

    `said she wanted to speak “…” and let them know that “…”` (the second quotation is part of what was
    said) against `tweeted that … and encouraged Americans to “…”` or `said …, adding that “…”` (new cues).
    """
    child = token
    for _ in range(_MAX_HEAD_STEPS):
        top = child.head == cue
        # A second cue: the reporter's own ("and urged …"), unless inside the content with its own subject
        # ("says she hopes …, but she knows that “…”").
        if (
            child.dep_ == "conj"
            and child.pos_ == "VERB"
            and is_cue_lemma(child.lemma_.lower())
            and (top or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children))
        ):
            return False
        if top:
            return child.dep_ not in _SIBLING_DEPS or child.dep_ == "conj"
        if child.head == child:
            return False
        child = child.head
    return False


def _over_later_quotes(cands: list[Candidate], text: str, lookup: QuoteLookup, index: DocIndex) -> list[Candidate]:
    """Widen a reported statement over later quotations of the same sentence that belong to its content.

    Reporters quote a statement in pieces (`condemned the test as “reckless” and a “grave threat”`); the
    parse often ends the content at the first piece and leaves the others as fragments or as statements of
    a verb inside the content.
    """
    dropped: set[int] = set()
    for host in cands:
        if (
            id(host) in dropped
            or host.kind not in {"mixed", "indirect"}
            or host.cue_token is None
            or host.cue is None
            or host.cue[1] > host.start
            or host.fragments
        ):
            continue
        cue = host.cue_token
        sent_end = index.offsets[host.paragraph - 1] + cue.sent.end_char
        while True:
            later = [q for q in lookup.overlapping(host.end, sent_end) if q.start >= host.end]
            if not later:
                break
            quote = later[0]
            gap = text[host.end : quote.start]
            if _participle_after(host.end, text, index):
                break  # `…titled “A,” explaining, “…”`: the participle is the writer's, and its quotation too
            owner = next(
                (c for c in cands if c is not host and id(c) not in dropped and c.start <= quote.start < c.end),
                None,
            )
            # A quotation with no cue of its own, set off by punctuation, right after the content.
            loose = owner is not None and owner.cue is None and owner.origin in {"orphan", "fragment"}
            if (
                len(quote.fragments) > 1
                or not quote.closed
                or (quote.end > sent_end + 2 and not loose)
                or _LINK_BREAK.search(gap)
                or _words(gap) > (_MAX_LOOSE_WORDS if loose else _MAX_LINK_WORDS)
            ):
                break
            anchor = index.token_at(quote.start + 1)
            if owner is not None and not loose:
                if owner.start < host.end or owner.end > sent_end + 2:
                    break
                if owner.cue is not None and owner.cue[0] >= quote.start:
                    break
                if owner.cue_token is not None:
                    anchor = owner.cue_token
            if not loose and (anchor is None or not _inside_content(anchor, cue)):
                break
            host.end = max(quote.end, owner.end if owner is not None else quote.end)
            host.kind = "mixed"
            if owner is not None:
                dropped.add(id(owner))
    return [c for c in cands if id(c) not in dropped]


def _second_cue_between(host: Candidate, cand: Candidate, index: DocIndex, lookup: QuoteLookup) -> bool:
    """`“A,” Trump said before adding: “B”`: the parse hangs B on "said" too, but "adding" after it is B's own
    cue, so the two quotations are two statements. Other verbs there (`she said, recalling: “B”`) go on with A."""
    shared = host.cue_token
    found = index.sentence_at(cand.start)
    if shared is None or found is None:
        return False
    paragraph, sent = found
    offset = index.offsets[paragraph]
    for token in sent:
        at = offset + token.idx
        if at >= cand.start:
            break
        if at > host.end and token.i > shared.i and token.lemma_.lower() == "add" and lookup.covering(at) is None:
            return True
    return False


def _join_pieces(cands: list[Candidate], text: str, lookup: QuoteLookup, index: DocIndex) -> list[Candidate]:
    """Join quotations that share a cue, and uncued quotations that continue the quote before them."""
    joined: list[Candidate] = []
    by_cue: dict[tuple[int, int], Candidate] = {}
    for cand in cands:
        if cand.kind == "direct" and cand.cue_token is not None:
            key = (cand.paragraph, cand.cue_token.i)
            host = by_cue.get(key)
            if (
                host is not None
                and host.kind == "direct"
                and host.paragraph == cand.paragraph
                and not _second_cue_between(host, cand, index, lookup)
            ):
                _append(host, cand)
                continue
            by_cue[key] = cand
        if cand.origin in {"orphan", "fragment"}:
            added = _added_after_attribution(joined, cand, text, index)
            if added is not None:
                # The same words read a second time under the first cue are not a statement of their own.
                joined = [c for c in joined if c is added or (c.start, c.end) != (added.start, added.end)]
                _append(added, cand)
                continue
            host = _continued(joined, cand, text, lookup, index)
            if host is not None:
                _append(host, cand)
                continue
            if cand.origin == "fragment":
                continue
        joined.append(cand)
    return joined


_ADDING_DEPS = frozenset({"advcl", "conj", "xcomp"})
_CLAUSE_OPENERS = frozenset({"that", "why", "how", "what", "whether", "if", "when", "where"})


def _added_after_attribution(joined: list[Candidate], cand: Candidate, text: str, index: DocIndex) -> Candidate | None:
    """`“A,” he said, adding that C. “B”`: the quotation after the sentence goes on with what the participle
    added (C), not with A; the participle is a second cue of its own, and B is more of the same.

    Only a participle hung on the cue of a quotation just before (not `after hinting that …`, a preposition's
    object inside the attribution), with a clause for content (`adding that …`, `explaining why …`; not
    `citing concerns about …`) that closes the sentence right before B in the same paragraph.
    """
    for host in reversed(joined[-4:]):
        adding = host.cue_token
        if (
            host.kind == "direct"
            or adding is None
            or host.cue is None
            or host.cue[1] > host.start
            or host.end > cand.start
            or adding.tag_ != "VBG"
            or adding.lemma_.lower() != "add"
            or adding.dep_ not in _ADDING_DEPS
            or host.paragraph != cand.paragraph
            or text[host.end : cand.start].strip(" \t\u00a0.;")
        ):
            continue
        opener = _WORD.match(text, host.start)
        if opener is None or opener.group().lower() not in _CLAUSE_OPENERS:
            return None
        quoted = next((c for c in joined if c.cue_token is not None and c.cue_token == adding.head), None)
        if quoted is None or quoted.kind != "direct" or quoted.end > host.cue[0]:
            return None
        return host
    return None


def _continued(
    joined: list[Candidate], cand: Candidate, text: str, lookup: QuoteLookup, index: DocIndex
) -> Candidate | None:
    for host in reversed(joined[-4:]):
        if host.end > cand.start or not host.paragraph <= cand.paragraph <= host.paragraph + 1:
            continue
        if host.origin == "byline":
            return None  # `“…” ― Ana Ruiz` / `“…” ― Luis Ortega`: the name below a quotation closes it
        cue_in_gap = host.cue is not None and host.end <= host.cue[0] < cand.start
        if host.paragraph < cand.paragraph and not (
            cue_in_gap and host.kind == "direct" and cand.origin == "orphan" and _goes_on_below(host, cand, text, index)
        ):
            continue
        # Any statement whose attribution stands between it and the quotation continues into it (`Teachers are
        # “…,” García said. “…”`); otherwise only a quotation does.
        if host.kind != "direct" and (not cue_in_gap or _cue_before_content(host, joined, text, lookup, index)):
            continue
        if cue_in_gap and text[index.offsets[host.paragraph - 1] : host.start].rstrip().endswith(":"):
            continue  # `McCaskill scolded him: “…,” she said. “…”`: the colon introduced it; see _cue_before_content
        if host.cue is None and host.speaker is None:
            return None
        gap = text[host.end : cand.start]
        if (host.paragraph == cand.paragraph and "\n\n" in gap) or not _only_names_between(
            host, cand, joined, lookup, index
        ):
            return None
        if cue_in_gap and _another_speaker_between(host, cand.start, text, index):
            return None
        # The gap may hold only the attribution ("…," said Robert McAtee, one of several veterans. "…").
        limit = _MAX_ATTRIBUTION_GAP if cue_in_gap else 0 if host.cue is not None else _MAX_CONTINUATION_GAP
        if _words(gap) > limit:
            return None
        return host
    return None


def _goes_on_below(host: Candidate, cand: Candidate, text: str, index: DocIndex) -> bool:
    """`“…,” Trump said.` closing its paragraph and the next paragraph opening with a quotation that has no
    attribution of its own: the speaker goes on (`“And Mexico will pay for the wall!”`). Not when the
    attribution runs on into another sentence (`Trump added. He then had a question for the crowd.`), nor for
    a short quotation (a title or a shout: `“Sons of Trump” is an adaptation …`, `“Nooooo!”`)."""
    assert host.cue is not None
    found = index.sentence_at(host.cue[0])
    if found is None:
        return False
    paragraph, sent = found
    sentence_end = index.offsets[paragraph] + sent.end_char
    opening = index.offsets[cand.paragraph - 1]
    return not text[sentence_end:opening].strip() and not text[opening : cand.start].strip()


def _cue_before_content(
    host: Candidate, joined: list[Candidate], text: str, lookup: QuoteLookup, index: DocIndex
) -> bool:
    """Another speech verb before the statement's quoted words (`McCaskill scolded him: “…,” she said.`), or a
    statement around it (`said she felt the 13th | Amendment was …`): the parse split one attribution in two,
    and what follows the quotation is not known to continue it."""
    if any(c is not host and c.start < host.start < c.end for c in joined):
        return True
    found = index.sentence_at(host.start)
    if found is None:
        return False
    paragraph, sent = found
    offset = index.offsets[paragraph]
    quoted = lookup.overlapping(host.start, host.end)
    words_end = quoted[0].start if quoted else host.end
    if text[host.start : words_end].rstrip().endswith(":"):
        return True  # "McCaskill scolded him: “…”": the colon introduces the words
    for token in sent.doc[sent.start :]:
        at = offset + token.idx
        if at >= words_end:
            break
        if token != host.cue_token and _is_cue_verb(token) and lookup.covering(at) is None:
            return True
    return False


def _another_speaker_between(host: Candidate, quote_start: int, text: str, index: DocIndex) -> bool:
    """A sentence about someone else stands between the attribution and the quotation (`“…,” Smith said. Jones
    disagreed. “…”`): the quotation is not known to go on with Smith's words. A pronoun ("He didn't suggest
    retaliation.") keeps the same speaker."""
    assert host.cue is not None
    found = index.sentence_at(host.cue[0])
    if found is None:
        return False
    paragraph, sent = found
    if host.cue_token is not None and _someone_else_goes_on(host.cue_token, host.speaker_token):
        return True
    at = index.offsets[paragraph] + sent.end_char
    named = host.speaker or ""
    while at < quote_start:
        gap = text[at:quote_start]
        skipped = len(gap) - len(gap.lstrip())
        between = index.sentence_at(at + skipped)
        if between is None or skipped == len(gap):
            return False
        paragraph, sent = between
        if any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" and t.text not in named for t in sent):
            return True
        at = index.offsets[paragraph] + sent.end_char
    return False


def _someone_else_goes_on(cue: Token, speaker: Token | None) -> bool:
    """The attribution goes on with a clause about someone else (`“…,” Ann said, and her husband cut in.`):
    what is quoted next is not known to be Ann's. A pronoun subject may be Ann again."""
    for verb in cue.children:
        if verb.dep_ != "conj" or verb.i < cue.i or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if any(
            subject.dep_ in {"nsubj", "nsubjpass"}
            and subject.pos_ in {"NOUN", "PROPN"}
            and (speaker is None or subject.i != speaker.i)
            for subject in verb.children
        ):
            return True
    return False


def _only_names_between(
    host: Candidate, cand: Candidate, joined: list[Candidate], lookup: QuoteLookup, index: DocIndex
) -> bool:
    """Quotations between a statement and its continuation are names inside the attribution (`Clinton said on
    ABC’s “This Week.” “…”`, `said Adam Segal, the author of “Hacked World Order.”`), not statements of their own;
    or they are statements hung on the attribution of a quotation (`“…,” Carson told the AP after hinting that
    “personnel changes” could come. “…”`)."""
    for quote in lookup.overlapping(host.end, cand.start):
        owner = next((c for c in joined if c is not host and c.start <= quote.start < c.end), None)
        if (
            owner is not None
            and (owner.cue is None or owner.cue != host.cue)
            and not _inside_attribution(host, owner, index)
        ):
            return False
    return True


def _inside_attribution(host: Candidate, owner: Candidate, index: DocIndex) -> bool:
    """`owner` lies after the cue of the quotation `host`, within the sentence of that cue."""
    if host.kind != "direct" or host.cue is None or owner.cue is None or owner.cue[0] < host.cue[1]:
        return False
    found = index.sentence_at(host.cue[0])
    if found is None:
        return False
    paragraph, sent = found
    return owner.end <= index.offsets[paragraph] + sent.end_char


def _append(host: Candidate, piece: Candidate) -> None:
    fragments = host.fragments or [(host.start, host.end)]
    fragments.extend(piece.fragments or [(piece.start, piece.end)])
    host.fragments = sorted(fragments)
    host.start = min(host.start, piece.start)
    host.end = max(host.end, piece.end)
