from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbot.articles import bundled_article_path, parse_article, read_article
from newsbot.errors import ArticleError
from newsbot.segment import segment
from tests.test_articles import AWKWARD


def test_bundled_article_sentences_are_exact_slices() -> None:
    article = read_article(bundled_article_path())
    docs = segment(article)
    assert len(docs) == len(article.paragraphs)
    assert len(article.sentences) >= 12
    for sent in article.sentences:
        assert article.text[sent.start : sent.end] == sent.text
    assert [s.index for s in article.sentences] == list(range(len(article.sentences)))
    assert any(s.text.startswith("On Saturday, Foreign Secretary Misri confirmed") for s in article.sentences)


@settings(max_examples=60, deadline=None)
@given(st.lists(AWKWARD, min_size=1, max_size=3).map("\n\n".join))
def test_sentence_offsets_are_exact_for_any_text(text: str) -> None:
    try:
        article = parse_article(text, article_id="x")
    except ArticleError:
        return
    segment(article)
    for sent in article.sentences:
        assert text[sent.start : sent.end] == sent.text
        assert sent.text
        assert sent.text == sent.text.strip()
