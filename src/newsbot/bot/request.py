"""PTB's HTTPX transport, retrying a request that Telegram answered with a 5xx server error.

A 5xx (or 429, handled by `AIORateLimiter`) means the method did not run, so sending it again loses and
duplicates nothing. Time-outs are not retried here: a request that timed out may have been carried out.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.request import HTTPXRequest, RequestData

__all__ = ["RetryingRequest"]

log = logging.getLogger(__name__)

_RETRY_STATUSES = frozenset({500, 502, 503, 504})


class RetryingRequest(HTTPXRequest):
    """`HTTPXRequest` with up to `retries` further attempts after a 5xx, backing off from `backoff` seconds."""

    def __init__(self, *args: Any, retries: int = 4, backoff: float = 0.25, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retries = retries
        self.backoff = backoff

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        write_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        connect_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        pool_timeout: Any = HTTPXRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        delay = self.backoff
        attempt = 0
        while True:
            code, payload = await super().do_request(
                url,
                method,
                request_data=request_data,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
            )
            if code not in _RETRY_STATUSES or attempt >= self.retries:
                return code, payload
            attempt += 1
            # The URL holds the token: log only the Bot API method name.
            log.warning("Telegram answered %d to %s; retrying in %.2fs", code, url.rsplit("/", 1)[-1], delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 4.0)
