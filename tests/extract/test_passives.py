"""A judgement in the passive: its subject and what it is judged to be are the content, on sentences written
for the test. Each row: a sentence, the statement's fragments (or None when the sentence holds none)."""

from __future__ import annotations

import pytest

from .conftest import Extract, check_said

JUDGEMENTS = [
    pytest.param(
        "About one in five voters is expected to be under thirty.",
        ("About one in five voters", "to be under thirty"),
        id="expected-to-be",
    ),
    pytest.param(
        "Although the regime is not thought to be capable of striking Europe, its neighbours worry.",
        ("the regime", "to be capable of striking Europe"),
        id="not-thought-to-be",
    ),
    pytest.param(
        "The new mayor has been called a reformer by local business leaders.",
        ("The new mayor", "a reformer"),
        id="called-predicate",
    ),
    pytest.param(
        "The governor was also dubbed the winner of the night.",
        ("The governor", "the winner of the night"),
        id="dubbed-predicate",
    ),
    pytest.param(
        "But the senator was declared the winner in Rhode Island, and he will stay in the race.",
        ("the senator", "the winner in Rhode Island"),
        id="declared-the-winner-of-a-race",
    ),
    pytest.param(
        "The governor was projected the winner of the primary on Tuesday night.",
        ("The governor", "the winner of the primary"),
        id="projected-the-winner",
    ),
    pytest.param(
        "The first outbreak was treated as a local problem.",
        ("The first outbreak", "as a local problem"),
        id="treated-as",
    ),
    pytest.param(
        "The chairman is known for his blunt speeches.", ("The chairman", "for his blunt speeches"), id="known-for"
    ),
    pytest.param(
        "The factory is considered one of the largest in the region.",
        ("The factory", "one of the largest in the region"),
        id="number-predicate",
    ),
    pytest.param(
        "The governor is seen as far more capable of handling the economy.",
        ("The governor", "as far more capable of handling the economy"),
        id="as-adverb-of-adjective",
    ),
    pytest.param(
        "The governor is seen as the candidate with the best chance to win.",
        ("The governor", "as the candidate with the best chance to win"),
        id="as-phrase-runs-on",
    ),
    pytest.param("Several ballots were deemed invalid.", ("Several ballots", "invalid"), id="deemed-adjective"),
    pytest.param(
        "Voters will meet the mayor, who is expected to resign next month.",
        ("who", "to resign next month"),
        id="relative-subject",
    ),
    pytest.param(
        "The anchor is leaving the show but is expected to return in the spring.",
        ("The anchor", "to return in the spring"),
        id="joined-verb-subject",
    ),
    pytest.param(
        "They campaigned hard in a state seen as critical for the party.",
        ("a state", "as critical for the party"),
        id="participle-on-noun",
    ),
    pytest.param(
        "The release includes 64 emails now deemed classified.", ("64 emails", "classified"), id="deemed-participle"
    ),
    pytest.param("The club, whose owner is expected to sell, met on Monday.", None, id="whose-subject"),
    pytest.param("The bridge was expected.", None, id="no-predicate"),
    pytest.param("It is expected to rain heavily on the coast.", None, id="pronoun-subject"),
]


@pytest.mark.parametrize(("sentence", "pieces"), JUDGEMENTS)
def test_a_passive_judgement_is_its_subject_and_predicate(
    extract: Extract, sentence: str, pieces: tuple[str, ...] | None
) -> None:
    statements = extract(sentence).statements
    if pieces is None:
        assert statements == []
        return
    assert len(statements) == 1, [s.quote.text for s in statements]
    s = statements[0]
    assert tuple(f.text for f in s.fragments) == pieces


SUBJECTS_WITH_AN_AGENT = [
    pytest.param(
        "The senator was supported by 42 percent of those asked.", "The senator", "percent", id="supported-by"
    ),
    pytest.param("His views were echoed by several economists.", "His views", "economists", id="echoed-by"),
    pytest.param("The senator was supported.", None, None, id="no-agent-too-short"),
]


@pytest.mark.parametrize(("sentence", "content", "mention"), SUBJECTS_WITH_AN_AGENT)
def test_a_short_passive_subject_is_a_content_when_its_judge_is_named(
    extract: Extract, sentence: str, content: str | None, mention: str | None
) -> None:
    check_said(extract(sentence).statements, content, mention, alone=True)


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        # Inside the officials' statement: one statement, theirs.
        ("Turnout is expected to be low, officials said.", [("Turnout is expected to be low", "officials")]),
        ("He was declared the winner of the race.", []),  # the one called is no pronoun
        ("The senator was crowned the winner.", []),
    ],
)
def test_no_second_passive_statement(extract: Extract, sentence: str, quotes: list[tuple[str, str]]) -> None:
    assert [(s.quote.text, s.speaker) for s in extract(sentence).statements] == quotes


NO_JUDGE = [
    pytest.param("Delegates, who are expected to back the governor, arrived on Monday.", id="relative-subject"),
    pytest.param("Voters will meet the mayor, who is said to favour the plan.", id="said-to"),
]


@pytest.mark.parametrize("sentence", NO_JUDGE)
def test_the_noun_judged_is_not_the_judge(extract: Extract, sentence: str) -> None:
    """Who expects it is not said: the noun the judgement is about is not its source."""
    statements = extract(sentence).statements
    assert len(statements) == 1, [s.quote.text for s in statements]
    assert statements[0].speaker is None
    assert statements[0].speaker_mention is None
