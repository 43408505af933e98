from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbot.articles import bundled_article_path, parse_article, read_article
from newsbot.embedding import load_embedder
from newsbot.errors import ArticleError
from newsbot.passages import MAX_WORD_PIECES, build_passages
from newsbot.segment import segment
from tests.test_articles import AWKWARD


def test_one_passage_per_sentence_citing_the_centre_sentence() -> None:
    embedder = load_embedder()
    article = read_article(bundled_article_path())
    segment(article)
    passages = build_passages(article, embedder.word_piece_offsets, first_id=100)
    assert [p.id for p in passages] == list(range(100, 100 + len(article.sentences)))
    for passage, sentence in zip(passages, article.sentences, strict=True):
        assert passage.text == sentence.text == article.text[passage.start : passage.end]
        assert passage.window_start <= passage.start < passage.end <= passage.window_end
        assert (
            len(embedder.word_piece_offsets(article.text[passage.window_start : passage.window_end])) <= MAX_WORD_PIECES
        )
    middle = passages[5]
    assert middle.window_start == article.sentences[4].start  # neighbours are in the window


def test_a_sentence_longer_than_the_budget_is_trimmed() -> None:
    embedder = load_embedder()
    text = "Before.\n\n" + " ".join(["extraordinarily"] * 300) + ".\n\nAfter."
    article = parse_article(text, article_id="long")
    segment(article)
    long_passage = max(build_passages(article, embedder.word_piece_offsets), key=lambda p: p.end - p.start)
    window = text[long_passage.window_start : long_passage.window_end]
    assert len(embedder.word_piece_offsets(window)) == MAX_WORD_PIECES
    assert long_passage.text == text[long_passage.start : long_passage.end]


@settings(max_examples=40, deadline=None)
@given(st.lists(AWKWARD, min_size=1, max_size=3).map("\n\n".join))
def test_passage_offsets_are_exact_for_any_text(text: str) -> None:
    try:
        article = parse_article(text, article_id="x")
    except ArticleError:
        return
    segment(article)
    for passage in build_passages(article, load_embedder().word_piece_offsets):
        assert text[passage.start : passage.end] == passage.text
        assert passage.window_start <= passage.start <= passage.end <= passage.window_end <= len(text)
