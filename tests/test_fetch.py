"""fetch(): real HTTP against loopback servers the tests start; the network guard keeps everything local.

Loopback is private, so tests that need a reachable "public" site either switch the check off
(`NEWSBOT_ALLOW_PRIVATE_URLS=1`) or tell fetch that 127.0.0.1 alone counts as public (`address_allowed`),
which keeps 127.0.0.2, ::1 and `localhost`'s other addresses private.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable

import pytest

from newsbot.config import Settings, load_settings
from newsbot.errors import ArticleError, FetchError
from newsbot.fetch import (
    BAD_CERTIFICATE,
    BROKEN_RESPONSE,
    MAX_REDIRECTS,
    NO_CONNECTION,
    NOT_A_LINK,
    NOT_HTTP,
    PRIVATE_ADDRESS,
    TOO_MANY_REDIRECTS,
    TOO_SLOW,
    USER_AGENT,
    fetch,
)
from tests.support.http_server import LoopbackServer, Page, http_server, start_http_server
from tests.support.network_guard import NetworkLog, network_log

__all__ = ["http_server", "network_log", "start_http_server"]  # fixtures used here
pytestmark = pytest.mark.usefixtures("network_log")  # every test stays on loopback

ARTICLE = (
    b"<html><head><title>Story</title></head><body><p>\xe2\x80\x9cWe will,\xe2\x80\x9d she said.</p></body></html>"
)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def settings(*, allow_private: bool = True, timeout_s: float = 5.0, max_bytes: int = 5_000_000) -> Settings:
    return load_settings(
        NEWSBOT_ALLOW_PRIVATE_URLS=allow_private, NEWSBOT_FETCH_TIMEOUT_S=timeout_s, NEWSBOT_FETCH_MAX_BYTES=max_bytes
    )


def only_127_0_0_1(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """127.0.0.1 stands in for a public site; every other address stays private."""
    return address == ipaddress.IPv4Address("127.0.0.1")


def refusal(url: str, config: Settings, **kwargs: object) -> str:
    with pytest.raises(FetchError) as caught:
        fetch(url, config, **kwargs)  # type: ignore[arg-type]
    return str(caught.value)


# --- pages that arrive -------------------------------------------------------------------------------------


def test_fetches_a_page_with_its_type_and_names_the_bot(http_server: LoopbackServer, network_log: NetworkLog) -> None:
    url = http_server.serve("/story", Page(ARTICLE))
    fetched = fetch(url, settings())
    assert (fetched.url, fetched.final_url, fetched.content_type, fetched.body) == (url, url, "text/html", ARTICLE)
    assert http_server.requests[0].headers["user-agent"] == USER_AGENT == "newsbot/0.1.0 (+article reader)"
    assert network_log.connects == [("127.0.0.1", http_server.port)]


def test_proxy_settings_in_the_environment_are_ignored(
    http_server: LoopbackServer, network_log: NetworkLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A proxy would do its own lookup and connect, bypassing the address check, so none is ever used."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://10.9.9.9:3128")
    url = http_server.serve("/story", Page(ARTICLE))
    assert fetch(url, settings()).body == ARTICLE
    assert network_log.connects == [("127.0.0.1", http_server.port)]


def test_a_pdf_arrives_byte_for_byte(http_server: LoopbackServer) -> None:
    url = http_server.serve("/report.pdf", Page(PDF, content_type="application/pdf"))
    fetched = fetch(url, settings())
    assert (fetched.content_type, fetched.body) == ("application/pdf", PDF)


def test_follows_five_redirects_absolute_and_relative(http_server: LoopbackServer) -> None:
    final = http_server.serve("/story", Page(ARTICLE, content_type="application/xhtml+xml"))
    http_server.redirect("/5", "/story", status=308)
    http_server.redirect("/4", http_server.url("/5"), status=307)
    http_server.redirect("/3", "/4", status=303)
    http_server.redirect("/2", http_server.url("/3"), status=302)
    start = http_server.redirect("/1", "/2", status=301)
    fetched = fetch(start, settings())
    assert (fetched.url, fetched.final_url, fetched.body) == (start, final, ARTICLE)
    assert http_server.paths() == ["/1", "/2", "/3", "/4", "/5", "/story"]


def test_a_sixth_redirect_is_refused_before_its_target_is_requested(http_server: LoopbackServer) -> None:
    http_server.serve("/story", Page(ARTICLE))
    for hop in range(MAX_REDIRECTS + 1):
        http_server.redirect(f"/{hop}", f"/{hop + 1}" if hop < MAX_REDIRECTS else "/story")
    assert refusal(http_server.url("/0"), settings()) == TOO_MANY_REDIRECTS == "The link redirected more than 5 times."
    assert http_server.paths() == [f"/{hop}" for hop in range(MAX_REDIRECTS + 1)]


# --- answers that are refused --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "sentence"),
    [(404, "The site answered 404 (not found)."), (503, "The site answered 503 (service unavailable).")],
)
def test_an_error_status_is_one_sentence(http_server: LoopbackServer, status: int, sentence: str) -> None:
    url = http_server.serve("/gone", Page(b"<html>error</html>", status=status))
    assert refusal(url, settings()) == sentence


def test_a_missing_page_is_a_404(http_server: LoopbackServer) -> None:
    assert refusal(http_server.url("/nowhere"), settings()) == "The site answered 404 (not found)."


@pytest.mark.parametrize(
    ("content_type", "shown"),
    [
        ("image/png", "image/png"),
        ("application/json; charset=utf-8", "application/json"),
        (None, "no content type given"),
    ],
)
def test_a_page_of_the_wrong_type_is_refused(http_server: LoopbackServer, content_type: str | None, shown: str) -> None:
    url = http_server.serve("/picture", Page(b"\x89PNG\r\n\x1a\n" + b"0" * 100, content_type=content_type))
    assert refusal(url, settings()) == f"That link is not a web page or PDF ({shown})."


@pytest.mark.parametrize("declare_length", [True, False], ids=["declared", "streamed"])
def test_a_body_over_the_cap_is_refused(http_server: LoopbackServer, declare_length: bool) -> None:
    url = http_server.serve("/huge", Page(b"<p>" + b"x" * 3_000_000, declare_length=declare_length))
    assert refusal(url, settings(max_bytes=1_000_000)) == "The page is larger than 1 MB."
    assert refusal(url, settings(max_bytes=64_000)) == "The page is larger than 64 KB."


def test_a_body_at_the_cap_is_accepted(http_server: LoopbackServer) -> None:
    body = b"x" * 2048
    url = http_server.serve("/exact", Page(body, content_type="text/plain", declare_length=False))
    assert fetch(url, settings(max_bytes=2048)).body == body


def test_a_slow_drip_cannot_stretch_the_deadline(http_server: LoopbackServer) -> None:
    url = http_server.serve("/drip", Page(b"<p>" + b"x" * 200, drip_s=0.2))
    started = time.monotonic()
    assert refusal(url, settings(timeout_s=1.0)) == TOO_SLOW == "The page took too long to load."
    assert 0.9 <= time.monotonic() - started < 2.0


def test_a_closed_port_is_one_sentence(http_server: LoopbackServer) -> None:
    url = http_server.url("/story")
    http_server.stop()
    assert refusal(url, settings()) == NO_CONNECTION


def test_a_body_shorter_than_declared_is_one_sentence(http_server: LoopbackServer) -> None:
    page = Page(b"<p>only this", headers=(("Content-Length", "1000"),), declare_length=False)
    assert refusal(http_server.serve("/cut", page), settings()) == BROKEN_RESPONSE


def test_a_failed_tls_handshake_is_one_sentence(http_server: LoopbackServer) -> None:
    """An https link to a server that speaks plain HTTP fails the handshake."""
    http_server.serve("/story", Page(ARTICLE))
    assert refusal(f"https://127.0.0.1:{http_server.port}/story", settings()) == BAD_CERTIFICATE


def test_an_unknown_host_is_named(network_log: NetworkLog) -> None:
    assert refusal("http://no-such-host.invalid/story", settings()) == "I couldn't find the site no-such-host.invalid."
    assert network_log.connects == []


@pytest.mark.parametrize(
    "url", ["ftp://example.org/story", "file:///etc/passwd", "javascript:alert(1)", "example.org/story", ""]
)
def test_only_http_and_https_links_are_fetched(url: str, network_log: NetworkLog) -> None:
    assert refusal(url, settings()) == NOT_HTTP
    assert (network_log.connects, network_log.lookups) == ([], [])


@pytest.mark.parametrize(
    "url",
    ["http://", "http:///story", "http://exa mple.org/", "http://a..b/", "http://example.org:99999/", "http://[::1/"],
)
def test_a_malformed_link_is_refused_without_a_lookup(url: str, network_log: NetworkLog) -> None:
    assert refusal(url, settings()) == NOT_A_LINK
    assert (network_log.connects, network_log.lookups) == ([], [])


def test_a_redirect_to_another_scheme_is_refused(http_server: LoopbackServer) -> None:
    url = http_server.redirect("/go", "file:///etc/passwd")
    assert refusal(url, settings()) == NOT_HTTP


def test_every_failure_is_an_article_error() -> None:
    """The bot and CLI show `ArticleError`s to the user as one line; a fetch failure is one."""
    assert issubclass(FetchError, ArticleError)


# --- private addresses -----------------------------------------------------------------------------------------

PRIVATE_LINKS = [
    "http://127.0.0.1:{port}/story",
    "http://localhost:{port}/story",
    "http://[::1]:{port}/story",
    "http://[::ffff:127.0.0.1]:{port}/story",
    "http://2130706433:{port}/story",
    "http://0.0.0.0:{port}/story",
    "https://127.0.0.1:{port}/story",
    "http://10.0.0.1/story",
    "http://172.16.5.4/story",
    "http://192.168.1.1/story",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/story",
    "http://224.0.0.1/story",
    "http://[fe80::1]/story",
    "http://[fd00::1]/story",
    "http://[::ffff:10.0.0.1]/story",
    "http://[2002:a00:1::]/story",
]


@pytest.mark.parametrize("link", PRIVATE_LINKS)
def test_private_addresses_are_refused_without_connecting(
    http_server: LoopbackServer, network_log: NetworkLog, link: str
) -> None:
    http_server.serve("/story", Page(ARTICLE))
    url = link.format(port=http_server.port)
    assert refusal(url, settings(allow_private=False)) == PRIVATE_ADDRESS
    assert network_log.connects == []
    assert http_server.requests == []


def test_the_flag_lets_loopback_through(http_server: LoopbackServer) -> None:
    """The same link the check refuses arrives with `NEWSBOT_ALLOW_PRIVATE_URLS=1` (so the refusal is the check)."""
    url = http_server.serve("/story", Page(ARTICLE))
    assert fetch(url.replace("127.0.0.1", "localhost"), settings(allow_private=True)).body == ARTICLE


def test_a_name_is_looked_up_once_and_its_checked_address_connected_to(
    http_server: LoopbackServer, network_log: NetworkLog
) -> None:
    http_server.serve("/story", Page(ARTICLE))
    url = f"http://localhost:{http_server.port}/story"
    assert fetch(url, settings(allow_private=False), address_allowed=only_127_0_0_1).body == ARTICLE
    assert network_log.name_lookups() == ["localhost"]
    assert network_log.connects == [("127.0.0.1", http_server.port)]
    assert http_server.requests[0].headers["host"] == f"localhost:{http_server.port}"


@pytest.mark.parametrize("private_host", ["127.0.0.2", "::1"])
def test_a_redirect_from_an_allowed_host_to_a_private_one_never_reaches_it(
    http_server: LoopbackServer,
    start_http_server: Callable[[str], LoopbackServer],
    network_log: NetworkLog,
    private_host: str,
) -> None:
    private = start_http_server(private_host)
    secret = private.serve("/secret", Page(b"<p>internal</p>"))
    start = http_server.redirect("/go", secret)
    assert refusal(start, settings(allow_private=False), address_allowed=only_127_0_0_1) == PRIVATE_ADDRESS
    assert http_server.paths() == ["/go"]
    assert private.requests == []
    assert [host for host, _port in network_log.connects] == ["127.0.0.1"]
    # The control: with the check off, the same chain does reach the private server.
    assert fetch(start, settings(allow_private=True)).body == b"<p>internal</p>"
    assert private.paths() == ["/secret"]
