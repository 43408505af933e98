"""The whole extraction on the bundled article, on arbitrary text, and against PolNeAR dev."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbot.articles import bundled_article_path, parse_article, read_article
from newsbot.errors import ArticleError
from newsbot.extract import extract_records
from newsbot.records import ArticleRecords
from newsbot.segment import segment
from tests.test_articles import AWKWARD

from .conftest import Extract, find


@pytest.fixture(scope="module")
def bundled() -> ArticleRecords:
    article = read_article(bundled_article_path())
    return extract_records(article, segment(article))


def test_bundled_article_has_exactly_the_five_statements(bundled: ArticleRecords) -> None:
    got = [(s.speaker, s.paragraph, s.date, s.quote.text[:30]) for s in bundled.statements]
    assert got == [
        ("Asaduddin Owaisi", 3, "2025-05-11", "Misri a decent and hard-workin"),
        ("Asaduddin Owaisi", 3, "2025-05-11", '"Mr Vikram Misri is a decent a'),
        ("Asaduddin Owaisi", 4, "2025-05-11", '"Our Civil Servants work under'),
        ("Vikram Misri", 9, "2025-05-07", '"The attack in Pahalgam was ma'),
        ("Vikram Misri", 10, "2025-05-10", "that Pakistan's Director Gener"),
    ]
    assert [s.id for s in bundled.statements] == [0, 1, 2, 3, 4]
    assert bundled.meta.published == "2025-05-11"
    assert bundled.meta.published_inferred


def test_bundled_posts_and_repeats(bundled: ArticleRecords) -> None:
    post, added = bundled.statements[1], bundled.statements[2]
    assert post.kind == "post"
    assert post.cue is not None
    assert post.cue.text == "wrote"
    assert [r.text[:25] for r in post.repeats] == ["Mr Vikram Misri is a dece"]
    assert added.kind == "post"
    assert added.speaker_mention is not None
    assert added.speaker_mention.text == "he"
    assert added.cue is not None
    assert added.cue.text == "added"
    assert [r.text[:25] for r in added.repeats] == ["Our Civil Servants work u"]


def test_bundled_reported_statements(bundled: ArticleRecords) -> None:
    called, _, _, briefing, confirmed = bundled.statements
    assert called.kind == "indirect"
    assert called.cue is not None
    assert called.cue.text == "called"
    assert briefing.kind == "direct"
    assert briefing.date_text == "May 7"
    assert confirmed.kind == "indirect"
    assert confirmed.date_text == "Saturday"
    assert confirmed.speaker_mention is not None
    assert confirmed.speaker_mention.text == "Foreign Secretary Misri"
    assert confirmed.quote.text.endswith("halt all military actions on land, sea, and air")


def test_bundled_persons(bundled: ArticleRecords) -> None:
    people = {p.name: p for p in bundled.persons}
    assert {"Asaduddin Owaisi", "Vikram Misri", "Sophia Qureshi", "Vyomika Singh"} <= set(people)
    misri = people["Vikram Misri"]
    assert misri.roles == ["Foreign Secretary"]
    assert {"Misri", "Mr Vikram Misri", "Foreign Secretary Misri"} <= set(misri.aliases)
    owaisi = people["Asaduddin Owaisi"]
    assert owaisi.roles == ["AIMIM President", "All India Majlis-e-Ittehadul Muslimeen (AIMIM) President"]
    assert owaisi.introduction is not None
    assert "AIMIM" in owaisi.introduction.text
    assert "Colonel" in people["Sophia Qureshi"].roles
    assert "Wing Commander" in people["Vyomika Singh"].roles
    assert "Watan E Aziz" not in people


def test_he_faced_heat_is_not_a_statement(bundled: ArticleRecords) -> None:
    assert not any("rescue" in s.quote.text or "heat" in s.quote.text for s in bundled.statements)


_QUOTEY = st.sampled_from(['"', "“", "”", "''", "‘", "’", " said ", " — Ann Lee (@ann) May 1, 2024", ": ", "\n"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(AWKWARD, _QUOTEY), min_size=1, max_size=8).map("".join))
def test_extraction_never_crashes_and_spans_are_exact(text: str) -> None:
    try:
        article = parse_article(text, article_id="x")
    except ArticleError:
        return
    records = extract_records(article, segment(article))
    assert [s.id for s in records.statements] == list(range(len(records.statements)))
    for s in records.statements:
        for span in [s.quote, *s.fragments, *s.repeats, s.cue, s.speaker_mention, s.date_span]:
            assert span is None or text[span.start : span.end] == span.text
    for p in records.persons:
        for span in [*p.mentions, p.introduction]:
            assert span is None or text[span.start : span.end] == span.text


def test_a_long_article_is_processed(tmp_path: Path) -> None:
    paragraph = (
        '"We will keep the plant open," Ann Smith, the company\'s chief executive, said on Monday. '
        "According to the union, 300 jobs are at risk. Tom Reed said the talks had stalled, adding that "
        '"nobody wants a strike."'
    )
    text = "\n\n".join(paragraph for _ in range(120))
    article = parse_article(text, article_id="long")
    records = extract_records(article, segment(article))
    assert len(records.statements) >= 3 * 120


def test_polnear_dev_sample_scores(shared_dir: Path) -> None:
    split = shared_dir / "benchmarks" / "polnear" / "dev"
    scorer = shared_dir / "benchmarks" / "tools" / "score_polnear.py"
    if not split.is_dir() or not scorer.is_file():
        pytest.skip("PolNeAR dev is not present")
    newsbot = Path(sys.executable).with_name("newsbot")
    result = subprocess.run(
        [sys.executable, str(scorer), "--split-dir", str(split), "--cmd", str(newsbot), "--limit", "4"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    last = result.stdout.strip().splitlines()[-1]
    match = re.search(r"content F1 (\d\.\d+)", last)
    assert match is not None, last
    assert float(match.group(1)) >= 0.55, last


def test_a_coordinated_cue_verb_starts_a_second_statement(extract: Extract) -> None:
    text = "The senator tweeted that the bill was “a disgrace” and encouraged voters to “call their representatives.”"
    records = extract(text)
    assert [s.cue.text if s.cue else None for s in records.statements] == ["tweeted", "encouraged"]
    assert records.statements[0].quote.text == "that the bill was “a disgrace”"


@pytest.mark.parametrize(
    ("text", "words", "speaker", "pronoun"),
    [
        (
            "The bill passed after Senator Ann Smith, who said it would cut taxes, changed her vote.",
            "it would cut taxes",
            "Ann Smith",
            "who",
        ),
        (
            "Reporters met Tom Reed, who warned that the plant would close by spring.",
            "the plant would close",
            "Tom Reed",
            "who",
        ),
        (
            "The shop was fined by the city council, which said the owners had ignored three warnings.",
            "the owners had ignored",
            "the city council",
            "which",
        ),
    ],
)
def test_a_source_in_a_relative_clause_is_mentioned_by_its_pronoun(
    extract: Extract, text: str, words: str, speaker: str, pronoun: str
) -> None:
    """ "Smith, who said …": the speaker is the noun described, the mention is the clause's own subject."""
    s = find(extract(text), words)
    assert s.speaker == speaker
    assert s.speaker_mention is not None
    assert s.speaker_mention.text == pronoun


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The coach replied that the loss was a fluke, as the numbers suggest.", "replied"),
        ("Ms. Lee responded by explaining it was impossible to send the files she wanted.", "responded"),
        ("The officials, briefed on the talks, said the deal would collapse by Friday.", "said"),
    ],
)
def test_words_two_cues_claim_are_one_statement(extract: Extract, text: str, cue: str) -> None:
    """A second cue claiming the very same words adds no statement; the cue with a source keeps them."""
    statements = extract(text).statements
    assert [s.cue.text if s.cue else None for s in statements] == [cue]


def test_a_sourced_statement_hosts_a_judgement_over_the_same_words(extract: Extract) -> None:
    """ "…, officials said" after what seemed likely: the officials' words, not a second, sourceless judgement."""
    statements = extract("The deal seemed close to collapse, officials said.").statements
    assert [(s.quote.text, s.cue.text if s.cue else None) for s in statements] == [
        ("The deal seemed close to collapse", "said")
    ]
