"""Speakers: pronouns, titles, appositives and descriptions."""

from __future__ import annotations

import pytest

from .conftest import Extract, find


def test_he_added_resolves_to_the_last_person_acting(extract: Extract) -> None:
    text = (
        "Senator Tom Reed met Governor Ann Smith on Friday. Reed said the bill was dead.\n\n"
        "“We will start again next year,” he added."
    )
    s = find(extract(text), "We will start again")
    assert s.speaker == "Tom Reed"
    assert s.speaker_mention is not None
    assert s.speaker_mention.text == "he"


def test_a_pronoun_skips_people_named_only_inside_quotes(extract: Extract) -> None:
    text = 'Ann Smith praised the team. "Coach Tom Reed is brilliant," she said.'
    s = find(extract(text), "brilliant")
    assert s.speaker == "Ann Smith"


def test_honorific_gender_guides_the_pronoun(extract: Extract) -> None:
    text = "Mrs. Ann Smith met Mr. Tom Reed. Later she said the talks went well."
    s = find(extract(text), "the talks went well")
    assert s.speaker == "Ann Smith"


def test_they_has_no_named_speaker(extract: Extract) -> None:
    s = find(extract("They said the road would reopen soon."), "the road would reopen")
    assert s.speaker is None
    assert s.speaker_mention is not None
    assert s.speaker_mention.text == "They"


def test_appositive_names_the_speaker(extract: Extract) -> None:
    text = "Charitha Pattiaratchi, an oceanographer at the University of Western Australia, said the debris drifted."
    records = extract(text)
    s = find(records, "the debris drifted")
    assert s.speaker == "Charitha Pattiaratchi"
    person = next(p for p in records.persons if p.name == "Charitha Pattiaratchi")
    assert any(r.startswith("oceanographer at the University") for r in person.roles)


def test_a_description_when_no_one_is_named(extract: Extract) -> None:
    s = find(extract("A company spokesman said the recall was voluntary."), "the recall was voluntary")
    assert s.speaker == "A company spokesman"


def test_a_pronoun_with_no_antecedent_is_no_speaker(extract: Extract) -> None:
    s = find(extract("He said the results were final."), "the results were final")
    assert s.speaker is None


def test_pronouns_near_a_name_teach_its_gender(extract: Extract) -> None:
    text = (
        "Donald Trump said he would win. Hillary Clinton said her plan works.\n\n"
        "Trump spoke first. “You are winning?” she asked."
    )
    s = find(extract(text), "You are winning")
    assert s.speaker == "Hillary Clinton"


def test_the_governor_is_the_person_named_with_that_title(extract: Extract) -> None:
    text = (
        "Gov. Ann Smith met Sen. Tom Reed in the capital on Friday.\n\n"
        '"We have a deal on the budget," the governor said.\n\n'
        '"It is a good day for the state," the senator said.'
    )
    statements = extract(text)
    assert find(statements, "a deal on the budget").speaker == "Ann Smith"
    assert find(statements, "a good day").speaker == "Tom Reed"


def test_a_role_nobody_holds_stays_a_description(extract: Extract) -> None:
    text = 'Gov. Ann Smith met reporters on Friday.\n\n"The bridge is safe," the engineer said.'
    assert find(extract(text), "The bridge is safe").speaker == "the engineer"


def test_a_possessive_source_is_named_without_its_s(extract: Extract) -> None:
    s = find(extract("Farm news.\n\nThe minister's refusal to raise prices angered farmers."), "to raise prices")
    assert s.speaker == "The minister"
    assert s.speaker_mention is not None
    assert s.speaker_mention.text == "The minister"


def test_a_title_case_headline_speaker_is_its_own_words(extract: Extract) -> None:
    """The headline is parsed again in sentence case; its tokens must not be looked up in the original parse."""
    records = extract("Angry Farmers Slam Minister Over ‘Unfair’ Prices.\n\nLONDON - The farmers met on Monday.")
    s = find(records, "Unfair")
    assert s.speaker == "Angry Farmers"
    assert all("Slam" not in p.name for p in records.persons)


def test_a_first_name_gives_the_gender_a_pronoun_needs(extract: Extract) -> None:
    text = "Hillary Clinton met Donald Trump on Monday. Trump spoke first.\n\n“The plan will work,” she said."
    assert find(extract(text), "The plan will work").speaker == "Hillary Clinton"
    text = "Maria Lopez met Tom Reed on Monday. Lopez spoke first.\n\n“The plan will fail,” he said."
    assert find(extract(text), "The plan will fail").speaker == "Tom Reed"


def test_he_never_goes_to_a_company_or_a_place(extract: Extract) -> None:
    text = "Tom Reed left Heathrow Airport on Monday. Acme Corp said the flight was late.\n\n“I was tired,” he said."
    assert find(extract(text), "I was tired").speaker == "Tom Reed"


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        pytest.param("Cpl. Ann Smith", "corporal", id="corporal"),
        pytest.param("Magistrate Ann Smith", "magistrate", id="magistrate"),
        pytest.param("Archbishop Ann Smith", "archbishop", id="archbishop"),
        pytest.param("Judge Ann Smith", "judge", id="judge"),
    ],
)
def test_the_role_noun_finds_the_titled_person(extract: Extract, intro: str, role: str) -> None:
    text = f"{intro} met Tom Reed on Friday.\n\n“The case is closed,” the {role} said."
    assert find(extract(text), "The case is closed").speaker == "Ann Smith"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'Opposition leader Tomas Reyes attacked the ministry. "They lied," Reyes said.\n\n'
            'Transport Minister Clara Benn defended the inspectors. "We did our job," she told reporters.\n\n'
            'Reyes praised the fishermen, who reached the wreck first. "They are heroes," he said.',
            id="he-after-a-surname-tagged-as-a-noun",
        ),
    ],
)
def test_he_goes_to_the_man_who_just_acted_not_the_woman_before(extract: Extract, text: str) -> None:
    records = extract(text)
    assert find(records, "They are heroes").speaker == "Tomas Reyes"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Maryam Lilac, an Iranian journalist visiting Oslo, told the Guardian that she saw the fire.\n\n"
            '"People were running," she said.',
            id="journalist-appositive",
        ),
    ],
)
def test_she_goes_to_a_woman_the_model_called_an_organisation(extract: Extract, text: str) -> None:
    assert find(extract(text), "People were running").speaker == "Maryam Lilac"


def test_he_added_skips_the_platform_a_statement_was_posted_on(extract: Extract) -> None:
    text = (
        "Christian Reyes, a former mayor of Nice, said in one of a series of Twitter messages that the truck "
        'carried arms.\n\nReyes told BFM TV that "the driver fired on the crowd."\n\n'
        'He added that the attack appeared to be "premeditated."'
    )
    assert find(extract(text), "premeditated").speaker == "Christian Reyes"
