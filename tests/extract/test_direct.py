"""Direct speech: quotation marks tied to cues, split and continued quotes, quotes without a speaker."""

from __future__ import annotations

import pytest

from .conftest import Extract, find, only


def test_speaker_before_a_colon(extract: Extract) -> None:
    s = only(extract("The mayor, Ann Smith, said: “We will rebuild every home.”"))
    assert s.kind == "direct"
    assert s.quote.text == "“We will rebuild every home.”"
    assert s.speaker == "Ann Smith"


def test_speaker_after_the_quote(extract: Extract) -> None:
    s = only(extract('"We will rebuild every home," Ann Smith said on Monday.'))
    assert s.quote.text == '"We will rebuild every home,"'
    assert s.speaker == "Ann Smith"
    assert s.cue is not None
    assert s.cue.text == "said"
    assert s.date_text == "Monday"


def test_inverted_cue(extract: Extract) -> None:
    s = only(extract("“The river is rising fast,” said Tom Reed, a hydrologist at the state university."))
    assert s.speaker == "Tom Reed"


def test_split_quote_is_one_statement_with_fragments(extract: Extract) -> None:
    text = "“We will not give up,” Ann Smith added, “because the town needs us.”"
    s = only(extract(text))
    assert [f.text for f in s.fragments] == ["“We will not give up,”", "“because the town needs us.”"]
    assert s.quote.text == text
    assert s.cue is not None
    assert s.cue.text == "added"


def test_quote_continued_after_the_attribution_sentence(extract: Extract) -> None:
    text = "“We will not give up,” Ann Smith said. “The town needs us.”"
    s = only(extract(text))
    assert len(s.fragments) == 2


def test_quote_over_several_paragraphs(extract: Extract) -> None:
    text = "Ann Smith said: “We will not give up.\n\n“The town needs us, and we will be here.”\n\nThe rain continued."
    s = only(extract(text))
    assert [f.text for f in s.fragments] == ["“We will not give up.", "“The town needs us, and we will be here.”"]
    assert s.speaker == "Ann Smith"


def test_mixed_quote_inside_reported_speech(extract: Extract) -> None:
    s = only(extract("Ann Smith said the plan was “a disaster for the town.”"))
    assert s.kind == "mixed"
    assert s.quote.text == "the plan was “a disaster for the town.”"


def test_quote_with_no_identifiable_speaker_has_no_speaker(extract: Extract) -> None:
    text = "The crowd chanted for an hour.\n\n“Nobody will listen to us until the water is clean again.”"
    s = find(extract(text), "Nobody will listen")
    assert s.speaker is None
    assert s.cue is None


def test_title_in_quotation_marks_is_not_a_statement(extract: Extract) -> None:
    assert extract("She appeared on “Meet the Press” with two other guests.").statements == []


def test_dash_byline_quote(extract: Extract) -> None:
    s = only(extract("“He scares me. He really does.” ― Krystal Correa"))
    assert s.speaker == "Krystal Correa"
    assert s.cue is not None
    assert s.cue.text == "―"


# When the words were said: (text, words of the statement, expected date); published Saturday 30 April 2016.
STATEMENT_DATES = [
    pytest.param(  # the parser ends a sentence inside the quotation; the date after it still governs the cue
        'Ann Smith, who toured the state this week, posted, "Thank you Ohio! #Vote2016" on Friday afternoon.',
        "Thank you Ohio",
        "2016-04-29",
        id="date-after-a-split-quotation",
    ),
    pytest.param(  # "last week" is when he visited, not when he said it
        "Tom Reed, who visited the plant last week, said the jobs were safe.",
        "the jobs were safe",
        None,
        id="date-in-a-clause-about-the-speaker",
    ),
    pytest.param(  # April is when the rise takes effect, not when they criticised it
        "Commuter groups criticised the fare rise, which takes effect in April.",
        "the fare rise",
        None,
        id="date-in-a-relative-clause-after-the-content",
    ),
    pytest.param(
        "The mayor, whose term ends in May, said on Friday that the budget was balanced.",
        "the budget was balanced",
        "2016-04-29",
        id="date-of-the-cue-beside-a-relative-clause",
    ),
    pytest.param(  # the cue is inside the relative clause: its date is the saying's
        "Tom Reed, who said on Friday that the plant would close, left the meeting.",
        "the plant would close",
        "2016-04-29",
        id="cue-inside-a-relative-clause",
    ),
    pytest.param(  # the quote continues his dated action in the sentence before
        'Tom Reed on Friday dismissed talk of a merger. "There never was a deal," he said.',
        "There never was a deal",
        "2016-04-29",
        id="continues-the-speakers-dated-action",
    ),
    pytest.param(
        'Tom Reed said, "We met on Friday." "There never was a deal," he added.',
        "There never was a deal",
        None,
        id="date-quoted-in-the-sentence-before",
    ),
    pytest.param(
        'Ann Smith on Friday announced a merger. "There never was a deal," Tom Reed said.',
        "There never was a deal",
        None,
        id="another-persons-dated-action",
    ),
]


