"""The SSRF guard's decisions: every spelling of an inside address is refused."""

from __future__ import annotations

import ipaddress

import pytest

from bot.errors import BlockedAddress, UnsupportedType
from bot.web.netguard import GuardPolicy, check_url, is_public_address, parse_ip_literal, resolve_checked

STRICT = GuardPolicy()


@pytest.mark.parametrize(
    ("spelling", "address"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),  # decimal
        ("0177.0.0.1", "127.0.0.1"),  # octal
        ("0x7f.0.0.1", "127.0.0.1"),  # hex
        ("0x7f000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),  # short form
        ("012.0.0.1", "10.0.0.1"),
        ("[::1]", "::1"),
        ("::ffff:127.0.0.1", "::ffff:127.0.0.1"),
    ],
)
def test_ip_spellings_are_understood(spelling, address):
    assert parse_ip_literal(spelling) == ipaddress.ip_address(address)


@pytest.mark.parametrize("host", ["example.com", "1.2.3.4.5", "0x", "127.0.0.1.example.com", ""])
def test_host_names_are_not_mistaken_for_ips(host):
    assert parse_ip_literal(host) is None


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1",
        "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "2002:c0a8:0101::1", "64:ff9b::a00:1",
    ],
)
def test_inside_addresses_are_not_public(address):
    assert not is_public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are_public(address):
    assert is_public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/", "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.1/",
        "http://[::1]:8080/", "http://[::ffff:169.254.169.254]/", "https://10.0.0.1/x", "http://0.0.0.0/",
    ],
)
def test_urls_with_inside_ip_literals_are_blocked(url):
    with pytest.raises(BlockedAddress):
        check_url(url, policy=STRICT)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/", "data:text/html,hi", "http:///nohost"])
def test_only_http_urls_with_a_host_pass(url):
    with pytest.raises(UnsupportedType):
        check_url(url, policy=STRICT)


def test_allow_list_admits_exactly_its_network():
    policy = GuardPolicy.build(allowed_networks=["127.0.0.1/32"])
    assert check_url("http://127.0.0.1:8000/", policy=policy) == ("127.0.0.1", 8000)
    with pytest.raises(BlockedAddress):
        check_url("http://127.0.0.2/", policy=policy)
    with pytest.raises(BlockedAddress):
        check_url("http://[::1]/", policy=policy)


def test_allow_private_admits_everything():
    assert check_url("http://10.0.0.1/", policy=GuardPolicy(allow_private=True)) == ("10.0.0.1", 80)


async def test_names_resolving_inside_are_blocked():
    with pytest.raises(BlockedAddress):
        await resolve_checked("localhost", 80, policy=STRICT)
