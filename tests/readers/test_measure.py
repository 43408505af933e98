"""The web-page benchmark: our reader's F1 with the benchmark's own scorer, quotations and paragraphs kept."""

from __future__ import annotations

import json
from pathlib import Path

from newsbot.readers.measure import gold_quotations, measure_webpages, score_bodies


def test_gold_quotations_are_found_in_every_family_of_marks() -> None:
    text = 'He said “yes,” then "no" and « peut-être ».\nA “dangling'
    assert gold_quotations(text) == ["“yes,”", '"no"', "« peut-être »"]


def test_the_reader_meets_the_targets_on_the_benchmark(shared_dir: Path) -> None:
    scores = measure_webpages(shared_dir / "benchmarks" / "webpages")
    assert scores.pages == 30
    assert scores.f1 >= 0.98, scores.summary()
    assert scores.quotation_share >= 0.99, scores.summary()
    assert scores.paragraph_share >= 0.9, scores.summary()


def test_the_scorer_tells_a_bad_reading_from_a_good_one(shared_dir: Path) -> None:
    directory = shared_dir / "benchmarks" / "webpages"
    gold = {k: v["articleBody"] for k, v in json.loads((directory / "ground-truth.json").read_text()).items()}
    perfect = score_bodies(directory, gold)
    assert (perfect.f1, perfect.quotation_share, perfect.paragraph_share) == (1.0, 1.0, 1.0)
    mangled = {k: v.replace("\n\n", "\n").replace("“", '"').replace("”", '"') for k, v in gold.items()}
    worse = score_bodies(directory, mangled)
    assert worse.paragraph_share < 0.1
    assert worse.quotation_share < 0.9
