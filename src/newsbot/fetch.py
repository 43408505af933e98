"""Fetching a link a user sent: http(s) only, bounded in time and size.

Placeholder contract (the safe implementation replaces the body, not the signature): `fetch(url, settings)`
returns the final URL, the content type and the body, or raises `FetchError` with one plain sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from .config import Settings
from .errors import FetchError

__all__ = ["Fetched", "fetch"]


@dataclass(frozen=True)
class Fetched:
    """A fetched body: where it finally came from and what the server said it is."""

    url: str
    final_url: str
    content_type: str
    body: bytes


def fetch(url: str, settings: Settings) -> Fetched:
    """GET `url` (placeholder: no address checks yet)."""
    import httpx

    try:
        response = httpx.get(url, timeout=settings.fetch_timeout_s, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise FetchError(f"I couldn't fetch {url}: {type(exc).__name__}") from None
    if response.status_code >= 400:
        raise FetchError(f"I couldn't fetch {url}: the site answered {response.status_code}")
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return Fetched(url=url, final_url=str(response.url), content_type=content_type, body=response.content)
