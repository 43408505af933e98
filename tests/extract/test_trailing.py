"""A reporter at the edge of its clause ("…, records show.", "…, police said."), on sentences written for the test:
through the whole pipeline where the small model misreads them, and on parses written out by hand for the
misreadings it makes only on longer sentences."""

from __future__ import annotations

import pytest

from newsbot.extract.trailing import trailing_candidate

from .conftest import Case, Extract, check_case, hand_parsed


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            Case(
                "The senator paid $40,000 for charter flights in 2014, campaign finance records show.",
                "The senator paid $40,000 for charter flights in 2014",
                cue="show",
                mention="campaign finance records",
            ),
            id="records-show-tagged-as-a-noun",
        ),
        pytest.param(
            Case(
                "The bridge was insured at a value of $20 million in 2009, state records show.",
                "The bridge was insured at a value of $20 million in 2009",
                cue="show",
            ),
            id="records-show-after-a-passive",
        ),
        pytest.param(
            Case(
                "The mayor's office spent twice its budget on consultants last year, city records show, and auditors "
                "say the overrun is growing.",
                "The mayor's office spent twice its budget on consultants last year",
                find="mayor's office",
                cue="show",
            ),
            id="a-joined-clause-after-the-cue-is-its-own-statement",
        ),
        pytest.param(
            Case(
                "During the same month, court records show, the company paid its lawyers $2 million.",
                "During the same month, court records show, the company paid its lawyers $2 million",
                cue="show",
                fragments=("During the same month", "the company paid its lawyers $2 million"),
            ),
            id="an-aside-inside-the-content",
        ),
        pytest.param(
            Case(
                "Secrecy has long surrounded the governor's health, his former doctor maintains.",
                "Secrecy has long surrounded the governor's health",
                cue="maintains",
            ),
            id="singular-reporter-and-an-s-form-tagged-as-a-noun",
        ),
        pytest.param(
            Case(
                "In the old mill town, the paper plant is hanging on, but it is under heavy pressure from cheap "
                "imports, said the plant's manager, Ruth Kessler.",
                "In the old mill town, the paper plant is hanging on, but it is under heavy pressure from cheap imports",
                cue="said",
                mention="the plant's manager",
            ),
            id="inverted-said-joined-to-the-clause",
        ),
    ],
)
def test_the_clause_before_a_trailing_reporter_is_its_statement(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "On the late news and the CNN, Fox and NBC morning shows, about one in three of the guests were women.",
            id="plural-noun-in-a-list-of-names",
        ),
        pytest.param(
            "Sanders is favored to win contests in smaller, whiter states, but Clinton continues to lead.",
            id="comma-inside-a-noun-phrase",
        ),
        pytest.param("Welcome to the season of the big, political personal finance promises.", id="no-clause-before"),
        pytest.param(
            "The family has lived in this town for three months, and their smiles said a lot.",
            id="the-cue-has-an-object",
        ),
        pytest.param("Still, if you were betting today, you would bet on the governor.", id="fronted-condition"),
        pytest.param("One of his sons is a Marine, a fact he frequently mentions on the trail.", id="relative-clause"),
        pytest.param(
            "The committee studied the budget data, the quarterly sales report, and the staff memo.",
            id="a-noun-in-a-list-of-objects",
        ),
        pytest.param(
            "The agency released the budget figures, the crime statistics report, and a map.",
            id="a-noun-in-a-list-after-a-plural",
        ),
        pytest.param(
            "We watched the evening news, the late night talk shows, and the morning shows.", id="a-list-of-shows"
        ),
    ],
)
def test_no_trailing_reporter(extract: Extract, sentence: str) -> None:
    assert extract(sentence).statements == []


