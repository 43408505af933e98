"""Learning cue frames from a brat corpus: reading the annotations, counting frames, keeping the reliable ones,
and the learned table that `cues.py` reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbot.extract import cue_learning, cues
from newsbot.extract.cue_learning import learn, read_brat, select

TEXT = "Lee vowed to fix the road. Lee vowed to win. Ann decried the plan. Ann decried the cuts.\n"


def _brat(root: Path, name: str, text: str, ann: str) -> None:
    (root / "text").mkdir(parents=True, exist_ok=True)
    (root / "attributions").mkdir(parents=True, exist_ok=True)
    (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    (root / "attributions" / f"{name}_ab12.ann").write_text(ann, encoding="utf-8")
    (root / "attributions" / f"{name}_zz99.ann").write_text("", encoding="utf-8")  # a second annotator: unread


def _span(text: str, words: str) -> str:
    start = text.index(words)
    return f"{start} {start + len(words)}"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    ann = "\n".join(
        [
            f"T1\tContent {_span(TEXT, 'to fix the road')}\tto fix the road",
            f"T2\tCue {_span(TEXT, 'vowed')}\tvowed",
            "E1\tAttribution:T3 Cue:T2 Content:T1",
            f"T4\tContent {_span(TEXT, 'the plan')}\tthe plan",
            "E2\tAttribution-no-source:T5 Content:T4",
            "",
        ]
    )
    _brat(tmp_path, "a", TEXT, ann)
    _brat(tmp_path, "b", "No annotations here.\n", "")
    return tmp_path


def test_read_brat_takes_the_first_annotator_and_every_attribution(corpus: Path) -> None:
    docs = read_brat(corpus)
    assert [d.name for d in docs] == ["a", "b"]
    a = docs[0]
    assert [" ".join(a.text[s:e] for s, e in frags) for frags in a.contents] == ["to fix the road", "the plan"]
    assert docs[1].contents == []


def test_a_split_content_keeps_its_fragments(tmp_path: Path) -> None:
    text = "“We will win,” she said, “and soon.”\n"
    ann = (
        f"T1\tContent {_span(text, '“We will win,”')};{_span(text, '“and soon.”')}\tx\nE1\tAttribution:T2 Content:T1\n"
    )
    _brat(tmp_path, "q", text, ann)
    (doc,) = read_brat(tmp_path)
    assert [[text[s:e] for s, e in frags] for frags in doc.contents] == [["“We will win,”", "“and soon.”"]]


def test_learn_counts_each_frame_and_how_often_it_holds_a_content(corpus: Path) -> None:
    counts = learn(read_brat(corpus))
    assert counts[("vow", "xcomp", "")] == [1, 2]
    assert counts[("decry", "dobj", "")] == [1, 2]
    assert counts[("fix", "dobj", "")] == [1, 1]  # "the road" is 8 of the content's 15 characters: a match


@pytest.mark.parametrize(
    ("counts", "kept"),
    [
        ({("vow", "xcomp", ""): [3, 4]}, {"xcomp": {"vow": [3, 4]}}),
        ({("vow", "xcomp", ""): [2, 4]}, {}),  # half the time is not enough
        ({("vow", "xcomp", ""): [2, 2]}, {}),  # seen too rarely
        ({("brace", "prep", "for"): [5, 6]}, {"prep": {"brace": {"for": [5, 6]}}}),
        ({("u.s.", "dobj", ""): [9, 9]}, {}),  # not a word
    ],
)
def test_select_keeps_frames_that_hold_attributions_often_enough(
    counts: dict[tuple[str, str, str], list[int]], kept: dict[str, object]
) -> None:
    frames = select(counts)["frames"]
    assert isinstance(frames, dict)
    assert {kind: table for kind, table in frames.items() if table} == kept


def test_main_writes_the_table_from_the_documents_after_the_guard(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "learned.json"
    assert cue_learning.main(["--split-dir", str(corpus), "--skip", "0", "--min-seen", "1", "--out", str(out)]) == 0
    table = json.loads(out.read_text(encoding="utf-8"))
    assert table["frames"]["dobj"] == {"fix": [1, 1]}  # "decry" and "vow" hold a content only half the time
    assert table["frames"]["xcomp"] == {}
    assert table["source"].endswith("2 documents after the first 0")


def test_main_refuses_a_split_with_nothing_after_the_guard(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cue_learning.main(["--split-dir", str(corpus), "--skip", "5"]) == 2
    assert "none after the first 5" in capsys.readouterr().out


def test_the_shipped_table_widens_the_lexicons() -> None:
    learned = json.loads((Path(cues.__file__).parent.parent / "data" / "learned_cues.json").read_text("utf-8"))
    frames = learned["frames"]
    assert learned["min_rate"] >= 0.5
    assert "after the first 300" in learned["source"]
    assert set(frames["dobj"]) <= cues.OBJECT_CUES
    assert set(frames["xcomp"]) <= cues.XCOMP_CUES
    assert set(frames["ccomp"]) <= cues.CLAUSE_CUES
    for lemma, preps in frames["prep"].items():
        assert set(preps) <= cues.PREP_CUES[lemma]
    assert set(frames["nacl"]) <= cues.NOUN_CUES


def test_a_learned_cue_gives_a_statement() -> None:
    """ "disregard" is in no hand-written lexicon; the corpus taught it."""
    from newsbot.articles import parse_article
    from newsbot.extract import extract_records
    from newsbot.segment import parse_paragraphs

    learned = json.loads((Path(cues.__file__).parent.parent / "data" / "learned_cues.json").read_text("utf-8"))
    assert "disregard" in learned["frames"]["dobj"]
    article = parse_article("Senator Ann Cole disregarded the warnings of her own party.\n", article_id="cole")
    statements = extract_records(article, parse_paragraphs(article)).statements
    assert [(s.quote.text, s.speaker) for s in statements] == [("the warnings of her own party", "Ann Cole")]


def test_a_learned_word_is_a_cue_only_in_its_own_frame() -> None:
    """"led X to …" is learned; "led a discussion about …" stays the noun's ("discussion about")."""
    assert "lead" in cues.XCOMP_CUES
    assert "lead" in cues.LEARNED_VERBS
    assert not cues.is_cue_lemma("lead")
    assert cues.is_cue_lemma("say")