@pytest.mark.parametrize(("text", "words", "when"), STATEMENT_DATES)
def test_statement_date(extract: Extract, text: str, words: str, when: str | None) -> None:
    assert find(extract(text, published="2016-04-30"), words).date == when


def test_later_quoted_pieces_join_the_reported_statement(extract: Extract) -> None:
    text = "The union leader denounced the new contract as “insulting and unfair” and a “slap in the face.”"
    s = only(extract(text))
    assert s.kind == "mixed"
    assert s.quote.text == "the new contract as “insulting and unfair” and a “slap in the face.”"


def test_a_quote_after_a_coordinated_cue_stays_apart(extract: Extract) -> None:
    text = "The mayor said the budget was “balanced,” adding that the critics were “simply wrong.”"
    records = extract(text)
    assert find(records, "balanced").quote.text == "the budget was “balanced,”"


def test_a_later_quote_of_a_coordinated_cue_is_not_joined(extract: Extract) -> None:
    text = "The senator wrote that the plan was “reckless” and urged colleagues to “vote it down” next week."
    records = extract(text)
    assert [s.cue.text if s.cue else None for s in records.statements] == ["wrote", "urged"]


def test_a_quote_without_cue_after_the_content_joins_it(extract: Extract) -> None:
    text = "Ann Smith said that the town had lost two mills in ten years, which is a loss because, “Without work, nobody stays.”"
    s = only(extract(text))
    assert s.kind == "mixed"
    assert s.quote.text.endswith("because, “Without work, nobody stays.”")


def test_a_quote_of_a_second_cue_of_the_reporter_is_not_joined(extract: Extract) -> None:
    text = "Court news.\n\nAnn Smith described the ruling as “shameful” and called for the judge to “step aside” soon."
    records = extract(text)
    assert find(records, "shameful").quote.text == "the ruling as “shameful”"


def test_a_quote_inside_a_sources_predicate_is_its_statement(extract: Extract) -> None:
    text = "Farm news.\n\nThe minister exhorted farmers to “plant early” and then “sell late” this year."
    s = find(extract(text), "plant early")
    assert s.kind == "mixed"
    assert s.quote.text == "farmers to “plant early” and then “sell late” this year"  # the exhortation runs on
    assert s.cue is not None
    assert s.cue.text == "exhorted"


def test_a_quoted_title_in_a_predicate_is_no_statement(extract: Extract) -> None:
    text = "Film news.\n\nThe director travelled to Cannes for her new documentary “The Long Road” last week."
    assert extract(text).statements == []


def test_an_embedded_quote_statement_runs_to_the_end_of_the_complement(extract: Extract) -> None:
    text = (
        "Tax news.\n\nThe minister likened the new tax to a “slow poison” for small shops in the region, and then left."
    )
    s = find(extract(text), "slow poison")
    assert s.quote.text == "the new tax to a “slow poison” for small shops in the region"


def test_an_embedded_quote_under_a_participle_without_subject(extract: Extract) -> None:
    text = "Campaign news.\n\nThe choice was between going after the governor as “a career politician” or ignoring him."
    s = find(extract(text), "career politician")
    assert s.quote.text == "the governor as “a career politician”"  # "going after" is the cue
    assert s.speaker is None


