"""A speech verb set after its quotation, with the speaker after it, has no second content: the noun phrase
after it (with its apposition or relative clause) is who spoke. Sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

SENTENCES = [
    pytest.param(
        "“What is shaping up is a battle for the ages,” said David Brock, a Clinton confidant who heads "
        "the super PAC Correct the Record.",
        ["“What is shaping up is a battle for the ages,”"],
        id="apposition-misread-as-a-clause",
    ),
    pytest.param(
        "“Meh,” wrote a Trump supporter who runs the Twitter account @WomenForTrump.",
        ["“Meh,”"],
        id="relative-clause-on-the-speaker",
    ),
    pytest.param(
        "“It is not over yet,” said James Acton, a physicist who is co-director of the Nuclear Policy "
        "Program at the Carnegie Endowment.",
        ["“It is not over yet,”"],
        id="relative-clause-on-an-apposition",
    ),
    pytest.param(
        "Smith, who called the plan “a disgrace,” said that the city would appeal the ruling.",
        ["the plan “a disgrace,”", "that the city would appeal the ruling"],
        id="subject-before-the-quotation",
    ),
    pytest.param(
        "Pollster Ann Selzer is happy to be Iowa’s “silver standard,” says she warned about surprises.",
        ["she warned about surprises"],
        id="a-clause-follows",
    ),
]


@pytest.mark.parametrize(("sentence", "contents"), SENTENCES)
def test_no_content_after_an_inverted_cue(extract: Extract, sentence: str, contents: list[str]) -> None:
    quotes = [s.quote.text for s in extract(sentence).statements]
    assert quotes == contents


TOPICS = [
    pytest.param(
        "“Absolutely not,” he said of the possibility of superdelegates switching allegiances from Clinton.",
        ["“Absolutely not,”"],
        id="of-after-the-quotation",
    ),
    pytest.param(
        "“I thought I would regret it if I didn’t,” he said about finally speaking out.",
        ["“I thought I would regret it if I didn’t,”"],
        id="about-after-the-quotation",
    ),
    pytest.param(
        "“It is a lot of money,” Tenney said about the money being spent against her in the primary.",
        ["“It is a lot of money,”"],
        id="named-subject-between",
    ),
    pytest.param(
        "The senator said about the new tax plan that it would hurt small businesses badly.",
        ["the new tax plan that it would hurt small businesses badly"],
        id="no-quotation-before",
    ),
]


@pytest.mark.parametrize(("sentence", "contents"), TOPICS)
def test_the_topic_of_a_quotation_is_no_second_statement(extract: Extract, sentence: str, contents: list[str]) -> None:
    quotes = [s.quote.text for s in extract(sentence).statements]
    assert quotes == contents if sentence.startswith("“") else set(contents) <= set(quotes)
