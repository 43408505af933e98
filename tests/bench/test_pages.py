"""The loopback page server: serves what it was given with its content type, 404 otherwise, and logs requests."""

from __future__ import annotations

import httpx

from newsbot.bench.pages import serve_pages


def test_pages_are_served_and_requests_recorded() -> None:
    with serve_pages() as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        link = server.add("/a.html", "<p>Hello</p>", "text/html; charset=utf-8")
        page = httpx.get(link)
        missing = httpx.get(server.base_url + "/missing")
    assert page.status_code == 200
    assert page.text == "<p>Hello</p>"
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert missing.status_code == 404
    assert server.requests == ["/a.html", "/missing"]
