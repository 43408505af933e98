"""Reported speech from the parse: each construction on a sentence written for the test."""

from __future__ import annotations

from .conftest import Extract, find, only


def test_said_that_clause(extract: Extract) -> None:
    s = only(extract("Maria Lopez said that the factory would close in June."))
    assert s.kind == "indirect"
    assert s.quote.text == "that the factory would close in June"
    assert s.speaker == "Maria Lopez"
    assert s.cue is not None
    assert s.cue.text == "said"


def test_clause_before_the_cue(extract: Extract) -> None:
    s = only(extract("The factory will close in June, the company said."))
    assert s.quote.text == "The factory will close in June"
    assert s.speaker == "the company"
    assert s.speaker_mention is not None
    assert s.speaker_mention.text == "the company"


def test_told_reporters(extract: Extract) -> None:
    s = only(extract("Governor Ann Smith told reporters the bridge was safe."))
    assert s.quote.text == "the bridge was safe"
    assert s.cue is not None
    assert s.cue.text == "told"
    assert s.speaker == "Ann Smith"


def test_according_to(extract: Extract) -> None:
    s = only(extract("According to the airline, the flight was delayed by fog."))
    assert s.quote.text == "the flight was delayed by fog"
    assert s.cue is not None
    assert s.cue.text == "According to"
    assert s.speaker_mention is not None
    assert s.speaker_mention.text == "the airline"


def test_cue_in_the_middle_of_the_clause(extract: Extract) -> None:
    s = only(extract("The economy, the minister said, is growing faster than expected."))
    assert [f.text for f in s.fragments] == ["The economy", "is growing faster than expected"]
    assert s.cue is not None
    assert s.cue.text == "said"


def test_called_someone_something(extract: Extract) -> None:
    s = only(extract("Senator Tom Reed called the plan a reckless gamble."))
    assert s.quote.text == "the plan a reckless gamble"
    assert s.cue is not None
    assert s.cue.text == "called"


def test_called_for(extract: Extract) -> None:
    s = only(extract("The union called for an independent inquiry into the crash."))
    assert s.quote.text == "an independent inquiry into the crash"


def test_noun_cue_with_a_that_clause(extract: Extract) -> None:
    s = only(extract("Analysts doubted Smith's claim that the deal would save money."))
    assert s.quote.text == "that the deal would save money"
    assert s.cue is not None
    assert s.cue.text == "claim"


def test_nested_attribution_is_part_of_the_outer_statement(extract: Extract) -> None:
    records = extract("The mayor said residents believe the water is safe.")
    s = only(records)
    assert s.quote.text == "residents believe the water is safe"


def test_a_verb_that_is_not_a_cue_makes_no_statement(extract: Extract) -> None:
    assert extract("The minister visited the flooded town on Monday.").statements == []


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


def test_releasing_or_unveiling_a_thing_is_no_statement(extract: Extract) -> None:
    records = extract("The senator released her tax returns on Friday. The mayor unveiled a new bus station.")
    assert records.statements == []


def test_expecting_or_planning_to_act_is_no_statement(extract: Extract) -> None:
    records = extract("The council expects to finish the bridge by May. Her plan to widen the road stalled.")
    assert records.statements == []


def test_quoted_naming_stops_before_when_it_was_said(extract: Extract) -> None:
    records = extract("The governor described the new tax as a “cruel burden” after the budget vote on Tuesday.")
    s = find(records, "cruel burden")
    assert s.quote.text == "the new tax as a “cruel burden”"


def test_a_second_action_joined_to_the_reported_clause_stays_in_it(extract: Extract) -> None:
    records = extract("The officer said the driver ignored the signal and refused to leave the car.")
    s = only(records)
    assert s.quote.text == "the driver ignored the signal and refused to leave the car"


def test_a_closing_appositive_is_the_writers_not_the_speakers(extract: Extract) -> None:
    records = extract("Ms. Reyes said she had never met Tom Baker, the owner of the mill.")
    s = only(records)
    assert s.quote.text == "she had never met Tom Baker"