def test_an_embedded_quote_under_a_passive_participle(extract: Extract) -> None:
    text = "Tax news.\n\nLast year the plan was dismissed as “a tax grab” in the local papers."
    s = find(extract(text), "tax grab")
    assert s.quote.text == "as “a tax grab” in the local papers"
    assert s.cue is not None
    assert s.cue.text == "dismissed"


@pytest.mark.parametrize(
    "text",
    [
        "Bank news.\n\nThe remaining assets were placed in a separate “liquidating trust” last year.",
        "Campaign news.\n\nThe crowd greeted the governor with chants of “Four more years!” at the rally.",
        "Sports news.\n\nThe coach watched the final from the press box of the “Old Arena” with his family.",
    ],
)
def test_a_quotation_inside_a_phrase_of_place_is_no_statement(extract: Extract, text: str) -> None:
    """A quoted name or chant inside "in …", "with …", "from …" under the verb is not the subject's words."""
    assert [s.quote.text for s in extract(text).statements] == []


def test_a_clause_inside_a_phrase_of_place_still_quotes(extract: Extract) -> None:
    text = "Debate news.\n\nThe analyst compared him to a coach at a game who is “working the referees” all night."
    s = find(extract(text), "working the referees")
    assert s.speaker == "The analyst"
    assert s.cue is not None
    assert s.cue.text == "compared"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            'Court news.\n\nThe aide "got an immunity deal," the senator said, and still "got to sit in on the interview."',
            ['The aide "got an immunity deal,"', '"got to sit in on the interview."'],
        ),
        (
            "City news.\n\nThe plan is “dead on arrival,” the mayor said, and “nobody will miss it.”",
            ["The plan is “dead on arrival,”", "“nobody will miss it.”"],
        ),
    ],
)
def test_a_quotation_joined_by_and_after_the_cue_continues_the_statement(
    extract: Extract, text: str, pieces: list[str]
) -> None:
    """`“A,” she said, and “B”`: B is more of the same statement, not a statement of its own."""
    s = only(extract(text))
    assert [f.text for f in s.fragments] == pieces


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Fact check.\n\nWhen the checkers examined the claim, it was labeled “Mostly True.”", "“Mostly True.”"),
        (
            "Review news.\n\nAfter a long inquiry the report was branded “deeply flawed” by the board.",
            "“deeply flawed”",
        ),
    ],
)
def test_a_short_quotation_under_a_passive_verb_counts_its_subject(extract: Extract, text: str, quoted: str) -> None:
    """ "it was labeled “Mostly True”" says as much as "labeled it “Mostly True”": a statement, not a label."""
    assert any(quoted in s.quote.text for s in extract(text).statements)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Survey news.\n\nMost of the 40 respondents, who only gave “Catholic” as their religion, were women.",
            "“Catholic” as their religion",
        ),
        (
            "School news.\n\nMany parents, who listed “Other” as their answer, wanted more choice.",
            "“Other” as their answer",
        ),
    ],
)
def test_a_one_word_quotation_counts_the_words_that_complete_the_predicate(
    extract: Extract, text: str, content: str
) -> None:
    """ "gave “Catholic” as their religion": the words after the quotation belong to what was said."""
    assert content in [s.quote.text for s in extract(text).statements]


# A quotation that ends its sentence, then a speech verb with content of its own: the verb opens the next
# statement, and the quotation continues the attribution before it. (text, the continued statement's pieces)
CONTINUED_NOT_RECUED = [
    pytest.param(
        "Bank news.\n\n“Rates will rise in June,” said Mia Grey, an economist. “The board has said so twice.”"
        " Grey added that the markets were calm.",
        ["“Rates will rise in June,”", "“The board has said so twice.”"],
        id="added-that",
    ),
    pytest.param(
        "Park news.\n\n“We love this park,” she said. “We come here every week.” She noted a new playground"
        " near the gate.",
        ["“We love this park,”", "“We come here every week.”"],
        id="noted-object",
    ),
]


