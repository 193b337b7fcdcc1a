"""Fetching links against a real HTTP server on 127.0.0.1.

The server is an aiohttp app in the test's own event loop. Fetches run with the SSRF
guard ON and only the server's own address allowed (`allowed_networks`), so every
other private address stays blocked exactly as in production.
"""

from __future__ import annotations

import asyncio
import gzip
import time

import brotli
import httpx
import pytest
from aiohttp import web

from bot.errors import NotHttpLink
from bot.web.fetch import (
    BlockedAddress,
    DnsFailure,
    FetchConfig,
    FetchTimeout,
    HttpStatusError,
    NotArticle,
    TooLarge,
    TooManyRedirects,
    UnsupportedType,
    fetch,
    fetch_article,
    make_client,
)
from tests.pages import (
    ARTICLE_BIG5_PARAGRAPHS,
    ARTICLE_EN_TEXT,
    ARTICLE_ZH_PARAGRAPHS,
    BOILERPLATE_AFTER,
    CAPTCHA_HTML,
    JS_SHELL_HTML,
    LOGIN_HTML,
    PAYWALL_HTML,
    SHORT_HTML,
    article_html,
    minimal_pdf,
)

LOCAL_ONLY = ("127.0.0.1/32",)
# A GB18030/GBK-only character (镕 is not in GB2312) to prove we decode with the superset.
GBK_TITLE = "朱镕基经济论坛：储能产业迎来新机遇"


def html_response(body: str | bytes, *, content_type: str = "text/html", charset: str | None = "utf-8",
                  headers: dict[str, str] | None = None) -> web.Response:
    codec = {"gbk": "gb18030", "big5": "big5hkscs"}.get(charset or "", charset or "utf-8")
    data = body.encode(codec) if isinstance(body, str) else body
    value = f"{content_type}; charset={charset}" if charset else content_type
    return web.Response(body=data, headers={"Content-Type": value, **(headers or {})})


