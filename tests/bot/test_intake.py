"""Which messages hold an article: links, text links, documents, forwarded channel posts, long pasted texts."""

from __future__ import annotations

import datetime as dt

from telegram import Chat, Document, Message, MessageEntity, MessageOriginChannel, MessageOriginUser, User

from newsbot.bot.intake import article_in

WHEN = dt.datetime(2025, 5, 11, 23, 30, tzinfo=dt.UTC)
CHAT = Chat(1, Chat.PRIVATE)
ARTICLE = (
    "The harbour reopened on Thursday after a week of repairs, the port authority said. "
    '"We are proud of the crews who worked through the night," said Maria Lopez, the harbour master. '
    "Fishing boats returned to their moorings within hours of the announcement, and the ferry company said "
    "it would restore its full timetable from Monday. Local traders, who had lost a week of business, "
    "welcomed the news. The authority said a review of the storm defences would be published next month, "
    "and that further work on the outer wall would be scheduled for the winter. Volunteers who helped clear "
    "the quays will be thanked at a reception in the town hall."
)


def _message(text: str | None = None, **fields: object) -> Message:
    return Message(1, WHEN, CHAT, text=text, **fields)  # type: ignore[arg-type]


def _url_entities(text: str, url: str) -> list[MessageEntity]:
    return [MessageEntity(MessageEntity.URL, text.index(url), len(url))]


def test_a_message_that_is_mostly_a_link() -> None:
    text = "https://example.com/news/story.html"
    found = article_in(_message(text, entities=_url_entities(text, text)), min_chars=600)
    assert found is not None
    assert (found.kind, found.url, found.came_from) == ("link", text, "a link")
    text = "/who https://example.com/a @newsbot_local_bot have a look"
    entities = [*_url_entities(text, "https://example.com/a"), MessageEntity(MessageEntity.BOT_COMMAND, 0, 4)]
    assert article_in(_message(text, entities=entities), min_chars=600) is not None


def test_a_link_inside_a_long_question_is_not_an_article() -> None:
    text = "Who in https://example.com/a said the thing about the harbour walls and the ferry timetable last week?"
    assert article_in(_message(text, entities=_url_entities(text, "https://example.com/a")), min_chars=600) is None
    two = "https://example.com/a and https://example.com/b"
    entities = [*_url_entities(two, "https://example.com/a"), *_url_entities(two, "https://example.com/b")]
    assert article_in(_message(two, entities=entities), min_chars=600) is None


def test_a_text_link_counts_as_a_link() -> None:
    text = "Read this story"
    entity = MessageEntity(MessageEntity.TEXT_LINK, 5, 10, url="https://example.org/s")
    found = article_in(_message(text, entities=[entity]), min_chars=600)
    assert found is not None
    assert found.url == "https://example.org/s"


def test_a_document() -> None:
    document = Document("FILEID", "UNIQUE", file_name="report.pdf", file_size=1234)
    found = article_in(_message(document=document), min_chars=600)
    assert found is not None
    assert (found.kind, found.file_id, found.file_name, found.file_size) == ("document", "FILEID", "report.pdf", 1234)
    assert found.came_from == "the file “report.pdf”"


def test_a_forwarded_channel_post_is_dated_by_its_origin() -> None:
    channel = Chat(-100123, Chat.CHANNEL, title="Daily News", username="dailynews")
    origin = MessageOriginChannel(WHEN, channel, 42)
    found = article_in(_message("Short post: the minister resigned.", forward_origin=origin), min_chars=600)
    assert found is not None
    assert (found.kind, found.published, found.channel) == ("text", "2025-05-11", "Daily News")
    assert found.post_url == "https://t.me/dailynews/42"
    assert found.came_from == "a post forwarded from Daily News"
    from_a_person = MessageOriginUser(WHEN, User(5, "Ann", is_bot=False))
    assert article_in(_message("Short post.", forward_origin=from_a_person), min_chars=600) is None


def test_a_long_pasted_text_but_not_a_long_question_or_a_short_remark() -> None:
    found = article_in(_message(ARTICLE), min_chars=600)
    assert found is not None
    assert (found.kind, found.came_from) == ("text", "a text you pasted")
    assert article_in(_message(ARTICLE + " So who said it?"), min_chars=600) is None
    assert article_in(_message(ARTICLE[:300]), min_chars=600) is None
    assert article_in(_message("word " * 200), min_chars=600) is None  # long, but no sentences
    assert article_in(_message("/who " + ARTICLE), min_chars=600) is None
