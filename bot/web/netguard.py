"""SSRF guard: links from chat users must never reach our own network.

A user can send `http://127.0.0.1:8080/admin`, `http://0x7f.1/`, `http://[::ffff:10.0.0.1]/`,
a public name that resolves to 10.x, or a public page that redirects to the cloud metadata
service. So the guard checks three things:

1. the URL itself (scheme, and the host if it is an IP literal in any spelling);
2. every address the host name resolves to, before connecting and after each redirect;
3. the address actually connected to: `GuardedBackend` resolves the name itself, checks
   the addresses and connects to the checked IP, so a DNS answer that changes between
   check and connect (DNS rebinding) cannot slip through.

`allow_private=True` (env NEWSBRIEF_ALLOW_PRIVATE_URLS=1) lifts the guard for tests and
intranet deployments. `allowed_networks` lets tests permit exactly the test server's
address while keeping every other private address blocked.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpcore

from bot.errors import BlockedAddress, DnsFailure, UnsupportedType

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

ALLOWED_SCHEMES = frozenset({"http", "https"})


@dataclass(frozen=True, slots=True)
class GuardPolicy:
    """What the guard lets through. The default blocks every non-public address."""

    allow_private: bool = False
    allowed_networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def build(cls, *, allow_private: bool = False, allowed_networks: Iterable[str] = ()) -> GuardPolicy:
        return cls(allow_private, tuple(ipaddress.ip_network(n, strict=False) for n in allowed_networks))


def parse_ip_literal(host: str) -> IPAddress | None:
    """The IP a host string denotes, in any spelling a resolver accepts, else None.

    Besides dotted quads this covers the legacy inet_aton forms browsers and libc still
    honour: decimal `2130706433`, octal `0177.0.0.1`, hex `0x7f.0.0.1`, short `127.1`.
    """
    host = host.strip("[]").rstrip(".")
    if not host:
        return None
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    parts = host.split(".")
    if not all(_is_c_number(p) for p in parts) or not 1 <= len(parts) <= 4:
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def _is_c_number(part: str) -> bool:
    p = part.lower()
    if p.startswith("0x"):
        return len(p) > 2 and all(c in "0123456789abcdef" for c in p[2:])
    return p.isdigit()


def is_public_address(ip: IPAddress) -> bool:
    """True only for globally routable unicast addresses.

    IPv4-mapped (`::ffff:10.0.0.1`) and 6to4/NAT64-style IPv6 wrappers are judged by the
    IPv4 address they carry.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return is_public_address(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            return is_public_address(ip.sixtofour)
        if ip in _NAT64:
            return is_public_address(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def check_address(ip: IPAddress, *, host: str, policy: GuardPolicy) -> None:
    """Raise BlockedAddress unless `policy` lets us connect to `ip`."""
    if policy.allow_private or is_public_address(ip):
        return
    if any(ip in net for net in policy.allowed_networks if net.version == ip.version):
        return
    log.info("blocked %s (%s)", host, ip)
    raise BlockedAddress(host, str(ip))


def check_url(url: str, *, policy: GuardPolicy) -> tuple[str, int]:
    """Check what can be checked without DNS; return (host, port) to resolve.

    Raises UnsupportedType for non-http(s) schemes or URLs without a host, and
    BlockedAddress for IP literals that point inside.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise UnsupportedType(f"scheme {scheme or '(none)'}")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UnsupportedType("URL without host")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:  # port out of range or not a number
        raise UnsupportedType("bad port") from exc
    literal = parse_ip_literal(host)
    if literal is not None:
        check_address(literal, host=host, policy=policy)
    return host, port


async def resolve_checked(host: str, port: int, *, policy: GuardPolicy) -> list[IPAddress]:
    """Resolve `host` and check every address; all must be allowed.

    Refusing when ANY address is internal (not just the first) stops a name that
    answers with both a public and a private address from winning half the time.
    """
    literal = parse_ip_literal(host)
    if literal is not None:
        check_address(literal, host=host, policy=policy)
        return [literal]
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise DnsFailure(host) from exc
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise DnsFailure(host)
    for ip in addresses:
        check_address(ip, host=host, policy=policy)
    return addresses


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that only ever connects to checked addresses.

    httpcore hands us the host name; we resolve and check it ourselves and open the
    socket to the checked IP (TLS still verifies the host name, which httpcore passes
    separately). After connecting, the peer address is checked once more.
    """

    def __init__(self, policy: GuardPolicy, backend: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._policy = policy
        self._backend = backend or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await resolve_checked(host, port, policy=self._policy)
        last_error: Exception | None = None
        for ip in addresses:
            try:
                stream = await self._backend.connect_tcp(
                    str(ip), port, timeout=timeout, local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            peer = _peer_address(stream)
            if peer is not None:
                try:
                    check_address(peer, host=host, policy=self._policy)
                except BlockedAddress:
                    await stream.aclose()
                    raise
            return stream
        assert last_error is not None
        raise last_error

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        raise BlockedAddress("unix socket")

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _peer_address(stream: httpcore.AsyncNetworkStream) -> IPAddress | None:
    try:
        addr = stream.get_extra_info("server_addr")
    except Exception:  # a backend without this info: the pre-connect check stands
        return None
    if not addr:
        return None
    try:
        return ipaddress.ip_address(str(addr[0]).split("%", 1)[0])
    except ValueError:
        return None
