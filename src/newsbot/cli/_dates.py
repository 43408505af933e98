"""`newsbot dates`: every date expression in each article, normalised against its publication date.

Every SOURCE (a path or an http(s) link, read through `newsbot.readers`) is handled in one run; a source that
cannot be read is reported on stderr as one line and the others still run, with exit status 1 at the end.
`--json` prints one JSON object per source (the benchmark contract, `"file"` being the argument as given);
otherwise a table per source.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from ._common import ArticleFiles, add_article_file_arguments, print_table

if TYPE_CHECKING:
    from ..records import ArticleMeta, DateMention

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "dates",
        help="list the date expressions in articles with their normalised values",
        description="Find every date expression in each article and normalise it against the publication date "
        "(front matter, --published, or else the latest full date in the text, flagged as inferred).",
    )
    add_article_file_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: every `newsbot` start builds all subparsers, and extraction costs ~150 ms to import.
    from ..extract.dates import find_dates, published_date, resolve_meta

    files = ArticleFiles(args)
    for source, article in files:
        meta = resolve_meta(article)
        mentions = find_dates(article.text, published=published_date(meta), start=article.body_start)
        if args.json:
            print(json.dumps(_as_json(source, meta, mentions), ensure_ascii=False), flush=True)
        else:
            _print_table(source, meta, mentions)
    return files.status


def _as_json(file: str, meta: ArticleMeta, mentions: list[DateMention]) -> dict[str, Any]:
    return {
        "file": file,
        "published": meta.published,
        "published_inferred": meta.published_inferred,
        "dates": [
            {"text": m.text, "start": m.start, "end": m.end, "value": m.value, "granularity": m.granularity}
            for m in mentions
        ],
    }


def _print_table(file: str, meta: ArticleMeta, mentions: list[DateMention]) -> None:
    if meta.published is None:
        published = "publication date unknown: only dates with a year are resolved"
    else:
        published = f"published {meta.published}" + (" (inferred from the text)" if meta.published_inferred else "")
    print(f"{file} — {published}")
    if not mentions:
        print("  no date expressions found")
        return
    rows = [[f"{m.start}-{m.end}", " ".join(m.text.split()), m.value, m.granularity] for m in mentions]
    print_table(["offset", "text", "value", "granularity"], rows)
