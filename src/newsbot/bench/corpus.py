"""Articles to index: the 924 PolNeAR texts when `../shared` is present, generated news articles otherwise."""

from __future__ import annotations

import random
from pathlib import Path

from .shared import shared_dir

__all__ = ["POLNEAR_SPLITS", "generate_articles", "polnear_files", "select_articles"]

POLNEAR_SPLITS = ("train", "dev")

_PEOPLE = ("Maria Lopez", "John Okafor", "Priya Raman", "Tomas Novak", "Aiko Tanaka", "Samuel Adeyemi")
_ROLES = ("the mayor", "a council spokesperson", "the harbour master", "the finance minister", "an opposition MP")
_TOPICS = ("the budget", "the new bridge", "flood defences", "school funding", "the rail strike", "housing permits")
_CUES = ("said", "told reporters", "wrote on X", "added", "argued", "warned")
_DAYS = ("on Monday", "on Tuesday", "last week", "on 3 March", "in January", "yesterday")


def polnear_files(shared: Path | None = None) -> list[Path]:
    """Every PolNeAR train and dev text, in a stable order; empty when the data is not here."""
    base = shared if shared is not None else shared_dir()
    if base is None:
        return []
    files: list[Path] = []
    for split in POLNEAR_SPLITS:
        folder = base / "benchmarks" / "polnear" / split / "text"
        if folder.is_dir():
            files.extend(sorted(folder.glob("*.txt")))
    return files


def generate_articles(directory: Path, count: int, *, seed: int = 6) -> list[Path]:
    """`count` plausible news articles with quotes, cues and dates, so indexing has realistic work to do."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for number in range(count):
        topic = rng.choice(_TOPICS)
        paragraphs = [f"Row over {topic} deepens", _lead(rng, topic)]
        for _ in range(rng.randint(8, 16)):
            paragraphs.append(_paragraph(rng, topic))
        path = directory / f"generated-{number:04d}.txt"
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def select_articles(limit: int | None, scratch: Path) -> tuple[list[Path], str]:
    """Up to `limit` articles (all when None) and a description of where they came from."""
    files = polnear_files()
    if files:
        chosen = files if limit is None else files[:limit]
        return chosen, f"PolNeAR train+dev ({len(chosen)} of {len(files)} articles)"
    count = 924 if limit is None else limit
    return generate_articles(scratch / "generated", count), f"generated articles ({count}; PolNeAR not present)"


def _lead(rng: random.Random, topic: str) -> str:
    person, role = rng.choice(_PEOPLE), rng.choice(_ROLES)
    return f"{person}, {role}, {rng.choice(_CUES)} {rng.choice(_DAYS)} that {topic} would be reviewed before the vote."


def _paragraph(rng: random.Random, topic: str) -> str:
    person, role = rng.choice(_PEOPLE), rng.choice(_ROLES)
    quote = rng.choice(
        (
            f"We cannot keep postponing {topic}, and people deserve an answer",
            f"Nobody has shown me a credible plan for {topic}",
            "This is the most important decision the council will take this year",
            f"The figures on {topic} simply do not add up",
        )
    )
    background = rng.choice(
        (
            f"The council first discussed {topic} {rng.choice(_DAYS)}.",
            "Critics say the process has been slow and opaque.",
            f"Residents packed the hall to hear the debate about {topic}.",
            "A final decision is expected before the end of the month.",
        )
    )
    return f'"{quote}," {person}, {role}, {rng.choice(_CUES)} {rng.choice(_DAYS)}. {background}'