def test_a_closing_circumstance_after_a_comma_is_not_reported(extract: Extract) -> None:
    records = extract("The coach said the team would win the cup, although the season had started badly.")
    s = find(records, "win the cup")
    assert s.quote.text == "the team would win the cup"


def test_any_verb_casting_an_object_as_a_quoted_phrase(extract: Extract) -> None:
    records = extract("The senator has been pounding the mayor as a “reckless spender” for months.")
    s = find(records, "reckless spender")
    assert s.quote.text.startswith("the mayor as a “reckless spender”")
    assert s.speaker == "The senator"


def test_dubbing_an_object_with_a_quoted_name(extract: Extract) -> None:
    records = extract("The mayor dubbed the bridge a “monument to waste.”")
    s = find(records, "monument to waste")
    assert s.quote.text == "the bridge a “monument to waste.”"
    assert s.cue is not None
    assert s.cue.text == "dubbed"


def test_an_object_holding_a_quoted_phrase_is_reported(extract: Extract) -> None:
    records = extract("The two senators introduced the “Safe Bridges Act” on Monday.")
    s = find(records, "Safe Bridges Act")
    assert s.quote.text == "the “Safe Bridges Act”"
    assert s.speaker == "The two senators"


def test_called_someone_a_name_when_both_are_parsed_as_predicates(extract: Extract) -> None:
    records = extract('The coach called Smith a "pathological liar" who is "utterly lost," and a "bully."')
    s = find(records, "pathological liar")
    assert s.quote.text.startswith('Smith a "pathological liar"')
    assert s.cue is not None
    assert s.cue.text == "called"


def test_told_listeners_that_read_as_a_relative_clause(extract: Extract) -> None:
    records = extract("She told a meeting of county officials that few towns understood the risk of flooding better.")
    s = only(records)
    assert s.quote.text == "that few towns understood the risk of flooding better"
    assert s.cue is not None
    assert s.cue.text == "told"


def test_according_to_after_a_comma_when_the_parse_misses_it(extract: Extract) -> None:
    records = extract("As a manager at the mill, Jones repeatedly ignored safety rules, according to show insiders.")
    s = only(records)
    assert s.quote.text == "As a manager at the mill, Jones repeatedly ignored safety rules"
    assert s.cue is not None
    assert s.cue.text == "according to"
    assert s.speaker_mention is not None
    assert s.speaker_mention.text == "show insiders"


def test_expressed_a_feeling_about_a_topic(extract: Extract) -> None:
    records = extract("Local farmers have expressed deep concern about the new water rules.")
    s = only(records)
    assert s.quote.text == "the new water rules"
    assert s.cue is not None
    assert s.cue.text == "expressed"


def test_a_stance_about_a_topic(extract: Extract) -> None:
    records = extract("The mayor complained about the noisy construction work.")
    s = only(records)
    assert s.quote.text == "the noisy construction work"
    assert s.speaker == "The mayor"


def test_doubts_about_a_topic(extract: Extract) -> None:
    records = extract("The senator is raising doubts about the airport contract.")
    s = only(records)
    assert s.quote.text == "the airport contract"
    assert s.cue is not None
    assert s.cue.text == "doubts about"


def test_seizing_on_and_apologizing_for_a_topic(extract: Extract) -> None:
    records = extract("The rival campaign seized on the governor's remarks about teachers.")
    s = only(records)
    assert s.quote.text == "the governor's remarks about teachers"
    assert s.cue is not None
    assert s.cue.text == "seized"
    records = extract("The coach did not apologize for his angry outburst at the referee.")
    s = only(records)
    assert s.quote.text == "his angry outburst at the referee"


def test_a_stance_of_a_topic(extract: Extract) -> None:
    records = extract("The union leader has long been critical of the new pension plan.")
    s = only(records)
    assert s.quote.text == "the new pension plan"
    assert s.cue is not None
    assert s.cue.text == "critical of"


