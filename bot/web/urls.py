"""Article keys for fetched pages, and finding links in chat messages. Pure functions.

The same article reaches us as `https://News.Site/a?utm_source=wechat&spm=…#comments`
from one user and `https://news.site/a` from another; both must hit one cache entry.
The URL rules themselves live once, in `storage.normalize` (storage may not import
`bot`); this module adds what only a fetched page knows: its canonical link.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from storage.normalize import normalize_url as storage_normalize_url

_DEFAULT_PORTS = {"http": 80, "https": 443}

# A link in free text: scheme URLs, or bare www. hosts. Stops at whitespace, CJK
# punctuation and closing brackets so "见https://a.cn/x。" yields "https://a.cn/x".
_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u4e00-\u9fff]+",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\"…"


def normalize_url(url: str, *, canonical: str | None = None) -> str:
    """The article key of `url` (`storage.normalize.normalize_url`: the one set of rules).

    When the page declared a canonical URL on the same site, that one wins (it is the
    publisher's own answer to "which of these URLs is the article").
    """
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
    """The http(s) links in a message, in order, without duplicates or trailing punctuation."""
    found: list[str] = []
    for match in _URL_RE.finditer(text or ""):
        url = match.group(0).rstrip(_TRAILING)
        if url.count("(") < url.count(")"):
            url = url.rstrip(")")
        if url.lower().startswith("www."):
            url = "http://" + url
        if urlsplit(url).hostname and url not in found:
            found.append(url)
    return found
