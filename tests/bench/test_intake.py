"""Link to card: the generated articles and the figures (the measurement itself runs in `newsbot bench`)."""

from __future__ import annotations

import math

from newsbot.articles import parse_article
from newsbot.bench.intake import (
    LARGE_BYTES,
    PDF_PAGES,
    SMALL_BYTES,
    LinkToCard,
    hundred_page_pdf,
    link_to_card_figures,
    news_article,
)
from newsbot.readers import read_bytes


def test_news_articles_have_the_size_asked_for_and_differ() -> None:
    small, other = news_article("a", SMALL_BYTES), news_article("b", SMALL_BYTES)
    assert SMALL_BYTES <= len(small.encode()) < SMALL_BYTES + 400
    assert small != other
    assert LARGE_BYTES <= len(news_article("c", LARGE_BYTES).encode()) < LARGE_BYTES + 400
    article = parse_article(small, article_id="a")
    assert article.meta.title == "Harbour repairs a"
    assert len(article.paragraphs) > 10


def test_figures_are_the_small_p50_and_the_extra_for_50_kb() -> None:
    small, extra = link_to_card_figures(LinkToCard(small=[1.0, 3.0, 1.5], large=[2.0, 2.5, 9.0]))
    assert (small.value, small.met) == (1.5, True)
    assert (extra.value, extra.met) == (1.0, True)
    empty = link_to_card_figures(LinkToCard())
    assert math.isnan(empty[0].value)


def test_the_pdf_document_is_a_hundred_pages_the_pdf_reader_reads() -> None:
    import io

    from pypdf import PdfReader

    data = hundred_page_pdf()
    assert len(PdfReader(io.BytesIO(data)).pages) == PDF_PAGES
    article = read_bytes(data, name="report.pdf")
    assert article.meta.title == "Harbour repairs: the full report"
    assert len(article.paragraphs) > 1000


def test_the_pdf_figure_is_there_only_when_a_pdf_was_timed() -> None:
    assert len(link_to_card_figures(LinkToCard(small=[1.0], large=[2.0]))) == 2
    (*_, pdf) = link_to_card_figures(LinkToCard(small=[1.0], large=[2.0], pdf=12.0))
    assert (pdf.key, pdf.value, pdf.met) == ("document_to_card_pdf_100_pages", 12.0, True)
