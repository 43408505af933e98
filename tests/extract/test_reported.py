"""Reported speech from the parse: each construction on a sentence written for the test.

Most constructions are one row of a table: a sentence, the statement's words, and what else must hold (cue,
speaker, the words naming the speaker, fragments). An expected quote ending in "…" only fixes how the quote
starts, one starting with "…" how it ends.
"""

from __future__ import annotations

import pytest

from newsbot.extract.reported import find_reported

from .conftest import Case, Extract, check_case, find, hand_parsed

CLAUSES = [
    pytest.param(
        Case(
            "Maria Lopez said that the factory would close in June.",
            "that the factory would close in June",
            cue="said",
            speaker="Maria Lopez",
            kind="indirect",
        ),
        id="said-that",
    ),
    pytest.param(
        Case(
            "The factory will close in June, the company said.",
            "The factory will close in June",
            speaker="the company",
            mention="the company",
        ),
        id="clause-before-cue",
    ),
    pytest.param(
        Case(
            "Governor Ann Smith told reporters the bridge was safe.",
            "the bridge was safe",
            cue="told",
            speaker="Ann Smith",
        ),
        id="told-reporters",
    ),
    pytest.param(
        Case(
            "The economy, the minister said, is growing faster than expected.",
            "The economy, the minister said, is growing faster than expected",
            cue="said",
            fragments=("The economy", "is growing faster than expected"),
        ),
        id="cue-mid-clause",
    ),
    pytest.param(
        Case(
            "The mayor said residents believe the water is safe.",
            "residents believe the water is safe",
        ),
        id="nested-attribution-in-outer",
    ),
    pytest.param(
        Case(
            "The officer said the driver ignored the signal and refused to leave the car.",
            "the driver ignored the signal and refused to leave the car",
        ),
        id="second-action-stays",
    ),
    pytest.param(
        Case(
            "She told a meeting of county officials that few towns understood the risk of flooding better.",
            "that few towns understood the risk of flooding better",
            cue="told",
        ),
        id="told-listeners-misparsed-relative",
    ),
    pytest.param(
        Case(
            "The problem now, she told me on Monday, is that the plant is too old to repair.",
            "The problem now…",
            find="problem",
        ),
        id="cue-inside-subject-start",
    ),
    pytest.param(
        Case(
            "The problem now, she told me on Monday, is that the plant is too old to repair.",
            "…the plant is too old to repair",
            find="problem",
        ),
        id="cue-inside-subject-end",
    ),
    pytest.param(
        Case(
            "The real danger, Smith told the BBC on Monday, is the drought.",
            "The real danger, Smith told the BBC on Monday, is the drought",
            cue="told",
            speaker="Smith",
            fragments=("The real danger", "is the drought"),
        ),
        id="told-aside-parsed-as-the-root",
    ),
    pytest.param(
        Case(
            "The mayor said she had learned one thing: the city could not afford another strike.",
            "she had learned one thing: the city could not afford another strike",
        ),
        id="content-goes-on-after-colon",
    ),
]

