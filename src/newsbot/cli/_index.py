"""`newsbot index add|list|remove|rebuild`: manage the articles the bot can answer about."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ._common import ArticleFiles, add_source_arguments, open_library, print_table

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("index", help="add, list, remove or rebuild indexed articles")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="index articles: paths (.txt .md .html .htm .pdf .docx) or http(s) links")
    add_source_arguments(add)
    add.set_defaults(run=_add)

    listing = actions.add_parser("list", help="list indexed articles")
    listing.set_defaults(run=_list)

    remove = actions.add_parser("remove", help="remove an article from the index")
    remove.add_argument("article_id", metavar="ID")
    remove.set_defaults(run=_remove)

    rebuild = actions.add_parser("rebuild", help="re-index every article from its source (fixes a damaged index)")
    rebuild.set_defaults(run=_rebuild)


def _add(args: argparse.Namespace) -> int:
    """Read every source first; a bad one is one line on stderr, the good ones are indexed, and the status is 1."""
    from ..answer.compose import UNDATED_HINT
    from ..library import read_indexable

    files = ArticleFiles(args)
    sources = [read for _, read in files.each(lambda source: read_indexable(source, published=args.published))]
    if not sources:  # the index is opened (and created) only when there is something to add
        return files.status
    library = open_library()
    for article_id in library.add_sources(sources):
        print(f"indexed {article_id}")
        meta = library.article(article_id).records.meta
        if meta.published is None:
            print(f"newsbot: note: {article_id}: {UNDATED_HINT}", file=sys.stderr)
        elif meta.published_inferred:
            print(
                f"newsbot: note: {article_id}: publication date {meta.published} inferred from the text; "
                "if that is wrong, give it with --published YYYY-MM-DD or a `published:` front-matter line",
                file=sys.stderr,
            )
    return files.status


def _list(args: argparse.Namespace) -> int:
    library = open_library()
    rows = [
        [
            s.id,
            s.title or "",
            (s.published or "?") + (" (inferred)" if s.published_inferred else ""),
            str(s.passages),
            str(s.statements),
            s.path,
        ]
        for s in library.articles()
    ]
    print_table(["id", "title", "published", "passages", "statements", "source"], rows)
    return 0


def _remove(args: argparse.Namespace) -> int:
    library = open_library()
    library.remove(args.article_id)
    print(f"removed {args.article_id}")
    return 0


def _rebuild(args: argparse.Namespace) -> int:
    from ..config import load_settings
    from ..errors import IndexCorruptError
    from ..library import Library
    from ..store import Store

    settings = load_settings()
    try:
        library = Library.open(settings, refresh=False)
    except IndexCorruptError:
        library = _salvage(settings.index_dir)
        if library is None:
            Store.discard(settings.index_dir)
            library = Library.open(settings)
            print(f"rebuilt {settings.index_dir} from scratch with the bundled article")
            return 0
    ids = library.rebuild()
    print(f"rebuilt {len(ids)} article(s): {', '.join(ids)}")
    return 0


def _salvage(directory: Path) -> Any:
    """A library over a damaged index, keeping its article list when the manifest is still readable."""
    from ..config import load_settings
    from ..library import Library
    from ..store import Store

    store = Store.salvage(directory)
    return None if store is None else Library(store, load_settings())
