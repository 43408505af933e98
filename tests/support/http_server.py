"""A real HTTP server on a loopback address that tests fill with pages and that records every request.

Use the `http_server` fixture (127.0.0.1) or `start_http_server(host)` for another loopback address
(127.0.0.2, ::1); import the fixtures into a test module or a conftest:

    from tests.support.http_server import LoopbackServer, Page, http_server, start_http_server

    def test_reads_a_page(http_server: LoopbackServer) -> None:
        http_server.serve("/story", Page(b"<html>...</html>"))
        fetch(http_server.url("/story"), settings)
        assert http_server.paths() == ["/story"]
"""

from __future__ import annotations

import socket
import socketserver
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

__all__ = ["LoopbackServer", "Page", "SeenRequest", "http_server", "start_http_server"]


@dataclass(frozen=True)
class Page:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    drip_s: float | None = None
    """Send the body one byte at a time, this many seconds apart (a slow drip)."""
    delay_s: float | None = None
    """Wait this many seconds before answering (a slow site)."""
    declare_length: bool = True
    """Send Content-Length; without it the body is delimited by closing the connection."""


@dataclass(frozen=True)
class SeenRequest:
    """One request as the server received it (header names lower-cased)."""

    method: str
    path: str
    headers: dict[str, str]


@dataclass
class LoopbackServer:
    """Pages by path, a log of requests, and the thread serving them."""

    host: str = "127.0.0.1"
    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[SeenRequest] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return int(self._server.server_address[1])

    def url(self, path: str = "/") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{path}"

    def serve(self, path: str, page: Page) -> str:
        """Answer `path` with `page`; returns its URL."""
        self.pages[path] = page
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        """Answer `path` with a redirect to `location`; returns its URL."""
        return self.serve(path, Page(status=status, content_type=None, headers=(("Location", location),)))

    def paths(self) -> list[str]:
        return [request.path for request in self.requests]

    def start(self) -> LoopbackServer:
        server_class = _IPv6Server if ":" in self.host else _IPv4Server
        self._server = server_class((self.host, 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name=f"http-{self.host}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


class _IPv4Server(ThreadingHTTPServer):
    daemon_threads = True

    def server_bind(self) -> None:
        # HTTPServer.server_bind would call socket.getfqdn(): a reverse DNS query tests must not make.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that hangs up early (a size limit, a timeout) is what those tests expect, not a server error.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class _IPv6Server(_IPv4Server):
    address_family = socket.AF_INET6


def _handler_for(site: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            site.requests.append(SeenRequest("GET", self.path, {k.lower(): v for k, v in self.headers.items()}))
            page = site.pages.get(self.path, Page(b"not found", status=404, content_type="text/plain"))
            if page.delay_s is not None:
                time.sleep(page.delay_s)
            self.send_response(page.status)
            if page.content_type is not None:
                self.send_header("Content-Type", page.content_type)
            for name, value in page.headers:
                self.send_header(name, value)
            if page.declare_length:
                self.send_header("Content-Length", str(len(page.body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            try:
                self._send_body(page)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def _send_body(self, page: Page) -> None:
            if page.drip_s is None:
                self.wfile.write(page.body)
                return
            for index in range(len(page.body)):
                self.wfile.write(page.body[index : index + 1])
                self.wfile.flush()
                time.sleep(page.drip_s)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the request log is `site.requests`."""

    return Handler


@pytest.fixture
def http_server() -> Iterator[LoopbackServer]:
    """A started server on 127.0.0.1, stopped after the test."""
    server = LoopbackServer().start()
    yield server
    server.stop()


@pytest.fixture
def start_http_server() -> Iterator[Callable[[str], LoopbackServer]]:
    """Start servers on other loopback addresses (`start_http_server("127.0.0.2")`); all stop after the test."""
    started: list[LoopbackServer] = []

    def start(host: str) -> LoopbackServer:
        try:
            server = LoopbackServer(host=host).start()
        except OSError as exc:
            pytest.skip(f"cannot listen on {host}: {exc}")
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
