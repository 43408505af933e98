"""Small pieces the commands share: the parser class, opening the library, argument types, tables."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import ArticleError

if TYPE_CHECKING:
    from ..articles import Article
    from ..library import Library

__all__ = [
    "SOURCE_HELP",
    "ArticleFiles",
    "IntermixedParser",
    "add_article_file_arguments",
    "add_source_arguments",
    "open_library",
    "print_table",
    "published_date",
    "span_json",
]

T = TypeVar("T")


class IntermixedParser(argparse.ArgumentParser):
    """Options may stand anywhere among the positionals: `newsbot quotes a.txt --published D b.txt`.

    Plain argparse stops a `nargs="+"` list at the first option and then refuses `b.txt`;
    `parse_known_intermixed_args` reads the options first, then the positionals. A parser with subcommands
    (`newsbot index`) cannot be read that way and is parsed as usual; its subcommands are intermixed again.
    """

    _intermixing = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        nested = any(a.nargs in (argparse.PARSER, argparse.REMAINDER) for a in self._get_positional_actions())
        if self._intermixing or nested:
            return super().parse_known_args(args, namespace)
        self._intermixing = True  # parse_known_intermixed_args calls back into parse_known_args
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


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


SOURCE_HELP = "an article: a path (.txt .md .html .htm .pdf .docx) or an http(s) link"


def add_source_arguments(parser: argparse.ArgumentParser) -> None:
    """`SOURCE... [--published D]`, for every command that reads articles named on its command line."""
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help=SOURCE_HELP)
    parser.add_argument(
        "--published", type=published_date, metavar="YYYY-MM-DD", help="publication date for every source (overrides)"
    )


def add_article_file_arguments(parser: argparse.ArgumentParser) -> None:
    """`SOURCE... [--json] [--published D]`, shared by the commands that read articles directly."""
    add_source_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object per source")


class ArticleFiles:
    """The articles named on the command line (paths or links), read one by one through `newsbot.readers`.

    A source that cannot be read is one line on stderr and the others still run; `status` is then 1, so a batch
    run never loses the good sources' results to one bad one. Each comes back with the argument as given.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.sources: list[str] = args.sources
        self.published: str | None = args.published
        self.status = 0

    def __iter__(self) -> Iterator[tuple[str, Article]]:
        from ..readers import read_source

        return self.each(lambda source: read_source(source, published=self.published))

    def each(self, read: Callable[[str], T]) -> Iterator[tuple[str, T]]:
        """Every source that `read` accepts; an `ArticleError` is reported and counted."""
        for source in self.sources:
            try:
                result = read(source)
            except ArticleError as exc:
                message = str(exc) if source in str(exc) else f"{source}: {exc}"  # say which source, once
                print(f"newsbot: error: {message}", file=sys.stderr)
                self.status = 1
                continue
            yield source, result


def span_json(span: Any) -> dict[str, Any] | None:
    """A record span as the JSON contracts write it."""
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}