@pytest.mark.parametrize(("text", "pieces"), CONTINUED_NOT_RECUED)
def test_a_cue_with_its_own_content_after_a_quotation_is_not_its_cue(
    extract: Extract, text: str, pieces: list[str]
) -> None:
    s = find(extract(text), pieces[0])
    assert [f.text for f in s.fragments] == pieces


def test_the_listener_of_a_verb_of_telling_is_not_content_of_its_own(extract: Extract) -> None:
    """ "Smith told reporters": "reporters" is whom he told, so the quotation before is what he told them."""
    s = find(extract("Team news.\n\n“We are not going anywhere.” Smith told reporters on Monday."), "anywhere")
    assert s.cue is not None
    assert s.cue.text == "told"
    assert s.speaker_mention is not None
    assert s.speaker_mention.text == "Smith"


def test_a_verb_of_telling_with_a_clause_opens_the_next_statement(extract: Extract) -> None:
    """ "told reporters that the team would stay": the clause is what he told; the quotation is not."""
    records = extract("Team news.\n\n“We are not going anywhere.” Smith told reporters that the team would stay.")
    told = [s.quote.text for s in records.statements if s.cue is not None and s.cue.text == "told"]
    assert told == ["that the team would stay"]


def test_a_question_keeps_the_cue_after_it(extract: Extract) -> None:
    s = find(extract("Town news.\n\n“Why now?” the mayor asked the council."), "Why now?")
    assert s.cue is not None
    assert s.cue.text == "asked"


# "“A,” X said [...]. “B”": B continues A even when the attribution names a show or a book in quotation marks,
# and after a statement that is only partly quoted. (text, the statement's pieces)
CONTINUED_OVER_ATTRIBUTION = [
    pytest.param(
        "War news.\n\n“We are not winning yet,” Ann Smith said on NBC’s “Meet the Press” on Sunday."
        " “We need more time.”",
        ["“We are not winning yet,”", "“We need more time.”"],
        id="show-title-in-attribution",
    ),
    pytest.param(
        "Web news.\n\n“The account was a target,” said Tom Reed, the author of “Open Doors,” who studies"
        " hacking. “Attackers would have found it.”",
        ["“The account was a target,”", "“Attackers would have found it.”"],
        id="book-title-in-attribution",
    ),
    pytest.param(
        "School news.\n\nTeachers are “looking at the ballot,” union leader Ann Smith said. “That should worry"
        " the governor.”",
        ["Teachers are “looking at the ballot,”", "“That should worry the governor.”"],
        id="mixed-statement",
    ),
]


@pytest.mark.parametrize(("text", "pieces"), CONTINUED_OVER_ATTRIBUTION)
def test_a_quotation_continues_the_statement_across_its_attribution(
    extract: Extract, text: str, pieces: list[str]
) -> None:
    s = find(extract(text), pieces[-1].strip("“”"))
    assert [f.text for f in s.fragments] == pieces


def test_a_colon_attribution_is_not_continued_after_a_second_cue(extract: Extract) -> None:
    """`X scolded him: “A,” she said. “B”`: one attribution split in two by the parse; B stays apart."""
    text = "Health news.\n\nSenator Ann Smith scolded him: “The science is against you,” she said. “Stop it.”"
    records = extract(text)
    assert find(records, "science").fragments == []


# "“A,” X said. Y did something. “B”": B goes on with X's words only when the sentence between is not about
# someone else named; a pronoun keeps the speaker. (text, X's quotation, does B join it)
AFTER_A_SENTENCE_BETWEEN = [
    pytest.param(
        "Vote news.\n\n“We will win,” Smith said. Jones disagreed sharply with him. “They will lose the vote.”",
        "We will win",
        False,
        id="another-person-between",
    ),
    pytest.param(
        "Vote news.\n\n“We will win,” Smith said. Jones, a “proud liberal,” disagreed. “They will lose the vote.”",
        "We will win",
        False,
        id="another-person-with-a-scare-quote",
    ),
    pytest.param(
        "Vote news.\n\n“We will win,” Smith said after the meeting. He did not ask for a recount. “They will lose"
        " the vote.”",
        "We will win",
        True,
        id="a-pronoun-keeps-the-speaker",
    ),
]


