"""Keep a test on loopback, and record what it tried: every outgoing connect and every name lookup.

A fetch that wrongly let a private or outside address through must fail the test, not reach the network:
connects to anything but 127.0.0.0/8 or ::1 are refused before they leave, and lookups of any name but
`localhost` (a literal IP is no lookup) are refused before a DNS query is sent.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field
from typing import Any

import pytest

__all__ = ["NetworkLog", "network_log"]

_LOCAL_NAMES = frozenset({"localhost"})
_REAL_GETADDRINFO = socket.getaddrinfo


@dataclass
class NetworkLog:
    """What the code under test asked the network for (allowed or not)."""

    connects: list[tuple[str, int]] = field(default_factory=list)
    lookups: list[str] = field(default_factory=list)

    def name_lookups(self) -> list[str]:
        """Lookups of names, not of literal addresses (those resolve without any query)."""
        return [host for host in self.lookups if not _is_literal(host)]


def _is_literal(host: str) -> bool:
    """True for any spelling the resolver reads as a number (127.0.0.1, ::1, 2130706433), never via DNS."""
    try:
        _REAL_GETADDRINFO(host, None, flags=socket.AI_NUMERICHOST)
    except (socket.gaierror, UnicodeError):
        return False
    return True


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture
def network_log(monkeypatch: pytest.MonkeyPatch) -> NetworkLog:
    """Record connects and lookups; refuse anything that would leave loopback."""
    log = NetworkLog()
    real_connect = socket.socket.connect

    def guarded_connect(sock: socket.socket, address: Any) -> None:
        host, port = str(address[0]), int(address[1])
        log.connects.append((host, port))
        if not _is_loopback(host):
            raise ConnectionRefusedError(f"test network guard: no connection to {host} outside loopback")
        real_connect(sock, address)

    def guarded_getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        log.lookups.append(name)
        if not _is_literal(name) and name.lower() not in _LOCAL_NAMES:
            raise socket.gaierror(socket.EAI_NONAME, f"test network guard: no lookup of {name}")
        return _REAL_GETADDRINFO(host, port, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    return log
