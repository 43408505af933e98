"""Contents a cue verb takes that the parse alone leaves too short or too far away, on sentences written for
the test: each row is a sentence and the statement it holds (or None when it must hold none)."""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

OWNED_TOPICS = [
    pytest.param("The mayor has also commented on Crutcher's death.", "Crutcher's death", id="commented-on-owned"),
    pytest.param("A group of doctors sent a letter, calling for his dismissal.", "his dismissal", id="calling-for-his"),
    pytest.param("The senator's wife pleads for his life.", "his life", id="pleads-for-his"),
    pytest.param("The governor spoke against the war.", None, id="unowned-two-words"),
    pytest.param("If you would never vote for this woman, stay home.", None, id="unowned-topic"),
]


def _contents(extract: Extract, sentence: str) -> list[str]:
    return [s.quote.text for s in extract(sentence).statements]


def _check_content(found: list[str], content: str | None) -> None:
    """`content` is among the sentence's contents; None: the sentence has none."""
    if content is None:
        assert found == []
    else:
        assert content in found


@pytest.mark.parametrize(("sentence", "content"), OWNED_TOPICS)
def test_a_topic_with_an_owner_is_a_whole_content(extract: Extract, sentence: str, content: str | None) -> None:
    found = _contents(extract, sentence)
    _check_content(found, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "One former aide, speaking on the condition of anonymity, described a chaotic week.",
        "A senior official spoke on condition of anonymity because the talks were private.",
        "The two officials were speaking on condition of anonymity to discuss the plan.",
    ],
)
def test_condition_of_anonymity_is_no_content(extract: Extract, sentence: str) -> None:
    records = extract(sentence)
    assert all("anonymity" not in s.quote.text for s in records.statements)


# "on behalf of X", "on X's behalf" say for whom someone spoke; "on the show", "on her plane" where or when.
FOR_WHOM_OR_WHERE = [
    pytest.param("General Allen, who spoke on behalf of the governor, left early.", "behalf", id="on-behalf-of"),
    pytest.param("The senator campaigned on his behalf all week in Ohio.", "behalf", id="on-his-behalf"),
    pytest.param("She canceled a trip to speak on the candidate's behalf in Casper.", "behalf", id="on-x-s-behalf"),
    pytest.param("Speaking later on the same show, the senator smiled.", "show", id="on-the-show"),
    pytest.param("The governor, speaking to reporters on her plane, waved.", "plane", id="on-her-plane"),
    pytest.param("She has spoken on only a few occasions this year.", "occasions", id="on-occasions"),
]


@pytest.mark.parametrize(("sentence", "word"), FOR_WHOM_OR_WHERE)
def test_for_whom_or_where_someone_spoke_is_no_topic(extract: Extract, sentence: str, word: str) -> None:
    records = extract(sentence)
    assert all(word not in s.quote.text for s in records.statements)


TOPIC_AFTER_VENUE = [
    pytest.param(Case("She spoke on the radio about the tax plan.", "the tax plan"), id="on-the-radio-about"),
    pytest.param(
        Case("The mayor spoke on the show about the school budget.", "the school budget"), id="on-the-show-about"
    ),
]


@pytest.mark.parametrize("case", TOPIC_AFTER_VENUE)
def test_about_after_a_venue_is_the_topic(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The mayor spoke about the condition of the old bridge on the river.", "condition of the old bridge"),
        ("Senator Ruiz spoke on the conditions of the new trade agreement with Canada.", "new trade agreement"),
        ("The senator spoke on the future of the space program.", "future of the space program"),
        ("The chairman commented on the show's declining ratings.", "show's declining ratings"),
    ],
)
def test_other_topics_of_speaking_stay(extract: Extract, sentence: str, words: str) -> None:
    records = extract(sentence)
    assert any(words in s.quote.text for s in records.statements)


WANTED = [
    pytest.param(
        "The senator wants a large increase in school funding.",
        "a large increase in school funding",
        id="wants-an-object",
    ),
    pytest.param(
        "Both parties want policies that create jobs.", "policies that create jobs", id="want-a-modified-noun"
    ),
    pytest.param("The farmers want rain.", None, id="wants-a-bare-noun"),
    pytest.param("He wants her.", None, id="wants-a-person"),
]


@pytest.mark.parametrize(("sentence", "content"), WANTED)
def test_what_is_wanted_is_the_content(extract: Extract, sentence: str, content: str | None) -> None:
    found = _contents(extract, sentence)
    _check_content(found, content)


