"""Which network addresses a fetched link may reach, and the one name lookup a fetch hop makes.

A link a stranger sends must not make the bot talk to its own machine or network (SSRF): every address a
host resolves to is judged here, and only the addresses judged public are ever connected to.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable

__all__ = ["AddressCheck", "IPAddress", "UnknownHostError", "embedded_ipv4", "is_public", "resolve"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
AddressCheck = Callable[[IPAddress], bool]
"""Decides whether one resolved address may be connected to (`is_public` unless settings or tests say otherwise)."""

# Ranges that Python's `is_global` has judged differently across versions; refused whatever the version says.
_NOT_PUBLIC_V4 = (
    ipaddress.IPv4Network("100.64.0.0/10"),  # carrier-grade NAT (RFC 6598)
    ipaddress.IPv4Network("192.0.0.0/24"),  # IETF protocol assignments
    ipaddress.IPv4Network("224.0.0.0/4"),  # multicast
)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # well-known NAT64 prefix: the last 32 bits are an IPv4 address
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # deprecated "::a.b.c.d" form


class UnknownHostError(Exception):
    """The host name has no address."""

    def __init__(self, host: str) -> None:
        super().__init__(f"no address for {host}")
        self.host = host


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, compatible, 6to4, Teredo client, NAT64), if any."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF)
    return None


def is_public(address: IPAddress) -> bool:
    """True only for a globally routable unicast address (and for IPv6, one whose embedded IPv4 is too)."""
    embedded = embedded_ipv4(address)
    if embedded is not None and not is_public(embedded):
        return False
    if isinstance(address, ipaddress.IPv4Address) and any(address in network for network in _NOT_PUBLIC_V4):
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.is_site_local:
        return False
    refused = (
        address.is_private,
        address.is_loopback,
        address.is_link_local,
        address.is_multicast,
        address.is_reserved,
        address.is_unspecified,
    )
    return address.is_global and not any(refused)


def resolve(host: str, port: int, timeout: float) -> list[IPAddress]:
    """Every address `host` names, in the resolver's order; a literal IP is returned without any lookup.

    The lookup runs in a daemon thread so a hanging resolver cannot outlast the fetch's deadline
    (`TimeoutError` when `timeout` passes first).
    """
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    found: list[IPAddress] = []
    failed: list[Exception] = []

    def look_up() -> None:
        try:
            for _family, _type, _proto, _name, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
                address = ipaddress.ip_address(sockaddr[0])
                if address not in found:
                    found.append(address)
        except (OSError, UnicodeError) as exc:
            failed.append(exc)

    worker = threading.Thread(target=look_up, name="newsbot-resolve", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TimeoutError(f"looking up {host} took longer than {timeout:.1f} s")
    if failed or not found:
        raise UnknownHostError(host)
    return found
