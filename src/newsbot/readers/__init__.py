"""Every way a reader holds an article becomes the one `Article`: a reader per kind of source.

`read_source` takes what a user typed (a path or an http(s) URL); `read_bytes` takes a body already in hand
(a Telegram document, a fetched page). The reader is chosen from the content type when it names one we read,
else from the file name's suffix. Every failure is an `ArticleError` (a `FetchError` for links) whose message
is one plain sentence.

| kind            | suffix          | content type                     | module          |
| --------------- | --------------- | -------------------------------- | --------------- |
| web page        | .html .htm      | text/html, application/xhtml+xml | `html`          |
| PDF             | .pdf            | application/pdf                  | `pdf`           |
| Word document   | .docx           | …wordprocessingml.document       | `docx`          |
| text (markdown) | .txt .md        | text/plain, text/markdown        | `articles`      |
"""

from __future__ import annotations

from pathlib import Path

from ..articles import Article, parse_article
from ..config import Settings
from ..errors import ArticleError
from .build import id_for_name, with_meta

__all__ = ["CONTENT_TYPES", "SUFFIXES", "is_url", "kind_of", "read_bytes", "read_source"]

# The file kinds a reader owns, by suffix and by content type.
SUFFIXES = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "text",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}
_NOT_AN_ARTICLE_TYPES = ("image/", "video/", "audio/", "font/")


def is_url(source: str) -> bool:
    """True for an http(s) link, which is fetched rather than opened."""
    return source.lower().startswith(("http://", "https://"))


def kind_of(name: str, content_type: str | None = None) -> str | None:
    """Which reader reads it: "html", "pdf", "docx" or "text"; None when none does."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in CONTENT_TYPES:
        return CONTENT_TYPES[mime]
    return SUFFIXES.get(_suffix(name))


def _suffix(name: str) -> str:
    if is_url(name):
        from urllib.parse import urlsplit

        name = urlsplit(name).path
    return Path(name).suffix.lower()


def read_source(source: str, *, published: str | None = None, settings: Settings | None = None) -> Article:
    """A path (.txt .md .html .htm .pdf .docx) or an http(s) URL, read into an `Article`."""
    from ..config import load_settings

    if is_url(source):
        from ..fetch import fetch

        fetched = fetch(source, settings or load_settings())
        return read_bytes(
            fetched.body,
            name=fetched.final_url,
            published=published,
            url=fetched.final_url,
            content_type=fetched.content_type,
        )
    path = Path(source)
    if kind_of(source) is None:
        known = " ".join(SUFFIXES)
        raise ArticleError(f"{source}: I can't read {path.suffix or 'suffix-less'} files (only {known} and links)")
    if kind_of(source) == "text":
        from ..articles import read_article

        return _text_article(read_article(path, published=published))
    from ..articles import read_file_bytes

    data = read_file_bytes(path, limit=(settings or load_settings()).max_article_bytes)
    return read_bytes(data, name=source, published=published)


def read_bytes(
    data: bytes,
    *,
    name: str,
    published: str | None = None,
    url: str | None = None,
    content_type: str | None = None,
) -> Article:
    """A body already in hand (a downloaded document, a fetched page), read by its content type or name."""
    kind = kind_of(name, content_type)
    mime = (content_type or "").split(";")[0].strip().lower()
    where = url or name
    if kind is None and mime.startswith(_NOT_AN_ARTICLE_TYPES):
        from .html import NOT_AN_ARTICLE

        raise ArticleError(NOT_AN_ARTICLE)
    if kind is None:
        suffix = _suffix(name)
        raise ArticleError(f"{where}: I can't read {mime or suffix or 'this kind of'} files")
    article_id = id_for_name(name)
    if kind == "html":
        from .html import read_html

        return read_html(data, article_id=article_id, path=where, url=url, published=published)
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, article_id=article_id, path=where, published=published)
    if kind == "docx":
        from .docx import read_docx

        return read_docx(data, article_id=article_id, path=where, published=published)
    if b"\x00" in data:
        raise ArticleError(f"{where}: looks like a binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{where}: not UTF-8 text (bad byte at position {exc.start})") from exc
    article = parse_article(text, article_id=article_id, path=where, published=published)
    return _text_article(article, url=url)


def _text_article(article: Article, url: str | None = None) -> Article:
    """A text file's article with a title (front matter's, else its first line) and its date's origin."""
    return with_meta(article, "front matter", **({"url": url} if url and not article.meta.url else {}))
