"""`newsbot quotes`: who said what, and when, in each article.

Every SOURCE (a path or an http(s) link) is read through `newsbot.readers` and parsed in one run with the spaCy
pipeline loaded once. A source that cannot be read is reported on stderr as one line and the others still run,
with exit status 1 at the end. `--json` prints one JSON object per source (the benchmark contract, `"file"`
being the argument as given); otherwise a table per source.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from ._common import ArticleFiles, add_article_file_arguments, span_json

if TYPE_CHECKING:
    from ..articles import Article
    from ..records import ArticleRecords

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "quotes",
        help="list every statement in articles: who said what, with what cue, and when",
        description="Extract every statement (direct quote, reported speech, embedded post) from each article, "
        "with its speaker, cue and date.",
    )
    add_article_file_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..extract import extract_records
    from ..segment import segment

    files = ArticleFiles(args)
    for source, article in files:
        records = extract_records(article, segment(article))
        if args.json:
            print(json.dumps(as_json(source, records), ensure_ascii=False), flush=True)
        else:
            _print_table(source, records, article)
    return files.status


def as_json(file: str, records: ArticleRecords) -> dict[str, Any]:
    """The benchmark contract: one object per source (`file`: the argument as given) with a list of quotes."""
    return {
        "file": file,
        "published": records.meta.published,
        "quotes": [
            {
                "quote": " ".join(f.text for f in s.fragments) if s.fragments else s.quote.text,
                # The joined fragments must begin and end where the offsets do ("that “…” “…”" → from "“").
                "start": s.fragments[0].start if s.fragments else s.quote.start,
                "end": s.fragments[-1].end if s.fragments else s.quote.end,
                "kind": s.kind,
                "speaker": s.speaker,
                "fragments": [span_json(f) for f in s.fragments],
                "speaker_mention": span_json(s.speaker_mention),
                "cue": span_json(s.cue),
                "date": s.date,
                "date_text": s.date_text,
                "paragraph": s.paragraph,
                "repeats": [span_json(r) for r in s.repeats],
            }
            for s in records.statements
        ],
    }


def _published(records: ArticleRecords) -> str:
    meta = records.meta
    if meta.published is None:
        return "publication date unknown"
    return f"published {meta.published}" + (" (inferred from the text)" if meta.published_inferred else "")


def _print_table(file: str, records: ArticleRecords, article: Article) -> None:
    """A rich table at a terminal; tab-separated lines when piped, so scripts can cut columns."""
    if not sys.stdout.isatty():
        print(f"{file}\t{_published(records)}")
        print("\t".join(["id", "paragraph", "speaker", "mention", "cue", "date", "date_text", "kind", "quote"]))
        for s in records.statements:
            cells = [
                str(s.id),
                str(s.paragraph),
                s.speaker or "",
                s.speaker_mention.text if s.speaker_mention else "",
                s.cue.text if s.cue else "",
                s.date or "",
                s.date_text or "",
                s.kind,
                s.quote.text,
            ]
            print("\t".join(" ".join(cell.split()) for cell in cells))
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    console.print(f"[bold]{escape(file)}[/bold] — {escape(_published(records))}")
    if not records.statements:
        console.print("  no statements found")
        return
    table = Table(show_lines=True)
    table.add_column("#", justify="right", style="dim")
    table.add_column("¶", justify="right", style="dim")
    table.add_column("speaker", style="bold")
    table.add_column("cue")
    table.add_column("date")
    table.add_column("kind")
    table.add_column("quote", ratio=1)
    for s in records.statements:
        speaker = escape(s.speaker or "—")
        if s.speaker_mention is not None and s.speaker_mention.text != s.speaker:
            speaker += f"\n[dim]({escape(s.speaker_mention.text)})[/dim]"
        quote = escape(" ".join(s.quote.text.split()))
        if s.repeats:
            where = ", ".join(str(article.paragraph_at(r.start)) for r in s.repeats)
            quote += f"\n[dim]repeated in ¶ {where}[/dim]"
        date = escape(s.date or "—") + (f"\n[dim]({escape(s.date_text)})[/dim]" if s.date_text else "")
        table.add_row(str(s.id), str(s.paragraph), speaker, escape(s.cue.text) if s.cue else "—", date, s.kind, quote)
    console.print(table)
