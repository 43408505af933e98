"""Organisations and groups as speakers: "it" and "they" and speaking documents."""

from __future__ import annotations

import pytest

from .conftest import Extract, find

CASES = [
    pytest.param(
        "The ministry said the border would reopen on Monday. It added that trucks would be checked.",
        "trucks would be checked",
        "The ministry",
        id="it-added-after-the-ministry",
    ),
    pytest.param(
        "Prosecutors said the suspect had fled the country. They said he was last seen in Lyon.",
        "last seen in Lyon",
        "Prosecutors",
        id="they-after-prosecutors",
    ),
    pytest.param(
        "Police said two men were arrested near the station.\n\nThey said both would appear in court on Friday.",
        "appear in court",
        "Police",
        id="they-after-police-next-paragraph",
    ),
    pytest.param(
        "Acme Corp said profits fell in the spring. It said sales would recover by winter.",
        "sales would recover",
        "Acme Corp",
        id="it-after-a-named-company",
    ),
    pytest.param(
        "The ministry issued a statement on Monday. The statement said the talks had failed.",
        "the talks had failed",
        "The ministry",
        id="the-statement-is-its-issuers",
    ),
    pytest.param(
        "Officials said the dam was safe. Ann Smith, the mayor, disagreed. It said repairs would start soon.",
        "repairs would start soon",
        "Officials",
        id="it-never-a-person-but-not-a-group-either",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_it_and_they_resolve_to_a_speaking_organisation_or_group(
    extract: Extract, text: str, words: str, speaker: str
) -> None:
    s = find(extract(text), words)
    if speaker == "Officials":
        assert s.speaker is None  # "it" is no group of people, and never the person named in between
        return
    assert s.speaker == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            "Ann Smith said the dam was safe. They said repairs would start soon.", "repairs", id="they-no-group"
        ),
        pytest.param("It said the dam was safe.", "the dam was safe", id="it-with-nothing-before"),
        pytest.param(
            "The ministry said the border would reopen.\n\nA.\n\nB.\n\nC.\n\nIt added that trucks would be checked.",
            "trucks",
            id="too-far-back",
        ),
    ],
)
def test_nothing_compatible_stays_no_speaker(extract: Extract, text: str, words: str) -> None:
    assert find(extract(text), words).speaker is None


def test_a_document_that_names_its_own_source_stays_a_description(extract: Extract) -> None:
    text = "The ministry said the border would reopen. A UN report said the camps were full."
    assert find(extract(text), "the camps were full").speaker == "A UN report"


def test_its_statement_is_the_organisations(extract: Extract) -> None:
    text = "The ministry said the border would reopen. Its statement said trucks would be checked."
    assert find(extract(text), "trucks would be checked").speaker == "The ministry"
