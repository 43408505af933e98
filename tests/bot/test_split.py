"""Splitting long replies: every piece valid Telegram HTML, within the limit, nothing lost or cut in a tag."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbot.bot.emulator.validate import parse_html
from newsbot.bot.render import escape
from newsbot.bot.split import TELEGRAM_MAX_CHARS, split_html, visible_length


def _words(text: str) -> list[str]:
    return re.sub(r"\s+", " ", text).split()


def test_short_html_is_one_message() -> None:
    assert split_html("<b>hi</b> there") == ["<b>hi</b> there"]


def test_long_quote_is_split_inside_with_tags_reopened() -> None:
    quote = " ".join(f"Sentence number {n} &amp; more." for n in range(400))
    source = f"Owaisi said:\n<blockquote expandable>{quote}\n<i>— ¶3</i></blockquote>\nEnd."
    chunks = split_html(source)
    assert len(chunks) >= 2
    for chunk in chunks:
        parsed = parse_html(chunk)
        assert len(parsed.text) <= TELEGRAM_MAX_CHARS
    assert chunks[0].startswith("Owaisi said:\n<blockquote expandable>")
    assert chunks[1].startswith("<blockquote expandable>")
    joined = " ".join(parse_html(c).text for c in chunks)
    assert _words(joined) == _words(parse_html(source).text)


def test_blocks_are_kept_whole_when_they_fit() -> None:
    block = "<blockquote>" + "word " * 700 + "</blockquote>"
    chunks = split_html(block + "\n" + block + "\n" + block)
    assert len(chunks) == 3
    assert all(c.startswith("<blockquote>") and c.endswith("</blockquote>") for c in chunks)


def test_prefers_paragraph_breaks_then_sentences() -> None:
    text = "A" * 3000 + ". " + "B" * 500 + "\n\n" + "C" * 3000
    chunks = split_html(escape(text))
    assert chunks[0].endswith("B" * 500)
    assert chunks[1].startswith("C")


def test_never_splits_an_entity() -> None:
    source = "&amp;" * 5000
    chunks = split_html(source)
    assert all(re.fullmatch(r"(&amp;)+", c) for c in chunks)
    assert sum(visible_length(c) for c in chunks) == 5000


def test_emoji_count_as_two() -> None:
    chunks = split_html("😀" * 3000)
    assert all(visible_length(c) <= TELEGRAM_MAX_CHARS for c in chunks)
    assert "".join(chunks) == "😀" * 3000


_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=600)


@st.composite
def _html(draw: st.DrawFn) -> str:
    pieces = []
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(st.sampled_from(["text", "b", "quote", "xquote", "nested"]))
        body = escape(draw(_text))
        if kind == "text":
            pieces.append(body)
        elif kind == "b":
            pieces.append(f"<b>{body}</b>")
        elif kind == "quote":
            pieces.append(f"<blockquote>{body}</blockquote>")
        elif kind == "xquote":
            pieces.append(f"<blockquote expandable>{body}\n<i>— ¶{len(pieces)}</i></blockquote>")
        else:
            pieces.append(f"<blockquote><b>{body}</b> <i>{escape(draw(_text))}</i></blockquote>")
    return "\n".join(pieces)


@settings(max_examples=150, deadline=None)
@given(_html(), st.sampled_from([64, 300, 1000, TELEGRAM_MAX_CHARS]))
def test_every_piece_is_valid_and_within_the_limit(source: str, limit: int) -> None:
    chunks = split_html(source, limit)
    for chunk in chunks:
        parsed = parse_html(chunk)  # raises if a tag or an entity was cut
        assert len(parsed.text.encode("utf-16-le")) // 2 <= limit
        assert parsed.text.strip()
    original = parse_html(source).text
    assert "".join(_words(" ".join(parse_html(c).text for c in chunks))) == "".join(_words(original))