@pytest.mark.parametrize(("text", "words", "joined"), AFTER_A_SENTENCE_BETWEEN)
def test_a_quotation_after_another_persons_sentence_is_not_the_first_speakers(
    extract: Extract, text: str, words: str, joined: bool
) -> None:
    s = find(extract(text), words)
    assert s.speaker == "Smith"
    assert ("They will lose the vote." in s.quote.text) is joined


# The quoted words end where the writer takes over: at a comma inside the closing mark followed by a
# participle, and at the cue that follows the quotation. (text, the statement's words, its cue)
WRITER_TAKES_OVER = [
    pytest.param(
        "Budget news.\n\nThe mayor said, “It is time we change how we spend,” promising a new start.",
        "“It is time we change how we spend,”",
        "said",
        id="participle-after-a-comma-inside-the-marks",
    ),
    pytest.param(
        "Court news.\n\nThe two lawmakers argue that “there is precedent for prosecution,” citing an earlier case.",
        "that “there is precedent for prosecution,”",
        "argue",
        id="participle-after-a-that-clause",
    ),
    pytest.param(
        "Race news.\n\nSmith called Jones the ''ultimate hypocrite,'' linking to a story about the dinner.",
        "Jones the ''ultimate hypocrite,''",
        "called",
        id="doubled-apostrophes",
    ),
    pytest.param(
        "Book news.\n\nStarr said the case reminds him of the book titled “The Long Fall,” explaining,"
        " “because of what could have been.”",
        "the case reminds him of the book titled “The Long Fall,”",
        "said",
        id="the-participle-brings-its-own-quotation",
    ),
    pytest.param(
        "Park news.\n\n“Stay with us,” Ann Smith said, and the children, curious, followed her to the river bank.",
        "“Stay with us,”",
        "said",
        id="clause-after-the-cue",
    ),
]


@pytest.mark.parametrize(("text", "words", "cue"), WRITER_TAKES_OVER)
def test_the_quoted_words_end_where_the_writer_takes_over(extract: Extract, text: str, words: str, cue: str) -> None:
    hits = [s for s in extract(text).statements if s.cue is not None and s.cue.text == cue]
    assert [s.quote.text for s in hits] == [words]


# A comma inside the marks followed by anything but a participle leaves the content as it was.
def test_a_quoted_word_inside_the_content_does_not_end_it(extract: Extract) -> None:
    text = "Rail news.\n\nAnn Smith said the line was “slow,” expensive and often late."
    s = only(extract(text))
    assert s.quote.text == "the line was “slow,” expensive and often late"


# The writer's comment on a quoted statement after its last quotation is no part of it: an appositive to the
# whole statement or a spaced dash. (text, the statement's words)
WRITER_COMMENTS_ON_THE_QUOTE = [
    pytest.param(
        "Tax news.\n\nAnn Smith said that some families would pay “slightly more” in taxes, an admission that"
        " her rivals quickly seized on.",
        "that some families would pay “slightly more” in taxes",
        id="appositive-after-the-content",
    ),
    pytest.param(
        "Court news.\n\nThe mayor on Tuesday called the ruling ''shameful,'' a rebuke that surprised the council.",
        "the ruling ''shameful,''",
        id="appositive-after-a-comma-inside-the-marks",
    ),
    pytest.param(
        "Bank news.\n\nThe report said the plan “risks higher prices for everyone” - except that prices have fallen"
        " since then.",
        "the plan “risks higher prices for everyone”",
        id="spaced-dash-after-the-quotation",
    ),
    pytest.param(
        "Vote news.\n\nAnn Smith said that “every member of the board” - including the chair - backed the plan.",
        "that “every member of the board” - including the chair - backed the plan",
        id="not-a-pair-of-dashes-around-an-aside",
    ),
    pytest.param(
        "Tax news.\n\nAnn Smith said the board might delay the fee — as well as the “pause” in the levy — in that"
        " package.",
        "the board might delay the fee — as well as the “pause” in the levy — in that package",
        id="not-the-dash-closing-an-aside-that-holds-the-quotation",
    ),
    pytest.param(
        "Vote news.\n\nAnn Smith said the plan was “a real bargain” for the town and the county.",
        "the plan was “a real bargain” for the town and the county",
        id="no-comment-no-cut",
    ),
]


