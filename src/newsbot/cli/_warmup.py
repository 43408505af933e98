"""`newsbot warm-up`: make everything a question needs before the first question (what `make run` calls).

It opens the index (building or refreshing it as needed), makes sure the ONNX export of the embedding model
is present and intact (exporting it from the bundled weights when not), and embeds one question with it.
After this, `ask`, `search`, `serve` and `chat` start without importing torch.
"""

from __future__ import annotations

import argparse
from typing import Any

from ._common import open_library

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser(
        "warm-up",
        help="prepare the index and the ONNX query model so the first question is fast",
        description="Build or refresh the index and export the ONNX query model if it is missing or damaged.",
    )
    parser.set_defaults(run=_warm_up)


def _warm_up(args: argparse.Namespace) -> int:
    library = open_library()
    embedder = library.query_embedder
    embedder.encode(["warm-up"])
    articles = len(library.store.manifest.articles)
    print(
        f"ready: {articles} article(s) indexed; ONNX query model {embedder.onnx.path} (sha256 {embedder.onnx.sha256[:16]}…)"
    )
    return 0
