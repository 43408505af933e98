"""The emulator's Telegram-HTML and markup checks, against the documented formatting rules."""

from __future__ import annotations

import pytest

from newsbot.bot.emulator.validate import ApiError, check_message_text, check_reply_markup, parse_html, utf16_len


@pytest.mark.parametrize(
    ("source", "text", "types"),
    [
        ("plain", "plain", []),
        ("<b>bold</b> <strong>x</strong>", "bold x", ["bold", "bold"]),
        ("<i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>", "ieunskd", None),
        ('<span class="tg-spoiler">sp</span><tg-spoiler>o</tg-spoiler>', "spo", ["spoiler", "spoiler"]),
        ('<a href="https://example.org/?a=1&amp;b=2">link</a>', "link", ["text_link"]),
        ("<code>x &lt; y</code>", "x < y", ["code"]),
        ('<pre><code class="language-python">print(1)</code></pre>', "print(1)", ["pre"]),
        ("<blockquote>q</blockquote>", "q", ["blockquote"]),
        ("<blockquote expandable>q</blockquote>", "q", ["expandable_blockquote"]),
        ("<b>bold <i>and italic</i></b>", "bold and italic", ["bold", "italic"]),
        ("<blockquote><b>b</b> in quote</blockquote>", "b in quote", ["blockquote", "bold"]),
        ("&lt;&gt;&amp;&quot;&#38;&#x1F600;", '<>&"&😀', []),
        ('say "hi"', 'say "hi"', []),
        ('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', "👍", ["custom_emoji"]),
    ],
)
def test_valid_html(source: str, text: str, types: list[str] | None) -> None:
    parsed = parse_html(source)
    assert parsed.text == text
    if types is not None:
        assert [e["type"] for e in parsed.entities] == types


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("a < b", "Unclosed start tag"),
        ("a > b", "'>' is reserved"),
        ("Tom & Jerry", "'&' is reserved"),
        ("&nbsp;", "'&' is reserved"),
        ("<b>open", "Can't find end tag"),
        ("<b><i>x</b></i>", "Unmatched end tag"),
        ("</b>", "Unexpected end tag"),
        ("<div>x</div>", 'Unsupported start tag "div"'),
        ("<br>", 'Unsupported start tag "br"'),
        ('<b class="x">x</b>', "Unsupported attribute"),
        ("<span>x</span>", "tg-spoiler"),
        ("<a>x</a>", "href"),
        ("<blockquote>a<blockquote>b</blockquote></blockquote>", "can't be nested"),
        ("<blockquote>a<b><blockquote>b</blockquote></b></blockquote>", "can't be nested"),
        ("<code><b>x</b></code>", "code or pre"),
        ("<pre><i>x</i></pre>", "code or pre"),
        ('<a href="https://a"><a href="https://b">x</a></a>', "link inside a link"),
    ],
)
def test_invalid_html_is_refused_like_telegram(source: str, fragment: str) -> None:
    with pytest.raises(ApiError) as caught:
        parse_html(source)
    assert caught.value.error_code == 400
    assert caught.value.description.startswith("Bad Request: can't parse entities: ")
    assert fragment in caught.value.description


def test_byte_offset_counts_utf8_bytes() -> None:
    with pytest.raises(ApiError, match="byte offset 5"):
        parse_html("😀x<foo>")


def test_entity_offsets_are_utf16() -> None:
    parsed = parse_html("😀 <b>bold</b>")
    assert parsed.entities == [{"type": "bold", "offset": 3, "length": 4}]
    assert utf16_len("😀") == 2


def test_length_is_counted_after_entity_parsing() -> None:
    assert check_message_text("<b>" + "x" * 4096 + "</b>", "HTML").text == "x" * 4096
    assert check_message_text("&amp;" * 4096, "HTML").text == "&" * 4096
    with pytest.raises(ApiError, match="message is too long"):
        check_message_text("x" * 4097, "HTML")
    with pytest.raises(ApiError, match="message is too long"):
        check_message_text("😀" * 2049, None)  # 4098 UTF-16 units


@pytest.mark.parametrize("text", ["", "   ", "<b> </b>", "\n\n"])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(ApiError, match="message text is empty"):
        check_message_text(text, "HTML")


def test_callback_data_limit_is_64_bytes() -> None:
    ok = {"inline_keyboard": [[{"text": "a", "callback_data": "x" * 64}]]}
    assert check_reply_markup(ok) == ok
    for data in ("x" * 65, "é" * 33, ""):
        with pytest.raises(ApiError, match="BUTTON_DATA_INVALID"):
            check_reply_markup({"inline_keyboard": [[{"text": "a", "callback_data": data}]]})


def test_buttons_need_text_and_exactly_one_action() -> None:
    with pytest.raises(ApiError):
        check_reply_markup({"inline_keyboard": [[{"callback_data": "x"}]]})
    with pytest.raises(ApiError):
        check_reply_markup({"inline_keyboard": [[{"text": "a"}]]})
    with pytest.raises(ApiError):
        check_reply_markup({"inline_keyboard": [[{"text": "a", "callback_data": "x", "url": "https://a"}]]})
    with pytest.raises(ApiError):
        check_reply_markup("{not json")
