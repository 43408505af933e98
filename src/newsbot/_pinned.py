"""An httpx transport that connects only to checked addresses and never outlives one overall deadline.

httpx leaves name lookup and connecting to an httpcore *network backend*. Ours resolves the host once,
checks every address, and connects to a checked address itself, so no later lookup can swap in another
address (DNS rebinding); the URL is untouched, so the Host header, TLS SNI and certificate checks all still
use the real host name. Every connect, read and write is also capped by the time left on the fetch's
deadline: httpx's own timeouts are per operation, and a server dripping one byte at a time never trips them.
"""

from __future__ import annotations

import functools
import ssl
import time
import typing

import httpcore
import httpx

from ._addresses import AddressCheck, IPAddress, resolve

__all__ = ["AddressRefusedError", "Deadline", "PinnedTransport"]


class AddressRefusedError(Exception):
    """Every address the host resolved to was refused by the address check."""

    def __init__(self, host: str, addresses: list[IPAddress]) -> None:
        super().__init__(f"{host} resolves only to refused addresses: {', '.join(map(str, addresses))}")
        self.host = host
        self.addresses = addresses


class Deadline:
    """A point in time after which no network operation of the fetch may still be waiting."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    @property
    def remaining(self) -> float:
        return self._end - time.monotonic()

    @property
    def passed(self) -> bool:
        return self.remaining <= 0

    def cap(self, timeout: float | None, expired: type[httpcore.TimeoutException]) -> float:
        """`timeout` shortened to the time left; `expired` is raised when none is left."""
        left = self.remaining
        if left <= 0:
            raise expired(f"the {self.seconds:g} s deadline passed")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connected stream whose every read and write waits at most until the deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._deadline.cap(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._deadline.cap(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        secured = self._stream.start_tls(
            ssl_context, server_hostname, self._deadline.cap(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(secured, self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _CheckedBackend(httpcore.NetworkBackend):
    """Resolve once, refuse what the check refuses, connect to a checked address literally."""

    def __init__(self, allowed: AddressCheck, deadline: Deadline) -> None:
        self._allowed = allowed
        self._deadline = deadline
        self._sockets = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = resolve(host, port, self._deadline.cap(timeout, httpcore.ConnectTimeout))
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc)) from exc
        permitted = [address for address in addresses if self._allowed(address)]
        if not permitted:
            raise AddressRefusedError(host, addresses)
        failure: httpcore.ConnectError | None = None
        for address in permitted:
            try:
                stream = self._sockets.connect_tcp(
                    str(address),  # a literal: the socket layer makes no second lookup
                    port,
                    self._deadline.cap(timeout, httpcore.ConnectTimeout),
                    local_address,
                    socket_options,
                )
            except httpcore.ConnectError as exc:
                failure = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        assert failure is not None
        raise failure

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.UnsupportedProtocol("links are never fetched over a Unix socket")

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, max(self._deadline.remaining, 0)))


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context (certifi, or SSL_CERT_FILE/DIR), built once: loading it takes ~0.1 s."""
    return httpx.create_ssl_context()


class PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport (request/response mapping, error mapping) over the checked backend.

    httpx 0.28 has no public argument for an httpcore network backend (encode/httpx#3749 proposes one), so
    the pool the parent builds is replaced by the same pool with our backend; no proxy is ever used.
    """

    def __init__(self, allowed: AddressCheck, deadline: Deadline) -> None:
        ssl_context = _ssl_context()
        super().__init__(verify=ssl_context, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=4,
            network_backend=_CheckedBackend(allowed, deadline),
        )
