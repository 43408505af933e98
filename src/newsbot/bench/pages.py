"""A loopback HTTP server that a bench phase or a test starts and stops itself, serving pages it writes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["Pages", "serve_pages"]


@dataclass
class Pages:
    """What the server serves (path → content type and body) and every path it was asked for."""

    base_url: str = ""
    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)

    def add(self, path: str, body: str, content_type: str = "text/plain; charset=utf-8") -> str:
        """Serve `body` at `path`; returns its URL."""
        self.pages[path] = (content_type, body.encode("utf-8"))
        return self.base_url + path


@contextmanager
def serve_pages() -> Iterator[Pages]:
    """A `ThreadingHTTPServer` on 127.0.0.1 with a free port; unknown paths are 404."""
    pages = Pages()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            pages.requests.append(self.path)
            page = pages.pages.get(self.path)
            if page is None:
                self.send_error(404)
                return
            content_type, body = page
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep bench and test output clean

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    pages.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield pages
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