CONTENT_EDGES = [
    pytest.param(
        Case("Ms. Reyes said she had never met Tom Baker, the owner of the mill.", "she had never met Tom Baker"),
        id="closing-appositive-cut",
    ),
    pytest.param(
        Case(
            "A former aide said the governor was a close friend of Mr. Baker, a banker and philanthropist.",
            "the governor was a close friend of Mr. Baker",
        ),
        id="closing-appositive-with-two-nouns-cut",
    ),
    pytest.param(
        Case(
            "She said the lobbyist had pressed Mr. Baker, his family members and advisers with requests.",
            "the lobbyist had pressed Mr. Baker, his family members and advisers with requests",
        ),
        id="series-of-nouns-kept",
    ),
    pytest.param(
        Case(
            "He said the mayor has long pushed for cheaper buses, the repair of old bridges and higher taxes on landlords.",
            "the mayor has long pushed for cheaper buses, the repair of old bridges and higher taxes on landlords",
        ),
        id="series-of-objects-kept",
    ),
    pytest.param(
        Case(
            "The coach said the team would win the cup, although the season had started badly.",
            "the team would win the cup",
            find="win the cup",
        ),
        id="closing-circumstance-cut",
    ),
    pytest.param(
        Case(
            "The new bridge, the engineer said, is safe for trucks, although the paint is still wet.",
            "…is safe for trucks",
            find="safe for trucks",
        ),
        id="circumstance-after-cue-in-middle",
    ),
    pytest.param(
        Case(
            "The two governors introduced the “Clean Rivers Plan,” which later failed in the legislature.",
            "the “Clean Rivers Plan,”",
            find="Clean Rivers Plan",
        ),
        id="aside-after-quoted-name-keeps-mark",
    ),
    pytest.param(
        Case(
            "The mayor vowed to build a new library, which would include a theater, to serve the east side.",
            "to build a new library, which would include a theater, to serve the east side",
            find="new library",
        ),
        id="relative-clause-inside-stays",
    ),
    pytest.param(
        Case(
            "The mayor said she would close the old library, which opened in 1950.",
            "she would close the old library",
            find="old library",
        ),
        id="relative-clause-closing-cut",
    ),
    pytest.param(
        Case(
            "The coach wants to train harder, win more games and fill the stadium.",
            "to train harder, win more games and fill the stadium",
        ),
        id="coordinated-bare-verbs",
    ),
    pytest.param(
        Case(
            "The company issued a statement, promising to match and in some years exceed its targets.",
            "to match and in some years exceed its targets",
            find="to match",
        ),
        id="coordinated-bare-verbs-after-gerund",
    ),
    pytest.param(
        Case("The coach wants to train harder, but could not say how.", "to train harder", find="train"),
        id="finite-verb-after-infinitive-cut",
    ),
    pytest.param(
        Case(
            "The mayor said the cost of the bridge — and the risks — would be paid by the state.",
            "the cost of the bridge — and the risks — would be paid by the state",
        ),
        id="dashed-aside-inside-stays",
    ),
    pytest.param(
        Case(
            "The mayor said the state would pay for the bridge — a promise she made last year.",
            "the state would pay for the bridge",
            find="bridge",
        ),
        id="dashed-aside-closing-cut",
    ),
    pytest.param(
        Case(
            "The union condemned the new rules, including a levy on small farms.",
            "the new rules, including a levy on small farms",
        ),
        id="examples-stay",
    ),
    pytest.param(Case("The bank offers cheap loans to parents.", "cheap loans to parents"), id="recipient-stays"),
    pytest.param(
        Case(
            "Smith likened the app to the radio, which reaches every home, in an interview last week.",
            "the app to the radio",
            find="the app",
        ),
        id="relative-before-circumstance-cut",
    ),
    pytest.param(
        Case("Reporters described the mayor as a reformer when she ran for office.", "the mayor as a reformer"),
        id="time-clause-dates-the-saying",
    ),
    pytest.param(
        Case(
            "The senator painted himself as a friend of farmers when it comes to trade.",
            "himself as a friend of farmers when it comes to trade",
        ),
        id="when-it-comes-to-stays",
    ),
    pytest.param(
        Case(
            "The governor condemned the launch as reckless and a grave threat to peace.",
            "the launch as reckless and a grave threat to peace",
        ),
        id="noun-coordinated-after-object",
    ),
    pytest.param(
        Case(
            "The new rules, which promise to transform the power sector but are likely to face lawsuits, start in May.",
            "to transform the power sector",
            find="power sector",
        ),
        id="finite-verb-joined-to-infinitive-cut",
    ),
    pytest.param(
        Case(
            "The agency warned state officials to boost their security after hackers attacked two networks.",
            "state officials to boost their security",
            find="security",
        ),
        id="event-after-infinitive-cut",
    ),
    pytest.param(
        Case(
            "The governor described the new tax as a “cruel burden” after the budget vote on Tuesday.",
            "the new tax as a “cruel burden”",
            find="cruel burden",
        ),
        id="naming-stops-before-when",
    ),
]

