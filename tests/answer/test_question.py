"""Question analysis: commands, bot mentions, intents and the words abstention checks."""

from __future__ import annotations

import pytest

from newsbot.answer.question import MAX_QUESTION_CHARS, parse_question


@pytest.mark.parametrize(
    ("raw", "intent", "body"),
    [
        ("/who", "cast", ""),
        ("/who@newsbot", "cast", ""),
        ("/who Misri", "who", "Misri"),
        ("/who@newsbot_bot defended Misri?", "who", "defended Misri?"),
        ("/when", "timeline", ""),
        ("/when ceasefire", "when", "ceasefire"),
        ("/quotes", "quotes", ""),
        ("/quote Owaisi", "quotes", "Owaisi"),
        ("/source 3", "source", "3"),
        ("/help", "help", ""),
        ("/start", "help", ""),
        ("", "empty", ""),
        ("   \n ", "empty", ""),
        ("Who said that?", "who", "Who said that?"),
        ("whose post was it", "who", "whose post was it"),
        ("When did it happen?", "when", "When did it happen?"),
        ("On what date was the truce agreed?", "when", "On what date was the truce agreed?"),
        ("What did he say?", "what", "What did he say?"),
        ("Did Misri speak?", "what", "Did Misri speak?"),
    ],
)
def test_intents(raw: str, intent: str, body: str) -> None:
    q = parse_question(raw)
    assert q.intent == intent
    assert q.body == body


@pytest.mark.parametrize(
    ("raw", "credits"),
    [
        ("Which agency reported this?", True),
        ("Which news agency is this story from?", True),
        ("What wire service carried the story?", True),
        ("Who wrote this article?", True),
        ("who reported it", True),
        ("Who is the author?", True),
        ("Who are the reporters of this story?", True),
        ("Where does this story come from?", True),
        ("What are the article's sources?", True),
        ("Which sources does the article credit?", True),
        ("Which agency investigated the crash?", False),  # an agency in the story, not the article's source
        ("Who reported the fire to the police?", False),
        ("Who wrote the letter?", False),
        ("Who reported it to the police?", False),
        ("Who is the author of the bill?", False),
        ("Where did the ferry sink?", False),
        ("What did the newspaper say about the mayor?", False),
    ],
)
def test_questions_about_who_reported_the_article_are_told_from_questions_about_it(raw: str, credits: bool) -> None:
    assert (parse_question(raw).intent == "credits") is credits


def test_command_body_is_embedded_with_its_question_word() -> None:
    assert parse_question("/who defended Misri?").query == "who defended Misri?"
    assert parse_question("/when ceasefire").query == "when ceasefire"
    assert parse_question("/who is Misri").query == "who is Misri"


def test_unknown_command_is_help() -> None:
    q = parse_question("/frobnicate now")
    assert q.intent == "help"
    assert q.unknown_command


def test_source_number() -> None:
    assert parse_question("/source 12").number == 12
    assert parse_question("/source").number is None
    assert parse_question("/source twelve").number is None


def test_entities_are_names_not_sentence_starts() -> None:
    q = parse_question("What is the capital of France?")
    assert q.entities == ("france",)
    assert q.entity_surfaces == ("France",)
    assert "ipl" in parse_question("/who won the IPL final?").entities
    assert parse_question("what is the capital of france").entities == ()
    assert parse_question("/who Modi").entities == ("modi",)  # a command body's first word counts


def test_terms_drop_stopwords_and_the_question_phrase() -> None:
    q = parse_question("On what date did the ceasefire happen?")
    assert "dat" not in q.terms
    assert "date" not in q.terms
    assert "ceasefir" in q.terms


def test_speech_verbs_are_noticed() -> None:
    assert parse_question("Who said civil servants are blameless?").speech
    assert parse_question("when did Owaisi post about it").speech
    assert not parse_question("Which operation was launched?").speech


def test_the_asked_verb_is_kept_for_free_and_command_questions() -> None:
    assert parse_question("When did the driver buy the truck?").verb == "buy"
    assert parse_question("/when did Obama visit Tehran?").verb == "visit"
    assert parse_question("/who did Walker back?").verb == "back"
    assert parse_question("/quotes did Obama visit").verb is None  # a name to list, not a question
    assert parse_question("Who won the election?").verb is None


def test_html_and_length_are_tamed() -> None:
    q = parse_question("<b>Who</b> <script>x</script> said it?")
    assert "<" not in q.body
    long = parse_question("who " + "a" * 10_000)
    assert len(long.body) <= MAX_QUESTION_CHARS
    assert parse_question("who\x00 said").body == "who said"
