"""`newsbot search TEXT`: the raw passages retrieval finds, for debugging answers."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import open_library, print_table

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("search", help="show the passages most similar to TEXT (retrieval debugging)")
    parser.add_argument("text", metavar="TEXT")
    parser.add_argument("--k", type=int, default=None, help="how many passages (default NEWSBOT_TOP_K)")
    parser.add_argument("--article", metavar="ID", help="search one indexed article only")
    parser.set_defaults(run=_search)


def _search(args: argparse.Namespace) -> int:
    library = open_library()
    k = args.k or library.settings.top_k
    if k < 1:
        raise SystemExit("newsbot: error: --k must be at least 1")
    if args.article is not None:
        library.article(args.article)  # a clear error for an unknown id
    vector = library.embed([args.text])[0]
    hits = library.search(vector, k, article_id=args.article)
    rows = [[f"{score:.3f}", p.article_id, str(p.paragraph), p.text] for p, score in hits]
    print_table(["score", "article", "¶", "sentence"], rows)
    return 0
