"""The `newsbot` command.

Each subcommand lives in its own `cli/_*.py` module with a `register(subparsers)` function; this module only
wires them, configures logging once, and turns a `NewsbotError` into one line on stderr and exit status 1.
Heavy libraries (torch, spaCy, FAISS) are imported inside the commands, so `newsbot --help` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from ..errors import NewsbotError
from ._common import IntermixedParser

__all__ = ["build_parser", "main"]

# One module per command group; each defines `register(subparsers)`.
_COMMAND_MODULES = ("_index", "_search", "_read", "_quotes", "_dates", "_ask", "_chat", "_bench", "_warmup")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsbot",
        description="Ask a news article who said what, and when; answers are verbatim, cited quotes.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=IntermixedParser)
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        module.register(sub)
    return parser


def _configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    for noisy in ("httpx", "httpcore", "telegram.ext.Updater"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for quiet in ("sentence_transformers", "faiss", "faiss.loader", "transformers"):
        logging.getLogger(quiet).setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is None:
        parser.print_help()
        raise SystemExit(2 if args.command is None else 0)
    _configure_logging(args.verbose)
    try:
        status = args.run(args)
    except NewsbotError as exc:
        print(f"newsbot: error: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        print("newsbot: interrupted", file=sys.stderr)
        raise SystemExit(130) from None
    except BrokenPipeError:
        raise SystemExit(0) from None
    raise SystemExit(status or 0)
