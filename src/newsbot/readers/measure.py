"""How well the web-page reader reads: scored on the web-page benchmark with the benchmark's own scorer.

`measure_webpages(directory)` reads every `html/<id>.html`, scores the texts against `ground-truth.json` with
the benchmark's `evaluate.py` (4-word shingle F1), and counts two things the scorer does not see: gold
quotations found verbatim in our text, and gold paragraphs that are a paragraph of their own in our text.

Quotations are compared ignoring whitespace beside quotation marks and collapsing runs of whitespace: the gold
text puts a space wherever an inline tag stood (`“ Wild Rose ”` for `“<a>Wild Rose</a>”`), which is the
annotation tool's artefact and not the page's text. Every other character, the marks included, must match.

Run it as `python -m newsbot.readers.measure ../shared/benchmarks/webpages`.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from ..errors import ArticleError
from .html import extract_page

__all__ = ["WebpageScores", "gold_quotations", "measure_webpages"]

_QUOTATION = re.compile(r"“[^“”\n]+”|\"[^\"\n]+\"|«[^«»\n]+»")
_MARK_SPACE = re.compile(r"\s*([“”\"‘’«»])\s*")
_SPACES = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class WebpageScores:
    """The benchmark's F1/precision/recall, and our counts of quotations and paragraphs kept."""

    pages: int
    f1: float
    precision: float
    recall: float
    quotations: int
    quotations_found: int
    paragraphs: int
    paragraphs_own: int
    seconds: float

    @property
    def quotation_share(self) -> float:
        return self.quotations_found / self.quotations if self.quotations else 1.0

    @property
    def paragraph_share(self) -> float:
        return self.paragraphs_own / self.paragraphs if self.paragraphs else 1.0

    def summary(self) -> str:
        return (
            f"{self.pages} pages: F1 {self.f1:.4f} (precision {self.precision:.4f}, recall {self.recall:.4f}); "
            f"quotations verbatim {self.quotations_found}/{self.quotations} ({self.quotation_share:.1%}); "
            f"gold paragraphs kept as paragraphs {self.paragraphs_own}/{self.paragraphs} "
            f"({self.paragraph_share:.1%}); {self.seconds:.1f} s"
        )


def gold_quotations(text: str) -> list[str]:
    """Quotations inside one paragraph, in curly, straight or guillemet marks."""
    return _QUOTATION.findall(text)


def _loose(text: str) -> str:
    return _MARK_SPACE.sub(r"\1", _SPACES.sub(" ", text)).strip()


def _load_scorer(directory: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("webpages_evaluate", directory / "evaluate.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(directory / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_bodies(directory: Path) -> dict[str, str]:
    """Our text of every benchmark page, by id ("" for a page we refuse as not an article)."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    bodies: dict[str, str] = {}
    for key, gold in truth.items():
        try:
            page = extract_page((directory / "html" / f"{key}.html").read_bytes(), gold.get("url"))
            bodies[key] = "\n\n".join(page.paragraphs)
        except ArticleError:
            bodies[key] = ""
    return bodies


def score_bodies(directory: Path, bodies: dict[str, str], seconds: float = 0.0) -> WebpageScores:
    """Score texts by page id against the gold bodies with the benchmark's own scorer."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    scorer = _load_scorer(directory)
    predicted = {key: {"articleBody": bodies.get(key, "")} for key in truth}
    metrics = scorer.evaluate(truth, predicted, 1)
    quotations = found = paragraphs = own = 0
    for key, gold in truth.items():
        ours = bodies.get(key, "")
        ours_loose = _loose(ours)
        for quotation in gold_quotations(gold["articleBody"]):
            quotations += 1
            found += _loose(quotation) in ours_loose
        our_paragraphs = {" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(ours)}
        for paragraph in _PARAGRAPH_BREAK.split(gold["articleBody"]):
            if paragraph.strip():
                paragraphs += 1
                own += " ".join(paragraph.split()) in our_paragraphs
    return WebpageScores(
        pages=len(truth),
        f1=metrics["f1"],
        precision=metrics["precision"],
        recall=metrics["recall"],
        quotations=quotations,
        quotations_found=found,
        paragraphs=paragraphs,
        paragraphs_own=own,
        seconds=seconds,
    )


def measure_webpages(directory: Path) -> WebpageScores:
    """Read and score every page of the benchmark in `directory`."""
    started = time.perf_counter()
    bodies = read_bodies(directory)
    return score_bodies(directory, bodies, time.perf_counter() - started)


if __name__ == "__main__":  # pragma: no cover - a developer's entry point
    print(measure_webpages(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/benchmarks/webpages")).summary())
