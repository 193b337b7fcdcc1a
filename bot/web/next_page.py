"""A story split over several pages: which link on a page leads to its next page.

Portals and some English sites cut a long story into pages ("上一页 1 2 下一页", "Next page »",
`<link rel="next">`); read from its first page alone, a reader is shown half a story. A link is
the next page only when two things hold:

- the page marks it as the next one: `rel="next"`, or its text is a next-page word (下一页,
  Next page, Next ›, ») or the next page's number;
- its address is this page's address with a page number one higher (`story.html` ->
  `story_2.html`, `?page=2`, `/story/2`), on the same host. "下一篇" (the next story) and
  "Next story" lead to another article at another address, so neither the words nor the
  address let them through.

Pure: HTML text and URLs in, a URL out (lxml parses, imported on first use; no network here).
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

log = logging.getLogger(__name__)

__all__ = ["next_page_url", "page_number"]

# Query parameters that number a story's pages.
_PAGE_PARAMS = frozenset({"page", "p", "pg", "pn", "pageno", "page_no", "pagenum", "pagenumber", "paged",
                          "curpage", "currentpage", "pagenow"})
# "story_2.html", "story-2.shtml", "t20261205_123_2.htm": a page number before the extension.
_SUFFIX_RE = re.compile(r"^(?P<stem>.+?)[_-](?P<n>\d{1,2})(?P<ext>\.(?:s?html?|php|aspx?|jsp))$", re.IGNORECASE)
# ".../story/2", ".../story/page/2/": a page number as the last path segment.
_SEGMENT_RE = re.compile(r"^(?P<stem>.+?)/(?:page/)?(?P<n>\d{1,2})/?$", re.IGNORECASE)
# What a next-page link says (arrows and spaces around are stripped first).
_NEXT_WORDS_RE = re.compile(r"^(?:下一页|下页|下一頁|后一页|next(?:\s+page)?|next\s+part|continue reading)$",
                            re.IGNORECASE)
_NEXT_CLASSES = frozenset({"next", "next-page", "page-next", "pagination-next", "nextpage"})
_ARROW_LINKS = frozenset({"»", "›", ">", "→", ">>", "»»", "下一页»", "下一页>"})
_ARROWS = " \t\r\n\u00a0»›>→<«‹←[]【】()（）"


def page_number(url: str) -> tuple[str, int]:
    """The address of a story's first page and the page number `url` is of it: ("…/story.html", 2)
    for "…/story_2.html"; (url, 1) for an address without a page number."""
    base, number, _ = _parse(url)
    return base, number


def _parse(url: str) -> tuple[str, int, bool]:
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    numbered = [(key, value) for key, value in query if key.lower() in _PAGE_PARAMS and value.isdigit()]
    if len(numbered) == 1:
        rest = sorted((key, value) for key, value in query if (key, value) != numbered[0])
        return _key(parts._replace(query=urlencode(rest))), int(numbered[0][1]), True
    path = parts.path
    for pattern, joiner in ((_SUFFIX_RE, "{stem}{ext}"), (_SEGMENT_RE, "{stem}")):
        match = pattern.match(path)
        if match and int(match.group("n")) <= 50:
            stem = joiner.format(**{name: match.group(name) for name in ("stem", "ext") if name in joiner})
            return _key(parts._replace(path=stem, query=urlencode(sorted(query)))), int(match.group("n")), True
    return _key(parts._replace(query=urlencode(sorted(query)))), 1, False


def _key(parts) -> str:
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))


def _follows(candidate: str, current: str) -> bool:
    """Is `candidate` the page after `current` of the same story? Page 2 of an unnumbered first
    page may be numbered 1 ("index.html" -> "index_1.html", a portal's way) or 2."""
    base, number, marked = _parse(current)
    other_base, other, other_marked = _parse(candidate)
    if other_base != base or not other_marked:
        return False
    return other == number + 1 or (not marked and other == 1)


def next_page_url(html: str, url: str) -> str | None:
    """The address of the next page of the story on `url`'s page, or None (see the module).
    Called in the extraction's thread, where lxml is loaded already (not on the event loop)."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return None
    base = next(iter(tree.xpath("//base/@href")), None)
    root = urljoin(url, base) if base else url
    _, number = page_number(url)
    for el in tree.xpath("//link[@href] | //a[@href]"):
        href = (el.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        rel = (el.get("rel") or "").lower().split()
        if el.tag == "link" and "next" not in rel:
            continue
        target = urljoin(root, href).split("#", 1)[0]
        if urlsplit(target).scheme not in ("http", "https") or target.split("#", 1)[0] == url.split("#", 1)[0]:
            continue
        if "next" not in rel and not _says_next(el, number):
            continue
        if _follows(target, url):
            return target
    return None


def _says_next(el, number: int) -> bool:
    """A link whose words are a next-page word or the next page's number; an arrow icon without
    words counts by its title or by a class naming it the next one."""
    raw = "".join(el.text_content().split())
    if raw in _ARROW_LINKS:
        return True
    words = " ".join(el.text_content().split()).strip(_ARROWS)
    if words:
        return bool(_NEXT_WORDS_RE.match(words)) or words == str(number + 1)
    label = " ".join((el.get("title") or el.get("aria-label") or "").split()).strip(_ARROWS)
    classes = (el.get("class") or "").lower().split()
    return bool(_NEXT_WORDS_RE.match(label)) or any(name in _NEXT_CLASSES for name in classes)
