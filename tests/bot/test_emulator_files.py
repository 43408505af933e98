"""The emulator's side of articles sent to the bot: documents and getFile, file downloads, links, forwards."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telegram import Message, MessageEntity, MessageOriginChannel

from newsbot.bot.emulator import BotApiEmulator
from newsbot.bot.emulator.state import MAX_DOWNLOAD_BYTES


@pytest.fixture
async def client(emulator: BotApiEmulator) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"{emulator.base_url}{emulator.token}/", timeout=10) as http:
        yield http


async def _call(client: httpx.AsyncClient, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
    response = await client.post(method, json=params)
    return response.status_code, response.json()


def _parsed(message: dict[str, Any]) -> Message:
    """The update payload as python-telegram-bot reads it (proves the shape is one PTB accepts)."""
    parsed = Message.de_json(message, None)
    assert parsed is not None
    return parsed


async def test_document_is_downloaded_with_get_file(emulator: BotApiEmulator, client: httpx.AsyncClient) -> None:
    user = emulator.state.create_user("Ada")
    chat = emulator.state.private_chat(user)
    body = b"Paragraph one.\n\nParagraph two.\n"
    sent = emulator.state.send_document(chat, user, body, "story.TXT", mime_type="text/plain")
    document = _parsed(sent.message).document
    assert document is not None
    assert (document.file_name, document.file_size, document.mime_type) == ("story.TXT", len(body), "text/plain")

    status, reply = await _call(client, "getFile", file_id=document.file_id)
    assert status == 200
    file_path = reply["result"]["file_path"]
    assert file_path.endswith(".txt")
    assert reply["result"]["file_size"] == len(body)
    async with httpx.AsyncClient() as http:
        download = await http.get(f"{emulator.file_base_url}{emulator.token}/{file_path}")
        assert download.status_code == 200
        assert download.content == body
        wrong_token = await http.get(f"{emulator.file_base_url}123:nope/{file_path}")
        assert wrong_token.status_code == 401
        missing = await http.get(f"{emulator.file_base_url}{emulator.token}/documents/none.txt")
        assert missing.status_code == 404


async def test_get_file_refuses_unknown_ids_and_files_over_twenty_megabytes(
    emulator: BotApiEmulator, client: httpx.AsyncClient
) -> None:
    status, reply = await _call(client, "getFile", file_id="nonsense")
    assert (status, reply["description"]) == (400, "Bad Request: invalid file_id")
    status, reply = await _call(client, "getFile")
    assert status == 400
    user = emulator.state.create_user("Ada")
    chat = emulator.state.private_chat(user)
    big = emulator.state.send_document(chat, user, b"x" * (MAX_DOWNLOAD_BYTES + 1), "huge.txt")
    status, reply = await _call(client, "getFile", file_id=big.message["document"]["file_id"])
    assert (status, reply["description"]) == (400, "Bad Request: file is too big")


async def test_links_get_url_and_text_link_entities(emulator: BotApiEmulator) -> None:
    user = emulator.state.create_user("Ada")
    chat = emulator.state.private_chat(user)
    sent = emulator.state.send_text(chat, user, "Read https://example.com/a/story.html, then /who")
    message = _parsed(sent.message)
    found = message.parse_entities()
    assert sorted((e.type, text) for e, text in found.items()) == [
        (MessageEntity.BOT_COMMAND, "/who"),
        (MessageEntity.URL, "https://example.com/a/story.html"),
    ]
    linked = emulator.state.send_text(
        chat, user, "This story 🙂 is good", text_links={"story 🙂 is": "https://x.org/s"}
    )
    (entity,) = _parsed(linked.message).entities
    assert entity.type == MessageEntity.TEXT_LINK
    assert entity.url == "https://x.org/s"
    assert _parsed(linked.message).parse_entity(entity) == "story 🙂 is"
    with pytest.raises(ValueError, match="text_link"):
        emulator.state.send_text(chat, user, "bad link", text_links={"bad": "javascript:alert(1)"})


async def test_forwarded_channel_post_carries_its_origin(emulator: BotApiEmulator) -> None:
    user = emulator.state.create_user("Ada")
    chat = emulator.state.private_chat(user)
    sent = emulator.state.forward_channel_post(
        chat, user, "The minister said “no”.", channel_title="Daily News", channel_username="dailynews",
        date=1_746_950_400, post_id=42,
    )  # fmt: skip
    origin = _parsed(sent.message).forward_origin
    assert isinstance(origin, MessageOriginChannel)
    assert origin.chat.title == "Daily News"
    assert origin.chat.username == "dailynews"
    assert origin.message_id == 42
    assert int(origin.date.timestamp()) == 1_746_950_400
