"""The question kinds of issue 12 on an article written here, through the real extractor and model:
event dates, "what did X say", people named but never quoted, stance polarity, counts, undated articles."""

from __future__ import annotations

from typing import Any

import pytest

from newsbot.answer import Answerer
from newsbot.embedding import Embedder

from .grading import problems
from .support import HandLibrary

BODY = """Harbour strike ends as unions agree to talks

Dock workers began a strike at Port Selene on March 3. The same harbour saw a strike in 1994, when the old cranes failed.

On March 10 the unions agreed to suspend the strike while talks are held, said Maria Lindqvist, who leads the dockers' union. "Nobody wins a long strike," Lindqvist said. "We will be back at work soon."

Mayor Peter Hall welcomed the deal. Hall praised the negotiators for their patience. Lindqvist later thanked Mayor Peter Hall for his help.

Councillor Anna Berg, 52, attacked the port authority over the delays. "The authority let this drag on for a week," Berg said.

The port's owner, Oskar Nyman, did not comment. The talks were held at the Hotel Marina, near the docks.

About 4,000 workers took part in the strike, and 120 ships were held at anchor.
"""
DATED = "---\ntitle: Harbour strike ends\npublished: 2025-03-14\n---\n" + BODY
UNDATED = "---\ntitle: Harbour strike ends\n---\n" + BODY


def _answerer(embedder: Embedder, text: str, article_id: str) -> Answerer:
    from newsbot.articles import parse_article
    from newsbot.extract import extract_records
    from newsbot.segment import segment

    article = parse_article(text, article_id=article_id)
    library = HandLibrary(embedder)
    library.add(article, extract_records(article, segment(article)))
    return Answerer(library)


@pytest.fixture(scope="module")
def dated(embedder: Embedder) -> Answerer:
    return _answerer(embedder, DATED, "harbour")


@pytest.fixture(scope="module")
def undated(embedder: Embedder) -> Answerer:
    return _answerer(embedder, UNDATED, "harbour-undated")


def _check(answerer: Answerer, text: str, question: str, **gold: Any) -> dict[str, Any]:
    answer = answerer.ask(question).contract()
    assert problems(gold, answer, text) == [], answer["text"]
    return answer


def test_an_event_is_dated_by_its_own_verb_not_by_an_anniversary(dated: Answerer) -> None:
    _check(dated, DATED, "When did the strike begin?", date="2025-03-03", cite_any=["began a strike at Port Selene"])


def test_what_did_x_say_gathers_all_their_statements(dated: Answerer) -> None:
    _check(
        dated,
        DATED,
        "What did Lindqvist say?",
        speaker_any=["Maria Lindqvist"],
        cite_all=["Nobody wins a long strike", "We will be back at work soon"],
    )


def test_someone_named_but_never_quoted_is_an_answer_not_an_abstention(dated: Answerer) -> None:
    answer = _check(
        dated,
        DATED,
        "What did Oskar Nyman say?",
        speaker_any=["Oskar Nyman"],
        text_any=["does not quote Oskar Nyman"],
        cite_any=["Oskar Nyman, did not comment"],
    )
    assert "Nobody wins" not in answer["text"]  # never someone else's words


def test_a_stance_question_finds_the_asked_side(dated: Answerer) -> None:
    _check(dated, DATED, "Who attacked the port authority?", speaker_any=["Anna Berg"], speaker_not=["Hall"])


def test_only_the_other_side_is_said_as_such(dated: Answerer) -> None:
    _check(
        dated,
        DATED,
        "Who criticised the negotiators?",
        text_all=["Nobody in the article criticised the negotiators", "Peter Hall"],
        cite_any=["Hall praised the negotiators"],
    )


def test_how_many_leads_with_the_number(dated: Answerer) -> None:
    answer = _check(dated, DATED, "How many ships were held at anchor?", cite_any=["120 ships were held"])
    assert answer["text"].startswith("120")


def test_a_timeline_shows_a_statement_and_its_event_once(dated: Answerer) -> None:
    answer = _check(dated, DATED, "/when", text_all=["3 March 2025", "10 March 2025", "1994"])
    assert answer["text"].count("• 10 March 2025") == 1


def test_an_undated_article_shows_the_day_without_a_year_and_says_how_to_give_one(undated: Answerer) -> None:
    answer = _check(
        undated,
        UNDATED,
        "When did the strike begin?",
        date_in=[None],
        text_all=["3 March (year not given)", "--published"],
        cite_any=["began a strike at Port Selene"],
    )
    assert "1994" not in answer["text"]


def test_how_old_reads_the_age_news_style_puts_after_a_name(dated: Answerer) -> None:
    answer = _check(dated, DATED, "How old is Anna Berg?", speaker_any=["Anna Berg"], cite_any=["Anna Berg, 52"])
    assert answer["text"].startswith("52")


def test_who_did_x_praise_names_the_one_praised(dated: Answerer) -> None:
    _check(dated, DATED, "Who did Lindqvist thank?", speaker_any=["Peter Hall"], cite_any=["thanked Mayor Peter Hall"])