OBJECTS = [
    pytest.param(
        Case("Senator Tom Reed called the plan a reckless gamble.", "the plan a reckless gamble", cue="called"),
        id="called-x-y",
    ),
    pytest.param(
        Case("The union called for an independent inquiry into the crash.", "an independent inquiry into the crash"),
        id="called-for",
    ),
    pytest.param(
        Case(
            "The senator has been pounding the mayor as a “reckless spender” for months.",
            "the mayor as a “reckless spender”…",
            find="reckless spender",
            speaker="The senator",
        ),
        id="casting-as-quoted",
    ),
    pytest.param(
        Case(
            "The mayor dubbed the bridge a “monument to waste.”",
            "the bridge a “monument to waste.”",
            find="monument to waste",
            cue="dubbed",
        ),
        id="dubbed-quoted-name",
    ),
    pytest.param(
        Case(
            "The two senators introduced the “Safe Bridges Act” on Monday.",
            "the “Safe Bridges Act”",
            find="Safe Bridges Act",
            speaker="The two senators",
        ),
        id="object-holding-quoted-phrase",
    ),
    pytest.param(
        Case(
            'The coach called Smith a "pathological liar" who is "utterly lost," and a "bully."',
            'Smith a "pathological liar"…',
            find="pathological liar",
            cue="called",
        ),
        id="called-two-predicates",
    ),
    pytest.param(
        Case(
            "The governor lauded Ms. Park for helping draft the budget.",
            "Ms. Park for helping draft the budget",
            cue="lauded",
        ),
        id="praise-for-a-deed",
    ),
    pytest.param(
        Case(
            'The mayor likened the new rules to "tearing up the charter".',
            'the new rules to "tearing up the charter"',
            find="charter",
            speaker="The mayor",
        ),
        id="likening",
    ),
    pytest.param(
        Case(
            'The senator exhorted voters to "stay home" in November.',
            'voters to "stay home"…',
            find="stay home",
            cue="exhorted",
        ),
        id="exhorting",
    ),
    pytest.param(
        Case(
            "The governor proposes doing away with the sales tax.",
            "doing away with the sales tax",
            speaker="The governor",
        ),
        id="proposing-gerund",
    ),
    pytest.param(
        Case("The host asks him about his tax returns.", "his tax returns", find="tax returns", speaker="The host"),
        id="topic-after-pronoun",
    ),
    pytest.param(
        Case(
            "The governor accused them of hiding the report from voters.",
            "hiding the report from voters",
            find="hiding",
        ),
        id="accused-of",
    ),
    pytest.param(
        Case(
            "The inspectors have been blamed for bringing the disease to the island.",
            "The inspectors have been blamed for bringing the disease to the island",
            fragments=("The inspectors", "bringing the disease to the island"),
        ),
        id="passive-blame",
    ),
    pytest.param(
        Case(
            'The minister branded the rebels a "criminal gang in uniform."',
            'the rebels a "criminal gang in uniform…',
            find="criminal gang",
            cue="branded",
        ),
        id="naming-two-objects",
    ),
    pytest.param(
        Case(
            "Two people were hurt by a blast that the mayor described as “an intentional act.”",
            "a blast that the mayor described as “an intentional act…",
            find="intentional",
            speaker="the mayor",
        ),
        id="that-someone-described-as",
    ),
    pytest.param(
        Case(
            "The governor has gone after the mayor as a “reckless spender.”",
            "the mayor as a “reckless spender…",
            find="reckless",
            cue="gone after",
            speaker="The governor",
        ),
        id="going-after-as",
    ),
    pytest.param(
        Case(
            "The minister downplayed the risk of a second outbreak.", "the risk of a second outbreak", cue="downplayed"
        ),
        id="downplaying",
    ),
    pytest.param(
        Case("The candidate disavowed the group's latest advertisement.", "the group's latest advertisement"),
        id="disavowing",
    ),
    pytest.param(
        Case(
            "The mayor challenged her rival to release his tax returns.",
            "her rival to release his tax returns",
            find="release",
            cue="challenged",
        ),
        id="directive-as-purpose",
    ),
    pytest.param(Case("The court deemed the new law invalid.", "the new law invalid", cue="deemed"), id="verdict"),
    pytest.param(
        Case(
            "The mayor has responded with attacks on the city council.", "attacks on the city council", cue="responded"
        ),
        id="responded-with",
    ),
    pytest.param(
        Case("The senator defended himself and his voting record.", "himself and his voting record"),
        id="pronoun-joined-to-noun",
    ),
]

