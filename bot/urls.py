"""URL clean-up for cache keys, and finding links in chat messages. Pure functions.

The same article reaches us as `https://News.Site/a?utm_source=wechat&spm=…#comments`
from one user and `https://news.site/a` from another; both must hit one cache entry.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only say who shared the link or where it was clicked.
TRACKING_PARAMS = frozenset({
    "spm", "from", "fromid", "fromtitle", "frommodule", "share", "share_token", "sharetoken",
    "share_source", "share_medium", "share_plat", "share_from", "share_tag", "shareid",
    "sharer", "shareuid", "share_id", "scene", "srcid", "sourcefrom", "source_from",
    "wfr", "isappinstalled", "clicktime", "enterid", "sessionid", "chksm", "mpshare",
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "ref", "ref_src", "ref_url", "refer", "referer", "referrer", "_hsenc", "_hsmi",
    "vd_source", "timestamp", "tt_from", "tt_medium", "tt_campaign", "utm",
})
TRACKING_PREFIXES = ("utm_", "share_", "wxshare_", "pk_", "hmsr", "hmpl", "hmcu", "hmkw", "hmci")

_DEFAULT_PORTS = {"http": 80, "https": 443}

# A link in free text: scheme URLs, or bare www. hosts. Stops at whitespace, CJK
# punctuation and closing brackets so "见https://a.cn/x。" yields "https://a.cn/x".
_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u4e00-\u9fff]+",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\"…"


def is_tracking_param(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def normalize_url(url: str, *, canonical: str | None = None) -> str:
    """A stable key for `url`: lower-case scheme and host, no default port, no fragment,
    no tracking parameters, remaining parameters in their original order.

    When the page declared a canonical URL on the same site, that one wins (it is the
    publisher's own answer to "which of these URLs is the article").
    """
    base = _normalize(url.strip())
    if canonical:
        resolved = urljoin(base, canonical.strip())
        if urlsplit(resolved).scheme in _DEFAULT_PORTS and _same_site(base, resolved):
            return _normalize(resolved)
    return base


def _normalize(url: str) -> str:
    if "://" not in url and url.lower().startswith("www."):
        url = "http://" + url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".").lower()
    try:
        host = host.encode("idna").decode("ascii") if host and not host.isascii() else host
    except UnicodeError:
        pass
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=~-._%") or "/"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)],
        doseq=True,
    )
    return urlunsplit((scheme, netloc, path, query, ""))


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
