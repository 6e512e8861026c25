"""The client address lock-out and rate limits count: X-Forwarded-For only as far as trusted proxies wrote it."""

import pytest
from django.test import RequestFactory

from elearning.accounts.client_address import client_address

PEER = "10.0.0.2"


def request_from(peer=PEER, forwarded=None):
    headers = {"X-Forwarded-For": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=peer, headers=headers)


def test_without_trusted_proxies_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0

    assert client_address(request_from(forwarded="192.0.2.1")) == PEER


def test_behind_one_trusted_proxy_the_address_it_appended_is_the_clients(settings):
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_address(request_from(forwarded="192.0.2.66, 198.51.100.7")) == "198.51.100.7"


def test_behind_two_trusted_proxies_the_second_address_from_the_right_is_the_clients(settings):
    settings.TRUSTED_PROXY_COUNT = 2

    assert client_address(request_from(forwarded="192.0.2.66, 198.51.100.7, 10.0.0.9")) == "198.51.100.7"


def test_a_shorter_chain_than_configured_uses_the_address_the_first_proxy_wrote(settings):
    settings.TRUSTED_PROXY_COUNT = 2

    assert client_address(request_from(forwarded="198.51.100.7")) == "198.51.100.7"


@pytest.mark.parametrize("forwarded", ["", " , ", "not-an-address", "999.1.1.1:80", "<script>", "::::"])
def test_a_missing_or_malformed_forwarded_address_falls_back_to_the_peer(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_address(request_from(forwarded=forwarded)) == PEER


def test_ipv6_addresses_are_read_as_they_are(settings):
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_address(request_from(forwarded="2001:db8::7")) == "2001:db8::7"


@pytest.mark.parametrize(
    ("forwarded", "address"), [("198.51.100.7:5123", "198.51.100.7"), ("[2001:db8::7]:443", "2001:db8::7")]
)
def test_a_port_some_proxies_add_is_removed(settings, forwarded, address):
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_address(request_from(forwarded=forwarded)) == address
