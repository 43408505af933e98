"""Small pieces the commands share: opening the library, argument types, tables."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..library import Library

__all__ = ["open_library", "print_table", "published_date"]


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
