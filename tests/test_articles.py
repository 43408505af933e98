from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbot.articles import MAX_ARTICLE_BYTES, bundled_article_path, parse_article, read_article
from newsbot.errors import ArticleError

# Text drawn from the awkward corners: emoji, CRLF, curly quotes, RTL scripts, blank lines.
PIECES = [
    *"abc XYZ.,!?\n\r\t\"'“”‘’—…",
    "😀",
    "👍🏽",
    "مرحبا",
    "שלום",
    "\u200f",
    "\u00a0",
    "\r\n",
    "\n\n",
    "Said Ann. ",
]
AWKWARD = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


def _write(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_bundled_article_paragraphs_are_numbered_as_readers_cite_them() -> None:
    article = read_article(bundled_article_path())
    assert len(article.paragraphs) == 11
    ninth = article.paragraph(9)
    assert ninth is not None
    assert ninth.text.startswith("Misri in the May 7 briefing said")
    assert article.meta.published is None


def test_front_matter_is_parsed_and_offsets_still_count_from_the_file_start(tmp_path: Path) -> None:
    text = "---\ntitle: A title\npublished: 2024-03-05\n---\nFirst para.\n\nSecond para.\n"
    article = read_article(_write(tmp_path, text.encode()))
    assert article.meta.title == "A title"
    assert article.meta.published == "2024-03-05"
    assert article.body_start == text.index("First")
    first = article.paragraphs[0]
    assert text[first.start : first.end] == "First para."


def test_published_override_wins_and_is_validated(tmp_path: Path) -> None:
    path = _write(tmp_path, b"---\npublished: 2024-03-05\n---\nBody.\n")
    assert read_article(path, published="2020-01-02").meta.published == "2020-01-02"
    with pytest.raises(ArticleError, match="not YYYY-MM-DD"):
        read_article(path, published="2020-02-30")


def test_crlf_offsets_follow_universal_newlines(tmp_path: Path) -> None:
    path = _write(tmp_path, "One.\r\n\r\nTwo “quoted”.\r\n".encode())
    article = read_article(path)
    with path.open(encoding="utf-8") as handle:
        as_read = handle.read()
    assert article.text == as_read
    assert [p.text for p in article.paragraphs] == ["One.", "Two “quoted”."]


def test_lines_are_paragraphs_when_there_are_no_blank_lines(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, b"Title line\nBody one.\nBody two.\n"))
    assert [p.text for p in article.paragraphs] == ["Title line", "Body one.", "Body two."]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\xff\xfe bad", "not UTF-8"),
        (b"abc\x00def", "binary"),
        (b"... --- !!!", "no sentences"),
    ],
)
def test_bad_input_gets_one_line_error(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(ArticleError, match=message) as info:
        read_article(_write(tmp_path, data))
    assert "\n" not in str(info.value)


def test_missing_directory_and_oversized_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="directory"):
        read_article(tmp_path)
    big = _write(tmp_path, b"word " * (MAX_ARTICLE_BYTES // 5 + 1), "big.txt")
    with pytest.raises(ArticleError, match="limit"):
        read_article(big)


@settings(max_examples=150, deadline=None)
@given(AWKWARD)
def test_paragraph_offsets_are_exact_for_any_text(text: str) -> None:
    try:
        article = parse_article(text, article_id="x")
    except ArticleError:
        return
    for para in article.paragraphs:
        assert text[para.start : para.end] == para.text
        assert para.text == para.text.strip()
