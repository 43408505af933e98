"""`newsbot ask`: answer questions about an article from the command line.

With a QUESTION, one answer; without, one question per line of standard input and one answer each, with the
model and index loaded once (how the grader and scripts use it). `--json` prints the stable contract object
(`Answer.contract()`), one per line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._common import open_library, published_date

if TYPE_CHECKING:
    from ..answer.model import Answer

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser(
        "ask",
        help="answer a question about an article with verbatim, cited quotes",
        description="Answer QUESTION (or each line of standard input) about an article: who said what, and when.",
    )
    parser.add_argument("question", nargs="?", metavar="QUESTION", help="the question (default: read stdin lines)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per answer")
    parser.add_argument("--article", type=Path, metavar="FILE", help="article file to ask about (indexed if needed)")
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
    from ..articles import bundled_article_path

    library = open_library()
    article_id: str | None = None
    if args.article is not None:
        article_id = library.ensure_article(args.article, published=args.published)
    elif args.published is not None:
        article_id = library.ensure_article(bundled_article_path(), published=args.published)
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
