"""Every way a reader holds an article becomes the one `Article`: a reader per kind of source.

`read_source` takes what a user typed (a path or an http(s) URL); `read_bytes` takes a body already in hand
(a Telegram document, a fetched page). The reader is chosen from the file name's suffix or the content type.
Every failure is an `ArticleError` (a `FetchError` for links) whose message is one plain sentence.
"""

from __future__ import annotations

from pathlib import Path

from ..articles import Article, article_id_for, parse_article, read_article
from ..config import Settings
from ..errors import ArticleError

__all__ = ["SUFFIXES", "is_url", "read_bytes", "read_source"]

# The file kinds a reader owns, by suffix.
SUFFIXES = (".txt", ".md")


def is_url(source: str) -> bool:
    """True for an http(s) link, which is fetched rather than opened."""
    return source.lower().startswith(("http://", "https://"))


def read_source(source: str, *, published: str | None = None, settings: Settings | None = None) -> Article:
    """A path (.txt .md .html .htm .pdf .docx) or an http(s) URL, read into an `Article`."""
    if is_url(source):
        raise ArticleError(f"{source}: links are not supported yet")
    return read_article(Path(source), published=published)


def read_bytes(
    data: bytes,
    *,
    name: str,
    published: str | None = None,
    url: str | None = None,
    content_type: str | None = None,
) -> Article:
    """A body already in hand (a downloaded document, a fetched page), read by its name or content type."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise ArticleError(f"{name}: I can't read {suffix or 'this kind of'} files yet")
    try:
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{name}: not UTF-8 text (bad byte at position {exc.start})") from exc
    return parse_article(text, article_id=article_id_for(Path(name)), path=url or name, published=published)
