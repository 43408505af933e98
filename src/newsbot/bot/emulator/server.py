"""A Bot API server on 127.0.0.1 that the real python-telegram-bot `Application` talks to.

URLs are `{base_url}{token}/{method}` exactly as for api.telegram.org, so the bot only needs
`ApplicationBuilder().base_url(emulator.base_url).token(emulator.token)`. Requests may be GET or POST with a
query string, a form, multipart or JSON, like Telegram's. Every call is checked (`methods`, `validate`) and
recorded in `state.calls`; `faults` can make calls fail or slow down first. With a webhook set, updates are
POSTed to it (with `X-Telegram-Bot-Api-Secret-Token`) instead of waiting for `getUpdates`.

The token is in every URL, so nothing here logs URLs.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import secrets
import socket
from types import TracebackType
from typing import Any

import httpx
import tornado.httpserver
import tornado.netutil
import tornado.web

from .faults import FaultInjector
from .methods import coerce_params, resolve_method
from .state import ApiCall, BotState
from .validate import ApiError

__all__ = ["BotApiEmulator"]

log = logging.getLogger(__name__)


class BotApiEmulator:
    """The emulated Bot API: `state` is the world (users, chats, messages), `faults` the fault plan."""

    def __init__(
        self,
        token: str | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_username: str = "newsbot_local_bot",
        bot_name: str = "Newsbot",
    ) -> None:
        if not host.startswith("127.") and host not in ("localhost", "::1"):
            raise ValueError("the emulator listens on the loopback interface only")
        self.token = token or f"{secrets.randbelow(9 * 10**9) + 10**9}:EMU{secrets.token_urlsafe(24)}"
        self.host = host
        self.port = port
        self.state = BotState(self.token, bot_username=bot_username, bot_name=bot_name)
        self.faults = FaultInjector()
        self._server: tornado.httpserver.HTTPServer | None = None
        self._webhook_task: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """What to give PTB's `base_url`: the token and method name are appended to it."""
        return f"{self.url}/bot"

    @property
    def file_base_url(self) -> str:
        """What to give PTB's `base_file_url`: files download from `{file_base_url}{token}/{file_path}`."""
        return f"{self.url}/file/bot"

    async def start(self) -> None:
        app = tornado.web.Application(
            [
                (r"/bot([^/]*)/([A-Za-z_]+)/?", _ApiHandler, {"emulator": self}),
                (r"/file/bot([^/]*)/(.+)", _FileHandler, {"emulator": self}),
            ],
            log_function=_log_request,
            default_handler_class=_NotFoundHandler,
        )
        sockets = tornado.netutil.bind_sockets(self.port, self.host, family=socket.AF_INET)
        self.port = sockets[0].getsockname()[1]
        self._server = tornado.httpserver.HTTPServer(app, xheaders=False)
        self._server.add_sockets(sockets)
        self._webhook_task = asyncio.create_task(self._deliver_webhook_updates(), name="emulator-webhook")
        log.info("Bot API emulator listening on %s", self.url)

    async def stop(self) -> None:
        self.state.close()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            await asyncio.gather(self._webhook_task, return_exceptions=True)
            self._webhook_task = None
        if self._server is not None:
            self._server.stop()
            await asyncio.sleep(0)  # let pending long polls see `closed` and answer
            await self._server.close_all_connections()
            self._server = None

    async def __aenter__(self) -> BotApiEmulator:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    async def handle(self, method: str, raw: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Run one Bot API call (already authenticated) and return the HTTP status and JSON body."""
        try:
            name = resolve_method(method)
        except ApiError as exc:
            self.state.record(ApiCall(method, raw, ok=False, error=exc.description))
            return exc.error_code, exc.payload()
        for fault in self.faults.take(name):
            if fault.kind == "delay":
                await asyncio.sleep(fault.delay)
                continue
            status, body = fault.response()
            self.state.record(ApiCall(name, raw, ok=False, error=str(body["description"]), injected=True))
            return status, body
        try:
            params = coerce_params(name, raw)
            result = getattr(self.state, f"api_{name}")(params)
            if inspect.isawaitable(result):
                result = await result
        except ApiError as exc:
            self.state.record(ApiCall(name, raw, ok=False, error=exc.description))
            return exc.error_code, exc.payload()
        self.state.record(ApiCall(name, params, ok=True))
        return 200, {"ok": True, "result": result}

    async def _deliver_webhook_updates(self) -> None:
        """POST pending updates, in order, to the webhook while one is set; retry until it answers 2xx."""
        state = self.state
        async with httpx.AsyncClient(timeout=10) as client:
            delay = 0.1
            while not state.closed:
                await state.wait_until(lambda: state.closed or bool(state.webhook and state._deliverable()), 3600)
                hook = state.webhook
                pending = state._deliverable()
                if state.closed or hook is None or not pending:
                    continue
                update = pending[0]
                headers = {"Content-Type": "application/json"}
                if hook.get("secret_token"):
                    headers["X-Telegram-Bot-Api-Secret-Token"] = hook["secret_token"]
                try:
                    response = await client.post(hook["url"], content=json.dumps(update), headers=headers)
                    delivered = 200 <= response.status_code < 300
                except httpx.HTTPError:
                    delivered = False
                if delivered and state.webhook is hook:
                    state.confirm_through(update["update_id"])
                    delay = 0.1
                else:
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 2.0)


class _ApiHandler(tornado.web.RequestHandler):
    def initialize(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator

    def _request_summary(self) -> str:  # tornado logs this on errors; the URI holds the token
        return f"{self.request.method} /bot<token>/…"

    async def get(self, token: str, method: str) -> None:
        if token != self.emulator.token:
            self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        try:
            raw = self._raw_params()
        except ApiError as exc:
            self._reply(exc.error_code, exc.payload())
            return
        status, body = await self.emulator.handle(method, raw)
        self._reply(status, body)

    async def post(self, token: str, method: str) -> None:
        await self.get(token, method)

    def _raw_params(self) -> dict[str, Any]:
        params: dict[str, Any] = {k: v[-1].decode("utf-8") for k, v in self.request.query_arguments.items()}
        content_type = self.request.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type == "application/json" and self.request.body:
            try:
                body = json.loads(self.request.body)
            except ValueError:
                raise ApiError(400, "Bad Request: can't parse JSON request body") from None
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: the request body must be a JSON object")
            params.update(body)
        else:
            params.update({k: v[-1].decode("utf-8") for k, v in self.request.body_arguments.items()})
            if self.request.files:
                raise ApiError(400, "Bad Request: the emulator does not accept file uploads")
        return params

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body, ensure_ascii=False))


class _FileHandler(tornado.web.RequestHandler):
    """File downloads, as from api.telegram.org/file/bot<token>/<file_path>: 401 for a wrong token, 404 else."""

    def initialize(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator

    def _request_summary(self) -> str:
        return f"{self.request.method} /file/bot<token>/…"

    def get(self, token: str, file_path: str) -> None:
        if token != self.emulator.token:
            self._error(401, "Unauthorized")
            return
        stored = self.emulator.state.file_at(file_path)
        if stored is None:
            self._error(404, "Not Found")
            return
        self.set_header("Content-Type", "application/octet-stream")
        self.finish(stored.data)

    def _error(self, status: int, description: str) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"ok": False, "error_code": status, "description": description}))


class _NotFoundHandler(tornado.web.RequestHandler):
    def prepare(self) -> None:
        self.set_status(404)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"ok": False, "error_code": 404, "description": "Not Found"}))

    def _request_summary(self) -> str:
        return f"{self.request.method} <path>"


def _log_request(handler: tornado.web.RequestHandler) -> None:
    """Access log without the URL (it holds the token): method name and status only, at DEBUG."""
    method = handler.path_args[1] if len(handler.path_args) > 1 else "?"
    log.debug("%s -> %d", method, handler.get_status())
