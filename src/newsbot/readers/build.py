"""Paragraphs read from any kind of source, made into the one `Article`.

The stored text is the body only: paragraphs separated by blank lines, the form `articles.parse_article`
reads back to the same paragraphs, so offsets mean the same whether an article came from a page, a PDF or a
text file. What the source said about itself (title, date, author, site) goes into `Article.meta`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..articles import Article, article_id_for, parse_article
from ..errors import ArticleError
from ..records import PublishedFrom

__all__ = ["TITLE_CHARS", "article_from_paragraphs", "fallback_title", "id_for_name", "with_meta"]

TITLE_CHARS = 90
_MARKDOWN_HEADING = re.compile(r"\A#{1,6}[ \t]+")
_BLANK_RUNS = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+")
_ID_CHARS = 60


def id_for_name(name: str) -> str:
    """A readable id from a file name or URL: its last path segment, slugged (`…/2019/11/story.html` → story)."""
    if "://" in name:
        parts = urlsplit(name)
        segments = [s for s in unquote(parts.path).split("/") if s]
        name = segments[-1] if segments else parts.hostname or "page"
    slug = article_id_for(Path(name))
    return slug[:_ID_CHARS].rstrip("-") or "article"


def fallback_title(article: Article) -> str:
    """The first heading or line of the body, shortened at a word: what a person would call the article."""
    first = article.paragraphs[0].text.split("\n", 1)[0].strip() if article.paragraphs else article.id
    first = _MARKDOWN_HEADING.sub("", first).strip() or article.id
    if len(first) <= TITLE_CHARS:
        return first
    cut = first[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return f"{cut}…"


def with_meta(article: Article, published_from: PublishedFrom | None = None, **values: Any) -> Article:
    """`article` with metadata filled in; a title is always set, the body's first line when nothing else."""
    meta = article.meta.model_copy(update={k: v for k, v in values.items() if v})
    if meta.published is not None and meta.published_from is None:
        meta = meta.model_copy(update={"published_from": published_from})
    if not meta.title:
        article.meta = meta
        meta = meta.model_copy(update={"title": fallback_title(article)})
    article.meta = meta
    return article


def article_from_paragraphs(
    paragraphs: list[str],
    *,
    article_id: str,
    path: str,
    published: str | None,
    source_date: str | None = None,
    published_from: PublishedFrom | None = None,
    **meta: Any,
) -> Article:
    """Join paragraphs with blank lines and read them as an article, `published` winning over `source_date`.

    A blank line inside a paragraph would split it on re-reading, so runs of blank lines become one newline.
    A date given by whoever adds the article (`--published`) counts as front matter: it came with the article.
    """
    cleaned = [_BLANK_RUNS.sub("\n", p).strip() for p in paragraphs]
    while cleaned and not any(ch.isalnum() for ch in cleaned[0]):  # a leading rule ("---") is no front matter
        cleaned.pop(0)
    text = "\n\n".join(p for p in cleaned if p)
    if not text:
        raise ArticleError(f"{path}: the article is empty")
    source: PublishedFrom | None = "front matter" if published else published_from
    article = parse_article(text + "\n", article_id=article_id, path=path, published=published or source_date)
    return with_meta(article, source, **meta)