def test_a_circumstance_after_a_reported_clause_around_its_cue(extract: Extract) -> None:
    records = extract("The new bridge, the engineer said, is safe for trucks, although the paint is still wet.")
    s = find(records, "safe for trucks")
    assert s.quote.text.endswith("is safe for trucks")


def test_an_aside_after_a_quoted_name_keeps_the_closing_mark(extract: Extract) -> None:
    records = extract("The two governors introduced the “Clean Rivers Plan,” which later failed in the legislature.")
    s = find(records, "Clean Rivers Plan")
    assert s.quote.text == "the “Clean Rivers Plan,”"


def test_a_discussion_about_a_topic(extract: Extract) -> None:
    records = extract("The radio host led a heated discussion about the stadium deal.")
    s = only(records)
    assert s.quote.text == "the stadium deal"
    assert s.cue is not None
    assert s.cue.text == "discussion about"


def test_a_relative_clause_inside_the_statement_stays(extract: Extract) -> None:
    records = extract("The mayor vowed to build a new library, which would include a theater, to serve the east side.")
    s = find(records, "new library")
    assert s.quote.text == "to build a new library, which would include a theater, to serve the east side"


def test_a_relative_clause_closing_the_statement_is_cut(extract: Extract) -> None:
    records = extract("The mayor said she would close the old library, which opened in 1950.")
    s = find(records, "old library")
    assert s.quote.text == "she would close the old library"


def test_coordinated_bare_verbs_go_on_an_infinitive(extract: Extract) -> None:
    records = extract("The coach wants to train harder, win more games and fill the stadium.")
    assert only(records).quote.text == "to train harder, win more games and fill the stadium"
    records = extract("The company issued a statement, promising to match and in some years exceed its targets.")
    assert find(records, "to match").quote.text == "to match and in some years exceed its targets"


def test_a_finite_verb_after_an_infinitive_is_a_new_clause(extract: Extract) -> None:
    records = extract("The coach wants to train harder, but could not say how.")
    assert find(records, "train").quote.text == "to train harder"


def test_an_aside_between_dashes_inside_the_statement_stays(extract: Extract) -> None:
    records = extract("The mayor said the cost of the bridge — and the risks — would be paid by the state.")
    assert only(records).quote.text == "the cost of the bridge — and the risks — would be paid by the state"


def test_an_aside_after_a_dash_closing_the_statement_is_cut(extract: Extract) -> None:
    records = extract("The mayor said the state would pay for the bridge — a promise she made last year.")
    assert find(records, "bridge").quote.text == "the state would pay for the bridge"


def test_examples_after_the_content_stay(extract: Extract) -> None:
    records = extract("The union condemned the new rules, including a levy on small farms.")
    assert only(records).quote.text == "the new rules, including a levy on small farms"


def test_a_recipient_after_the_object_stays(extract: Extract) -> None:
    records = extract("The bank offers cheap loans to parents.")
    assert only(records).quote.text == "cheap loans to parents"


def test_a_relative_clause_before_a_circumstance_of_the_cue_is_cut(extract: Extract) -> None:
    records = extract("Smith likened the app to the radio, which reaches every home, in an interview last week.")
    assert find(records, "the app").quote.text == "the app to the radio"


def test_a_time_clause_after_the_object_dates_the_saying(extract: Extract) -> None:
    records = extract("Reporters described the mayor as a reformer when she ran for office.")
    assert only(records).quote.text == "the mayor as a reformer"
    records = extract("The senator painted himself as a friend of farmers when it comes to trade.")
    assert only(records).quote.text == "himself as a friend of farmers when it comes to trade"


def test_a_noun_coordinated_after_the_object_stays(extract: Extract) -> None:
    records = extract("The governor condemned the launch as reckless and a grave threat to peace.")
    assert only(records).quote.text == "the launch as reckless and a grave threat to peace"


def test_a_second_reporter_joined_by_and_starts_a_new_statement(extract: Extract) -> None:
    records = extract(
        "The minister stressed that the reforms were not complete, and rights groups warned that the army still held power."
    )
    assert find(records, "reforms").quote.text == "that the reforms were not complete"
    warned = find(records, "army")
    assert warned.quote.text == "that the army still held power"
    assert warned.speaker == "rights groups"