async def endless(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    await response.prepare(request)
    chunk = b"<p>" + "无尽的内容".encode() * 2000 + b"</p>"
    try:
        while True:
            await response.write(chunk)
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    return response


async def trickle(request: web.Request) -> web.StreamResponse:
    """Sends a few bytes every 0.2 s forever: only a TOTAL deadline stops this."""
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    await response.prepare(request)
    try:
        while True:
            await response.write(b"<p>x</p>")
            await asyncio.sleep(0.2)
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    return response


async def slow(request: web.Request) -> web.Response:
    await asyncio.sleep(5)
    return html_response(article_html(ARTICLE_ZH_PARAGRAPHS))


def refresh_page(meta_attributes: str) -> str:
    """A page whose only content is a <meta> refresh, as short-link services and moved
    articles send."""
    return f"<html><head><meta {meta_attributes}><title>跳转中</title></head><body>正在跳转…</body></html>"


def build_app() -> web.Application:
    zh_page = article_html(ARTICLE_ZH_PARAGRAPHS, after=BOILERPLATE_AFTER)
    gbk_meta_page = article_html(ARTICLE_ZH_PARAGRAPHS, title=GBK_TITLE,
                                 head_extra='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    gbk_plain_page = article_html(ARTICLE_ZH_PARAGRAPHS, title=GBK_TITLE)
    big5_page = article_html(ARTICLE_BIG5_PARAGRAPHS, title="台北捷運運量創新高")
    big5_page = big5_page.replace("东湖财经网", "台北日報").replace("来源", "來源").replace("版权所有", "版權所有").replace("©", "(C)")
    big5_page = big5_page.replace("首页", "首頁").replace("财经", "財經").replace("科技", "科技")

    routes = {
        "/utf8": lambda r: html_response(zh_page),
        "/gbk-header": lambda r: html_response(gbk_plain_page, charset="gbk"),
        "/gbk-meta": lambda r: html_response(gbk_meta_page.encode("gb18030"), charset=None),
        "/gbk-undeclared": lambda r: html_response(gbk_plain_page.encode("gb18030"), charset=None),
        "/big5-header": lambda r: html_response(big5_page, charset="big5"),
        "/big5-undeclared": lambda r: html_response(big5_page.encode("big5"), charset=None),
        "/gzip": lambda r: html_response(gzip.compress(zh_page.encode()), headers={"Content-Encoding": "gzip"}),
        "/br": lambda r: html_response(brotli.compress(zh_page.encode()), headers={"Content-Encoding": "br"}),
        "/gzip-bomb": lambda r: html_response(gzip.compress(b"<p>" + b"a" * 3_000_000 + b"</p>"),
                                              headers={"Content-Encoding": "gzip"}),
        "/big": lambda r: html_response("<p>" + "大" * 400_000 + "</p>"),
        "/plain": lambda r: html_response(ARTICLE_EN_TEXT, content_type="text/plain"),
        "/image": lambda r: web.Response(body=b"\x89PNG\r\n\x1a\n" + b"0" * 100, content_type="image/png"),
        "/json": lambda r: web.json_response({"text": "not a page"}),
        "/pdf": lambda r: web.Response(body=minimal_pdf(ARTICLE_EN_TEXT), content_type="application/pdf"),
        "/pdf-octet": lambda r: web.Response(body=minimal_pdf(ARTICLE_EN_TEXT),
                                             content_type="application/octet-stream"),
        "/paywall": lambda r: html_response(PAYWALL_HTML),
        "/js-shell": lambda r: html_response(JS_SHELL_HTML),
        "/captcha": lambda r: html_response(CAPTCHA_HTML),
        "/login": lambda r: html_response(LOGIN_HTML),
        "/short": lambda r: html_response(SHORT_HTML),
        "/missing": lambda r: web.Response(status=404, text="not found"),
        "/broken": lambda r: web.Response(status=503, text="down"),
        "/redirect-1": lambda r: web.HTTPFound("/redirect-2?utm_source=wechat"),
        "/redirect-2": lambda r: web.HTTPMovedPermanently("/utf8#top"),
        "/loop": lambda r: web.HTTPFound("/loop"),
        "/to-private": lambda r: web.HTTPFound("http://10.1.2.3/admin"),
        "/to-metadata": lambda r: web.HTTPFound("http://169.254.169.254/latest/meta-data/"),
        "/to-mapped": lambda r: web.HTTPFound("http://[::ffff:192.168.0.1]/"),
        "/to-file": lambda r: web.HTTPFound("file:///etc/passwd"),
        "/ua": lambda r: html_response(article_html([f"User agent seen: {r.headers.get('User-Agent')}. " * 5])),
        "/refresh-now": lambda r: html_response(refresh_page('http-equiv="refresh" content="0; url=/redirect-2"')),
        "/refresh-quoted": lambda r: html_response(refresh_page(
            "content='1;URL=&#39;/utf8?from=refresh&amp;x=1&#39;' http-equiv='Refresh'")),
        "/refresh-later": lambda r: html_response(zh_page.replace(
            "<head>", '<head><meta http-equiv="refresh" content="300; url=/short">', 1)),
        "/refresh-self": lambda r: html_response(zh_page.replace(
            "<head>", '<head><meta http-equiv="refresh" content="0">', 1)),
        "/refresh-ping": lambda r: html_response(refresh_page('http-equiv="refresh" content="0;url=/refresh-pong"')),
        "/refresh-pong": lambda r: html_response(refresh_page('http-equiv="refresh" content="0;url=/refresh-ping"')),
        "/refresh-private": lambda r: html_response(refresh_page(
            'http-equiv="refresh" content="0; url=http://10.1.2.3/admin"')),
    }
    app = web.Application()

    def wrap(handler):
        async def run(request):
            result = handler(request)
            if isinstance(result, web.HTTPException):
                raise result
            return result
        return run

    for path, handler in routes.items():
        app.router.add_get(path, wrap(handler))
    app.router.add_get("/endless", endless)
    app.router.add_get("/trickle", trickle)
    app.router.add_get("/slow", slow)
    return app


@pytest.fixture
async def server():
    runner = web.AppRunner(build_app(), shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


@pytest.fixture
def config() -> FetchConfig:
    return FetchConfig(timeout=5.0, allowed_networks=LOCAL_ONLY)


# --- pages and charsets ------------------------------------------------------------------


async def test_utf8_article_is_extracted_with_metadata_and_without_boilerplate(server, config):
    article = await fetch_article(f"{server}/utf8?utm_source=x", config=config)
    assert article.source_type == "html"
    assert article.lang == "zh"
    assert article.title == "东湖新能源一季度营收增长23%"
    assert article.site == "东湖财经网"
    assert article.published and article.published.startswith("2024-05-20")
    assert "同比增长23%" in article.text and "市场集中度可能进一步提高" in article.text
    for junk in ("责任编辑", "扫码关注", "相关阅读", "龙头企业纷纷加码", "版权所有", "首页"):
        assert junk not in article.text
    # The cache key is the normalized final URL; a canonical URL on ANOTHER site is
    # reported but not trusted as the key (a page must not file itself under another site).
    assert article.url == f"{server}/utf8"
    assert article.canonical_url == "https://news.example.com/2024/05/20/energy.html"
    assert article.extra["requested_url"].endswith("/utf8?utm_source=x")


@pytest.mark.parametrize("path", ["/gbk-header", "/gbk-meta", "/gbk-undeclared"])
async def test_gbk_pages_decode_whether_declared_in_header_meta_or_not_at_all(server, config, path):
    article = await fetch_article(f"{server}{path}", config=config)
    assert article.title == GBK_TITLE
    assert "储能电池业务收入占比首次超过四成" in article.text
    assert article.extra["charset"] == "gb18030"


@pytest.mark.parametrize("path", ["/big5-header", "/big5-undeclared"])
async def test_big5_pages_decode(server, config, path):
    article = await fetch_article(f"{server}{path}", config=config)
    assert article.title == "台北捷運運量創新高"
    assert "捷運平均每日運量達到二百一十萬人次" in article.text


@pytest.mark.parametrize("path", ["/gzip", "/br"])
async def test_compressed_pages_are_decoded(server, config, path):
    article = await fetch_article(f"{server}{path}", config=config)
    assert "同比增长23%" in article.text


async def test_plain_text_is_taken_as_is(server, config):
    article = await fetch_article(f"{server}/plain", config=config)
    assert article.source_type == "text"
    assert article.text == ARTICLE_EN_TEXT


async def test_user_agent_is_configurable(server):
    config = FetchConfig(timeout=5.0, allowed_networks=LOCAL_ONLY, user_agent="Mozilla/5.0 TestBrowser/9")
    page = await fetch(f"{server}/ua", config=config)
    assert "TestBrowser/9" in (page.text or "")


@pytest.mark.parametrize("path", ["/pdf", "/pdf-octet"])
async def test_pdf_text_and_info_are_extracted(server, config, path):
    article = await fetch_article(f"{server}{path}", config=config)
    assert article.source_type == "pdf"
    assert "container volumes rose 12 percent" in article.text
    assert article.title == "Port volumes report"
    assert article.published == "2024-05-17"


# --- redirects -----------------------------------------------------------------------


async def test_redirects_are_followed_and_the_final_url_is_kept(server, config):
    page = await fetch(f"{server}/redirect-1", config=config)
    assert page.url == f"{server}/utf8#top"
    assert len(page.redirects) == 2
    article = await fetch_article(f"{server}/redirect-1", config=config)
    assert article.url == f"{server}/utf8"  # normalized: no fragment


async def test_redirect_loop_stops_at_the_limit(server, config):
    with pytest.raises(TooManyRedirects):
        await fetch(f"{server}/loop", config=config)


@pytest.mark.parametrize("path", ["/to-private", "/to-metadata", "/to-mapped"])
async def test_redirect_to_a_private_address_is_blocked(server, config, path):
    with pytest.raises(BlockedAddress):
        await fetch(f"{server}{path}", config=config)


async def test_redirect_to_a_file_url_is_refused(server, config):
    with pytest.raises(UnsupportedType):
        await fetch(f"{server}/to-file", config=config)


async def test_a_meta_refresh_that_leaves_at_once_is_followed_like_a_redirect(server, config):
    article = await fetch_article(f"{server}/refresh-now", config=config)
    assert article.url == f"{server}/utf8"
    assert "东湖" in article.title or "东湖" in article.text
    page = await fetch(f"{server}/refresh-quoted", config=config)
    assert page.url == f"{server}/utf8?from=refresh&x=1" and page.redirects == (f"{server}/refresh-quoted",)


async def test_a_page_that_only_reloads_later_or_itself_is_read_as_it_is(server, config):
    for path in ("/refresh-later", "/refresh-self"):
        page = await fetch(f"{server}{path}", config=config)
        assert page.url == f"{server}{path}" and page.redirects == ()


async def test_meta_refreshes_are_guarded_and_counted_like_redirects(server, config):
    with pytest.raises(TooManyRedirects):
        await fetch(f"{server}/refresh-ping", config=config)
    with pytest.raises(BlockedAddress):
        await fetch(f"{server}/refresh-private", config=config)


# --- the guard itself ------------------------------------------------------------------


async def test_loopback_is_blocked_when_not_allowed(server):
    with pytest.raises(BlockedAddress):
        await fetch(f"{server}/utf8", config=FetchConfig(timeout=5.0))


async def test_guarded_client_blocks_at_connect_time_even_without_the_precheck(server):
    """The transport checks the address it connects to, not only fetch()'s pre-check."""
    client = make_client(FetchConfig(timeout=5.0))
    try:
        with pytest.raises(BlockedAddress):
            await client.get(f"{server}/utf8")
        with pytest.raises(BlockedAddress):
            await client.get(f"{server.replace('127.0.0.1', 'localhost')}/utf8")
    finally:
        await client.aclose()


async def test_allow_private_lifts_the_guard(server):
    article = await fetch_article(f"{server}/utf8", config=FetchConfig(timeout=5.0, allow_private=True))
    assert "同比增长23%" in article.text


async def test_unresolvable_host_is_a_dns_failure(config):
    with pytest.raises(DnsFailure):
        await fetch("http://no-such-host.invalid/", config=config)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a", "gopher://x/", "javascript:alert(1)"])
async def test_non_http_schemes_are_refused(config, url):
    with pytest.raises(NotHttpLink):
        await fetch(url, config=config)


# --- limits ------------------------------------------------------------------------------


async def test_slow_server_hits_the_timeout(server):
    config = FetchConfig(timeout=1.0, allowed_networks=LOCAL_ONLY)
    start = time.monotonic()
    with pytest.raises(FetchTimeout):
        await fetch(f"{server}/slow", config=config)
    assert time.monotonic() - start < 3


async def test_trickling_endless_response_hits_the_total_deadline(server):
    config = FetchConfig(timeout=1.0, allowed_networks=LOCAL_ONLY)
    start = time.monotonic()
    with pytest.raises(FetchTimeout):
        await fetch(f"{server}/trickle", config=config)
    assert time.monotonic() - start < 3


async def test_endless_response_stops_at_the_size_cap(server):
    config = FetchConfig(timeout=10.0, max_bytes=300_000, allowed_networks=LOCAL_ONLY)
    with pytest.raises(TooLarge):
        await fetch(f"{server}/endless", config=config)


@pytest.mark.parametrize("path", ["/big", "/gzip-bomb"])
async def test_oversized_bodies_are_refused(server, path):
    config = FetchConfig(timeout=10.0, max_bytes=1_000_000, allowed_networks=LOCAL_ONLY)
    with pytest.raises(TooLarge):
        await fetch(f"{server}{path}", config=config)


@pytest.mark.parametrize("path", ["/image", "/json"])
async def test_wrong_content_types_are_refused(server, config, path):
    with pytest.raises(UnsupportedType):
        await fetch_article(f"{server}{path}", config=config)


@pytest.mark.parametrize(("path", "status"), [("/missing", 404), ("/broken", 503)])
async def test_http_errors_carry_the_status(server, config, path, status):
    with pytest.raises(HttpStatusError) as caught:
        await fetch(f"{server}{path}", config=config)
    assert caught.value.status == status
    assert str(status) in caught.value.message("en")


# --- pages that are not articles ------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/paywall", "paywall"), ("/js-shell", "js_shell"), ("/captcha", "captcha"),
     ("/login", "login"), ("/short", "too_short")],
)
async def test_non_article_pages_say_why(server, config, path, reason):
    with pytest.raises(NotArticle) as caught:
        await fetch_article(f"{server}{path}", config=config)
    assert caught.value.reason == reason
    assert caught.value.message("zh") != NotArticle.messages["zh"]
    assert caught.value.message("en")


async def test_a_shared_client_is_reused_across_fetches(server, config):
    client = make_client(config)
    try:
        first = await fetch_article(f"{server}/utf8", config=config, client=client)
        second = await fetch_article(f"{server}/gbk-header", config=config, client=client)
    finally:
        await client.aclose()
    assert first.title != second.title
    assert not client.is_closed or isinstance(client, httpx.AsyncClient)


def test_the_page_extractor_is_imported_off_the_event_loop(pages):
    # Imported lazily (the bot need not carry it before its first link), but in the
    # extraction's thread: an import on the event loop would stall every chat for it.
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT, cli_env

    probe = (
        "import asyncio, sys, threading\n"
        "from bot.web.fetch import FetchConfig, fetch_article\n"
        "seen = []\n"
        "class Spy:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'trafilatura':\n"
        "            seen.append(threading.current_thread() is threading.main_thread())\n"
        "sys.meta_path.insert(0, Spy())\n"
        f"article = asyncio.run(fetch_article({pages.url_for('/news/cloud')!r}, config=FetchConfig(allow_private=True)))\n"
        "print(bool(article.text), seen)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=cli_env(),
                            cwd=REPO_ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "[False]"]
