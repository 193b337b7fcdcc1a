"""Article keys for fetched pages, finding links in chat messages, and the one check of
whether a link can be read at all. Pure functions.

The same article reaches us as `https://News.Site/a?utm_source=wechat&spm=…#comments`
from one user and `https://news.site/a` from another; both must hit one cache entry.
The URL rules themselves live once, in `storage.normalize` (storage may not import
`bot`); this module adds what only a fetched page knows: its canonical link.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from bot.errors import InvalidLink, NotHttpLink

_DEFAULT_PORTS = {"http": 80, "https": 443}

# A link in free text: scheme URLs, or bare www. hosts. Stops at whitespace, CJK
# punctuation and closing brackets so "见https://a.cn/x。" yields "https://a.cn/x".
_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u4e00-\u9fff]+",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\"…"


# "scheme:" at the start of a source: a link rather than a file name. One letter is a
# Windows drive ("C:\\news.txt"), not a scheme.
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")
# Schemes a reader may paste that we never fetch (named, so "ask:x" stays a file name).
_OTHER_SCHEMES = frozenset({
    "file", "ftp", "ftps", "sftp", "javascript", "data", "mailto", "about", "blob", "chrome",
    "gopher", "ws", "wss", "tel", "vbscript", "view-source", "smb", "ssh", "telnet", "irc",
})
_HOST_LABEL_RE = re.compile(r"^[\w-]+$")


def looks_like_link(source: str) -> bool:
    """Is `source` (a command-line argument) meant as a link rather than a file name?

    Anything with "scheme://", a scheme we know but do not fetch (javascript:, data:,
    mailto:), or a bare www. host: `check_link` then says whether it can be read.
    """
    source = source.strip()
    if source.lower().startswith("www."):
        return True
    match = _SCHEME_RE.match(source)
    return bool(match) and (source[match.end():].startswith("//") or match.group(1).lower() in _OTHER_SCHEMES)


def check_link(url: str) -> str:
    """`url` as a link we can fetch (a bare www. host gets http://), or a reader error.

    NotHttpLink for any scheme but http(s) (file:, ftp:, javascript:, data: …);
    InvalidLink for what does not parse: `http://[::1`, `http://[zz]/`, `www.[abc].com`,
    a port out of range, an empty host. The one place links are judged, for the
    command line, the console and the bot alike.
    """
    url = url.strip()
    if url.lower().startswith("www."):
        url = "http://" + url
    match = _SCHEME_RE.match(url)
    if not match:
        raise InvalidLink(url)
    scheme = match.group(1).lower()
    if scheme not in _DEFAULT_PORTS:
        raise NotHttpLink(url, scheme)
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not one
    except ValueError:
        raise InvalidLink(url) from None
    if not host or any(ch.isspace() for ch in parts.netloc):
        raise InvalidLink(url)
    if ":" not in host:  # an IPv6 literal was checked by urlsplit
        labels = host.removesuffix(".").split(".")
        if not all(_HOST_LABEL_RE.match(label) for label in labels):
            raise InvalidLink(url)
    return url


def is_valid_link(url: str) -> bool:
    """Whether `check_link` accepts `url`."""
    try:
        check_link(url)
    except (InvalidLink, NotHttpLink):
        return False
    return True


def normalize_url(url: str, *, canonical: str | None = None) -> str:
    """The article key of `url` (`storage.normalize.normalize_url`: the one set of rules).

    When the page declared a canonical URL on the same site, that one wins (it is the
    publisher's own answer to "which of these URLs is the article").
    """
    # Imported here: `storage` opens with the whole storage layer, which checking a
    # command-line link (`check_link`) should not pay for.
    from storage.normalize import normalize_url as storage_normalize_url

    base = storage_normalize_url(url)
    if canonical:
        resolved = urljoin(base, canonical.strip())
        if urlsplit(resolved).scheme in _DEFAULT_PORTS and _same_site(base, resolved):
            return storage_normalize_url(resolved)
    return base


def _same_site(a: str, b: str) -> bool:
    """Same registrable domain (news.qq.com ~ new.qq.com, but a.com.cn !~ b.com.cn).

    A canonical link pointing to another site is ignored: a hostile page must not be
    able to file its content under someone else's URL.
    """
    return _site(urlsplit(a).hostname or "") == _site(urlsplit(b).hostname or "")


_SECOND_LEVEL = frozenset({"com", "net", "org", "gov", "edu", "co", "ac", "or", "ne", "go"})


def _site(host: str) -> str:
    labels = host.lower().rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def find_urls(text: str) -> list[str]:
    """The http(s) links in a message, in order, without duplicates or trailing punctuation.

    Malformed ones (`http://[::1`) are kept: a private chat is told "not a valid link"
    (`check_link`), a group ignores them (`is_valid_link`). Only a scheme with
    nothing after it is dropped.
    """
    found: list[str] = []
    for match in _URL_RE.finditer(text or ""):
        url = match.group(0).rstrip(_TRAILING)
        if url.count("(") < url.count(")"):
            url = url.rstrip(")")
        if url.lower().startswith("www."):
            url = "http://" + url
        if url.split("://", 1)[-1].strip("/") and url not in found:
            found.append(url)
    return found