def test_a_finite_verb_joined_to_an_infinitive_content_is_cut(extract: Extract) -> None:
    records = extract(
        "The new rules, which promise to transform the power sector but are likely to face lawsuits, start in May."
    )
    assert find(records, "power sector").quote.text == "to transform the power sector"


def test_a_cue_inside_the_subject_takes_the_whole_clause(extract: Extract) -> None:
    records = extract("The problem now, she told me on Monday, is that the plant is too old to repair.")
    s = find(records, "problem")
    assert s.quote.text.startswith("The problem now")
    assert s.quote.text.endswith("the plant is too old to repair")


def test_a_content_goes_on_after_a_colon(extract: Extract) -> None:
    records = extract("The mayor said she had learned one thing: the city could not afford another strike.")
    assert only(records).quote.text == "she had learned one thing: the city could not afford another strike"


def test_a_time_clause_after_an_infinitive_content_dates_the_saying(extract: Extract) -> None:
    records = extract("The agency warned state officials to boost their security after hackers attacked two networks.")
    assert find(records, "security").quote.text == "state officials to boost their security"


def test_a_content_stops_before_an_according_to_phrase(extract: Extract) -> None:
    records = extract("The mayor said rents rose by 9 percent, according to a city report, and that buses were slower.")
    said = [s for s in records.statements if s.cue is not None and s.cue.text == "said"]
    assert [s.quote.text for s in said] == ["rents rose by 9 percent"]


def test_praising_someone_for_a_deed(extract: Extract) -> None:
    s = only(extract("The governor lauded Ms. Park for helping draft the budget."))
    assert s.quote.text == "Ms. Park for helping draft the budget"
    assert s.cue is not None
    assert s.cue.text == "lauded"


def test_likening_one_thing_to_another(extract: Extract) -> None:
    s = find(extract('The mayor likened the new rules to "tearing up the charter".'), "charter")
    assert s.quote.text == 'the new rules to "tearing up the charter"'
    assert s.speaker == "The mayor"


def test_exhorting_someone_to_act(extract: Extract) -> None:
    s = find(extract('The senator exhorted voters to "stay home" in November.'), "stay home")
    assert s.quote.text.startswith('voters to "stay home"')
    assert s.cue is not None
    assert s.cue.text == "exhorted"


def test_proposing_a_gerund(extract: Extract) -> None:
    s = only(extract("The governor proposes doing away with the sales tax."))
    assert s.quote.text == "doing away with the sales tax"
    assert s.speaker == "The governor"


def test_as_someone_put_it_attributes_the_host_clause(extract: Extract) -> None:
    s = only(extract("As one aide put it, the campaign is running on fumes."))
    assert s.quote.text == "the campaign is running on fumes"
    assert s.speaker == "one aide"
    s = find(extract("The program requires a lawful source of funds, as a memo put it."), "lawful")
    assert s.quote.text == "The program requires a lawful source of funds"


def test_as_in_the_sense_of_while_is_no_aside(extract: Extract) -> None:
    records = extract("The mayor smiled as she noted how happy she was.")
    assert all("smiled" not in s.quote.text for s in records.statements)


def test_a_stance_with_its_own_preposition(extract: Extract) -> None:
    s = find(extract("The coach bristled at the questions about his contract."), "questions")
    assert s.quote.text == "the questions about his contract"
    assert s.cue is not None
    assert s.cue.text == "bristled"
    s = find(extract("The senator doubled down on his attacks on the judge."), "attacks")
    assert s.quote.text == "his attacks on the judge"


def test_a_topic_after_a_pronoun_object(extract: Extract) -> None:
    s = find(extract("The host asks him about his tax returns."), "tax returns")
    assert s.quote.text == "his tax returns"
    assert s.speaker == "The host"
    s = find(extract("The governor accused them of hiding the report from voters."), "hiding")
    assert s.quote.text == "hiding the report from voters"