STANCES = [
    pytest.param(
        Case(
            "Analysts doubted Smith's claim that the deal would save money.",
            "that the deal would save money",
            cue="claim",
        ),
        id="noun-that-clause",
    ),
    pytest.param(
        Case(
            "Local farmers have expressed deep concern about the new water rules.",
            "the new water rules",
            cue="expressed",
        ),
        id="expressed-feeling-about",
    ),
    pytest.param(
        Case(
            "The mayor complained about the noisy construction work.",
            "the noisy construction work",
            speaker="The mayor",
        ),
        id="complained-about",
    ),
    pytest.param(
        Case("The senator is raising doubts about the airport contract.", "the airport contract", cue="doubts about"),
        id="doubts-about",
    ),
    pytest.param(
        Case(
            "The rival campaign seized on the governor's remarks about teachers.",
            "the governor's remarks about teachers",
            cue="seized",
        ),
        id="seized-on",
    ),
    pytest.param(
        Case("The coach did not apologize for his angry outburst at the referee.", "his angry outburst at the referee"),
        id="apologize-for",
    ),
    pytest.param(
        Case(
            "The union leader has long been critical of the new pension plan.",
            "the new pension plan",
            cue="critical of",
        ),
        id="critical-of",
    ),
    pytest.param(
        Case(
            "The radio host led a heated discussion about the stadium deal.", "the stadium deal", cue="discussion about"
        ),
        id="discussion-about",
    ),
    pytest.param(
        Case(
            "The coach bristled at the questions about his contract.",
            "the questions about his contract",
            find="questions",
            cue="bristled",
        ),
        id="bristled-at",
    ),
    pytest.param(
        Case("The senator doubled down on his attacks on the judge.", "his attacks on the judge", find="attacks"),
        id="doubled-down-on",
    ),
    pytest.param(
        Case("The senator has been critical of Smith.", "Smith", cue="critical of"),
        id="stance-toward-one-named-party",
    ),
    pytest.param(
        Case(
            "The mayor has been a loyal supporter of the union and of its members in the city.",
            "the union and of its members in the city",
        ),
        id="stance-two-topics",
    ),
    pytest.param(
        Case(
            "Party leaders are afraid that turnout may be low in the cities.",
            "that turnout may be low in the cities",
            cue="afraid",
            speaker="Party leaders",
        ),
        id="adjective-of-feeling",
    ),
    pytest.param(
        Case(
            "The minister's refusal to hand over the files angered the court.",
            "to hand over the files",
            find="files",
            cue="refusal",
        ),
        id="noun-of-refusal",
    ),
    pytest.param(
        Case("Smith's opposition to the trade deal is well known.", "the trade deal", find="trade deal"),
        id="noun-of-opposition",
    ),
]

ASIDES_AND_ACCORDING = [
    pytest.param(
        Case(
            "According to the airline, the flight was delayed by fog.",
            "the flight was delayed by fog",
            cue="According to",
            mention="the airline",
        ),
        id="according-to",
    ),
    pytest.param(
        Case(
            "As a manager at the mill, Jones repeatedly ignored safety rules, according to show insiders.",
            "As a manager at the mill, Jones repeatedly ignored safety rules",
            cue="according to",
            mention="show insiders",
        ),
        id="according-to-after-comma",
    ),
    pytest.param(
        Case(
            "Smith, according to aides, plans to run again next year.",
            "Smith, according to aides, plans to run again next year",
            fragments=("Smith", "plans to run again next year"),
        ),
        id="according-to-inside-the-clause",
    ),
    pytest.param(
        Case(
            "As one aide put it, the campaign is running on fumes.",
            "the campaign is running on fumes",
            speaker="one aide",
        ),
        id="as-someone-put-it",
    ),
    pytest.param(
        Case(
            "The program requires a lawful source of funds, as a memo put it.",
            "The program requires a lawful source of funds",
            find="lawful",
        ),
        id="as-a-memo-put-it-after",
    ),
    pytest.param(
        Case(
            "As reported by the Daily Ledger, the city spent twice its budget on the new bridge.",
            "the city spent twice its budget on the new bridge",
            speaker="Daily Ledger",
        ),
        id="as-reported-by",
    ),
    pytest.param(
        Case(
            "As first reported by the Daily Ledger, the mayor found both plans to be too costly.",
            "the mayor found both plans to be too costly",
            speaker="Daily Ledger",
        ),
        id="as-first-reported-by-over-a-cue-of-its-own",
    ),
]


