"""Fetching a link a user sent, safely: public http(s) addresses only, bounded in time and size.

Every hop (the link and each redirect, at most `MAX_REDIRECTS`) is resolved once and connected to only at
an address that is globally routable (`_addresses.is_public`, enforced by `_pinned.PinnedTransport`), so a
link cannot make the bot reach its own machine or network. One deadline (`NEWSBOT_FETCH_TIMEOUT_S`) covers
the whole fetch, the body stops at `NEWSBOT_FETCH_MAX_BYTES`, and only pages, plain text, PDFs and .docx
are accepted. Whatever goes wrong becomes a `FetchError` holding one plain sentence for the user.
"""

from __future__ import annotations

import ipaddress
import re
import ssl
from dataclasses import dataclass
from http import HTTPStatus

import httpx

from . import __version__
from ._addresses import AddressCheck, UnknownHostError, is_public
from ._pinned import AddressRefusedError, Deadline, PinnedTransport
from .config import Settings
from .errors import FetchError

__all__ = ["ACCEPTED_TYPES", "MAX_REDIRECTS", "USER_AGENT", "Fetched", "fetch"]

MAX_REDIRECTS = 5
USER_AGENT = f"newsbot/{__version__} (+article reader)"
ACCEPTED_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "text/markdown",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }
)
_HOST_NAME = re.compile(
    r"(?i)(?=.{1,253}\.?$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.?"
)
_ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.1"

PRIVATE_ADDRESS = "That link points to a private address; I only fetch public web pages."
TOO_SLOW = "The page took too long to load."
TOO_MANY_REDIRECTS = f"The link redirected more than {MAX_REDIRECTS} times."
NOT_HTTP = "I can only fetch http and https links."
NOT_A_LINK = "That is not a web address I can fetch."
NO_CONNECTION = "I couldn't connect to that site."
BAD_CERTIFICATE = "The site's secure connection could not be verified."
CUT_OFF = "The connection to the site broke off."
BROKEN_RESPONSE = "The site sent a response I couldn't read."


@dataclass(frozen=True)
class Fetched:
    """A fetched body: where it finally came from and what the server said it is."""

    url: str
    final_url: str
    content_type: str
    body: bytes


def fetch(url: str, settings: Settings, *, address_allowed: AddressCheck | None = None) -> Fetched:
    """GET `url`, following up to `MAX_REDIRECTS` redirects, each checked before anything connects to it.

    `address_allowed` replaces the public-address check (tests use it to let one loopback address stand in
    for a public site); `NEWSBOT_ALLOW_PRIVATE_URLS=1` switches the check off (tests and local use only).
    """
    allowed: AddressCheck = address_allowed or is_public
    if settings.allow_private_urls:
        allowed = _any_address
    deadline = Deadline(settings.fetch_timeout_s)
    try:
        return _follow(url, settings, allowed, deadline)
    except AddressRefusedError as exc:
        raise FetchError(PRIVATE_ADDRESS) from exc
    except UnknownHostError as exc:
        raise FetchError(f"I couldn't find the site {exc.host}.") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(TOO_SLOW) from exc
    except httpx.ConnectError as exc:
        raise FetchError(BAD_CERTIFICATE if _is_tls_failure(exc) else NO_CONNECTION) from exc
    except httpx.UnsupportedProtocol as exc:
        raise FetchError(NOT_HTTP) from exc
    except (httpx.InvalidURL, httpx.LocalProtocolError) as exc:
        raise FetchError(NOT_A_LINK) from exc
    except httpx.NetworkError as exc:
        raise FetchError(CUT_OFF) from exc
    except (httpx.HTTPError, httpx.StreamError) as exc:
        raise FetchError(BROKEN_RESPONSE) from exc


def _follow(url: str, settings: Settings, allowed: AddressCheck, deadline: Deadline) -> Fetched:
    """The redirect loop: one request per hop, the next hop only from the previous answer."""
    headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT}
    timeout = httpx.Timeout(settings.fetch_timeout_s)
    transport = PinnedTransport(allowed, deadline)
    with httpx.Client(transport=transport, headers=headers, timeout=timeout, trust_env=False) as client:
        request = client.build_request("GET", _checked_url(url))
        for _hop in range(MAX_REDIRECTS + 1):
            response = client.send(request, stream=True, follow_redirects=False)
            try:
                if response.next_request is None:
                    return _read(url, response, settings, deadline)
                request = response.next_request
                _checked_url(str(request.url))
            finally:
                response.close()
    raise FetchError(TOO_MANY_REDIRECTS)


def _checked_url(url: str) -> httpx.URL:
    """`url` parsed, if it is an http(s) link to a well-formed host name or address and a valid port."""
    parsed = httpx.URL(url.strip())
    if parsed.scheme not in ("http", "https"):
        raise FetchError(NOT_HTTP)
    if not _is_host(parsed.raw_host.decode("ascii", "replace")) or not 0 < (parsed.port or 80) < 65536:
        raise FetchError(NOT_A_LINK)
    return parsed


def _is_host(host: str) -> bool:
    """An IP address, or a DNS name (as httpx IDNA-encodes it) made of valid labels."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return _HOST_NAME.fullmatch(host) is not None
    return True


def _read(url: str, response: httpx.Response, settings: Settings, deadline: Deadline) -> Fetched:
    """The final answer's body, refused early on status, type or declared size, and cut off at the cap."""
    if not response.is_success:
        raise FetchError(_status_sentence(response.status_code))
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ACCEPTED_TYPES:
        raise FetchError(f"That link is not a web page or PDF ({content_type or 'no content type given'}).")
    too_large = f"The page is larger than {_size(settings.fetch_max_bytes)}."
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.fetch_max_bytes:
        raise FetchError(too_large)
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > settings.fetch_max_bytes:
            raise FetchError(too_large)
        if deadline.passed:
            raise FetchError(TOO_SLOW)
    return Fetched(url=url, final_url=str(response.url), content_type=content_type, body=bytes(body))


def _status_sentence(status: int) -> str:
    """ "The site answered 404 (not found)." — the reason phrase when the code is a known one."""
    try:
        phrase = HTTPStatus(status).phrase.lower()
    except ValueError:
        return f"The site answered {status}."
    return f"The site answered {status} ({phrase})."


def _size(limit: int) -> str:
    """A byte count as people say it: 5 MB, 1.5 MB, 64 KB."""
    if limit >= 1_000_000:
        return f"{limit / 1_000_000:g} MB"
    return f"{limit / 1_000:g} KB"


def _is_tls_failure(exc: BaseException) -> bool:
    """True when a connect error was the TLS handshake or certificate check failing."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _any_address(_address: object) -> bool:
    """The address check with `NEWSBOT_ALLOW_PRIVATE_URLS=1`: everything is allowed."""
    return True
