"""Keys used for deduplication: normalized URLs and content hashes.

Both sides of every lookup go through the same function, so a link pasted with
tracking parameters or a different host case finds the article stored earlier.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track the click and never change the page.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "spm", "share_token", "share_source", "share_medium", "wxshare_count",
    "scene", "clicktime", "enterid", "isappinstalled", "ref_src",
})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE = re.compile(r"\s+")


def normalize_url(url: str) -> str:
    """A canonical spelling of `url` for equality tests.

    Lower-cases scheme and host, drops the default port, the fragment and
    tracking parameters (utm_*, spm, fbclid…), sorts the remaining query, and
    spells an empty path as "/". Idempotent: normalize(normalize(u)) == normalize(u).
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # not a number: keep the authority as written
        netloc = parts.netloc.lower()
    else:
        netloc = host
        if parts.username or parts.password:
            netloc = f"{parts.username or ''}{':' + parts.password if parts.password else ''}@{host}"
        if port is not None and _DEFAULT_PORTS.get(scheme) != port:
            netloc += f":{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in TRACKING_PARAMS
    ]
    query.sort()
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def normalize_text(text: str) -> str:
    """NFKC without any whitespace: the form whose hash identifies a text.

    Whitespace is dropped, not collapsed: the same Chinese text pasted from two
    apps differs only in spaces and line breaks between sentences.
    """
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalized text; a pasted text's only identity."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