CAST_AS = [
    pytest.param(
        "The senator referred to Martin Luther King as a troublemaker.",
        "Martin Luther King as a troublemaker",
        id="referred-to-as",
    ),
    pytest.param(
        "The governor pointed to the closures as proof that the plan had failed.",
        "the closures as proof that the plan had failed",
        id="pointed-to-as",
    ),
    pytest.param("She talked about the new budget bill as a senator.", "the new budget bill", id="the-speaker-s-role"),
]


@pytest.mark.parametrize(("sentence", "content"), CAST_AS)
def test_what_a_topic_is_taken_for_goes_on_it(extract: Extract, sentence: str, content: str) -> None:
    assert content in _contents(extract, sentence)


SEEMED = [
    pytest.param(
        "The silencing of the judge's voice seemed to help the other judges find theirs.",
        "The silencing of the judge's voice seemed to help the other judges find theirs",
        id="what-seemed-is-content",
    ),
    pytest.param(
        "The new front-runner appeared to be doing the same against an unlikely rival.",
        "The new front-runner appeared to be doing the same against an unlikely rival",
        id="appeared",
    ),
    pytest.param(
        "He appeared to insinuate that the senator was dropping out.",
        "to insinuate that the senator was dropping out",
        id="a-pronoun-is-the-speaker-not-content",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), SEEMED)
def test_what_seems_so_is_part_of_the_content(extract: Extract, sentence: str, content: str) -> None:
    assert content in _contents(extract, sentence)


REPORTED_GERUNDS = [
    pytest.param(
        "The union has reported spending more than $1 million on ads and rallies in the state.",
        "spending more than $1 million on ads and rallies in the state",
        id="reported-spending",
    ),
    pytest.param(
        "He reported earning $13 million from the club on his disclosure form.",
        "earning $13 million from the club on his disclosure form",
        id="reported-earning",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), REPORTED_GERUNDS)
def test_a_gerund_after_reported_is_what_was_reported(extract: Extract, sentence: str, content: str) -> None:
    """ "reported spending $6 million …": a filing's figure, stated by whoever filed it."""
    assert _contents(extract, sentence) == [content]


PERSONS_ADDRESSED = [
    pytest.param("Officer Jane Roe was charged with manslaughter on Tuesday.", None, id="charged-with"),
    pytest.param("On Monday, Peter Brandt was charged with fraud.", None, id="charged-after-date"),
    pytest.param(
        "Maria Lopez was asked by the host, who is backing Tom Reed.", "Tom Reed", id="asked-only-the-host-stance"
    ),
    pytest.param(
        "Peter Brandt was told that the committee had rejected his plan.",
        "that the committee had rejected his plan",
        id="told-that-keeps-clause",
    ),
    pytest.param(
        "The new budget plan was announced by the finance ministry.",
        "The new budget plan",
        id="thing-announced-stays",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), PERSONS_ADDRESSED)
def test_a_named_person_charged_or_asked_is_no_content(extract: Extract, sentence: str, content: str | None) -> None:
    found = _contents(extract, sentence)
    assert not any(f.startswith(("Officer", "Peter Brandt", "Maria Lopez", "who")) for f in found)
    _check_content(found, content)


EXPLAINED_AND_TOLD = [
    pytest.param("The governor explained his reasoning on Sunday.", "his reasoning", id="explained-object"),
    pytest.param(
        "The new chairman explained the reason for his change of heart.",
        "the reason for his change of heart",
        id="explained-a-reason-for",
    ),
    pytest.param("The minister explained that the plan was dead.", "that the plan was dead", id="explained-that"),
    pytest.param("The comedian told a joke about the mayor.", "a joke about the mayor", id="told-a-joke"),
    pytest.param("The company told a slightly different story.", "a slightly different story", id="told-a-story"),
    pytest.param("He is telling the truth.", "the truth", id="telling-the-truth"),
    pytest.param("She told reporters on Monday.", None, id="told-a-listener"),
    pytest.param("The mayor needs to tell the truth.", None, id="a-duty-to-tell"),
    pytest.param("He needs to relax and tell more jokes.", None, id="joined-infinitive"),
]


@pytest.mark.parametrize(("sentence", "content"), EXPLAINED_AND_TOLD)
def test_what_is_explained_or_told_is_the_content(extract: Extract, sentence: str, content: str | None) -> None:
    found = _contents(extract, sentence)
    _check_content(found, content)


