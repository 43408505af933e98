"""The checks of `../shared/eval/grade_qa.py`, reimplemented so our own question sets run without `../shared`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def load_questions(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _spans(article: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], article.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = article.find(needle, i + 1)
    if not out:
        raise AssertionError(f"gold text not in article: {needle!r}")
    return out


def _cited(answer: dict[str, Any], article: str, needle: str) -> bool:
    return any(
        min(e, c["end"]) > max(s, c["start"]) for c in answer.get("citations") or [] for s, e in _spans(article, needle)
    )


def problems(gold: dict[str, Any], answer: dict[str, Any], article: str) -> list[str]:
    """What is wrong with `answer` (an `Answer.contract()`) against `gold`; empty when it passes."""
    out = [
        f"citation not verbatim at {c['start']}:{c['end']}"
        for c in answer.get("citations") or []
        if article[c["start"] : c["end"]] != c["quote"]
    ]
    if not gold.get("answerable", True):
        return [*out, "answered a question the article does not answer"] if answer.get("answered") else out
    if not answer.get("answered"):
        return [*out, "did not answer"]
    speaker = (answer.get("speaker") or "").lower()
    text = (answer.get("text") or "").lower()
    date = answer.get("date")
    if "speaker_any" in gold and not any(s.lower() in speaker for s in gold["speaker_any"]):
        out.append(f"speaker {answer.get('speaker')!r}, expected one of {gold['speaker_any']}")
    out += [f"speaker must not be {s!r}" for s in gold.get("speaker_not", []) if s.lower() in speaker]
    if "date" in gold and not (date or "").startswith(gold["date"]):
        out.append(f"date {date!r}, expected {gold['date']!r}")
    if "date_in" in gold and date not in gold["date_in"]:
        out.append(f"date {date!r}, expected one of {gold['date_in']}")
    if "text_any" in gold and not any(t.lower() in text for t in gold["text_any"]):
        out.append(f"text lacks any of {gold['text_any']}")
    out += [f"text lacks {t!r}" for t in gold.get("text_all", []) if t.lower() not in text]
    out += [f"text contains {t!r}" for t in gold.get("text_not", []) if t.lower() in text]
    if "cite_any" in gold and not any(_cited(answer, article, n) for n in gold["cite_any"]):
        out.append(f"no citation of any of {[n[:40] for n in gold['cite_any']]}")
    out += [f"no citation of {n[:40]!r}" for n in gold.get("cite_all", []) if not _cited(answer, article, n)]
    return out
