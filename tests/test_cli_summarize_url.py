"""`newsbrief summarize URL` against a 127.0.0.1 server, through `bot.cli.main` in process
(tests/test_cli_summarize.py runs the real console script)."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer

from tests.pages import (
    ARTICLE_ZH_PARAGRAPHS,
    BOILERPLATE_AFTER,
    PAYWALL_HTML,
    article_html,
)

ALLOW = {"NEWSBRIEF_ALLOW_PRIVATE_URLS": "1", "NEWSBRIEF_LANG": "en"}


@pytest.fixture
def site(httpserver: HTTPServer) -> HTTPServer:
    page = article_html(ARTICLE_ZH_PARAGRAPHS, after=BOILERPLATE_AFTER).encode("gb18030")
    httpserver.expect_request("/news/1.html").respond_with_data(page, content_type="text/html; charset=gbk")
    httpserver.expect_request("/paywall").respond_with_data(PAYWALL_HTML, content_type="text/html")
    return httpserver


def test_summarize_url_json_includes_the_article(site, cli):
    result = cli("summarize", "--json", site.url_for("/news/1.html") + "?utm_source=x#c", env=ALLOW)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    article = data["article"]
    assert article["title"] == "东湖新能源一季度营收增长23%"
    assert article["site"] == "东湖财经网"
    assert article["source_type"] == "html"
    assert article["url"] == site.url_for("/news/1.html")
    assert ARTICLE_ZH_PARAGRAPHS[1] in article["text"]
    assert "相关阅读" not in article["text"]
    assert data["sentences"] and data["lang"] == "zh"


def test_summarize_url_prints_what_was_read(site, cli):
    result = cli("summarize", site.url_for("/news/1.html"), env=ALLOW)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("东湖新能源一季度营收增长23%\n")
    assert "要点" in result.stdout


def test_private_address_is_refused_without_the_switch(site, cli):
    result = cli("summarize", site.url_for("/news/1.html"), env={"NEWSBRIEF_ALLOW_PRIVATE_URLS": "", "NEWSBRIEF_LANG": "en"})
    assert result.returncode == 1
    assert "private or local network" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_url_failure_is_one_clear_line(site, cli):
    result = cli("summarize", site.url_for("/paywall"), env=ALLOW)
    assert result.returncode == 1
    assert "paywall" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_fetch_settings_apply_to_the_cli_as_to_the_bot(site, cli):
    result = cli("summarize", site.url_for("/news/1.html"), env={**ALLOW, "NEWSBRIEF_FETCH_MAX_BYTES": "1000"})
    assert result.returncode == 1
    assert "too large" in result.stderr and result.stderr.count("\n") == 1
    result = cli("summarize", site.url_for("/news/1.html"), env={**ALLOW, "NEWSBRIEF_FETCH_TIMEOUT": "soon"})
    assert result.returncode == 1
    assert "NEWSBRIEF_FETCH_TIMEOUT" in result.stderr and "Traceback" not in result.stderr
