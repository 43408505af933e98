"""Answers as Telegram HTML: escaping, quotes, citations and source buttons."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsbot.answer.model import Answer, AnswerPart, Citation
from newsbot.bot.emulator.validate import check_reply_markup, parse_html
from newsbot.bot.render import (
    MAX_CALLBACK_BYTES,
    article_key,
    callback_data_for,
    escape,
    parse_callback_data,
    render_answer,
    resolve_article_key,
)


def _quote(text: str, paragraph: int = 3, article_id: str = "owaisi-defends-misri") -> AnswerPart:
    cite = Citation(quote=text, start=0, end=len(text), paragraph=paragraph, article_id=article_id)
    return AnswerPart(kind="quote", text=text, citation=cite)


def _answer(*parts: AnswerPart, speaker: str | None = None) -> Answer:
    return Answer(
        question="q",
        kind="who",
        answered=True,
        text="".join(p.text for p in parts),
        parts=list(parts),
        speaker=speaker,
        citations=[p.citation for p in parts if p.citation is not None],
    )


def test_quote_in_blockquote_with_paragraph_and_button() -> None:
    answer = _answer(
        AnswerPart(kind="text", text="Asaduddin Owaisi, in a post on 11 May 2025:\n"),
        _quote("Our Civil Servants work under the Executive & <they> shouldn’t be blamed", 4),
        AnswerPart(kind="text", text=" (repeated in ¶6)"),
        speaker="Asaduddin Owaisi",
    )
    rendered = render_answer(answer)
    assert rendered.html == (
        "<b>Asaduddin Owaisi</b>, in a post on 11 May 2025:\n"
        "<blockquote>Our Civil Servants work under the Executive &amp; &lt;they&gt; shouldn’t be blamed\n"
        "<i>— ¶4</i></blockquote>\n(repeated in ¶6)"
    )
    parsed = parse_html(rendered.html)
    assert "Executive & <they> shouldn’t" in parsed.text
    assert [(b.label, b.data) for b in rendered.buttons] == [("¶4", "src:owaisi-defends-misri:4")]


def test_a_shortened_quote_keeps_its_ellipsis() -> None:
    block = _quote("The attack was driven by the objective of undermining normalcy.", 9).model_copy(
        update={"shortened": True}
    )
    inline = _quote("a decent diplomat", 3).model_copy(update={"shortened": True})
    html = render_answer(_answer(block, AnswerPart(kind="text", text="\nHe called Misri "), inline)).html
    assert (
        "<blockquote>The attack was driven by the objective of undermining normalcy.…\n<i>— ¶9</i></blockquote>" in html
    )
    assert "“<i>a decent diplomat</i>”… (¶3)" in html
    assert "…" not in render_answer(_answer(_quote("Whole sentence."))).html


def test_long_quotes_are_expandable() -> None:
    rendered = render_answer(_answer(_quote("word " * 100)))
    assert rendered.html.startswith("<blockquote expandable>")


def test_one_button_per_paragraph_in_order() -> None:
    rendered = render_answer(_answer(_quote("a", 9), _quote("b", 2), _quote("c", 9)))
    assert [b.label for b in rendered.buttons] == ["¶9", "¶2"]


def test_answer_without_parts_uses_its_text() -> None:
    answer = Answer(question="q", kind="help", answered=False, text="Use /who & co <now>")
    assert render_answer(answer).html == "Use /who &amp; co &lt;now&gt;"


def test_callback_data_fits_64_bytes_even_for_long_ids() -> None:
    long_id = "x" * 200
    data = callback_data_for(long_id, 123456)
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    key, paragraph = parse_callback_data(data) or ("", 0)
    assert paragraph == 123456
    assert resolve_article_key(key, ["other", long_id]) == long_id
    assert article_key("short-id") == "short-id"
    assert article_key("with:colon") != "with:colon"
    assert parse_callback_data("src:a:0") is None
    assert parse_callback_data("other") is None


_any_text = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=300)


@given(st.lists(st.tuples(st.booleans(), _any_text), min_size=1, max_size=6), st.text(max_size=20))
def test_any_answer_renders_to_valid_telegram_html(pieces: list[tuple[bool, str]], speaker: str) -> None:
    parts = [
        _quote(text, n + 1, "é" * 40) if is_quote else AnswerPart(kind="text", text=text)
        for n, (is_quote, text) in enumerate(pieces)
    ]
    answer = _answer(*parts, speaker=speaker or None)
    rendered = render_answer(answer)
    parse_html(rendered.html)
    markup = {
        "inline_keyboard": [[{"text": b.label, "callback_data": b.data} for b in row] for row in rendered.button_rows()]
    }
    check_reply_markup(markup)


def test_escape() -> None:
    assert escape('<a href="x">&</a>') == '&lt;a href="x"&gt;&amp;&lt;/a&gt;'
