"""`newsbot read`: what the readers make of a source, before anything is indexed.

Each SOURCE (a .txt .md .html .htm .pdf .docx file or an http(s) link) is read into the article newsbot would
store. `--json` prints one object per source with `text`, exactly the text every offset refers to; otherwise a
short summary. A source that cannot be read is one line on stderr and the others still run, exit status 1.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from ._common import ArticleFiles, add_article_file_arguments

if TYPE_CHECKING:
    from ..articles import Article

__all__ = ["as_json", "register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "read",
        help="read articles from files or links and show their text and metadata",
        description="Read each SOURCE (a .txt .md .html .htm .pdf .docx file or an http(s) link) the way newsbot "
        "stores it: title, publication date and where it came from, author, site and the text offsets refer to.",
    )
    add_article_file_arguments(parser)
    parser.set_defaults(run=run)


def as_json(source: str, article: Article) -> dict[str, Any]:
    """The `newsbot read --json` contract: one object per source."""
    meta = article.meta
    return {
        "source": source,
        "id": article.id,
        "title": meta.title,
        "published": meta.published,
        "published_from": meta.published_from if meta.published else None,
        "author": meta.author,
        "site": meta.site,
        "url": meta.url,
        "paragraphs": len(article.paragraphs),
        "text": article.text,
    }


def _summary(source: str, article: Article) -> str:
    meta = article.meta
    date = f"{meta.published} (from the {meta.published_from})" if meta.published else "no publication date"
    lines = [f"{source}", f"  title:      {meta.title}", f"  published:  {date}"]
    for label, value in (("author", meta.author), ("site", meta.site), ("url", meta.url)):
        if value:
            lines.append(f"  {label + ':':<11} {value}")
    words = len(article.text.split())
    lines.append(f"  id {article.id}: {len(article.paragraphs)} paragraphs, {words:,} words")
    first = " ".join(article.paragraphs[0].text.split()) if article.paragraphs else ""
    lines.append(f"  ¶1 {first[:160]}{'…' if len(first) > 160 else ''}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    files = ArticleFiles(args)
    for source, article in files:
        if args.json:
            print(json.dumps(as_json(source, article), ensure_ascii=False), flush=True)
        else:
            print(_summary(source, article), flush=True)
    return files.status
