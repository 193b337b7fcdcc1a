"""Fetch a link safely and turn it into an Article.

Everything here is I/O with hard limits; the text work happens in `summarizer.extract`
and `summarizer.pdf`. Limits: one total deadline for the whole fetch (all redirects
included), a streamed body cap (counted after decompression, so a gzip bomb stops at the
cap too), a redirect cap with the SSRF guard re-applied on every hop, and a short list of
content types. The errors raised are the named ones in `bot.errors`.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin

import charset_normalizer
import httpcore
import httpx

from bot.errors import (
    BlockedAddress,
    ConnectFailure,
    DnsFailure,
    FeedLink,
    FetchError,
    FetchTimeout,
    HttpStatusError,
    NotArticle,
    TooLarge,
    TooManyRedirects,
    UnsupportedType,
)
from bot.web.chinese_codecs import chinese_codec, chinese_despite_latin
from bot.web.next_page import page_number
from bot.web.netguard import GuardedBackend, GuardPolicy, check_url, resolve_checked
from bot.web.urls import check_link, normalize_url
from summarizer.errors import NotAnArticle
from summarizer.model import Article

__all__ = [
    "BlockedAddress", "ConnectFailure", "DnsFailure", "FetchConfig", "FetchError", "FetchTimeout",
    "FetchedPage", "HttpStatusError", "NotArticle", "TooLarge", "TooManyRedirects",
    "UnsupportedType", "decode_text", "fetch", "fetch_article", "make_client",
]

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Safari/537.36 newsbrief/0.1"
)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
ARTICLE_TYPES = HTML_TYPES | TEXT_TYPES | PDF_TYPES
# For the digest's feed reader: pass accept_types=FEED_TYPES to fetch().
FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
    "application/rdf+xml", "application/feed+json", "application/json",
}) | HTML_TYPES
# Types servers send when they do not know; the body is sniffed instead.
_UNKNOWN_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/x-download"})


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """Limits and identity for fetching. Built once from settings (`Settings.fetch_config()`,
    NEWSBRIEF_FETCH_*) and passed explicitly."""

    timeout: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    allow_private: bool = False
    # Networks allowed despite the guard. Meant for tests (the 127.0.0.1 test server),
    # never set from user input.
    allowed_networks: tuple[str, ...] = ()
    accept_language: str = "zh-CN,zh;q=0.9,en;q=0.8"

    @property
    def policy(self) -> GuardPolicy:
        return GuardPolicy.build(allow_private=self.allow_private, allowed_networks=self.allowed_networks)


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched response body, within the limits. `text` is set for html/plain/feeds."""

    url: str  # final URL, after redirects
    status: int
    content_type: str  # "text/html", "application/pdf", … (no parameters)
    body: bytes
    text: str | None = None
    charset: str | None = None
    redirects: tuple[str, ...] = field(default=())
    # Validators for the next conditional GET (feeds); status 304 comes with an empty body.
    etag: str | None = None
    last_modified: str | None = None

    @property
    def kind(self) -> str:
        if self.content_type in PDF_TYPES:
            return "pdf"
        if self.content_type in TEXT_TYPES:
            return "text"
        if self.content_type in HTML_TYPES:
            return "html"
        return "other"


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx transport whose connections go only to addresses the SSRF guard allowed."""

    def __init__(self, policy: GuardPolicy, *, http2: bool = True) -> None:
        super().__init__(http2=http2, trust_env=False)
        # httpx has no public hook for the network backend; swap in a pool built the
        # same way but connecting through GuardedBackend (resolve, check, pin the IP).
        ssl_context = self._pool._ssl_context
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            http1=True,
            http2=http2,
            network_backend=GuardedBackend(policy),
        )


def make_client(config: FetchConfig) -> httpx.AsyncClient:
    """An AsyncClient for fetch()/fetch_article(): guarded transport, no env proxies.

    Reuse one per process (the bot keeps one in its application data) so connections
    are pooled; close it with `await client.aclose()`.
    """
    return httpx.AsyncClient(
        transport=GuardedTransport(config.policy),
        follow_redirects=False,
        trust_env=False,
        timeout=httpx.Timeout(config.timeout),
        headers={"User-Agent": config.user_agent},
    )


async def fetch(
    url: str,
    *,
    config: FetchConfig,
    client: httpx.AsyncClient | None = None,
    accept_types: frozenset[str] = ARTICLE_TYPES,
    extra_headers: Mapping[str, str] | None = None,
) -> FetchedPage:
    """GET `url` within the limits of `config`, following and re-checking redirects.

    A `client` passed in should come from make_client(); with any other client the
    guard still checks every hop before connecting, but cannot pin the address.
    `extra_headers` carries conditional-GET validators (If-None-Match,
    If-Modified-Since) for feeds: a 304 answer is returned as a page with
    status 304 and no body.
    """
    url = check_link(url)  # InvalidLink, NotHttpLink: before any connection
    own_client = client is None
    if client is None:
        client = make_client(config)
    try:
        async with asyncio.timeout(config.timeout):
            return await _fetch(url, config=config, client=client, accept_types=accept_types,
                                extra_headers=extra_headers)
    except TimeoutError as exc:
        raise FetchTimeout(f"no complete answer within {config.timeout:g} s") from exc
    except httpx.TimeoutException as exc:
        raise FetchTimeout(str(exc)) from exc
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise UnsupportedType(str(exc)) from exc
    except httpx.DecodingError as exc:
        raise FetchError(f"could not decode the response: {exc}") from exc
    except (httpx.TransportError, httpx.StreamError) as exc:
        raise ConnectFailure(str(exc) or type(exc).__name__) from exc
    finally:
        if own_client:
            await client.aclose()


async def _fetch(
    url: str, *, config: FetchConfig, client: httpx.AsyncClient, accept_types: frozenset[str],
    extra_headers: Mapping[str, str] | None = None,
) -> FetchedPage:
    policy = config.policy
    headers = {
        "User-Agent": config.user_agent,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.9,*/*;q=0.5",
        "Accept-Language": config.accept_language,
        **(extra_headers or {}),
    }
    current = url.strip()
    hops: list[str] = []
    for _ in range(config.max_redirects + 1):
        host, port = check_url(current, policy=policy)
        await resolve_checked(host, port, policy=policy)
        async with client.stream("GET", current, headers=headers, follow_redirects=False) as response:
            if response.is_redirect and "location" in response.headers:
                hops.append(current)
                current = urljoin(str(response.url), response.headers["location"].strip())
                log.debug("redirect %s -> %s", hops[-1], current)
                continue
            if response.status_code >= 400:
                raise HttpStatusError(response.status_code)
            if response.status_code == 304:
                return FetchedPage(url=str(response.url), status=304, content_type="", body=b"",
                                   redirects=tuple(hops), etag=response.headers.get("etag"),
                                   last_modified=response.headers.get("last-modified"))
            page = await _read(response, config=config, accept_types=accept_types, hops=tuple(hops))
        target = meta_refresh_target(page)
        if target is None:
            return page
        hops.append(current)  # a redirect by <meta http-equiv="refresh">: checked and counted like one
        current = target
        log.debug("meta refresh %s -> %s", hops[-1], current)
    raise TooManyRedirects(f"more than {config.max_redirects} redirects")


# A page that sends the browser on within this many seconds is a redirect (short links,
# moved articles); a longer delay is a page that reloads itself, and is read as it is.
META_REFRESH_MAX_S = 5
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_REFRESH = re.compile(r"""^\s*(\d+(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?["']?([^"'\s]+)["']?)?""",
                      re.IGNORECASE)


def meta_refresh_target(page: FetchedPage) -> str | None:
    """Where an HTML page's `<meta http-equiv="refresh" content="0; url=…">` sends the
    browser at once, as an absolute URL; None for other pages, a delay over
    META_REFRESH_MAX_S, or a refresh of the page itself."""
    if page.kind != "html" or not page.text:
        return None
    head = page.text[:20_000].split("</head>", 1)[0]
    for tag in _META_TAG.findall(head):
        attributes = {name.lower(): next((v for v in values if v), "") for name, *values in _ATTRIBUTE.findall(tag)}
        if attributes.get("http-equiv", "").strip().lower() != "refresh":
            continue
        match = _REFRESH.match(html.unescape(attributes.get("content", "")))
        if not match or not match.group(2) or float(match.group(1)) > META_REFRESH_MAX_S:
            return None
        target = urljoin(page.url, match.group(2))
        return None if target.split("#", 1)[0] == page.url.split("#", 1)[0] else target
    return None


async def _read(
    response: httpx.Response, *, config: FetchConfig, accept_types: frozenset[str], hops: tuple[str, ...]
) -> FetchedPage:
    raw_type = response.headers.get("content-type", "")
    content_type = raw_type.split(";", 1)[0].strip().lower()
    if content_type not in accept_types and content_type not in _UNKNOWN_TYPES:
        raise _refusal(content_type)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > config.max_bytes:
        raise TooLarge(config.max_bytes)
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > config.max_bytes:
            raise TooLarge(config.max_bytes)
        chunks.append(chunk)
    body = b"".join(chunks)
    if content_type in _UNKNOWN_TYPES:
        content_type = _sniff(body)
        if content_type not in accept_types:
            raise _refusal(content_type or "unknown")
    page = FetchedPage(url=str(response.url), status=response.status_code, content_type=content_type,
                       body=body, redirects=hops, etag=response.headers.get("etag"),
                       last_modified=response.headers.get("last-modified"))
    if page.kind != "pdf":
        text, charset = decode_text(body, header_charset=charset_param(raw_type),
                                    markup=content_type not in TEXT_TYPES)
        page = replace(page, text=text, charset=charset)
    return page


def _refusal(content_type: str) -> UnsupportedType:
    """A type we do not read here; a feed's type gets FeedLink, so the reader learns
    that /feed add follows it."""
    if content_type in FEED_TYPES - HTML_TYPES and content_type not in ("application/json",):
        return FeedLink(content_type)
    return UnsupportedType(content_type)


def _sniff(body: bytes) -> str:
    head = body[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "application/pdf"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in head:
        return "text/html"
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")):
        return "application/xml"
    return "application/octet-stream"


def charset_param(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
# Declared names -> the decoder to use. GB2312/GBK pages routinely contain GB18030-only
# characters and Big5 pages HKSCS ones; the supersets decode both (as browsers do).
_CODEC_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "cp936": "gb18030", "euc-cn": "gb18030", "big5": "big5hkscs", "x-big5": "big5hkscs",
    "cp950": "big5hkscs", "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "utf8": "utf-8",
}


def decode_text(body: bytes, *, header_charset: str | None = None, markup: bool = True) -> tuple[str, str]:
    """Decode a page: the HTTP charset, then the page's own meta tag, then detection.

    A declared charset that does not fit the bytes (more than a few bad sequences) is
    ignored rather than trusted: servers often send a wrong default.
    """
    candidates = [header_charset]
    if markup:
        match = _META_CHARSET.search(body[:4096])
        if match:
            candidates.append((match.group(1) or match.group(2)).decode("ascii", "ignore"))
    for name in candidates:
        if not name:
            continue
        codec = _CODEC_ALIASES.get(name.strip().lower(), name.strip().lower())
        if codec == "cp1252" and (chinese := chinese_despite_latin(body)):
            codec = {"big5": "big5hkscs"}.get(chinese, chinese)  # a Western default, Chinese bytes
        text = _try_decode(body, codec)
        if text is not None:
            return text, codec
    text = _try_decode(body, "utf-8", tolerance=0)
    if text is not None:
        return text, "utf-8"
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        codec = _CODEC_ALIASES.get(best.encoding.lower(), best.encoding)
        if codec in ("gb18030", "big5hkscs"):
            # Between the two Chinese codecs the detector errs (a Big5 page read as GB18030 is
            # mojibake that would be summarized): the one its common characters fit wins.
            codec = {"big5": "big5hkscs", "gb18030": "gb18030"}.get(chinese_codec(body[:200_000]) or "", codec)
        return body.decode(codec, errors="replace"), codec
    return body.decode("utf-8", errors="replace"), "utf-8"


def _try_decode(body: bytes, codec: str, *, tolerance: int | None = None) -> str | None:
    try:
        return body.decode(codec)
    except LookupError:
        return None
    except UnicodeDecodeError:
        pass
    text = body.decode(codec, errors="replace")
    allowed = max(3, len(body) // 2000) if tolerance is None else tolerance
    return text if text.count("\ufffd") <= allowed else None


# A story split over pages is read to this many pages at most (`bot.web.next_page`).
MAX_PAGES = 5


async def fetch_article(url: str, *, config: FetchConfig, client: httpx.AsyncClient | None = None,
                        max_pages: int = MAX_PAGES) -> Article:
    """Fetch `url` and extract its article (html, plain text or PDF); a story whose page links
    its next page (`bot.web.next_page`) is read on, up to `max_pages` pages, as one text.

    The returned Article's `url` is the normalized cache key (final URL after redirects,
    or the page's canonical URL on the same site). Raises FetchError subclasses only;
    pages that are not articles raise NotArticle with the extractor's reason.
    """
    page = await fetch(url, config=config, client=client)
    following = None
    try:
        if page.kind == "pdf":
            article = await asyncio.to_thread(_pdf_article, page.body)
        elif page.kind == "text":
            article = _plain_article(page.text or "")
        else:
            # a short first page is judged with the pages after it (too short is the whole story's fault)
            article, following = await asyncio.to_thread(_html_page, page.text or "", page.url, True)
    except NotAnArticle as exc:
        raise NotArticle(exc.reason) from exc
    key = normalize_url(page.url, canonical=article.canonical_url)
    extra = {**article.extra, "requested_url": url, "final_url": page.url, "content_type": page.content_type}
    if page.charset:
        extra["charset"] = page.charset
    if following and max_pages > 1:
        text, read = await _next_pages(article.text, page.url, following, config=config, client=client,
                                       max_pages=max_pages)
        if read > 1:
            article, extra = replace(article, text=text), {**extra, "pages": read}
    if page.kind == "html":
        from summarizer.extract_clean import MIN_ARTICLE_CHARS  # loaded by the extraction already

        if len(article.text) < MIN_ARTICLE_CHARS:
            raise NotArticle("too_short")
    return replace(article, url=key, extra=extra)


async def _next_pages(text: str, url: str, following: str, *, config: FetchConfig,
                      client: httpx.AsyncClient | None, max_pages: int) -> tuple[str, int]:
    """The story's text with its next pages' appended, and how many pages were read. Each page is
    fetched as the first was (the guard, the size cap, the deadline, its own charset); a line a
    page repeats from an earlier one (the standfirst, the byline) is left out. A page that cannot
    be read ends the story where it stands: what was read is still right, only shorter."""
    from summarizer.limits import MAX_CHARS

    lines = text.split("\n")
    seen, pages, visited = set(lines), 1, {url.split("#", 1)[0]}
    while following and pages < max_pages and following not in visited:
        visited.add(following)
        try:
            page = await fetch(following, config=config, client=client, accept_types=HTML_TYPES)
            if page_number(page.url)[0] != page_number(url)[0]:  # sent on elsewhere: the home page, another story
                log.info("page %d of %s redirected to %s", pages + 1, url, page.url)
                break
            more, following = await asyncio.to_thread(_html_page, page.text or "", page.url, True)
        except (FetchError, NotAnArticle) as exc:
            log.info("page %d of %s not read: %s", pages + 1, url, exc)
            break
        new = [line for line in more.text.split("\n") if line not in seen]
        if not new or sum(len(line) + 1 for line in lines + new) > MAX_CHARS:
            break
        lines += new
        seen.update(new)
        pages += 1
    return "\n".join(lines), pages


# The extractors are imported on the first page, in the extraction's thread: trafilatura and
# lxml (0.2 s, 25 MB) and pypdf are not needed by a bot that has not been sent a link yet (the
# digest poller reads feeds only), and importing them on the event loop would stall every chat.
def _html_article(html: str, url: str) -> Article:
    from summarizer.extract import extract_article

    return extract_article(html, url=url)


def _html_page(html: str, url: str, later: bool = False) -> tuple[Article, str | None]:
    """The page's article and the address of the story's next page, if it has one."""
    from bot.web.next_page import next_page_url
    from summarizer.extract import extract_article

    return extract_article(html, url=url, later_page=later), next_page_url(html, url)


def _pdf_article(body: bytes) -> Article:
    from summarizer.pdf import extract_pdf

    return extract_pdf(body)


def _plain_article(text: str) -> Article:
    clean = text.replace("\r\n", "\n").strip()
    if len(clean) < 100:
        raise NotAnArticle("too_short")
    return Article(text=clean, source_type="text")
