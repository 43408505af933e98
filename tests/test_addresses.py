"""The address check and the single lookup behind it (real getaddrinfo on literals and `localhost`)."""

from __future__ import annotations

import ipaddress
import socket
import time
from typing import Any

import pytest

from newsbot._addresses import UnknownHostError, embedded_ipv4, is_public, resolve
from tests.support.network_guard import NetworkLog, network_log

__all__ = ["network_log"]  # fixture used here
pytestmark = pytest.mark.usefixtures("network_log")  # every test stays on loopback

PUBLIC = ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "2001:4860:4860::8888"]
NOT_PUBLIC = {
    "127.0.0.1": "loopback",
    "127.8.9.10": "loopback",
    "0.0.0.0": "unspecified",
    "10.1.2.3": "private",
    "172.31.255.255": "private",
    "192.168.0.1": "private",
    "169.254.169.254": "link-local (cloud metadata)",
    "100.64.0.1": "carrier-grade NAT",
    "100.127.255.254": "carrier-grade NAT",
    "192.0.0.8": "IETF protocol assignments",
    "192.0.2.1": "documentation",
    "198.18.0.1": "benchmarking",
    "224.0.0.251": "multicast",
    "239.255.255.250": "multicast",
    "240.0.0.1": "reserved",
    "255.255.255.255": "broadcast",
    "::1": "loopback",
    "::": "unspecified",
    "fe80::1": "link-local",
    "fec0::1": "site-local",
    "fd12:3456::1": "unique local",
    "ff02::1": "multicast",
    "ff0e::1": "global-scope multicast",
    "2001:db8::1": "documentation",
    "::ffff:127.0.0.1": "IPv4-mapped loopback",
    "::ffff:10.0.0.1": "IPv4-mapped private",
    "::127.0.0.1": "IPv4-compatible loopback",
    "64:ff9b::a00:1": "NAT64 of a private address",
    "2002:7f00:1::": "6to4 of loopback",
    "2002:c0a8:101::": "6to4 of a private address",
    "2001:0:4136:e378:8000:63bf:f5ff:fffe": "Teredo whose client is 10.0.0.1",
}


@pytest.mark.parametrize("text", PUBLIC)
def test_globally_routable_addresses_are_public(text: str) -> None:
    assert is_public(ipaddress.ip_address(text))


@pytest.mark.parametrize(("text", "kind"), NOT_PUBLIC.items(), ids=list(NOT_PUBLIC))
def test_everything_else_is_refused(text: str, kind: str) -> None:
    assert not is_public(ipaddress.ip_address(text)), kind


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        ("::ffff:192.168.1.1", "192.168.1.1"),
        ("::10.0.0.1", "10.0.0.1"),
        ("64:ff9b::808:808", "8.8.8.8"),
        ("2002:808:808::1", "8.8.8.8"),
        ("2001:0:4136:e378:8000:63bf:f5ff:fffe", "10.0.0.1"),
        ("2606:4700:4700::1111", None),
        ("::1", None),
        ("8.8.8.8", None),
    ],
)
def test_the_ipv4_address_an_ipv6_one_carries(text: str, carried: str | None) -> None:
    found = embedded_ipv4(ipaddress.ip_address(text))
    assert (str(found) if found else None) == carried


def test_a_literal_address_needs_no_lookup(network_log: NetworkLog) -> None:
    assert resolve("10.0.0.1", 80, timeout=1) == [ipaddress.IPv4Address("10.0.0.1")]
    assert resolve("::ffff:127.0.0.1", 80, timeout=1) == [ipaddress.IPv6Address("::ffff:127.0.0.1")]
    assert network_log.lookups == []


def test_a_name_is_looked_up_once(network_log: NetworkLog) -> None:
    assert ipaddress.IPv4Address("127.0.0.1") in resolve("localhost", 80, timeout=5)
    assert network_log.lookups == ["localhost"]


def test_numeric_spellings_resolve_to_the_address_they_mean(network_log: NetworkLog) -> None:
    assert resolve("2130706433", 80, timeout=5) == [ipaddress.IPv4Address("127.0.0.1")]
    assert resolve("0x7f.1", 80, timeout=5) == [ipaddress.IPv4Address("127.0.0.1")]


def test_a_name_without_an_address(network_log: NetworkLog) -> None:
    with pytest.raises(UnknownHostError) as caught:
        resolve("no-such-host.invalid", 80, timeout=5)
    assert caught.value.host == "no-such-host.invalid"


def test_a_hanging_resolver_cannot_outlast_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A resolver that never answers can only be simulated; the fake sleeps instead of querying."""

    def hanging_getaddrinfo(*_args: Any, **_kwargs: Any) -> Any:
        time.sleep(3)
        raise socket.gaierror(socket.EAI_AGAIN, "gave up")

    monkeypatch.setattr(socket, "getaddrinfo", hanging_getaddrinfo)
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        resolve("slow.example", 80, timeout=0.3)
    assert time.monotonic() - started < 1.5
