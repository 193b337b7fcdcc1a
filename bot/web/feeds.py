"""RSS/Atom feeds: parsing bytes we fetched ourselves, and finding a site's feed.

feedparser can fetch URLs (and even open local files when handed a str or
bytes), which would bypass the SSRF guard and the size/time limits of
`bot.web.fetch`. So every document reaches feedparser wrapped in a BytesIO, and the
HTTP headers we got are passed as `response_headers` for charset and relative
link resolution. The network side of polling lives in `bot.web.feed_poll`.
"""

from __future__ import annotations

import calendar
import io
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urljoin
from xml.sax import SAXException

import feedparser

from bot.errors import BrokenFeed, FeedError, NotAFeed  # noqa: F401 - re-exported
from bot.web.fetch import charset_param, decode_text
from bot.web.urls import normalize_url

log = logging.getLogger(__name__)

FEED_MIME_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
# An entry key that is a link (an RSS guid is often the item's own link).
_LINK_KEY = re.compile(r"(?i)^https?://")
# Content types of the <link rel="alternate"> tags we follow, best first.
DISCOVERABLE_TYPES = ("application/atom+xml", "application/rss+xml", "application/rdf+xml")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed, reduced to plain text.

    `key` identifies the entry within its feed across polls (guid, else link,
    else title; a key that is a link is normalized, so a tracking tag that changes
    from poll to poll, `?utm_campaign=20261207`, does not make the entry new again);
    `raw_key` is the key as the feed wrote it when that differs (items stored before
    keys were normalized are found by it); `summary` is the teaser, `content` the
    full body when the feed carries one.
    """

    key: str
    url: str | None
    title: str
    summary: str
    content: str
    published: datetime | None
    author: str | None = None
    raw_key: str | None = None

    @property
    def body(self) -> str:
        """The longest text the feed gives for this entry."""
        return self.content if len(self.content) >= len(self.summary) else self.summary

    def is_teaser(self, *, min_chars: int) -> bool:
        """True when the feed carries too little text to summarize: fetch the article."""
        return len(self.body) < min_chars


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    site_url: str | None
    format: str
    entries: tuple[FeedEntry, ...]


def parse_feed(data: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse RSS 0.9x/1.0/2.0 or Atom from bytes; raise NotAFeed when it is neither.

    Slightly broken XML is accepted when feedparser's lenient parser still finds
    entries; `url` is the address the bytes came from (after redirects), used
    to resolve relative links.
    """
    data, content_type = _as_utf8(data, content_type)
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    # No sanitizing or URI rewriting inside the HTML: we keep only its text (and
    # escape it on output), and both passes cost a third of the parse time.
    parsed = feedparser.parse(
        io.BytesIO(data), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    entries = tuple(e for e in (_entry(raw) for raw in parsed.entries) if e is not None)
    version = parsed.get("version", "")
    if not version and not entries:
        raise NotAFeed(f"not a feed: {url}")
    if not entries and isinstance(parsed.get("bozo_exception"), SAXException):
        raise BrokenFeed(f"broken XML before any entry: {url}: {parsed.get('bozo_exception')}")
    if parsed.get("bozo"):
        log.info("lenient parse of %s: %s", url, parsed.get("bozo_exception"))
    feed = parsed.feed
    return ParsedFeed(
        title=_text(feed.get("title", "")) or None,
        site_url=feed.get("link") or None,
        format=version or "unknown",
        entries=entries,
    )


_XML_ENCODING = re.compile(rb"""(<\?xml[^>]*?encoding\s*=\s*)(["'])[\w.:-]+\2""", re.I)
_CHARSET_PARAM = re.compile(r";\s*charset\s*=[^;]*", re.I)


def _as_utf8(data: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """The feed re-encoded as UTF-8, decoded by the rules pages are decoded by.

    feedparser trusts a declared charset and falls back to windows-1252 when there is none,
    so a GB18030 feed that says UTF-8 (or says nothing) came out as "¹â·ü" mojibake in
    titles and digests. `decode_text` ignores a declaration the bytes do not fit and
    tells GB18030 from Big5 by their common characters; the XML declaration and the
    header then say UTF-8, which the bytes now are.
    """
    header = charset_param(content_type or "")
    text, codec = decode_text(data, header_charset=header)
    if codec == "utf-8" and (header or "utf-8").lower() in ("utf-8", "utf8") and _strict_utf8(data):
        return data, content_type  # nothing to re-encode: the common case stays cheap
    data = _XML_ENCODING.sub(rb"\1\2utf-8\2", text.encode("utf-8"), count=1)
    kind = _CHARSET_PARAM.sub("", content_type) if content_type else "application/xml"
    return data, f"{kind}; charset=utf-8"


def _strict_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _entry(raw: feedparser.FeedParserDict) -> FeedEntry | None:
    url = raw.get("link") or None
    title = _text(raw.get("title", ""), _is_plain(raw.get("title_detail")))
    summary = _text(raw.get("summary", ""), _is_plain(raw.get("summary_detail")))
    content = "\n".join(_text(c.get("value", ""), _is_plain(c)) for c in raw.get("content", ()) or ())
    key = raw.get("id") or url or title
    if not key or not (url or title):
        return None
    key = str(key)[:1000]
    raw_key = None
    if _LINK_KEY.match(key):
        raw_key, key = key, normalize_url(key)[:1000]
        raw_key = raw_key if raw_key != key else None
    published_struct = raw.get("published_parsed") or raw.get("updated_parsed")
    published = (
        datetime.fromtimestamp(calendar.timegm(published_struct), tz=UTC)
        if published_struct
        else None
    )
    return FeedEntry(
        key=key,
        raw_key=raw_key,
        url=url,
        title=title or (summary[:60] if summary else url or ""),
        summary=summary,
        content=content,
        published=published,
        author=raw.get("author") or None,
    )


_TAG = re.compile(r"<[^>]*>")
_INVISIBLE = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(p|div|br|li|h[1-6]|tr|blockquote)\b[^>]*>", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_NEWLINES = re.compile(r"\s*\n\s*")


def _is_plain(detail: feedparser.FeedParserDict | None) -> bool:
    """True for a construct the feed marks as text (Atom's default type="text"): its "<" and
    ">" are characters of the headline ("Revenue < $5bn", "<b>" quoted), not tags."""
    return bool(detail) and detail.get("type") == "text/plain"


def _text(html_or_text: str, plain: bool = False) -> str:
    """Plain text of feedparser's HTML (or of a text construct), paragraphs on their own lines."""
    if plain:
        text = _SPACES.sub(" ", html_or_text)
        return _NEWLINES.sub("\n", text).strip()
    if "<" in html_or_text:
        html_or_text = _TAG.sub("", _BLOCK_TAG.sub("\n", _INVISIBLE.sub("", html_or_text)))
    text = _SPACES.sub(" ", unescape(html_or_text))
    return _NEWLINES.sub("\n", text).strip()


class _AlternateLinks(HTMLParser):
    """Collects <link rel="alternate" type="application/rss+xml|atom+xml" href> tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "base" and values.get("href") and self.base is None:
            self.base = values["href"]
        if tag not in ("link", "a"):
            return
        rels = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rels and kind in DISCOVERABLE_TYPES and values.get("href"):
            self.links.append((kind, values["href"].strip()))


def discover_feed_urls(html: str, *, base_url: str) -> list[str]:
    """Absolute feed URLs a page advertises, Atom and RSS first, in page order, deduplicated."""
    parser = _AlternateLinks()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; a pathological page just yields what we got
        log.debug("feed discovery stopped early on %s", base_url, exc_info=True)
    base = urljoin(base_url, parser.base) if parser.base else base_url
    ordered = sorted(
        enumerate(parser.links),
        key=lambda item: (DISCOVERABLE_TYPES.index(item[1][0]), item[0]),
    )
    urls: list[str] = []
    for _, (_, href) in ordered:
        absolute = urljoin(base, href)
        if absolute.startswith(("http://", "https://")) and absolute not in urls:
            urls.append(absolute)
    return urls


def looks_like_feed(content_type: str | None, head: bytes) -> bool:
    """Cheap check on the first bytes: is this XML we should hand to feedparser?"""
    kind = (content_type or "").lower().split(";")[0].strip()
    if kind in FEED_MIME_TYPES or kind.endswith("+xml"):
        return True
    start = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith(b"<?xml") or b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start
