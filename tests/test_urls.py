"""URL keys for the article cache and link finding in messages."""

from __future__ import annotations

import pytest

from bot.web.urls import find_urls, normalize_url


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("HTTPS://News.Example.COM/a/b.html", "https://news.example.com/a/b.html"),
        ("https://news.example.com:443/a#comments", "https://news.example.com/a"),
        ("http://news.example.com:80/a", "http://news.example.com/a"),
        ("https://news.example.com/a?utm_source=wx&utm_medium=share&id=7", "https://news.example.com/a?id=7"),
        ("https://m.example.cn/doc?spm=a2c4g.11186623&from=timeline&share_token=abc&p=2",
         "https://m.example.cn/doc?p=2"),
        ("https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&sn=x&chksm=y&scene=21#wechat_redirect",
         "https://mp.weixin.qq.com/s?__biz=MzA&idx=1&mid=1&sn=x"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),  # two shares, one key
        ("www.Example.com/新闻?id=1", "http://www.example.com/%E6%96%B0%E9%97%BB?id=1"),
        ("https://例子.中国/a", "https://xn--fsqu00a.xn--fiqs8s/a"),
    ],
)
def test_normalize_url(url, key):
    assert normalize_url(url) == key


def test_same_site_canonical_url_wins():
    assert normalize_url("https://m.example.com/a?id=1", canonical="https://www.example.com/news/1.html") \
        == "https://www.example.com/news/1.html"
    assert normalize_url("https://example.com/a?x=1", canonical="/a") == "https://example.com/a"


def test_canonical_url_on_another_site_is_ignored():
    assert normalize_url("https://a.com.cn/x", canonical="https://b.com.cn/x") == "https://a.com.cn/x"
    assert normalize_url("https://example.com/x", canonical="https://evil.test/x") == "https://example.com/x"


def test_find_urls_stops_at_chinese_punctuation_and_dedupes():
    text = "看看这个https://a.cn/x?y=1。还有（https://b.com/c）和 www.c.org/d, 以及 https://a.cn/x?y=1！"
    assert find_urls(text) == ["https://a.cn/x?y=1", "https://b.com/c", "http://www.c.org/d"]


def test_find_urls_in_text_without_links():
    assert find_urls("没有链接的消息 just text") == []
