"""Words after a closing quotation mark that still belong to the quoted phrase.

A reported content sometimes ends at a closing mark in the middle of a comparison the quotation opened: the
quoted words hold a comparative whose second term follows (`called the law “much better” than the old one`,
`described the job as "a different game" than lobbying`). The than-phrase completes what is quoted, so the
content runs on over it; the parser often hangs it on the cue instead, which is why the parse alone leaves it
out. Other phrases after the mark are not followed: a phrase the parse hangs on a quoted noun is as often the
cue's (`called her a “clown” on his show`) as the quotation's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .quotes import QuoteSpan
from .than_phrases import is_comparative, phrase_end

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .direct import DocIndex

__all__ = ["past_comparison"]

_MARK_CHARS = "”\"'»"


def past_comparison(start: int, end: int, quotes: list[QuoteSpan], text: str, index: DocIndex) -> int:
    """The end of a reported content (`start`, `end`) that owns `quotes`: past the than-phrase when the content
    ends at a closing mark that leaves a quoted comparison open, else `end`. Only for a content that begins
    before its quotations (`called the law “much better”`): a bare quotation is its speaker's words alone."""
    if not quotes or start >= min(q.start for q in quotes) or end > max(q.end for q in quotes):
        return end
    tail = _than_phrase_end(max(q.end for q in quotes), quotes, text, index)
    return end if tail is None else tail


def _than_phrase_end(end: int, quotes: list[QuoteSpan], text: str, index: DocIndex) -> int | None:
    """Where the than-phrase after the closing mark at `end` stops, when the quotation opened the comparison."""
    last = next((q for q in quotes if q.end == end and q.closed), None)
    if last is None or not _bare_close(text, last):
        return None
    after = _first_token_after(end, text, index)
    if after is None or after.lower_ != "than" or not _opens_comparison(last, index):
        return None
    stop = phrase_end(after)
    if stop is None or stop.sent != after.sent:
        return None
    return index.offsets[index.paragraph_of(end)] + stop.idx + len(stop.text)


def _opens_comparison(quote: QuoteSpan, index: DocIndex) -> bool:
    """The quoted words hold the comparative `than` completes (`“far stronger”`, `“a different kind of job”`):
    in `More voters called it “reckless” than “bold”` the comparison is the writer's, outside the marks."""
    paragraph = index.paragraph_of(quote.start)
    for token in index.docs[paragraph]:
        at = index.article_offset(paragraph, token)
        if quote.start < at < quote.end and is_comparative(token):
            return True
    return False


def _bare_close(text: str, quote: QuoteSpan) -> bool:
    """The quoted words end with a word, not punctuation (`“much better”`, not `“a mistake,”`)."""
    inner = text[quote.start : quote.end].rstrip(_MARK_CHARS)
    return bool(inner) and inner[-1].isalnum()


def _first_token_after(end: int, text: str, index: DocIndex) -> Token | None:
    at = end
    while at < len(text) and text[at] in " \u00a0":
        at += 1
    if at == end or at >= len(text) or not text[at].isalpha():
        return None
    token = index.token_at(at)
    if token is None or index.article_offset(index.paragraph_of(at), token) != at:
        return None
    return token