@pytest.mark.parametrize("case", CLAUSES)
def test_a_reported_clause(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize("case", CONTENT_EDGES)
def test_where_a_content_starts_and_stops(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize("case", OBJECTS)
def test_a_cue_with_an_object(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize("case", STANCES)
def test_a_noun_or_stance_with_its_topic(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize("case", ASIDES_AND_ACCORDING)
def test_an_aside_or_according_to(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The minister visited the flooded town on Monday.", id="not-a-cue"),
        pytest.param(
            "The senator released her tax returns on Friday. The mayor unveiled a new bus station.", id="release"
        ),
        pytest.param(
            "The council expects to finish the bridge by May. Her plan to widen the road stalled.", id="plans"
        ),
        pytest.param("The police went after the suspect.", id="going-after-without-as"),
        pytest.param("The committee considered the bill on Monday.", id="considered-is-no-verdict"),
        pytest.param("The road was so narrow that trucks could not pass.", id="so-that-is-no-stance"),
    ],
)
def test_no_statement(extract: Extract, text: str) -> None:
    assert extract(text).statements == []


def test_as_in_the_sense_of_while_is_no_aside(extract: Extract) -> None:
    records = extract("The mayor smiled as she noted how happy she was.")
    assert all("smiled" not in s.quote.text for s in records.statements)


def test_reported_speech_dated_by_its_cue(extract: Extract) -> None:
    records = extract("On Saturday, the minister confirmed that talks had resumed earlier this week.")
    s = find(records, "talks had resumed")
    assert s.date == "2025-05-10"
    assert s.date_text == "Saturday"


def test_a_statement_in_the_same_sentence_as_a_post_shares_its_date(extract: Extract) -> None:
    text = (
        'In a post on X, Ann Lee called the ruling a disgrace and wrote, "The court has failed every family in '
        'this state."\n\nThe court has failed every family in this state. — Ann Lee (@annlee) June 2, 2024'
    )
    records = extract(text, published="2024-06-04")
    called = find(records, "the ruling a disgrace")
    assert called.date == "2024-06-02"


def test_a_second_cue_joined_to_the_reported_clause_is_its_own_statement(extract: Extract) -> None:
    records = extract("Ann Smith tweeted that the poll was “rigged” and urged supporters to vote early.")
    tweeted = find(records, "the poll was")
    assert tweeted.quote.text == "that the poll was “rigged”"
    assert tweeted.kind == "mixed"
    urged = find(records, "supporters to vote early")
    assert urged.speaker == "Ann Smith"
    assert urged.cue is not None
    assert urged.cue.text == "urged"


def test_a_second_reporter_joined_by_and_starts_a_new_statement(extract: Extract) -> None:
    records = extract(
        "The minister stressed that the reforms were not complete, and rights groups warned that the army still held power."
    )
    assert find(records, "reforms").quote.text == "that the reforms were not complete"
    warned = find(records, "army")
    assert warned.quote.text == "that the army still held power"
    assert warned.speaker == "rights groups"


def test_a_content_stops_before_an_according_to_phrase(extract: Extract) -> None:
    records = extract("The mayor said rents rose by 9 percent, according to a city report, and that buses were slower.")
    said = [s for s in records.statements if s.cue is not None and s.cue.text == "said"]
    assert [s.quote.text for s in said] == ["rents rose by 9 percent"]
    according = [s for s in records.statements if s.cue is not None and s.cue.text == "according to"]
    assert [s.quote.text for s in according] == ["rents rose by 9 percent"]  # not on to "and that buses …"


def test_according_to_keeps_a_verb_sharing_its_subject(extract: Extract) -> None:
    records = extract("According to Smith, he was once a member of the club, but is now its fiercest critic.")
    s = find(records, "member of the club")
    assert s.quote.text == "he was once a member of the club, but is now its fiercest critic"


def test_according_to_keeps_a_clause_the_parser_joined_without_a_conjunction(extract: Extract) -> None:
    text = (
        "According to the agency, about 30 percent of the region's water supplies are subject to a meter charge - "
        "either a flat fee or, more commonly, a tariff under a scheme of caps like those in Lyon and Turin, in "
        "which permits to draw water are auctioned among farms."
    )
    s = find(extract(text), "water supplies")
    assert s.quote.text.endswith("auctioned among farms")


# "Yes, said Warren, whose campaign was built on it, that is the plan.": the parser left "said" without a
# complement, and the first subject after it opens a relative clause on the speaker.
_SPEAKER_DESCRIBED = [
    ("Yes", "INTJ", "UH", "intj", 2, "yes"),
    (",", "PUNCT", ",", "punct", 2, ","),
    ("said", "VERB", "VBD", "ROOT", 2, "say"),
    ("Warren", "PROPN", "NNP", "nsubj", 2, "Warren"),
    (",", "PUNCT", ",", "punct", 3, ","),
    ("whose", "PRON", "WP$", "poss", 6, "whose"),
    ("campaign", "NOUN", "NN", "nsubjpass", 8, "campaign"),
    ("was", "AUX", "VBD", "auxpass", 8, "be"),
    ("built", "VERB", "VBN", "relcl", 3, "build"),
    ("on", "ADP", "IN", "prep", 8, "on"),
    ("it", "PRON", "PRP", "pobj", 9, "it"),
    (",", "PUNCT", ",", "punct", 2, ","),
    ("that", "PRON", "DT", "nsubj", 13, "that"),
    ("is", "AUX", "VBZ", "dep", 2, "be"),
    ("the", "DET", "DT", "det", 15, "the"),
    ("plan", "NOUN", "NN", "attr", 13, "plan"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def test_a_relative_clause_on_the_speaker_is_not_the_content() -> None:
    """The parser failed to attach the content: the clause found after the cue skips "whose campaign was …",
    which describes the speaker."""
    doc = hand_parsed([*_SPEAKER_DESCRIBED[:11], (".", "PUNCT", ".", "punct", 2, ".")])
    assert find_reported(doc, 0, 1, doc.text) == []


def test_the_content_after_a_relative_clause_on_the_speaker_is_found() -> None:
    doc = hand_parsed(_SPEAKER_DESCRIBED)
    found = [doc.text[c.start : c.end] for c in find_reported(doc, 0, 1, doc.text)]
    assert found == ["that is the plan"]


_DESCRIBING_PARTICIPLES = [
    pytest.param(
        "The mayor holds a lead in pledged delegates, but that is unlikely to discourage her rival after the vote.",
        "pledged",
        id="pledged-delegates-but",
    ),
    pytest.param(
        "The senator has a lead in pledged delegates, but her rival has won the last three contests.",
        "pledged",
        id="pledged-delegates-clause",
    ),
    pytest.param(
        "The city has spent half of the promised funds, but the contractors say they need more.",
        "promised",
        id="promised-funds",
    ),
]


@pytest.mark.parametrize(("sentence", "participle"), _DESCRIBING_PARTICIPLES)
def test_a_participle_before_its_noun_takes_no_following_clause(
    extract: Extract, sentence: str, participle: str
) -> None:
    """ "pledged delegates, but …": the participle describes its noun; the clause after it is nobody's words."""
    records = extract(sentence)
    assert all(s.cue is None or s.cue.text.lower() != participle for s in records.statements)


def test_a_cue_after_a_describing_participle_keeps_its_clause(extract: Extract) -> None:
    statement = find(
        extract("The city has spent half of the promised funds, but the contractors say they need more."), "need more"
    )
    assert statement.cue is not None
    assert statement.cue.text == "say"
