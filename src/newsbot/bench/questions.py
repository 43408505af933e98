"""The questions latency is measured with: the seed evaluation set when present, else a built-in list."""

from __future__ import annotations

import json
from pathlib import Path

from .shared import shared_dir

__all__ = ["BUILTIN_QUESTIONS", "COLD_START_QUESTION", "load_questions"]

COLD_START_QUESTION = "Who defended Vikram Misri?"

# About the bundled article, in the mix of commands and free text that real chats send.
BUILTIN_QUESTIONS = (
    "/who defended Vikram Misri?",
    "Who is Vikram Misri?",
    "/who",
    "/when did Owaisi post about Misri?",
    "What did Owaisi say about civil servants?",
    "Who was trolled online after the ceasefire announcement?",
    "/quotes Owaisi",
    "When was the ceasefire announced?",
    "Who briefed the media with Misri?",
    "What did the opposition say about the trolling?",
    "/when",
    "Who said the Foreign Secretary is a decent diplomat?",
)


def load_questions(path: Path | None = None) -> tuple[list[str], str]:
    """The questions and where they came from; a missing or unreadable file falls back to the built-in list."""
    source = path or _seed_file()
    if source is not None and source.is_file():
        questions: list[str] = []
        try:
            for line in source.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    if isinstance(item, dict) and isinstance(item.get("q"), str) and item["q"].strip():
                        questions.append(item["q"])
        except (OSError, ValueError):
            questions = []
        if questions:
            return questions, str(source)
    return list(BUILTIN_QUESTIONS), "built-in list"


def _seed_file() -> Path | None:
    shared = shared_dir()
    return None if shared is None else shared / "eval" / "seed_dev.jsonl"
