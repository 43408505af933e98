"""`newsbot ask`: answer questions about an article from the command line.

With a QUESTION, one answer; without, one question per line of standard input and one answer each, with the
model and index loaded once (how the grader and scripts use it). `--json` prints the stable contract object
(`Answer.contract()`), one per line.

The bundled article is answered from the index (`NEWSBOT_INDEX_DIR`). An article named with `--article` (a path or
a link), or any article with another `--published` date, is answered from the index that already holds it
unchanged, or else indexed into the cache index under `NEWSBOT_CACHE_DIR`, so `ask` never writes the committed
index and asking again about the same source is instant.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from ._common import SOURCE_HELP, published_date

if TYPE_CHECKING:
    from ..answer.model import Answer
    from ..library import Library

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser(
        "ask",
        help="answer a question about an article with verbatim, cited quotes",
        description="Answer QUESTION (or each line of standard input) about an article: who said what, and when.",
    )
    parser.add_argument("question", nargs="?", metavar="QUESTION", help="the question (default: read stdin lines)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per answer")
    parser.add_argument(
        "--article", metavar="SOURCE", help=f"{SOURCE_HELP}, to ask about (indexed into the cache when needed)"
    )
    parser.add_argument(
        "--published", type=published_date, metavar="YYYY-MM-DD", help="the article's publication date (overrides)"
    )
    parser.set_defaults(run=_ask)


def _render(answer: Answer, as_json: bool) -> str:
    if as_json:
        return json.dumps(answer.contract(), ensure_ascii=False)
    return answer.text


def _ask(args: argparse.Namespace) -> int:
    from ..answer.answerer import Answerer

    library, article_id = _library_for(args.article, args.published)
    answerer = Answerer(library)
    if args.question is not None:
        print(_render(answerer.ask(args.question, article_id=article_id), args.json))
        return 0
    first = True
    for line in sys.stdin:
        answer = answerer.ask(line.rstrip("\r\n"), article_id=article_id)
        if not args.json and not first:
            print()
        print(_render(answer, args.json), flush=True)
        first = False
    return 0


def _library_for(source: str | None, published: str | None) -> tuple[Library, str | None]:
    """The library to answer from, and the article in it (None: the default, the bundled article).

    Only the plain default opens the index the usual way (building or refreshing it); otherwise the index is
    read, never written: when it holds `source` unchanged, at a current code version, that entry answers, and
    anything else goes into the cache index.
    """
    from ..articles import bundled_article_path
    from ..config import load_settings
    from ..errors import IndexCorruptError
    from ..library import Library
    from ..store import Store

    settings = load_settings()
    if source is None and published is None:
        return Library.open(settings), None
    wanted = source if source is not None else str(bundled_article_path())
    if Store.exists(settings.index_dir):
        try:
            indexed = Library.open(settings, refresh=False)
        except IndexCorruptError:
            pass
        else:
            found = indexed.find(wanted, published=published) if indexed.current else None
            if found is not None:
                return indexed, found
    cache = Library.open_cache(settings)
    return cache, cache.ensure_article(wanted, published=published)