# "Most voters in the county have a dim view of the dam, the survey found.": the parser hangs "the survey found" on
# "dam" as a relative clause, so the verb has no content of its own.
_RELATIVE = [
    ("Most", "ADJ", "JJS", "amod", 1, "most"),
    ("voters", "NOUN", "NNS", "nsubj", 5, "voter"),
    ("in", "ADP", "IN", "prep", 1, "in"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("county", "NOUN", "NN", "pobj", 2, "county"),
    ("have", "VERB", "VBP", "ROOT", 5, "have"),
    ("a", "DET", "DT", "det", 8, "a"),
    ("dim", "ADJ", "JJ", "amod", 8, "dim"),
    ("view", "NOUN", "NN", "dobj", 5, "view"),
    ("of", "ADP", "IN", "prep", 8, "of"),
    ("the", "DET", "DT", "det", 11, "the"),
    ("dam", "NOUN", "NN", "pobj", 9, "dam"),
    (",", "PUNCT", ",", "punct", 11, ","),
    ("the", "DET", "DT", "det", 14, "the"),
    ("survey", "NOUN", "NN", "nsubj", 15, "survey"),
    ("found", "VERB", "VBD", "relcl", 11, "find"),
    (".", "PUNCT", ".", "punct", 5, "."),
]

# "As the band played in the park, a woman was bitten by a dog, police said.": the parser makes "said" the root
# and hangs the reported clause on the "as" clause, so "said" has no complement.
_ADVERBIAL = [
    ("As", "SCONJ", "IN", "mark", 3, "as"),
    ("the", "DET", "DT", "det", 2, "the"),
    ("band", "NOUN", "NN", "nsubj", 3, "band"),
    ("played", "VERB", "VBD", "advcl", 17, "play"),
    ("in", "ADP", "IN", "prep", 3, "in"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("park", "NOUN", "NN", "pobj", 4, "park"),
    (",", "PUNCT", ",", "punct", 3, ","),
    ("a", "DET", "DT", "det", 9, "a"),
    ("woman", "NOUN", "NN", "nsubjpass", 11, "woman"),
    ("was", "AUX", "VBD", "auxpass", 11, "be"),
    ("bitten", "VERB", "VBN", "advcl", 3, "bite"),
    ("by", "ADP", "IN", "agent", 11, "by"),
    ("a", "DET", "DT", "det", 14, "a"),
    ("dog", "NOUN", "NN", "pobj", 12, "dog"),
    (",", "PUNCT", ",", "punct", 17, ","),
    ("police", "NOUN", "NNS", "nsubj", 17, "police"),
    ("said", "VERB", "VBD", "ROOT", 17, "say"),
    (".", "PUNCT", ".", "punct", 17, "."),
]


@pytest.mark.parametrize(
    ("rows", "cue", "content", "source"),
    [
        pytest.param(_RELATIVE, 15, "Most voters in the county have a dim view of the dam", "survey", id="relative"),
        pytest.param(
            _ADVERBIAL, 17, "As the band played in the park, a woman was bitten by a dog", "police", id="adverbial"
        ),
    ],
)
def test_a_misparsed_trailing_reporter_takes_the_clause_before_it(
    rows: list[tuple[str, str, str, str, int, str]], cue: int, content: str, source: str
) -> None:
    doc = hand_parsed(rows)
    found = trailing_candidate(doc[cue], 0, 1, doc.text)
    assert found is not None
    assert doc.text[found.start : found.end] == content
    assert found.speaker_token is not None
    assert found.speaker_token.text == source


def test_a_reporter_with_its_own_object_is_not_trailing() -> None:
    """ "…, prosecutors charged the officer." : the verb's object is what it says; no clause before is its."""
    rows = [*_ADVERBIAL[:15], (",", "PUNCT", ",", "punct", 17, ","), ("police", "NOUN", "NNS", "nsubj", 17, "police")]
    rows += [
        ("charged", "VERB", "VBD", "ROOT", 17, "charge"),
        ("the", "DET", "DT", "det", 19, "the"),
        ("man", "NOUN", "NN", "dobj", 17, "man"),
        (".", "PUNCT", ".", "punct", 17, "."),
    ]
    doc = hand_parsed(rows)
    assert trailing_candidate(doc[17], 0, 1, doc.text) is None


def test_a_reporter_may_keep_the_channel_it_spoke_through() -> None:
    """ "…, police said in an interview.": the channel nouns are those of `clauses.is_channel`."""
    rows = [*_ADVERBIAL[:18], ("in", "ADP", "IN", "prep", 17, "in"), ("an", "DET", "DT", "det", 20, "an")]
    rows += [("interview", "NOUN", "NN", "pobj", 18, "interview"), (".", "PUNCT", ".", "punct", 17, ".")]
    doc = hand_parsed(rows)
    found = trailing_candidate(doc[17], 0, 1, doc.text)
    assert found is not None
    assert doc.text[found.start : found.end] == "As the band played in the park, a woman was bitten by a dog"


# "The new numbers offer worrying signals for the campaign, he said.": the parser reads "offer" as a noun, so the
# sentence before the reporter has no verb at all.
_VERBLESS = [
    ("The", "DET", "DT", "det", 5, "the"),
    ("new", "ADJ", "JJ", "amod", 5, "new"),
    ("numbers", "NOUN", "NNS", "compound", 3, "number"),
    ("offer", "NOUN", "NN", "compound", 5, "offer"),
    ("worrying", "ADJ", "JJ", "amod", 5, "worrying"),
    ("signals", "NOUN", "NNS", "npadvmod", 11, "signal"),
    ("for", "ADP", "IN", "prep", 5, "for"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("campaign", "NOUN", "NN", "pobj", 6, "campaign"),
    (",", "PUNCT", ",", "punct", 11, ","),
    ("he", "PRON", "PRP", "nsubj", 11, "he"),
    ("said", "VERB", "VBD", "ROOT", 11, "say"),
    (".", "PUNCT", ".", "punct", 11, "."),
]

# "In a speech at the fair last July, he said.": a fronted phrase, not a statement.
_FRONTED = [
    ("In", "ADP", "IN", "prep", 10, "in"),
    ("a", "DET", "DT", "det", 2, "a"),
    ("speech", "NOUN", "NN", "pobj", 0, "speech"),
    ("at", "ADP", "IN", "prep", 2, "at"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("fair", "NOUN", "NN", "pobj", 3, "fair"),
    ("last", "ADJ", "JJ", "amod", 7, "last"),
    ("July", "PROPN", "NNP", "npadvmod", 10, "July"),
    (",", "PUNCT", ",", "punct", 10, ","),
    ("he", "PRON", "PRP", "nsubj", 10, "he"),
    ("said", "VERB", "VBD", "ROOT", 10, "say"),
    (".", "PUNCT", ".", "punct", 10, "."),
]

# "Big trouble ahead, he said.": too short to be a clause the parser lost.
_SHORT = [
    ("Big", "ADJ", "JJ", "amod", 1, "big"),
    ("trouble", "NOUN", "NN", "npadvmod", 5, "trouble"),
    ("ahead", "ADV", "RB", "advmod", 1, "ahead"),
    (",", "PUNCT", ",", "punct", 5, ","),
    ("he", "PRON", "PRP", "nsubj", 5, "he"),
    ("said", "VERB", "VBD", "ROOT", 5, "say"),
    (".", "PUNCT", ".", "punct", 5, "."),
]


@pytest.mark.parametrize(
    ("rows", "cue", "content"),
    [
        pytest.param(_VERBLESS, 11, "The new numbers offer worrying signals for the campaign", id="verbless-sentence"),
        pytest.param(_FRONTED, 10, None, id="a-fronted-phrase-stays-out"),
        pytest.param(_SHORT, 5, None, id="a-short-phrase-stays-out"),
    ],
)
def test_a_sentence_the_parser_gave_no_verb_is_the_trailing_reporters_content(
    rows: list[tuple[str, str, str, str, int, str]], cue: int, content: str | None
) -> None:
    doc = hand_parsed(rows)
    found = trailing_candidate(doc[cue], 0, 1, doc.text)
    assert (None if found is None else doc.text[found.start : found.end]) == content
