"""Small pieces the commands share: opening the library, argument types, tables."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..articles import read_article
from ..errors import ArticleError

if TYPE_CHECKING:
    from ..articles import Article
    from ..library import Library

__all__ = ["ArticleFiles", "add_article_file_arguments", "open_library", "print_table", "published_date", "span_json"]


def open_library() -> Library:
    from ..library import Library

    return Library.open()


def published_date(value: str) -> str:
    """argparse type for `--published`: a real calendar date written YYYY-MM-DD."""
    try:
        if len(value) != 10:
            raise ValueError(value)
        dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date written YYYY-MM-DD") from None
    return value


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """A rich table at a terminal; tab-separated lines when piped, so scripts can cut columns."""
    if not sys.stdout.isatty():
        print("\t".join(headers))
        for row in rows:
            print("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*headers, show_lines=False)
    for row in rows:
        table.add_row(*row)
    Console().print(table)


def add_article_file_arguments(parser: argparse.ArgumentParser) -> None:
    """`FILE... [--json] [--published D]`, shared by the commands that read articles directly."""
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="article text files")
    parser.add_argument("--json", action="store_true", help="print one JSON object per file")
    parser.add_argument(
        "--published", type=published_date, metavar="YYYY-MM-DD", help="publication date for every file (overrides)"
    )


class ArticleFiles:
    """The articles named on the command line, read one by one.

    A file that cannot be read is one line on stderr and the others still run; `status` is then 1, so a batch
    run never loses the good files' results to one bad file.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.paths: list[Path] = args.files
        self.published: str | None = args.published
        self.status = 0

    def __iter__(self) -> Iterator[tuple[Path, Article]]:
        for path in self.paths:
            try:
                article = read_article(path, published=self.published)
            except ArticleError as exc:
                print(f"newsbot: error: {exc}", file=sys.stderr)
                self.status = 1
                continue
            yield path, article


def span_json(span: Any) -> dict[str, Any] | None:
    """A record span as the JSON contracts write it."""
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}
