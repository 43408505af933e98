"""Switch off one rule family at a time and see what each split loses: the audit behind "every rule must not
lower the train sample".

A family is a function `extract/reported.py` calls to admit or build a statement. Switching it off replaces it,
as `reported.py` sees it, with a neutral answer (no candidate, `False`, no tokens); core steps (the content of
a cue, spans, clause tokens) are never switched off. Parses come from `polnear_harness.py`'s cache (run it
once per split first); scores are the official scorer's.

    python tools/rule_ablation.py --sets train:0:300              # every family, on the guard sample
    python tools/rule_ablation.py --sets dev,train:300:840 quoted_object

Prints, per family, matched/predicted change and content F1 change on each set. A family whose removal
raises a set's F1 is one that set's annotators disagree with.
"""

from __future__ import annotations

import argparse
import inspect
import os
import sys
import tempfile
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polnear_harness as harness

# Steps every statement needs: switching them off measures nothing.
_CORE = frozenset(
    {
        "indirect_candidate",
        "subject_of",
        "fragments",
        "hull",
        "subtree_without",
        "word_count",
        "clause_tokens",
        "cue_tokens",
        "is_cue_lemma",
        "host_clause",
        "closed_asides",
        "verb_content",
    }
)
# Token lists that are a candidate's whole reason to exist, so an empty list switches the rule off.
_TOKEN_RULES = frozenset(
    {
        "passive_judgement",
        "placed_by_poll",
        "standing_after_object",
        "attack_target",
        "judged",
        "linking_complement",
        "second_that_clause",
    }
)

Item = tuple[dict[str, Any], str, str, bytes]


def _neutral(name: str, function: Callable[..., object]) -> tuple[bool, object]:
    """Whether `name` is a switchable family, and the answer that switches it off."""
    if name in _CORE:
        return False, None
    try:
        returns = str(typing.get_type_hints(function).get("return"))
    except Exception:  # a forward reference the hints cannot resolve: read the annotation as written
        returns = str(inspect.signature(function).return_annotation)
    if returns in {"bool", "<class 'bool'>"}:
        return True, False
    if returns.endswith("| None") and ("Candidate" in returns or "Token" in returns or returns.startswith("tuple")):
        return True, None
    if returns == "list[Token]" and name in _TOKEN_RULES:
        return True, []
    return False, None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("families", nargs="*", help="only these functions (default: every switchable one)")
    ap.add_argument("--sets", default="dev,train:0:300", help="comma-separated SPLIT[:A:B] (default dev and guard)")
    args = ap.parse_args()

    from spacy.tokens import DocBin

    import newsbot.extract.reported as reported
    from newsbot.cli._quotes import as_json
    from newsbot.extract import extract_records
    from newsbot.nlp import load_nlp
    from newsbot.readers import read_source
    from newsbot.segment import segment

    scorer = harness._scorer()
    key = harness._parser_key()
    vocab = load_nlp().vocab
    tmp = tempfile.mkdtemp(prefix="rule_ablation_")

    def load(spec: str) -> list[Item]:
        split, _, span = spec.partition(":")
        docs, _ = scorer.load_docs(str(harness.BENCHMARKS / "polnear" / split), 0)
        if span:
            first, last = (int(x) for x in span.split(":"))
            docs = docs[first:last]
        dates, _ = scorer.read_dates(str(harness.BENCHMARKS / "polnear" / split))
        items: list[Item] = []
        for d in docs:
            date = dates.get(d["name"])
            header = f"---\npublished: {date}\n---\n" if date else ""
            path = os.path.join(tmp, d["name"] + ".txt")
            Path(path).write_text(header + d["text"], encoding="utf-8")
            cached = harness._cache_file(harness.DEFAULT_CACHE, header + d["text"], key)
            if not cached.exists():
                raise SystemExit(f"rule_ablation: {spec} is not parsed yet; run polnear_harness.py on it first")
            items.append((d, path, header, cached.read_bytes()))
        return items

    def score(items: list[Item]) -> tuple[int, int, int]:
        totals = harness._totals()
        for d, path, header, blob in items:
            article = read_source(path)
            docs = list(DocBin().from_bytes(blob).get_docs(vocab))
            result = as_json(path, extract_records(article, segment(article, docs)))
            preds, _ = scorer.parse_quotes(result, d, header + d["text"], len(header))
            scorer.score_doc(d, preds, totals, False)
        c = totals["content"]["all"]
        return c["tp_pred"], c["n_pred"], c["n_gold"]

    def f1(x: tuple[int, int, int]) -> float:
        return 2 * x[0] / (x[1] + x[2]) if x[1] + x[2] else 0.0

    sets = {spec: load(spec) for spec in args.sets.split(",")}
    base = {spec: score(items) for spec, items in sets.items()}
    print("base " + "  ".join(f"{s} {b[0]}/{b[1]} ({f1(b):.4f})" for s, b in base.items()), flush=True)
    namespace: Any = reported
    for name, function in list(vars(reported).items()):
        if not inspect.isfunction(function) or function.__module__ == reported.__name__:
            continue
        if not function.__module__.startswith("newsbot.extract") or (args.families and name not in args.families):
            continue
        switchable, neutral = _neutral(name, function)
        if not switchable:
            continue
        setattr(namespace, name, lambda *_a, _n=neutral, **_k: _n)
        try:
            after = {spec: score(items) for spec, items in sets.items()}
        finally:
            setattr(namespace, name, function)
        changes = "  ".join(
            f"{s} {a[0] - base[s][0]:+d}/{a[1] - base[s][1]:+d} ({f1(a) - f1(base[s]):+.4f})" for s, a in after.items()
        )
        print(f"{name:32s} off: {changes}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
