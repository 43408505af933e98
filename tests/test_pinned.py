"""The pinned transport: the deadline caps every wait, the check runs before any connect."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator

import httpcore
import httpx
import pytest

from newsbot._addresses import is_public
from newsbot._pinned import AddressRefusedError, Deadline, PinnedTransport
from tests.support.http_server import LoopbackServer, Page, http_server
from tests.support.network_guard import NetworkLog, network_log

__all__ = ["http_server", "network_log"]  # fixtures used here
pytestmark = pytest.mark.usefixtures("network_log")  # every test stays on loopback


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that accepts connections and never says a word."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join(timeout=2)
    for connection in accepted:
        connection.close()
    listener.close()


def test_the_deadline_shortens_longer_timeouts() -> None:
    deadline = Deadline(10)
    assert deadline.cap(1.0, httpcore.ReadTimeout) == 1.0
    assert 9 < deadline.cap(None, httpcore.ReadTimeout) <= 10
    assert 9 < deadline.cap(60.0, httpcore.ReadTimeout) <= 10


def test_a_passed_deadline_raises_the_timeout_it_is_given() -> None:
    deadline = Deadline(0.01)
    time.sleep(0.02)
    assert deadline.passed
    with pytest.raises(httpcore.WriteTimeout):
        deadline.cap(5.0, httpcore.WriteTimeout)


def test_a_silent_server_times_out_at_the_deadline_not_at_httpx_timeout(silent_port: int) -> None:
    started = time.monotonic()
    transport = PinnedTransport(lambda _address: True, Deadline(0.5))
    with httpx.Client(transport=transport, timeout=30) as client, pytest.raises(httpx.ReadTimeout):
        client.get(f"http://127.0.0.1:{silent_port}/")
    assert 0.4 <= time.monotonic() - started < 1.5


def test_a_refused_host_raises_before_any_connect(http_server: LoopbackServer, network_log: NetworkLog) -> None:
    url = http_server.serve("/story", Page(b"<p>hi</p>"))
    with (
        httpx.Client(transport=PinnedTransport(is_public, Deadline(5))) as client,
        pytest.raises(AddressRefusedError) as caught,
    ):
        client.get(url)
    assert caught.value.addresses == [ipaddress.IPv4Address("127.0.0.1")]
    assert (network_log.connects, http_server.requests) == ([], [])


def test_an_allowed_host_is_connected_at_its_checked_address(
    http_server: LoopbackServer, network_log: NetworkLog
) -> None:
    url = http_server.serve("/story", Page(b"<p>hi</p>"))
    with httpx.Client(transport=PinnedTransport(lambda _address: True, Deadline(5))) as client:
        response = client.get(url.replace("127.0.0.1", "localhost"))
    assert response.content == b"<p>hi</p>"
    assert network_log.connects == [("127.0.0.1", http_server.port)]
    assert network_log.name_lookups() == ["localhost"]