def test_which_leads_with_the_name_the_article_writes_with_that_noun(dated: Answerer) -> None:
    answer = _check(dated, DATED, "Which hotel were the talks held at?", cite_any=["held at the Hotel Marina"])
    assert answer["text"].startswith("Hotel Marina")


def test_an_undated_article_without_dates_says_how_to_give_one(embedder: Embedder) -> None:
    text = "---\ntitle: Bridge\n---\nThe bridge reopened, the mayor said.\n"
    answer = _answerer(embedder, text, "bridge-undated").ask("/when")
    assert answer.answered is False
    assert "gives no dates" in answer.text
    assert "--published" in answer.text


FLOOD = """---
title: Flood leaves 300 homeless in Alder
published: 2025-02-10
---
Flood leaves 300 homeless in Alder.

Heavy rain flooded the river town of Alder on Sunday night, officials said. About 300 people were left homeless, the council said on Monday.

Two years ago a smaller flood in the valley left 40 people homeless.

Mayor Jane Ross toured the flooded streets on Monday and praised the rescue teams. "We will rebuild every home," Ross said.

The council bought 50 new pumps in March 2024.

In a separate case, a 60-year-old man was charged with theft after he shoplifted a generator from a hardware store. Police chief Omar Haddad said officers would patrol the town at night.

On Tuesday a shelter opened at the school.

Each winter the rescue teams seal every window of the school.
"""


@pytest.fixture(scope="module")
def flood(embedder: Embedder) -> Answerer:
    return _answerer(embedder, FLOOD, "flood")


def test_a_count_the_headline_gives_is_cited_from_the_body(flood: Answerer) -> None:
    answer = _check(flood, FLOOD, "How many homeless were there in Alder?", cite_any=["300 people were left homeless"])
    assert answer["text"].startswith("About 300")
    assert "Flood leaves 300 homeless in Alder" not in answer["text"]


@pytest.mark.parametrize(
    "question",
    [
        "When did Mayor Jane Ross sell the pumps?",  # the mayor and the pumps match; nobody sells anything
        "When did the flood destroy the hardware store?",  # the flood and the store match, "destroy" nowhere
        "When did the police buy the generator?",  # "bought" is in the article, but not where it tells of them
        "When did the teams win the school?",  # "winter" and "window" in that sentence are other words than "win"
    ],
)
def test_a_did_question_whose_verb_the_article_never_tells_is_not_answered(flood: Answerer, question: str) -> None:
    answer = flood.ask(question)
    assert answer.answered is False, answer.text
    assert "doesn't say" in answer.text


@pytest.mark.parametrize(
    ("question", "date", "cite"),
    [
        ("When did the council buy the pumps?", "2024-03", "The council bought 50 new pumps"),
        ("When did Ross visit the flooded streets?", "2025-02-10", "Mayor Jane Ross toured the flooded streets"),
    ],
)
def test_a_did_question_is_answered_when_the_verb_or_its_family_is_there(
    flood: Answerer, question: str, date: str, cite: str
) -> None:
    _check(flood, FLOOD, question, date=date, cite_any=[cite])


def test_who_did_it_is_the_sentence_that_tells_it_when_it_names_no_one(flood: Answerer) -> None:
    answer = _check(
        flood,
        FLOOD,
        "Who shoplifted a generator?",
        text_any=["60-year-old man"],
        cite_any=["a 60-year-old man was charged with theft"],
    )
    assert answer["speaker"] is None
    assert "Omar Haddad" not in answer["text"]


RECEIVED = """---
title: Fare rise
published: 2025-03-14
---
Rail fares rise by a tenth

Transport minister Lena Dahl came under fire from commuter groups over the fare rise.

Mayor Tom Berg drew praise from residents for the new bus lanes. "They save me twenty minutes a day," said Eva Lund, a nurse.

The rail operator said the rise would pay for new trains.
"""


@pytest.fixture(scope="module")
def received(embedder: Embedder) -> Answerer:
    return _answerer(embedder, RECEIVED, "fares")


@pytest.mark.parametrize(
    ("question", "giver", "cited", "verb"),
    [
        ("Who criticised Lena Dahl?", "commuter groups", "came under fire from commuter groups", "criticised"),
        (
            "Who attacked the transport minister?",
            "commuter groups",
            "came under fire from commuter groups",
            "criticised",
        ),
        ("Who praised Tom Berg?", "residents", "drew praise from residents", "praised"),
    ],
)
def test_a_stance_received_answers_who_gave_it(
    received: Answerer, question: str, giver: str, cited: str, verb: str
) -> None:
    answer = _check(received, RECEIVED, question, speaker_any=[giver], cite_any=[cited])
    assert answer["text"].startswith(f"{giver} {verb}")  # the giver's verb, not the target's "came under fire"


def test_a_stance_received_is_the_other_side_of_the_opposite_question(received: Answerer) -> None:
    _check(
        received,
        RECEIVED,
        "Who praised Lena Dahl?",
        text_all=["Nobody in the article praised Lena Dahl", "commuter groups criticised Lena Dahl"],
        cite_any=["came under fire from commuter groups"],
    )