def test_who_was_blamed_and_for_what(extract: Extract) -> None:
    s = only(extract("The inspectors have been blamed for bringing the disease to the island."))
    assert s.quote.text == "The inspectors have been blamed for bringing the disease to the island"
    assert [f.text for f in s.fragments] == ["The inspectors", "bringing the disease to the island"]


def test_naming_parsed_as_two_objects(extract: Extract) -> None:
    s = find(extract('The minister branded the rebels a "criminal gang in uniform."'), "criminal gang")
    assert s.quote.text.startswith('the rebels a "criminal gang in uniform')
    assert s.cue is not None
    assert s.cue.text == "branded"


def test_what_or_that_someone_described_as(extract: Extract) -> None:
    records = extract("Two people were hurt by a blast that the mayor described as “an intentional act.”")
    s = find(records, "intentional")
    assert s.quote.text.startswith("a blast that the mayor described as “an intentional act")
    assert s.speaker == "the mayor"


def test_going_after_someone_as_something(extract: Extract) -> None:
    s = find(extract("The governor has gone after the mayor as a “reckless spender.”"), "reckless")
    assert s.quote.text.startswith("the mayor as a “reckless spender")
    assert s.speaker == "The governor"


def test_going_after_someone_without_a_name_is_no_statement(extract: Extract) -> None:
    assert not extract("The police went after the suspect.").statements


def test_downplaying_or_disavowing_an_object(extract: Extract) -> None:
    s = only(extract("The minister downplayed the risk of a second outbreak."))
    assert s.quote.text == "the risk of a second outbreak"
    assert s.cue is not None
    assert s.cue.text == "downplayed"
    s = only(extract("The candidate disavowed the group's latest advertisement."))
    assert s.quote.text == "the group's latest advertisement"


def test_a_directive_parsed_as_a_purpose_clause(extract: Extract) -> None:
    s = find(extract("The mayor challenged her rival to release his tax returns."), "release")
    assert s.quote.text == "her rival to release his tax returns"
    assert s.cue is not None
    assert s.cue.text == "challenged"


def test_a_verdict_on_something(extract: Extract) -> None:
    s = only(extract("The court deemed the new law invalid."))
    assert s.quote.text == "the new law invalid"
    assert s.cue is not None
    assert s.cue.text == "deemed"
    assert not extract("The committee considered the bill on Monday.").statements


def test_a_stance_toward_one_named_party_or_two_topics(extract: Extract) -> None:
    s = only(extract("The senator has been critical of Smith."))
    assert s.quote.text == "Smith"
    assert s.cue is not None
    assert s.cue.text == "critical of"
    s = only(extract("The mayor has been a loyal supporter of the union and of its members in the city."))
    assert s.quote.text == "the union and of its members in the city"


def test_a_view_held_with_an_adjective_of_certainty_or_feeling(extract: Extract) -> None:
    s = only(extract("Party leaders are afraid that turnout may be low in the cities."))
    assert s.quote.text == "that turnout may be low in the cities"
    assert s.speaker == "Party leaders"
    assert s.cue is not None
    assert s.cue.text == "afraid"
    assert not extract("The road was so narrow that trucks could not pass.").statements


def test_a_noun_of_refusal_or_opposition(extract: Extract) -> None:
    s = find(extract("The minister's refusal to hand over the files angered the court."), "files")
    assert s.quote.text == "to hand over the files"
    assert s.cue is not None
    assert s.cue.text == "refusal"
    s = find(extract("Smith's opposition to the trade deal is well known."), "trade deal")
    assert s.quote.text == "the trade deal"


def test_responding_with_something(extract: Extract) -> None:
    s = only(extract("The mayor has responded with attacks on the city council."))
    assert s.quote.text == "attacks on the city council"
    assert s.cue is not None
    assert s.cue.text == "responded"


def test_a_pronoun_object_joined_to_a_noun(extract: Extract) -> None:
    s = only(extract("The senator defended himself and his voting record."))
    assert s.quote.text == "himself and his voting record"
    assert not extract("The senator defended it.").statements