GERUND_SUBJECTS = [
    pytest.param(
        "The leaders have said cutting that output must be a key part of their program.",
        "cutting that output must be a key part of their program",
        id="said-cutting",
    ),
    pytest.param(
        "The senator said having the governor on the ticket puts other seats at risk.",
        "having the governor on the ticket puts other seats at risk",
        id="said-having",
    ),
    pytest.param("She kept saying sorry.", None, id="no-clause-under-the-gerund"),
]


@pytest.mark.parametrize(("sentence", "content"), GERUND_SUBJECTS)
def test_a_gerund_subject_opens_the_reported_clause(extract: Extract, sentence: str, content: str | None) -> None:
    found = _contents(extract, sentence)
    _check_content(found, content)


NAMED_BY_A_RELATIVE = [
    pytest.param(
        'The agency put the loss at $2 billion, which the mayor called "a disgrace," blaming the banks.',
        'which the mayor called "a disgrace,"',
        id="which-called",
    ),
    pytest.param(
        'The bill, which critics called "a disaster," passed on Monday.',
        'which critics called "a disaster,"',
        id="which-called-inside-commas",
    ),
    pytest.param(
        'In a clip that Judge Mary Smith called "distasteful," the host mocked the senator.',
        'a clip that Judge Mary Smith called "distasteful,"',
        id="that-called-keeps-its-noun",
    ),
    pytest.param(
        'He sat next to Perez, whom he described as "volatile," at the dinner.',
        'whom he described as "volatile,"',
        id="whom-described-as",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), NAMED_BY_A_RELATIVE)
def test_a_relative_pronoun_named_is_the_content(extract: Extract, sentence: str, content: str) -> None:
    """The relative pronoun stands for what was named; the source and cue between are the scorer's gap."""
    assert content in _contents(extract, sentence)


RECALLED = [
    pytest.param(
        "The mayor recalled her opposition to the plan to sell the harbour.",
        "her opposition to the plan to sell the harbour",
        id="a-person-recalls",
    ),
    pytest.param(
        "Roffman, a retired teacher, recalled numerous telephone calls with the principal.",
        "numerous telephone calls with the principal",
        id="a-name-recalls",
    ),
    pytest.param("The company recalled 40,000 cars after a brake fault.", None, id="a-company-withdraws"),
    pytest.param("Ford is recalling the trucks.", None, id="a-maker-withdraws"),
    pytest.param("Peru recalled its ambassador from Caracas on Monday.", None, id="a-state-withdraws"),
    pytest.param(
        "The singer then recalled her first concert.",
        "her first concert",
        id="a-person-noun-recalls",
    ),
    pytest.param(
        "The senator recalled the day her father lost his job.",
        "the day her father lost his job",
        id="a-memory-recalled",
    ),
    pytest.param("The actress recalled an incident at a movie theater.", "an incident", id="an-incident"),
    pytest.param("Ford recalled 500,000 trucks over faulty brakes last month.", None, id="goods-called-back"),
    pytest.param("Voters recalled the governor in a special election.", None, id="a-person-called-back"),
]


@pytest.mark.parametrize(("sentence", "content"), RECALLED)
def test_what_is_recalled_is_a_memory_not_goods_or_a_person(
    extract: Extract, sentence: str, content: str | None
) -> None:
    _check_content(_contents(extract, sentence), content)


CALLED_FOR = [
    pytest.param(
        "In March, the governor called for the mayor to step down.",
        "the mayor to step down",
        id="called-for-a-subject-and-infinitive",
    ),
    pytest.param(
        "The senator has repeatedly called for the files to be made public.",
        "the files to be made public",
        id="passive-infinitive",
    ),
    pytest.param(
        "Teachers are pushing for the district to hire more counselors.",
        "the district to hire more counselors",
        id="pushing-for",
    ),
    pytest.param("She has not called for him to resign.", "him to resign", id="a-pronoun-subject"),
    pytest.param(
        "The council called on the utility to refund its customers.",
        "the utility to refund its customers",
        id="called-on-keeps-the-one-called-upon",
    ),
    pytest.param(
        "Church leaders called upon their members to vote in the election.",
        "their members to vote in the election",
        id="called-upon",
    ),
    pytest.param(
        "The chairman called again for members to vote on the budget.",
        "members to vote on the budget",
        id="an-adverb-between",
    ),
    pytest.param("The chairman called a meeting for members to vote on the budget.", None, id="a-meeting-called"),
    pytest.param("The union called for a strike vote.", "a strike vote", id="a-plain-object-stays"),
]


@pytest.mark.parametrize(("sentence", "content"), CALLED_FOR)
def test_what_is_called_for_is_a_whole_clause(extract: Extract, sentence: str, content: str | None) -> None:
    _check_content(_contents(extract, sentence), content)
