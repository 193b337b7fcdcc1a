"""Dedupe keys: URL normalization and content hashes."""

from __future__ import annotations

import pytest

from storage import content_hash, normalize_url


@pytest.mark.parametrize(("given", "expected"), [
    ("HTTPS://News.Example.COM:443/a?b=2&a=1#top", "https://news.example.com/a?a=1&b=2"),
    ("http://example.com", "http://example.com/"),
    ("http://example.com:8080/x?utm_source=wx&utm_medium=share&id=7", "http://example.com:8080/x?id=7"),
    ("https://mp.example.com/s?__biz=MzA&mid=1&idx=2&sn=abc&scene=21", "https://mp.example.com/s?__biz=MzA&idx=2&mid=1&sn=abc"),
    ("https://example.com./a?fbclid=x&spm=1.2", "https://example.com/a"),
    ("http://[::1]:8000/a", "http://[::1]:8000/a"),
    ("http://example.com:notaport/a", "http://example.com:notaport/a"),
    ("https://example.com/Case/Path?Q=1", "https://example.com/Case/Path?Q=1"),
    # The bot's longer tracking list is the storage key's too (one set of rules).
    ("https://m.example.cn/doc?spm=a2c4g&from=timeline&share_token=abc&p=2&vd_source=9", "https://m.example.cn/doc?p=2"),
    ("https://user:pw@Example.com:8443/a", "https://example.com:8443/a"),  # keys are shown to others
    # Escapes written one way, never decoded into something else: %2F stays data, %25 a percent.
    ("https://example.com/a%2541/%7euser/b%2fc/%e6%96%b0", "https://example.com/a%2541/~user/b%2Fc/%E6%96%B0"),
    ("https://example.com/新 闻", "https://example.com/%E6%96%B0%20%E9%97%BB"),
])
def test_urls_are_normalized_for_lookup(given, expected):
    assert normalize_url(given) == expected
    assert normalize_url(expected) == expected  # idempotent


def test_feed_urls_keep_parameters_that_may_select_content_because_they_are_polled():
    assert normalize_url("https://Example.com/rss?from=app&b=2&utm_source=x&fbclid=1#x", feed=True) \
        == "https://example.com/rss?b=2&from=app"


def test_content_hash_ignores_whitespace_and_width_but_not_words():
    text = "百度第二季度营收增长14%。\n\n李强表示：继续投入。"
    assert content_hash(text) == content_hash("  百度第二季度营收增长１４％。 李强表示：继续投入。 ")
    assert content_hash(text) != content_hash(text.replace("14", "15"))
