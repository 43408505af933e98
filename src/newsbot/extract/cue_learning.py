"""Learn which words introduce attributions from an annotated corpus, for the cue lexicons in `cues.py`.

The hand-written lexicons were tuned on PolNeAR dev; news in general uses many more cues ("issued a
statement", "is expected to", "concern about …"). This counts, over annotated documents, how often each
(lemma, complement) pair of the parse — a verb's object, infinitive, clause or prepositional object, a noun's
prepositional object or infinitive — holds an annotated content, and keeps the pairs that do at least 7 times in
10 (seen 3 times or more). It runs offline (`python -m newsbot.extract.cue_learning --split-dir …/polnear/train`), skipping the
first documents (the ones the rules are guarded on), and writes `data/learned_cues.json`, which `cues.py`
reads at import; nothing is learned at run time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Frame", "LearnedDoc", "frames_of", "learn", "main", "read_brat", "select"]

MIN_RATE = 0.7  # a frame that holds an attribution at least this often (7 times in 10)
MIN_SEEN = 3  # in at least this many occurrences
MATCH = 0.5  # overlap with an annotated content, as a share of the longer span (the scorer's rule)
KINDS = ("dobj", "xcomp", "ccomp", "prep", "nprep", "nacl")

_SPAN = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t", re.M)

Offsets = tuple[int, int]


@dataclass(frozen=True)
class Frame:
    """One complement of one word: `kind` is one of `KINDS`, `prep` the preposition of a prep frame."""

    lemma: str
    kind: str
    prep: str
    start: int
    end: int


@dataclass(frozen=True)
class LearnedDoc:
    """An annotated text: its content spans (each a list of fragments)."""

    name: str
    text: str
    contents: list[list[Offsets]]


def read_brat(split_dir: Path) -> list[LearnedDoc]:
    """The texts of a brat split (`text/*.txt`, `attributions/*.ann`, the first annotator's file), in name order."""
    docs = []
    anns = sorted((split_dir / "attributions").glob("*.ann"))
    for path in sorted((split_dir / "text").glob("*.txt")):
        mine = [a for a in anns if re.fullmatch(re.escape(path.stem) + r"_[^_]+\.ann", a.name)]
        if not mine:
            continue
        docs.append(LearnedDoc(path.stem, path.read_text(encoding="utf-8"), _contents(mine[0])))
    return docs


def _contents(ann: Path) -> list[list[Offsets]]:
    text = ann.read_text(encoding="utf-8")
    spans = {m.group(1): (m.group(2), [_pair(x) for x in m.group(3).split(";")]) for m in _SPAN.finditer(text)}
    contents = []
    for line in text.splitlines():
        if not re.match(r"E\d+\tAttribution", line):
            continue
        roles = line.split("\t")[1].split()[1:]
        frags = sorted(
            frag
            for role in roles
            if re.sub(r"\d+$", "", role.partition(":")[0]) == "Content" and role.partition(":")[2] in spans
            for frag in spans[role.partition(":")[2]][1]
        )
        if frags:
            contents.append(frags)
    return contents


def _pair(text: str) -> Offsets:
    start, end = text.split()
    return int(start), int(end)


def frames_of(doc: Doc, offset: int) -> Iterator[Frame]:
    """Every complement after a verb or noun in one parsed paragraph, with character offsets."""
    for token in doc:
        if token.pos_ == "VERB":
            yield from _verb_frames(token, offset)
        elif token.pos_ == "NOUN":
            yield from _noun_frames(token, offset)


def _verb_frames(verb: Token, offset: int) -> Iterator[Frame]:
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "dobj":
            yield _frame(lemma, "dobj", "", child, offset)
        elif child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
            yield _frame(lemma, child.dep_, "", child, offset)
        elif child.dep_ == "prep":
            for head in child.children:
                if head.dep_ in {"pobj", "pcomp"}:
                    yield _frame(lemma, "prep", child.lower_, head, offset)


def _noun_frames(noun: Token, offset: int) -> Iterator[Frame]:
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep":
            for head in child.children:
                if head.dep_ in {"pobj", "pcomp"}:
                    yield _frame(lemma, "nprep", child.lower_, head, offset)
        elif child.dep_ == "acl" and child.pos_ == "VERB":
            yield _frame(lemma, "nacl", "", child, offset)


def _frame(lemma: str, kind: str, prep: str, head: Token, offset: int) -> Frame:
    words = list(head.subtree)
    return Frame(lemma, kind, prep, offset + words[0].idx, offset + words[-1].idx + len(words[-1]))


def _holds_content(frame: Frame, contents: list[list[Offsets]]) -> bool:
    for frags in contents:
        overlap = sum(max(0, min(frame.end, b) - max(frame.start, a)) for a, b in frags)
        longer = max(sum(b - a for a, b in frags), frame.end - frame.start, 1)
        if overlap / longer >= MATCH:
            return True
    return False


Counts = dict[tuple[str, str, str], list[int]]


def learn(docs: Sequence[LearnedDoc], *, progress: bool = False) -> Counts:
    """(lemma, kind, prep) → [occurrences holding a content, occurrences], over the parsed documents."""
    from ..articles import parse_article
    from ..segment import parse_paragraphs

    counts: Counts = defaultdict(lambda: [0, 0])
    for number, doc in enumerate(docs, 1):
        article = parse_article(doc.text, article_id=doc.name)
        for paragraph, parsed in zip(article.paragraphs, parse_paragraphs(article), strict=True):
            for frame in frames_of(parsed, paragraph.start):
                seen = counts[(frame.lemma, frame.kind, frame.prep)]
                seen[0] += _holds_content(frame, doc.contents)
                seen[1] += 1
        if progress and number % 50 == 0:
            print(f"  {number}/{len(docs)} documents", file=sys.stderr)
    return dict(counts)


def select(counts: Counts, *, min_rate: float = MIN_RATE, min_seen: int = MIN_SEEN) -> dict[str, object]:
    """The frames that hold an attribution often enough, grouped as `cues.py` reads them."""
    kept: dict[str, dict[str, object]] = {kind: {} for kind in KINDS}
    for (lemma, kind, prep), (hits, seen) in sorted(counts.items()):
        if seen < min_seen or hits / seen < min_rate or not lemma.isalpha():
            continue
        table = kept[kind]
        if prep:
            by_prep = table.setdefault(lemma, {})
            assert isinstance(by_prep, dict)
            by_prep[prep] = [hits, seen]
        else:
            table[lemma] = [hits, seen]
    return {"min_rate": min_rate, "min_seen": min_seen, "frames": kept}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsbot.extract.cue_learning", description=__doc__)
    parser.add_argument("--split-dir", type=Path, required=True, help="a brat split: text/ and attributions/")
    parser.add_argument("--skip", type=int, default=300, help="leave out the first N documents (the guard)")
    parser.add_argument("--min-rate", type=float, default=MIN_RATE, help="share of occurrences holding a content")
    parser.add_argument("--min-seen", type=int, default=MIN_SEEN, help="occurrences needed")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent.parent / "data" / "learned_cues.json")
    args = parser.parse_args(argv)
    docs = read_brat(args.split_dir)
    if len(docs) <= args.skip:
        print(f"error: {args.split_dir} has {len(docs)} annotated documents, none after the first {args.skip}")
        return 2
    learned = docs[args.skip :]
    print(f"learning from {len(learned)} documents ({learned[0].name} …)", file=sys.stderr)
    table = select(learn(learned, progress=True), min_rate=args.min_rate, min_seen=args.min_seen)
    table["source"] = f"{args.split_dir.name}: {len(learned)} documents after the first {args.skip}"
    args.out.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
