"""Time from a link to an article ready to ask about: fetch, read, parse, extract, embed and store.

Articles are served over loopback (so the network is left out) and indexed into a cache index with the models
already loaded, as in a running bot. The bot's card adds a few Bot API calls on top of this.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .corpus import article_of_size
from .figures import Figure, percentile
from .pages import serve_pages

__all__ = ["LinkTimes", "link_figures", "measure_links"]

SMALL_CHARS = 6_000
LARGE_CHARS = 56_000
_WARM_UP_SEED = 10_000  # any seed no round uses, so the warm-up text is not found again


@dataclass(frozen=True)
class LinkTimes:
    """Seconds from link to indexed article, per round, for the small and the large article (if measured)."""

    small: list[float]
    large: list[float]


def measure_links(cache_dir: Path, *, rounds: int, large: bool = True) -> LinkTimes:
    """Index `rounds` distinct small (and large) linked articles after one warm-up, timing each."""
    from ..config import load_settings
    from ..library import Library

    library = Library.open_cache(load_settings(cache_dir=cache_dir, allow_private_urls=True))
    times = LinkTimes([], [])
    sizes = [(SMALL_CHARS, times.small)] + ([(LARGE_CHARS, times.large)] if large else [])
    with serve_pages() as server:
        warm_up = server.add("/warm-up.txt", article_of_size(SMALL_CHARS, seed=_WARM_UP_SEED))
        library.ensure_article(warm_up)  # loads spaCy and the embedding model, as a running bot has
        for number in range(rounds):
            for size, samples in sizes:
                link = server.add(f"/{size}-{number}.txt", article_of_size(size, seed=number))  # new text each time
                started = time.perf_counter()
                library.ensure_article(link)
                samples.append(time.perf_counter() - started)
    return times


def link_figures(times: LinkTimes) -> list[Figure]:
    small = percentile(times.small, 50)
    note = (
        f"p50 of {len(times.small)} links, served over loopback as text/plain and indexed into a cache index with "
        "warm models; the bot's card (a few Bot API calls) is not included"
    )
    figures = [
        Figure("link_6kb", "Link to indexed article, 6 KB (read, parse, extract, embed, store), p50", "s", small,
               None, "value<=", 2.0, note),
    ]  # fmt: skip
    if times.large:
        large = percentile(times.large, 50)
        per_50kb = (large - small) / (LARGE_CHARS - SMALL_CHARS) * 50_000
        figures.append(
            Figure("link_per_50kb", "Link to indexed article, more per 50 KB", "s", per_50kb, None, "value<=", 1.0,
                   f"{LARGE_CHARS // 1000} KB article: p50 {large:.2f} s of {len(times.large)}")
        )  # fmt: skip
    return figures
