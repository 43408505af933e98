"""`newsbot bench`: speed and memory against the bare embedding model, measured in the same run."""

from __future__ import annotations

import argparse
from typing import Any

from ..bench.phases import PHASES

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser(
        "bench",
        help="measure latency, cold start, memory, indexing and end-to-end speed against the bare model",
        description=(
            "Measure newsbot against the bare embedding model in the same run: answer latency, cold start, "
            "memory, indexing throughput and end to end through the Telegram emulator. Every figure is shown "
            "with the bare baseline, their ratio and the target. Exits 1 if a measurement could not run."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--quick", action="store_true", help="a smaller run that takes under a minute")
    parser.add_argument(
        "--articles",
        type=_positive,
        metavar="N",
        help="index only the first N articles of the corpus (default: all 924 PolNeAR articles; --quick: 3)",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=PHASES,
        default=[],
        metavar="PHASE",
        help=f"run only this phase (repeatable): {', '.join(PHASES)}; the bundled article is indexed first anyway",
    )
    parser.set_defaults(run=_bench)


def _bench(args: argparse.Namespace) -> int:
    from ..bench import run_bench
    from ..bench.report import render_json, render_table

    report = run_bench(quick=args.quick, articles=args.articles, only=args.only)
    print(render_json(report) if args.json else render_table(report))
    return 1 if report.errors else 0


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return number
