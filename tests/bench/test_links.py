"""Link to indexed article: real loopback fetches into a cache index, and the figures made from the times."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbot.bench.corpus import article_of_size
from newsbot.bench.links import LARGE_CHARS, SMALL_CHARS, LinkTimes, link_figures, measure_links
from newsbot.config import load_settings
from newsbot.library import Library


def test_each_round_indexes_a_new_linked_article(tmp_path: Path) -> None:
    times = measure_links(tmp_path, rounds=1, large=False)
    assert len(times.small) == 1
    assert times.small[0] > 0
    assert times.large == []
    cached = Library.open_cache(load_settings(cache_dir=tmp_path)).articles()
    assert len(cached) == 2  # the warm-up and the timed article, both really indexed
    assert all(s.path.startswith("http://127.0.0.1:") for s in cached)
    assert all(s.passages > 10 for s in cached)


def test_figures_give_the_small_p50_and_the_cost_per_50_kb() -> None:
    small, per_50kb = link_figures(LinkTimes(small=[1.0, 3.0, 2.0], large=[12.0, 7.0, 9.0]))
    assert (small.key, small.value, small.met) == ("link_6kb", 2.0, True)
    assert per_50kb.key == "link_per_50kb"
    assert per_50kb.value == pytest.approx((9.0 - 2.0) / (LARGE_CHARS - SMALL_CHARS) * 50_000)
    assert per_50kb.met is False
    assert [f.key for f in link_figures(LinkTimes(small=[1.5], large=[]))] == ["link_6kb"]


def test_generated_articles_have_the_size_asked_for_and_differ_by_seed() -> None:
    text = article_of_size(SMALL_CHARS, seed=3)
    assert SMALL_CHARS <= len(text) < SMALL_CHARS + 400
    assert text == article_of_size(SMALL_CHARS, seed=3)
    assert text != article_of_size(SMALL_CHARS, seed=4)
