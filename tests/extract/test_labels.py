"""Transcript turns and headlines that name their source before a colon."""

from __future__ import annotations

import pytest

from newsbot.extract.labels import find_headline, find_kicker, find_notes, find_turns

from .conftest import Extract, find


def test_transcript_turns_run_until_the_next_label() -> None:
    text = '"WALLACE: Will she be there?\n"PENCE: Well, look, no.\n"And that is final.\n"WALLACE: Thank you.'
    lines = []
    cursor = 0
    for line in text.split("\n"):
        lines.append((cursor, cursor + len(line)))
        cursor += len(line) + 1
    turns = find_turns(text, lines)
    assert [text[t.name[0] : t.name[1]] for t in turns] == ["WALLACE", "PENCE", "WALLACE"]
    assert [[text[a:b] for a, b in t.fragments] for t in turns][1] == ["Well, look, no.", "And that is final."]


def test_a_headline_names_its_source_before_the_colon() -> None:
    text = "Poll: Wealthy Voters Abandon the Party.\n\nBody text."
    label = find_headline(text, (0, 38))
    assert label is not None
    assert text[label.name[0] : label.name[1]] == "Poll"
    assert text[label.fragments[0][0] : label.fragments[0][1]] == "Wealthy Voters Abandon the Party"


def test_a_long_first_sentence_with_a_colon_is_not_a_headline() -> None:
    text = "The minister, speaking after a long meeting with officials on Monday, said this: nothing will change."
    assert find_headline(text, (0, len(text))) is None


def test_transcript_turns_are_statements(extract: Extract) -> None:
    text = "Partial transcript:\n\nSMITH: We will vote no on the bill.\n\nJONES: Then it fails."
    records = extract(text)
    statement = find(records, "We will vote no")
    assert statement.speaker == "SMITH"
    assert statement.cue is not None
    assert statement.cue.text == ":"


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        pytest.param("A lesson from Mary Okafor: 'Keep the library open.'", "Mary Okafor", id="a-lesson-from"),
        pytest.param("Advice from Mayor Lee: Sleep More, Worry Less", "Mayor Lee", id="advice-from"),
        pytest.param("A letter from home: the harvest is late", None, id="from-no-name"),
        pytest.param("The view from the very top of the tower: Fog", None, id="long-lead"),
    ],
)
def test_a_label_that_says_whose_words_follow_names_them(headline: str, name: str | None) -> None:
    text = headline + "\n\nThe rest of the article follows here."
    label = find_headline(text, (0, len(headline)))
    got = None if label is None else text[label.name[0] : label.name[1]]
    assert got == name


def _lines(text: str) -> list[tuple[int, int]]:
    lines, cursor = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((cursor, cursor + len(line)))
        cursor += len(line) + 1
    return lines


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param("SMITH: We vote no.\nJONES: Then it fails.", ["SMITH", "JONES"], id="a-dialogue"),
        pytest.param(
            "SMITH: We vote no.\nJONES: Why?\nSMITH: Cost.", ["SMITH", "JONES", "SMITH"], id="turns-alternate"
        ),
        pytest.param("The rink opens at noon.\nEMAIL: desk@example.com.", [], id="lone-email-line"),
        pytest.param("STAT OF THE WEEK: $4 million went to the stadium.", [], id="lone-heading"),
        pytest.param("SMITH: We vote no.\nSMITH: And again no.", [], id="one-speaker-is-no-dialogue"),
        pytest.param("WATCH: The mayor speaks.\nSMITH: We vote no.", [], id="rubric-is-no-speaker"),
    ],
)
def test_a_transcript_is_a_dialogue_of_named_speakers(text: str, speakers: list[str]) -> None:
    turns = find_turns(text, _lines(text))
    assert [text[t.name[0] : t.name[1]] for t in turns] == speakers


