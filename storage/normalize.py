"""Keys used for deduplication: normalized URLs and content hashes.

Both sides of every lookup go through the same function, so a link pasted with
tracking parameters or a different host case finds the article stored earlier.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, quote, unquote_plus, urlencode, urlsplit, urlunsplit

# Query parameters that only say who shared the link or where it was clicked; they
# never change the page (WeChat, Weibo, Toutiao, Bilibili and the ad networks add them).
# Campaign tags and ad click ids: never part of what a URL selects, even a feed's.
CLICK_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
                          "gbraid", "wbraid", "twclid", "ttclid", "li_fat_id", "srsltid", "mkt_tok", "_gl"})
TRACKING_PARAMS = CLICK_PARAMS | frozenset({
    "spm", "from", "fromid", "fromtitle", "frommodule", "share", "share_token", "sharetoken",
    "share_source", "share_medium", "share_plat", "share_from", "share_tag", "shareid",
    "sharer", "shareuid", "share_id", "scene", "srcid", "sourcefrom", "source_from",
    "wfr", "isappinstalled", "clicktime", "enterid", "sessionid", "chksm", "mpshare",
    "ref", "ref_src", "ref_url", "refer", "referer", "referrer", "_hsenc", "_hsmi",
    "vd_source", "timestamp", "tt_from", "tt_medium", "tt_campaign", "utm",
    # WeChat's share and reader tokens (an article is __biz, mid, idx and sn), Bilibili's and
    # Xiaohongshu's share tags, Toutiao's request id: who shared it and when, never which page.
    "exportkey", "pass_ticket", "ascene", "subscene", "spm_id_from", "xsec_token", "xsec_source", "req_id",
})
TRACKING_PREFIXES = ("utm_", "share_", "sharer_", "wxshare_", "pk_", "hmsr", "hmpl", "hmcu", "hmkw", "hmci")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE = re.compile(r"\s+")


def is_tracking_param(name: str, *, clicks_only: bool = False) -> bool:
    low = name.lower()
    if clicks_only:
        return low in CLICK_PARAMS or low.startswith("utm_")
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")


def normalize_url(url: str, *, feed: bool = False) -> str:
    """A canonical spelling of `url` for equality tests: the one URL key of newsbrief
    (the article cache, the fetcher, feeds and digest dedupe all use it).

    Lower-cases scheme and host (IDNA for non-ASCII hosts), drops the default port,
    the fragment, any user:password (a key is shown to other chats) and tracking
    parameters (utm_*, spm, from, fbclid…), sorts the remaining query (two shares of
    one link list parameters in different orders), writes percent-escapes one way,
    spells an empty path as "/" and reads a bare "www." host as http. Idempotent:
    normalize(normalize(u)) == normalize(u).

    `feed=True` drops only campaign tags (utm_*) and ad click ids: a feed's URL is also
    what is polled, and a parameter such as from= or ref= may select its content.
    """
    url = url.strip()
    if "://" not in url and url.lower().startswith("www."):
        url = "http://" + url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    try:
        host = host.encode("idna").decode("ascii") if host and not host.isascii() else host
    except UnicodeError:
        pass
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # not a number: keep the authority as written, less any user:password
        netloc = parts.netloc.rpartition("@")[2].lower()
    else:
        netloc = host
        if port is not None and _DEFAULT_PORTS.get(scheme) != port:
            netloc += f":{port}"
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(key, clicks_only=feed)
    )
    return urlunsplit((scheme, netloc, _normalize_path(parts.path), urlencode(query), ""))


def clean_link(url: str) -> str:
    """`url` as it is shown to a reader: the tracking parameters the article key drops
    (`is_tracking_param`: utm_*, spm, from, share tokens, click ids) left out, everything
    else as written (order, case, fragment). A feed's or a reader's link kept its
    `?utm_source=rss&spm=…` in the digest and alerts although the cache and the dedupe
    strip them; who shared a link is no part of what is shown. A link that does not parse
    is returned as given."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query:
        return url
    kept = [piece for piece in parts.query.split("&")
            if piece and not is_tracking_param(unquote_plus(piece.partition("=")[0]))]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), parts.fragment))


def _normalize_path(path: str) -> str:
    """Percent-escapes written one way (RFC 3986 6.2.2): characters that must be escaped
    are, hex is upper case, and escaped unreserved characters (%41 = A) are decoded.
    Nothing else is decoded, so %2F stays data and %25 stays a percent sign."""
    return _ESCAPE.sub(_one_escape, quote(path, safe="/:@!$&'()*+,;=~-._%")) or "/"


def _one_escape(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if char in _UNRESERVED else "%" + match.group(1).upper()


def normalize_text(text: str) -> str:
    """NFKC without any whitespace: the form whose hash identifies a text.

    Whitespace is dropped, not collapsed: the same Chinese text pasted from two
    apps differs only in spaces and line breaks between sentences.
    """
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalized text; a pasted text's only identity."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
