"""An article's card: the facts a reader checks first, escaped, with three buttons that fit Telegram's limits."""

from __future__ import annotations

from dataclasses import dataclass

from newsbot.bot.card import parse_card_button, render_card, title_from_text
from newsbot.bot.emulator.validate import MAX_CALLBACK_DATA_BYTES, parse_html
from newsbot.bot.render import resolve_article_key
from newsbot.records import ArticleMeta, ArticleRecords, Paragraph, Person, Span, Statement


@dataclass
class _Article:
    id: str
    text: str
    paragraphs: list[Paragraph]
    records: ArticleRecords


def _article(meta: ArticleMeta, speakers: list[str | None], *, article_id: str = "story") -> _Article:
    text = "First <line> & more.\n\nSecond."
    paragraphs = [Paragraph(text="First <line> & more.", start=0, end=20, number=1),
                  Paragraph(text="Second.", start=22, end=29, number=2)]  # fmt: skip
    statements = [
        Statement(
            id=i,
            article_id=article_id,
            quote=Span(start=0, end=5, text="First"),
            kind="direct",
            speaker=name,
            paragraph=1,
        )
        for i, name in enumerate(speakers)
    ]
    persons = [Person(name=n) for n in sorted({s for s in speakers if s and s != "officials"})]
    records = ArticleRecords(article_id=article_id, meta=meta, statements=statements, persons=persons)
    return _Article(article_id, text, paragraphs, records)


def test_card_shows_title_site_date_origin_paragraphs_and_top_speakers() -> None:
    meta = ArticleMeta(title="Tom & Jerry <win>", published="2025-05-11", published_from="page metadata",
                       site="Daily <News>", author="A. Writer")  # fmt: skip
    card = render_card(_article(meta, ["Ann Lee", "Bob Ray", "Ann Lee", "officials", None]), came_from="a link")
    text = parse_html(card.html).text
    assert text.splitlines()[:6] == [
        "Tom & Jerry <win>",
        "Daily <News> · A. Writer",
        "Published 11 May 2025 (from the page)",
        "From a link",
        "2 paragraphs · 5 statements",
        "Quoted: Ann Lee (2), Bob Ray (1)",
    ]
    assert [b.label for b in card.buttons] == ["Who is quoted", "Timeline", "All quotes"]
    assert [parse_card_button(b.data) for b in card.buttons] == [("who", "story"), ("when", "story"),
                                                                  ("quotes", "story")]  # fmt: skip


def test_card_without_title_date_or_named_speakers() -> None:
    card = render_card(_article(ArticleMeta(), ["officials"]), came_from="a text you pasted", notes=("Dropped “x”.",))
    text = parse_html(card.html).text
    assert text.startswith("First <line> & more.\nPublication date unknown\nFrom a text you pasted\n")
    assert "Nobody is quoted by name." in text
    assert text.endswith("Dropped “x”.")
    inferred = ArticleMeta(published="2024-01-02", published_inferred=True)
    assert (
        "Published 2 January 2024 (the latest date in the text)"
        in parse_html(render_card(_article(inferred, []), came_from="a link").html).text
    )


def test_button_data_fits_for_very_long_ids() -> None:
    long_id = "an-article-id-that-is-much-too-long-to-fit-in-the-callback-data-of-a-telegram-button"
    card = render_card(_article(ArticleMeta(), [], article_id=long_id), came_from="a link")
    for button in card.buttons:
        assert len(button.data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
        parsed = parse_card_button(button.data)
        assert parsed is not None
        assert resolve_article_key(parsed[1], ["other", long_id]) == long_id
    assert parse_card_button("src:story:3") is None


def test_title_from_text_cuts_at_a_word() -> None:
    assert title_from_text("  Short first line\nsecond") == "Short first line"
    long = "word " * 30
    title = title_from_text(long)
    assert title.endswith("…")
    assert len(title) <= 81
    assert " wor…" not in title
