"""Seed questions from the shared evaluation file, or the built-in list without it."""

from __future__ import annotations

import json
from pathlib import Path

from newsbot.bench.questions import BUILTIN_QUESTIONS, load_questions


def test_reads_the_q_field_of_each_line(tmp_path: Path) -> None:
    seed = tmp_path / "seed.jsonl"
    lines = [json.dumps({"id": "a", "q": "/who said it?"}), "", json.dumps({"id": "b", "q": "When?"})]
    seed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    questions, source = load_questions(seed)
    assert questions == ["/who said it?", "When?"]
    assert source == str(seed)


def test_falls_back_to_the_builtin_list(tmp_path: Path) -> None:
    questions, source = load_questions(tmp_path / "absent.jsonl")
    assert questions == list(BUILTIN_QUESTIONS)
    assert source == "built-in list"
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    assert load_questions(broken)[0] == list(BUILTIN_QUESTIONS)


def test_shared_seed_file_when_present(shared_dir: Path) -> None:
    questions, source = load_questions(shared_dir / "eval" / "seed_dev.jsonl")
    assert source.endswith("seed_dev.jsonl")
    assert len(questions) >= 10
