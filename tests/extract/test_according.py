"""\"According to X\": which words the phrase credits to X, on sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract


def _according(extract: Extract, sentence: str) -> list[str]:
    records = extract(sentence)
    return [s.quote.text for s in records.statements if s.cue is not None and s.cue.text.lower() == "according to"]


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        pytest.param(
            "The mayor won most of the suburbs, while her rival was ahead in the city, according to exit polls.",
            "The mayor won most of the suburbs, while her rival was ahead in the city",
            id="while-clause-before-a-closing-phrase",
        ),
        pytest.param(
            "The agency's influence was large, and its advice deeply valued, according to diplomats who worked "
            "with it.",
            "The agency's influence was large, and its advice deeply valued",
            id="two-joined-clauses",
        ),
        pytest.param(
            "The team is led by two former staff members, and includes help from a data firm, according to people "
            "familiar with it.",
            "The team is led by two former staff members, and includes help from a data firm",
            id="two-joined-verbs",
        ),
        pytest.param(
            "Young borrowers with no credit history might not be so lucky, according to Jane Roe, who advised the "
            "campaign.",
            "Young borrowers with no credit history might not be so lucky",
            id="phrase-hung-on-a-misread-clause",
        ),
        pytest.param(
            "Her standing among young voters is worse than her husband's ever was, according to a pollster.",
            "Her standing among young voters is worse than her husband's ever was",
            id="phrase-hung-on-a-comparison",
        ),
        pytest.param(
            "A well-known lawyer, Roe was the state's attorney in the 1990s, but he resigned after claims that he "
            "lied to a judge, according to press reports.",
            "A well-known lawyer, Roe was the state's attorney in the 1990s, but he resigned after claims that he "
            "lied to a judge",
            id="well-known-is-no-cue",
        ),
        pytest.param(
            "The team is two wins short of the title when forfeits are counted, according to league officials.",
            "The team is two wins short of the title when forfeits are counted",
            id="a-when-clause-the-phrase-hangs-on",
        ),
        pytest.param(
            'The mayor wrote to the developer, threatening "a long fight," according to people who saw the letter.',
            'The mayor wrote to the developer, threatening "a long fight,"',
            id="a-participle-after-a-cue-with-no-content-of-its-own",
        ),
        pytest.param(
            "He was the city's attorney, but he resigned after claims that he lied to a judge, according to reports.",
            "He was the city's attorney, but he resigned after claims that he lied to a judge",
            id="a-clause-inside-a-noun-the-phrase-hangs-on",
        ),
        pytest.param(
            "Median household income finally reached $56,746 in November, the level that had been reached when the "
            "recession began, according to the report.",
            "the level that had been reached when the recession began",
            id="a-noun-phrase-aside-is-credited-alone",
        ),
        pytest.param(
            "According to Smith, he was once a member of the club, but is now its fiercest critic.",
            "he was once a member of the club, but is now its fiercest critic",
            id="opening-phrase-unchanged",
        ),
    ],
)
def test_a_closing_phrase_credits_the_whole_sentence_before_it(extract: Extract, sentence: str, credited: str) -> None:
    assert _according(extract, sentence) == [credited]


def test_a_cue_in_an_earlier_clause_keeps_its_own_statement(extract: Extract) -> None:
    sentence = "The mayor praised the new budget, and the council approved it, according to a statement."
    records = extract(sentence)
    praised = [s for s in records.statements if s.cue is not None and s.cue.text == "praised"]
    assert [s.speaker for s in praised] == ["The mayor"]
    assert _according(extract, sentence) == ["the council approved it"]


@pytest.mark.parametrize(
    ("sentence", "pieces"),
    [
        pytest.param(
            "Other major divides, according to the poll, include age and education.",
            ["Other major divides", "include age and education"],
            id="after-the-subject",
        ),
        pytest.param(
            "One of the decisions they have made, according to a person close to the process, is to hit back.",
            ["One of the decisions they have made", "is to hit back"],
            id="after-a-subject-with-a-clause",
        ),
    ],
)
def test_a_phrase_after_the_subject_credits_its_clause(extract: Extract, sentence: str, pieces: list[str]) -> None:
    records = extract(sentence)
    found = [s for s in records.statements if s.cue is not None and s.cue.text.lower() == "according to"]
    assert [[f.text for f in s.fragments] for s in found] == [pieces]


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        pytest.param(
            "Even as the storm hit the coast, the council was told that the bridge was safe to use, according to a "
            "memo previously kept secret.",
            "Even as the storm hit the coast, the council was told that the bridge was safe to use",
            id="a-participle-after-the-source",
        ),
        pytest.param(
            "The police are looking into whether the senator was guilty of fraud while in office, according to "
            "three sources who spoke to CNN but were not authorized to speak publicly.",
            "The police are looking into whether the senator was guilty of fraud while in office",
            id="a-relative-clause-after-the-source",
        ),
        pytest.param(
            "The mayor holds a 10-point lead in the north, according to the state average of polls, where 300 "
            "pledged delegates will be at stake.",
            "The mayor holds a 10-point lead in the north",
            id="a-where-clause-after-the-source",
        ),
    ],
)
def test_a_phrase_hung_on_its_sources_modifier_closes_the_clause_before_it(
    extract: Extract, sentence: str, credited: str
) -> None:
    assert _according(extract, sentence) == [credited]


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        pytest.param(
            "According to a national survey, 70 percent of adults with the condition need support, and 49 percent "
            "live with their parents.",
            "70 percent of adults with the condition need support, and 49 percent live with their parents",
            id="and-a-second-clause",
        ),
        pytest.param(
            "According to a study by two economists, the recession is partly to blame for lost jobs, but so is a "
            "change in trade policy.",
            "the recession is partly to blame for lost jobs, but so is a change in trade policy",
            id="but-a-second-clause",
        ),
        pytest.param(
            "But according to the polling, most of her support comes from women, and almost half of it comes from "
            "young voters.",
            "most of her support comes from women, and almost half of it comes from young voters",
            id="after-a-conjunction",
        ),
    ],
)
def test_an_opening_phrase_credits_the_joined_clauses_after_it(extract: Extract, sentence: str, credited: str) -> None:
    assert _according(extract, sentence) == [credited]


def test_a_phrase_in_the_middle_still_stops_before_a_joined_clause(extract: Extract) -> None:
    sentence = "Only one person was killed by a gun last year, according to the police, and the mayor called for calm."
    assert _according(extract, sentence) == ["Only one person was killed by a gun last year"]


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        pytest.param(
            "According to recent polling, the billionaire candidate is once again strongly leading the field.",
            "the billionaire candidate is once again strongly leading the field",
            id="a-verb-the-parser-split-off",
        ),
        pytest.param(
            "According to the initial schedule published Thursday, Roe is scheduled to speak next Thursday night, "
            "along with football star Tim Tebow; Rep. Jane Doe, R-Tenn.; and Gov. John Poe.",
            "Roe is scheduled to speak next Thursday night, along with football star Tim Tebow; Rep. Jane Doe, "
            "R-Tenn.; and Gov. John Poe",
            id="a-list-over-semicolons",
        ),
    ],
)
def test_an_opening_phrase_credits_the_rest_of_its_sentence(extract: Extract, sentence: str, credited: str) -> None:
    assert _according(extract, sentence) == [credited]


def test_an_adverb_before_an_opening_phrase_stays_in_the_content(extract: Extract) -> None:
    records = extract("Now, according to the latest survey, some of those states are swinging.")
    found = [s for s in records.statements if s.cue is not None and s.cue.text.lower() == "according to"]
    assert [[f.text for f in s.fragments] for s in found] == [["Now", "some of those states are swinging"]]


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        pytest.param(
            "The union denounced the new contract, which would cut pensions by a third, according to a copy seen by "
            "reporters.",
            "which would cut pensions by a third",
            id="after-a-cue-with-its-own-content",
        ),
        pytest.param(
            "The mayor praised the new stadium deal, which will cost the city $200 million over ten years, according "
            "to the budget office.",
            "which will cost the city $200 million over ten years",
            id="praised-deal-and-its-cost",
        ),
        pytest.param(
            "Sales rose in the spring, which surprised analysts, according to the company.",
            "Sales rose in the spring, which surprised analysts",
            id="no-cue-before-the-whole-sentence-stays",
        ),
        pytest.param(
            "The senator wrote a book that outed two agents, according to the report.",
            "The senator wrote a book that outed two agents",
            id="a-relative-without-a-comma-stays",
        ),
    ],
)
def test_a_closing_phrase_after_a_cues_relative_clause_credits_only_that_clause(
    extract: Extract, sentence: str, credited: str
) -> None:
    """The cue before the relative clause has its own speaker; the phrase credits only what the clause adds."""
    assert _according(extract, sentence) == [credited]


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        pytest.param(
            "Smith is trailing behind Jones by more than six percentage points, according to the FiveCorners polling "
            "average in Vermont - despite winning the first-in-the-region caucus there in March.",
            "Smith is trailing behind Jones by more than six percentage points",
            id="despite-after-the-dash",
        ),
        pytest.param(
            "Mr. Smith's whole spending plan would cost only $2 billion over the next five years, according to the "
            "council's analysts - a tenth of the city's annual budget.",
            "Mr. Smith's whole spending plan would cost only $2 billion over the next five years",
            id="a-noun-phrase-after-the-dash",
        ),
        pytest.param(
            "According to the poll, Smith leads Jones by six points - virtually the same margin as last month.",
            "Smith leads Jones by six points - virtually the same margin as last month",
            id="an-opening-phrase-is-unchanged",
        ),
        pytest.param(
            "The mayor - according to her aides - will run again.",
            "The mayor - according to her aides - will run again",
            id="a-phrase-between-dashes-is-unchanged",
        ),
    ],
)
def test_a_dash_after_a_closing_phrase_ends_the_content(extract: Extract, sentence: str, credited: str) -> None:
    """What follows the dash is the writer's comment on the figure, not the source's."""
    assert [q.rstrip(".") for q in _according(extract, sentence)] == [credited]


@pytest.mark.parametrize(
    ("sentence", "credited", "other"),
    [
        pytest.param(
            "According to the police report, the driver was sober, but witnesses said he was speeding.",
            "the driver was sober",
            "he was speeding",
            id="but-another-source-said",
        ),
        pytest.param(
            "According to the police, the driver was sober; his family said he had not been drinking.",
            "the driver was sober",
            "he had not been drinking",
            id="a-semicolon-and-another-source",
        ),
    ],
)
def test_an_opening_phrase_stops_before_another_sources_words(
    extract: Extract, sentence: str, credited: str, other: str
) -> None:
    assert _according(extract, sentence) == [credited]
    assert other in [s.quote.text for s in extract(sentence).statements]