@pytest.mark.parametrize(
    ("headline", "source", "words"),
    [
        pytest.param(
            "Okafor: Budget cuts are 'dangerously wrong'; \nIn a speech to farmers, she attacks the plan.",
            "Okafor",
            "Budget cuts are 'dangerously wrong'",
            id="first-line-of-headline-and-summary",
        ),
        pytest.param(
            "Okafor: We will build the bridge and\nthe city will pay for it.",
            None,
            None,
            id="a-line-broken-inside-a-sentence-is-no-headline",
        ),
        pytest.param(
            "Audit report: Agency lost track of the funds.",
            "Audit report",
            "Agency lost track of the funds",
            id="report",
        ),
        pytest.param("Times editorial: 'Close the plant.'", "Times editorial", "'Close the plant.'", id="editorial"),
        pytest.param(
            "Unions' new warning: Strikes could spread.", "Unions' new warning", "Strikes could spread", id="warning"
        ),
        pytest.param("The hidden cost of parking: Nobody pays it.", None, None, id="not-a-statement-noun"),
        pytest.param("Mayor Okafor: Reformer or career politician?", None, None, id="the-paper-asks"),
        pytest.param(
            "Okafor: 'Why would anyone vote for them?'",
            "Okafor",
            "'Why would anyone vote for them?'",
            id="quoted-question",
        ),
        pytest.param("Okafor and Lee: A tense partnership.", None, None, id="two-parties-are-the-topic"),
        pytest.param("Okafor vs. Lee: The final week.", None, None, id="versus"),
    ],
)
def test_headline_labels(headline: str, source: str | None, words: str | None) -> None:
    text = headline + "\n\nThe rest of the article follows here."
    label = find_headline(text, (0, len(headline)))
    got = None if label is None else (text[label.name[0] : label.name[1]], text[slice(*label.fragments[0])])
    assert got == (None if source is None else (source, words))


@pytest.mark.parametrize(
    ("headline", "body", "source", "words"),
    [
        pytest.param(
            "Nadia Okafor scolds city council: 'You broke your promise.'",
            "At the meeting, Nadia Okafor spoke for ten minutes.",
            "Nadia Okafor",
            "'You broke your promise.'",
            id="name-verb-object",
        ),
        pytest.param(
            "Farmers' verdict: 'Nothing has changed.'",
            "The plan angered Farmers in three counties.",
            "Farmers",
            "'Nothing has changed.'",
            id="possessive-noun",
        ),
        pytest.param(
            "Mayor Okafor hits back at her harshest critics: ‘Read the budget.’",
            "Critics of Mayor Okafor were quiet.",
            "Mayor Okafor",
            "‘Read the budget.’",
            id="long-label-over-a-quotation",
        ),
        pytest.param(
            "Nadia Okafor scolds city council: You broke your promise.",
            "At the meeting, Nadia Okafor spoke for ten minutes.",
            None,
            None,
            id="unquoted-needs-a-name-label",
        ),
        pytest.param(
            "Crowds gather downtown: 'We want answers.'",
            "Nobody expected the crowds.",
            None,
            None,
            id="no-name-below",
        ),
    ],
)
def test_a_sentence_cased_label_over_a_quotation_names_its_speaker(
    headline: str, body: str, source: str | None, words: str | None
) -> None:
    text = headline + "\n\n" + body
    label = find_headline(text, (0, len(headline)))
    got = None if label is None else (text[label.name[0] : label.name[1]], text[slice(*label.fragments[0])])
    assert got == (None if source is None else (source, words))


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("2016: The Year Of The Outsider", id="a-year"),
        pytest.param("9/11: Twenty Years Later", id="a-date"),
        pytest.param("$15: The New Minimum Wage", id="a-figure"),
    ],
)
def test_a_label_without_a_letter_is_nobody(extract: Extract, headline: str) -> None:
    text = headline + "\n\nThe council met on Monday."
    assert find_headline(text, (0, len(headline))) is None
    assert [s.speaker for s in extract(text).statements] == []