@pytest.mark.parametrize(("text", "words"), WRITER_COMMENTS_ON_THE_QUOTE)
def test_the_writers_comment_after_a_quotation_is_not_the_statement(extract: Extract, text: str, words: str) -> None:
    hits = [s for s in extract(text).statements if s.cue is not None and s.cue.text in {"said", "called"}]
    assert [s.quote.text for s in hits] == [words]


# A quotation attributed after it starts at its opening mark when the writer's lead-in ends in a dash, a
# parenthesis or a colon; a statement cued before the lead-in stops at its break. (text, the quotation's
# statement, its cue)
LEAD_IN_BEFORE_A_QUOTATION = [
    pytest.param(
        "Vote news.\n\nNeither man liked the mayor - ''Born with a silver spoon,'' Mr. Elkins said - but they"
        " could not back her rival.",
        "''Born with a silver spoon,''",
        "said",
        id="dash",
    ),
    pytest.param(
        "Union news.\n\nThe deal angered some members (“I want my dues back,” wrote Ed Nelson, a technician) and more.",
        "“I want my dues back,”",
        "wrote",
        id="parenthesis",
    ),
    pytest.param(
        "Spy news.\n\nA second source agreed, but with a caveat: “The person in question is one of the"
        " participants,” the source said.",
        "“The person in question is one of the participants,”",
        "said",
        id="colon",
    ),
]


@pytest.mark.parametrize(("text", "words", "cue"), LEAD_IN_BEFORE_A_QUOTATION)
def test_a_quotation_attributed_after_it_starts_after_the_writers_lead_in(
    extract: Extract, text: str, words: str, cue: str
) -> None:
    hits = [s for s in extract(text).statements if s.cue is not None and s.cue.text == cue]
    assert [s.quote.text for s in hits] == [words]


def test_a_statement_cued_before_a_lead_in_stops_at_its_colon(extract: Extract) -> None:
    text = (
        "Union news.\n\nThe statement also referenced the impact it said Clinton would have on women at work:"
        " “Her fight has opened the door for women,” the union wrote."
    )
    records = extract(text)
    assert find(records, "opened the door").quote.text == "“Her fight has opened the door for women,”"
    assert find(records, "the impact").quote.text == "the impact it said Clinton would have on women at work"


# "“A,” X said." closing its paragraph and "“B”" opening the next one with no attribution of its own: B goes
# on with A. Not when the attribution paragraph goes on with another sentence, nor for a short quotation.
# (text, A's words, B's words, joined)
NEXT_PARAGRAPH = [
    pytest.param(
        "Rally news.\n\n“We will build a new bridge over the river!” he said to loud cheers.\n\n“And the state"
        " will pay for every mile of it. They do not know it yet.”",
        "build a new bridge",
        "And the state will pay",
        True,
        id="attribution-closes-the-paragraph",
    ),
    pytest.param(
        "Rally news.\n\n“We will build a new bridge over the river,” Smith added. Then he asked the crowd a"
        " question.\n\n“Who is going to pay for every mile of it, do you think?”",
        "build a new bridge",
        "Who is going to pay",
        False,
        id="another-sentence-after-the-attribution",
    ),
    pytest.param(
        "Rally news.\n\n“We will build a new bridge over the river,” said Ann Smith, the mayor.\n\n“Bridge"
        " Stories” is a play about the town.",
        "build a new bridge",
        "Bridge Stories",
        False,
        id="a-title-opens-the-next-paragraph",
    ),
    pytest.param(
        "Rally news.\n\nAnn Smith said: “We will build a new bridge over the river.”\n\n“The state will pay"
        " for every mile of it, and it will be done by next spring.”",
        "build a new bridge",
        "The state will pay",
        False,
        id="attribution-before-the-quotation",
    ),
]


