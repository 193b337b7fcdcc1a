"""Parsing feeds from bytes and discovering them on pages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.web.feeds import NotAFeed, discover_feed_urls, looks_like_feed, parse_feed
from tests.feed_samples import BROKEN_XML, NOT_XML, RDF_10, RSS_091, SITE_PAGE, atom, rss

WHEN = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)


def test_rss20_entries_become_plain_text_with_utc_dates():
    data = rss("新闻", [{"title": "锂电池产量增长", "link": "/a/1", "guid": "a-1",
                         "description": "<p>十月产量<b>增长</b>12%。</p><p>第二段</p>", "published": WHEN}])
    feed = parse_feed(data, url="https://example.org/feed.xml")
    assert feed.format == "rss20" and feed.title == "新闻"
    [entry] = feed.entries
    assert entry.url == "https://example.org/a/1"
    assert entry.summary == "十月产量增长12%。\n第二段"
    assert entry.published == WHEN


def test_gbk_feed_is_decoded_from_its_xml_declaration():
    data = rss("财经", [{"title": "营收同比增长", "link": "https://example.org/gbk", "description": "净利润"}],
               encoding="gbk")
    entry = parse_feed(data, url="https://example.org/gbk.xml").entries[0]
    assert (entry.title, entry.summary) == ("营收同比增长", "净利润")


def test_gbk_feed_without_declaration_uses_the_http_charset():
    data = rss("财经", [{"title": "营收同比增长", "link": "https://example.org/gbk"}], encoding="gbk")
    data = data.replace(b' encoding="gbk"', b"")
    entry = parse_feed(data, url="https://example.org/f", content_type="text/xml; charset=gbk").entries[0]
    assert entry.title == "营收同比增长"


def test_atom_prefers_full_content_over_summary():
    data = atom("Atom", [{"title": "T", "id": "urn:1", "link": "https://example.net/1",
                          "summary": "short", "content": "<p>" + "long body. " * 50 + "</p>",
                          "published": WHEN}])
    feed = parse_feed(data, url="https://example.net/atom")
    [entry] = feed.entries
    assert feed.format == "atom10"
    assert entry.key == "urn:1" and entry.body.startswith("long body.")
    assert not entry.is_teaser(min_chars=300)


def test_old_rss_and_rdf_formats_parse():
    assert parse_feed(RSS_091, url="http://example.com/rss").entries[0].title == "Battery output up"
    rdf = parse_feed(RDF_10, url="http://example.com/rdf")
    assert rdf.format == "rss10"
    assert rdf.entries[0].published == datetime(2026, 11, 27, 0, 0, tzinfo=UTC)


def test_slightly_broken_xml_still_yields_its_entries():
    feed = parse_feed(BROKEN_XML, url="https://example.org/broken")
    assert [e.url for e in feed.entries] == ["https://example.org/broken-1"]


@pytest.mark.parametrize("data", [NOT_XML, b"<html><body>hello</body></html>", b""])
def test_documents_that_are_not_feeds_raise_not_a_feed(data):
    with pytest.raises(NotAFeed):
        parse_feed(data, url="https://example.org/x")


def test_a_teaser_entry_is_recognised():
    data = rss("t", [{"title": "Only a teaser", "link": "https://example.org/t", "description": "Read more…"}])
    assert parse_feed(data, url="https://example.org/t.xml").entries[0].is_teaser(min_chars=300)


def test_parse_feed_never_opens_a_path_or_url_given_as_content(tmp_path):
    # feedparser opens str/bytes as a file name or URL; we must treat bytes as content only.
    secret = tmp_path / "feed.xml"
    secret.write_bytes(rss("secret", [{"title": "leak", "link": "https://e/x"}]))
    with pytest.raises(NotAFeed):
        parse_feed(str(secret).encode(), url="https://example.org/x")


def test_discovery_finds_atom_then_rss_resolved_and_deduplicated():
    urls = discover_feed_urls(SITE_PAGE, base_url="https://example.org/news/")
    assert urls == ["https://cdn.example.org/atom.xml", "https://example.org/feed.xml"]


def test_discovery_on_a_page_without_feeds_is_empty():
    assert discover_feed_urls("<html><head></head></html>", base_url="https://e.org/") == []


def test_looks_like_feed():
    assert looks_like_feed("application/rss+xml", b"")
    assert looks_like_feed("text/plain", b"\xef\xbb\xbf<?xml version='1.0'?><rss>")
    assert not looks_like_feed("text/html; charset=utf-8", b"<!doctype html><html>")


def test_scripts_and_styles_in_entries_never_become_text():
    body = '<p>Output rose.</p><script>alert("x")</script><style>p{color:red}</style>'
    data = rss("t", [{"title": "T", "link": "https://example.org/s", "description": body}])
    assert parse_feed(data, url="https://example.org/s.xml").entries[0].summary == "Output rose."