@pytest.mark.parametrize(
    ("headline", "body", "source"),
    [
        pytest.param(
            "Grace Okafor: Budget Cuts Will Hurt Farms",
            "The minister said on Monday that Okafor had warned her.",
            "Grace Okafor",
            id="a-name-the-article-uses",
        ),
        pytest.param(
            "Mayor Visits Flooded Town: 'We Will Rebuild'",
            "The mayor of Dunmore spoke to residents on Tuesday.",
            None,
            id="a-clause-with-no-name",
        ),
        pytest.param(
            "Mayor Okafor Visits Flooded Town: 'We Will Rebuild'",
            "Residents greeted Okafor on Tuesday.",
            "Mayor Okafor Visits Flooded Town",
            id="a-clause-with-a-name",
        ),
        pytest.param(
            "Stealth Over Wealth: Council Hid the Budget From Voters",
            "Stealth is the word. The council kept its wealth out of sight.",
            None,
            id="a-rhyming-slogan",
        ),
        pytest.param(
            "NAACP Leaders: Schools Need More Money",
            "Leaders met on Monday.",
            "NAACP Leaders",
            id="an-acronym",
        ),
        pytest.param(
            "Farm Desk: Prices Are Too Low",
            "Grain prices fell again on Monday.",
            "Farm Desk",
            id="a-heading-the-article-never-words",
        ),
        pytest.param(
            "Ann Lowry: Then There Were Two",
            "The last two candidates met on Monday.",
            "Ann Lowry",
            id="a-first-name",
        ),
        pytest.param(
            "Farmers: Prices Are Too Low", "Farmers met on Monday in the capital.", "Farmers", id="one-speaker-noun"
        ),
        pytest.param(
            "Council Budget Report: Roads Come First",
            "The report was published on Friday.",
            "Council Budget Report",
            id="a-statement-noun",
        ),
    ],
)
def test_a_title_cased_label_is_a_name_the_article_uses(headline: str, body: str, source: str | None) -> None:
    text = headline + "\n\n" + body
    label = find_headline(text, (0, len(headline)))
    assert (None if label is None else text[label.name[0] : label.name[1]]) == source


@pytest.mark.parametrize(
    ("line", "note"),
    [
        pytest.param(
            "CLARIFICATION: The first sentence has been clarified to show that he said it.", True, id="clarification"
        ),
        pytest.param("Correction: An earlier version misstated the date.", True, id="correction"),
        pytest.param("Editor’s note: The mayor has repeatedly pledged to close the plant.", True, id="editors-note"),
        pytest.param("BYLINE: Jane Roe.", True, id="byline"),
        pytest.param("BYLINE: By Jane Roe, staff writer", True, id="byline-with-role"),
        pytest.param("Email: jroe@example.com", True, id="an-address"),
        pytest.param("E-mail: Jane Roe jroe@example.com", True, id="a-name-and-address"),
        pytest.param("Email: The mayor said the bridge would open in May.", False, id="an-email-that-reports-news"),
        pytest.param("BYLINE: The council said on Monday that rents had fallen.", False, id="a-sentence-after-byline"),
        pytest.param("Email:", False, id="an-empty-contact"),
        pytest.param("SMITH: We said it clearly.", False, id="a-speaker"),
        pytest.param(
            "Update: The mayor said on Friday that the plant would close.", False, id="an-update-reports-news"
        ),
    ],
)
def test_the_papers_notes_on_the_article(line: str, note: bool) -> None:
    assert find_notes(line, [(0, len(line))]) == ([(0, len(line))] if note else [])


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        pytest.param(
            "Editor’s note: The mayor regularly\nattacks\nthe press and has\nrepeatedly pledged to close the paper.",
            "Editor’s note: The mayor regularly\nattacks\nthe press and has\nrepeatedly pledged to close the paper.",
            id="a-note-broken-into-lines-by-its-links",
        ),
        pytest.param(
            "Correction: An earlier version misstated the date.\n\nThe mayor said the plant would close.",
            "Correction: An earlier version misstated the date.",
            id="a-blank-line-ends-the-note",
        ),
        pytest.param(
            "Editor’s note: This story has been updated.\nThe mayor said the plant would close.",
            "Editor’s note: This story has been updated.",
            id="a-finished-sentence-ends-the-note-at-its-line",
        ),
        pytest.param(
            "Email: jroe@example.com\nThe mayor said the plant would close.",
            "Email: jroe@example.com",
            id="a-contact-is-one-line",
        ),
    ],
)
def test_a_note_runs_to_the_end_of_its_paragraph(text: str, noted: str) -> None:
    assert [text[a:b] for a, b in find_notes(text, _lines(text))] == [noted]