@pytest.mark.parametrize(("text", "first", "second", "joined"), NEXT_PARAGRAPH)
def test_a_quotation_opening_the_next_paragraph_continues_the_attributed_one(
    extract: Extract, text: str, first: str, second: str, joined: bool
) -> None:
    s = find(extract(text), first)
    assert (second in s.quote.text) is joined


def test_a_statement_inside_the_attribution_does_not_stop_the_continuation(extract: Extract) -> None:
    """`“A,” Carson told the AP after hinting that “…” could come. “B”`: B goes on with A, and the statement
    inside the attribution stays a statement of its own."""
    text = (
        "Campaign news.\n\n“Everything is on the table,” Carson told reporters on Wednesday after hinting that"
        " “staff changes” could come. “Every single thing is on the table. I am looking carefully.”"
    )
    records = extract(text)
    s = find(records, "Everything is on the table")
    assert "Every single thing" in s.quote.text
    assert len(s.fragments) == 2
    assert [x.quote.text for x in records.statements if x is not s] == ["that “staff changes” could come"]


ADDED_AFTER_THE_ATTRIBUTION = [
    pytest.param(
        "Town news.\n\n“We will fix the bridge by spring,” the mayor said, adding that the money had already been"
        " found. “Nobody will have to wait another year for it.”",
        "We will fix the bridge",
        "that the money had already been found. “Nobody will have to wait another year for it.”",
        id="adding-that-then-a-quotation",
    ),
    pytest.param(
        "Club news.\n\n“The season starts in May,” Ann Smith told members, adding that the fees would stay the"
        " same. “We want every child in town to be able to play.”",
        "The season starts in May",
        "that the fees would stay the same. “We want every child in town to be able to play.”",
        id="told-then-adding",
    ),
]


@pytest.mark.parametrize(("text", "first", "added"), ADDED_AFTER_THE_ATTRIBUTION)
def test_a_quotation_after_an_added_statement_goes_on_with_it(
    extract: Extract, text: str, first: str, added: str
) -> None:
    """`“A,” he said, adding that C. “B”`: B goes on with what was added, and A stands alone."""
    records = extract(text)
    opening = find(records, first).quote.text
    assert opening.endswith(",”")
    assert [s.quote.text for s in records.statements if s.quote.text.startswith("that")] == [added]


SOMEONE_ELSE_IN_THE_ATTRIBUTION = [
    pytest.param(
        "Fair news.\n\n“Take a picture with the cake,” Ann Smith said, and her sister cut in. “Do not forget the"
        " jam we brought from the farm this morning.”",
        False,
        id="another-person-goes-on",
    ),
    pytest.param(
        "Fair news.\n\n“Take a picture with the cake,” Ann Smith said, and she laughed. “Do not forget the"
        " jam we brought from the farm this morning.”",
        True,
        id="a-pronoun-may-be-the-speaker",
    ),
]


@pytest.mark.parametrize(("text", "joined"), SOMEONE_ELSE_IN_THE_ATTRIBUTION)
def test_a_clause_about_someone_else_after_the_cue_stops_the_continuation(
    extract: Extract, text: str, joined: bool
) -> None:
    """`“A,” Ann said, and her sister cut in. “B”`: B is not known to be Ann's."""
    s = find(extract(text), "Take a picture")
    assert ("Do not forget" in s.quote.text) is joined


SECOND_CUE_BETWEEN = [
    pytest.param(
        'Fair news.\n\n"The cake is the best in the county," Ann Smith said before adding: "Nobody bakes like my'
        ' sister does."',
        False,
        id="before-adding",
    ),
    pytest.param(
        'Fair news.\n\n"The cake is the best in the county," Ann Smith said, recalling her first fair: "Nobody'
        ' baked like my sister did."',
        True,
        id="another-participle-goes-on",
    ),
]


@pytest.mark.parametrize(("text", "joined"), SECOND_CUE_BETWEEN)
def test_adding_between_two_quotations_of_one_cue_parts_them(extract: Extract, text: str, joined: bool) -> None:
    """`“A,” Smith said before adding: “B”`: B is what was added, a statement of its own."""
    s = find(extract(text), "The cake is")
    assert ("Nobody" in s.quote.text) is joined
