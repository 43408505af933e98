"""The Bot API emulator over HTTP: Telegram-shaped errors, parameter handling, long polling, faults, webhooks."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import tornado.httpserver
import tornado.netutil
import tornado.web

from newsbot.bot.emulator import BotApiEmulator


@pytest.fixture
async def client(emulator: BotApiEmulator) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"{emulator.base_url}{emulator.token}/", timeout=10) as http:
        yield http


async def _call(client: httpx.AsyncClient, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
    response = await client.post(method, json=params)
    return response.status_code, response.json()


async def test_get_me_and_bad_token(emulator: BotApiEmulator, client: httpx.AsyncClient) -> None:
    status, body = await _call(client, "getMe")
    assert status == 200
    assert body["ok"] is True
    assert body["result"]["is_bot"] is True
    assert body["result"]["username"] == "newsbot_local_bot"
    async with httpx.AsyncClient() as other:
        response = await other.post(f"{emulator.base_url}123:wrong/getMe")
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


async def test_unknown_method_and_parameter_are_refused(client: httpx.AsyncClient) -> None:
    status, body = await _call(client, "sendTelepathy", chat_id=1)
    assert (status, body) == (404, {"ok": False, "error_code": 404, "description": "Not Found"})
    status, body = await _call(client, "getMe", colour="blue")
    assert status == 400
    assert body["ok"] is False
    assert body["error_code"] == 400
    assert body["description"] == 'Bad Request: unknown parameter "colour" for method getMe'


async def test_missing_and_mistyped_parameters(emulator: BotApiEmulator, client: httpx.AsyncClient) -> None:
    user = emulator.state.create_user("Ada")
    chat = emulator.state.private_chat(user)
    status, body = await _call(client, "sendMessage", chat_id=chat["id"])
    assert status == 400
    assert "text" in body["description"]
    status, body = await _call(client, "sendMessage", chat_id=chat["id"], text="hi", disable_notification="maybe")
    assert status == 400
    assert "Boolean" in body["description"]
    status, body = await _call(client, "sendMessage", chat_id=424242, text="hi")
    assert (status, body["description"]) == (400, "Bad Request: chat not found")


async def test_form_query_and_json_requests(emulator: BotApiEmulator, client: httpx.AsyncClient) -> None:
    user = emulator.state.create_user("Ada")
    chat = emulator.state.private_chat(user)
    markup = {"inline_keyboard": [[{"text": "¶1", "callback_data": "src:a:1"}]]}
    response = await client.post(
        "sendMessage",
        data={
            "chat_id": str(chat["id"]),
            "text": "<b>form</b>",
            "parse_mode": "HTML",
            "reply_markup": json.dumps(markup),
        },
    )
    assert response.json()["result"]["entities"] == [{"type": "bold", "offset": 0, "length": 4}]
    response = await client.get("sendMessage", params={"chat_id": chat["id"], "text": "query"})
    assert response.json()["ok"] is True
    sent = emulator.state.bot_messages(chat["id"])
    assert [m.text for m in sent] == ["form", "query"]
    assert sent[0].callback_data == ["src:a:1"]
    assert sent[0].html == "<b>form</b>"


async def test_invalid_html_is_refused_and_recorded(emulator: BotApiEmulator, client: httpx.AsyncClient) -> None:
    user = emulator.state.create_user("Ada")
    chat = emulator.state.private_chat(user)
    status, body = await _call(client, "sendMessage", chat_id=chat["id"], text="1 < 2", parse_mode="HTML")
    assert status == 400
    assert body["description"].startswith("Bad Request: can't parse entities")
    assert [c.method for c in emulator.state.rejected_calls()] == ["sendMessage"]
    assert emulator.state.bot_messages(chat["id"]) == []


async def test_long_polling_offsets_and_timeout(emulator: BotApiEmulator, client: httpx.AsyncClient) -> None:
    state = emulator.state
    user = state.create_user("Ada")
    chat = state.private_chat(user)
    started = time.monotonic()
    _, body = await _call(client, "getUpdates", timeout=1)
    assert body["result"] == []
    assert time.monotonic() - started >= 0.9
    poll = asyncio.create_task(_call(client, "getUpdates", timeout=5))
    await asyncio.sleep(0.2)
    assert state.polls_started == 2  # counted while the long poll still waits, unlike `calls`
    assert [call.method for call in state.calls].count("getUpdates") == 1
    state.send_text(chat, user, "/who@newsbot_local_bot Owaisi")
    _, body = await poll
    [update] = body["result"]
    assert update["message"]["entities"] == [
        {"type": "bot_command", "offset": 0, "length": len("/who@newsbot_local_bot")}
    ]
    # Not confirmed yet: delivered again; confirmed by a higher offset: gone.
    _, again = await _call(client, "getUpdates")
    assert [u["update_id"] for u in again["result"]] == [update["update_id"]]
    _, after = await _call(client, "getUpdates", offset=update["update_id"] + 1)
    assert after["result"] == []


async def test_a_second_poller_conflicts(client: httpx.AsyncClient) -> None:
    first = asyncio.create_task(_call(client, "getUpdates", timeout=5))
    await asyncio.sleep(0.2)
    second = asyncio.create_task(_call(client, "getUpdates", timeout=1))
    status, body = await first
    assert status == 409
    assert body["description"].startswith("Conflict: terminated by other getUpdates request")
    assert (await second)[0] == 200


async def test_faults(emulator: BotApiEmulator, client: httpx.AsyncClient) -> None:
    emulator.faults.rate_limit(["getMe"], retry_after=3)
    emulator.faults.server_error(["getMe"], status=502)
    emulator.faults.slow(["getMe"], seconds=0.5)
    status, body = await _call(client, "getMe")
    assert status == 429
    assert body == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
    status, body = await _call(client, "getMe")
    assert (status, body["error_code"]) == (502, 502)
    started = time.monotonic()
    status, _ = await _call(client, "getMe")
    assert status == 200
    assert time.monotonic() - started >= 0.45
    assert (await _call(client, "getMe"))[0] == 200
    assert emulator.state.rejected_calls() == []  # injected faults are not the bot's mistakes


async def test_every_nth_call(emulator: BotApiEmulator, client: httpx.AsyncClient) -> None:
    emulator.faults.server_error(["getMe"], times=None, every=3)
    statuses = [(await _call(client, "getMe"))[0] for _ in range(6)]
    assert statuses == [200, 200, 500, 200, 200, 500]


async def test_commands_and_callback_answers(emulator: BotApiEmulator, client: httpx.AsyncClient) -> None:
    commands = [{"command": "who", "description": "Who said it"}]
    assert (await _call(client, "setMyCommands", commands=commands))[1]["result"] is True
    assert (await _call(client, "getMyCommands"))[1]["result"] == commands
    status, body = await _call(client, "setMyCommands", commands=[{"command": "Who!", "description": "x"}])
    assert status == 400
    status, body = await _call(client, "answerCallbackQuery", callback_query_id="nope")
    assert status == 400
    assert "query ID is invalid" in body["description"]


async def test_webhook_delivery_with_secret(emulator: BotApiEmulator, client: httpx.AsyncClient) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []

    class Hook(tornado.web.RequestHandler):
        def post(self) -> None:
            received.append(
                (self.request.headers.get("X-Telegram-Bot-Api-Secret-Token"), json.loads(self.request.body))
            )

    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
    server = tornado.httpserver.HTTPServer(tornado.web.Application([(r"/hook", Hook)]))
    server.add_sockets(sockets)
    port = sockets[0].getsockname()[1]
    try:
        status, body = await _call(client, "setWebhook", url=f"http://127.0.0.1:{port}/hook", secret_token="s3cr3t")
        assert status == 200, body
        status, body = await _call(client, "getUpdates")
        assert status == 409
        user = emulator.state.create_user("Ada")
        chat = emulator.state.private_chat(user)
        emulator.state.send_text(chat, user, "hello")
        emulator.state.send_text(chat, user, "again")
        assert await emulator.state.wait_until(lambda: len(received) == 2 and not emulator.state.pending_updates(), 5)
        assert [r[0] for r in received] == ["s3cr3t", "s3cr3t"]
        assert [r[1]["message"]["text"] for r in received] == ["hello", "again"]
        _, info = await _call(client, "getWebhookInfo")
        assert info["result"]["pending_update_count"] == 0
        assert (await _call(client, "deleteWebhook"))[0] == 200
    finally:
        server.stop()