def test_nobody_speaks_in_the_later_lines_of_a_note(extract: Extract) -> None:
    text = (
        "Council votes on the plant\n\nThe council met on Monday.\n\n"
        "Editor’s note: The mayor regularly\nattacks\nthe press and has\nrepeatedly pledged to close the paper."
    )
    note = text.index("Editor")
    assert [s.quote.text for s in extract(text).statements if s.quote.end > note] == []


def test_the_story_after_a_one_line_note_keeps_its_statements(extract: Extract) -> None:
    text = "Council votes\n\nEditor’s note: This story has been updated.\nMayor Jane Roe said the plant would close."
    assert [s.quote.text for s in extract(text).statements] == ["the plant would close"]


def test_an_email_line_that_reports_news_keeps_its_statement(extract: Extract) -> None:
    text = "Bridge opening\n\nEmail: The mayor said the bridge would open in May."
    assert [s.quote.text for s in extract(text).statements] == ["the bridge would open in May"]


def test_nobody_speaks_in_a_note(extract: Extract) -> None:
    text = (
        "Council votes on the plant\n\nThe council met on Monday.\n\n"
        "CLARIFICATION: The first sentence has been clarified to reflect that Smith is calling for a new vote."
    )
    note = text.index("CLARIFICATION")
    assert [s.quote.text for s in extract(text).statements if s.quote.end > note] == []


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("BOOM: Mayor Fires Back At Critics With One Brutal Line", id="boom"),
        pytest.param("Revealed: What The Council Actually Spent On Parking", id="revealed"),
        pytest.param("WOW: Town Hall Crowd Goes Silent", id="wow"),
    ],
)
def test_a_kicker_is_no_speaker(extract: Extract, headline: str) -> None:
    text = headline + "\n\nThe council met on Monday and voted on the budget."
    speakers = [s.speaker for s in extract(text).statements]
    assert headline.split(":")[0] not in speakers


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Revealed: More Than 100 Delegates Plan To Skip The Vote", id="revealed"),
        pytest.param("LEAKED: Council Plans To Close Three Libraries", id="leaked"),
        pytest.param("Watch: Mayor Says The Budget Is Balanced", id="watch"),
    ],
)
def test_a_kickers_word_is_no_cue(extract: Extract, headline: str) -> None:
    text = headline + "\n\nThe council met on Monday and voted on the budget."
    kicker = headline.split(":")[0]
    cues = [s.cue.text for s in extract(text).statements if s.cue is not None]
    assert kicker not in cues


def test_a_kicker_spans_the_rubric_and_its_colon_only() -> None:
    text = "BUSTED: Emails Reveal The Council Hid The Costs\n\nThe council met on Monday and voted on the budget."
    assert find_kicker(text, (0, text.index("\n"))) == (0, len("BUSTED:"))
    assert find_kicker("Okafor: We Will Win\n\nBody.", (0, 19)) is None


def test_a_headline_turn_counts_as_a_speaker_of_the_dialogue() -> None:
    """The first paragraph's `TRUMP:` is read as a headline, not a turn, but it makes the body's lone
    `CLINTON:` a turn of a dialogue."""
    text = "TRUMP: We will build the wall.\n\nCLINTON: That is not a plan."
    turns = find_turns(text, _lines(text), body=text.index("CLINTON"))
    assert [text[t.name[0] : t.name[1]] for t in turns] == ["CLINTON"]


def test_a_dialogue_without_a_title_keeps_its_second_turn(extract: Extract) -> None:
    text = "TRUMP: We will build the wall and make them pay.\n\nCLINTON: That is not a plan, it is a slogan."
    statement = find(extract(text), "not a plan")
    assert statement.speaker == "CLINTON"
