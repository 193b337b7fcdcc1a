"""Story text a page hides from a parser, and video text it shows beside the story.

Two tree rules run before trafilatura (kept apart from `summarizer.extract`, which decides what
the article is):

- lazy-loaded paragraphs: some sites put the later paragraphs of a story inside <noscript> and
  fill them in with a script as the reader scrolls (a "Loading…" box stands in their place).
  trafilatura drops <noscript> whole, so the story ended after its second paragraph. A
  <noscript> inside the body holding paragraphs of prose is unwrapped into the page, unless its
  text is on the page already (a full copy for readers without scripts) or it is a "please
  enable JavaScript" notice.
- a video's transcript: a "Transcript" heading over lines opening with the video's timecodes
  ("00:12 Fuel prices are down about 15%…"). The words are a broadcast's, spoken around the
  story, not the story's; left in, their figures were read as the story's key figures.
"""

from __future__ import annotations

import logging
import re

import lxml.html
from lxml import etree

from summarizer.extract_furniture import remove_keep_tail

log = logging.getLogger(__name__)

__all__ = ["drop_transcripts", "unwrap_lazy_paragraphs"]

_NO_SPACE = re.compile(r"\s+")
_JS_NOTICE = re.compile(r"javascript|启用脚本|浏览器.{0,10}不支持", re.IGNORECASE)
_LAZY_MIN_CHARS = 80  # a <noscript> with less prose is an image fallback or a tracking pixel's note


def unwrap_lazy_paragraphs(tree: lxml.html.HtmlElement) -> None:
    """Put the paragraphs a <noscript> holds in the body back into the page (see the module)."""
    found = [el for el in tree.iter("noscript") if el.find(".//p") is not None
             and next(el.iterancestors("body"), None) is not None]
    if not found:
        return
    texts = [_NO_SPACE.sub("", el.text_content()) for el in found]
    found = [el for el, text in zip(found, texts, strict=True)
             if len(text) >= _LAZY_MIN_CHARS and not _JS_NOTICE.search(text)]
    if not found:
        return
    for el in found:  # the page's own text without any <noscript>, to tell a copy from hidden text
        el.tag = "nslazy"
    shown = _NO_SPACE.sub("", "".join(tree.xpath(
        "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::nslazy)]")))
    for el in found:
        key = _NO_SPACE.sub("", el.text_content())
        el.tag = "div"
        if key[:60] in shown:
            el.tag = "noscript"  # a copy of what the page shows: leave it out as before
            continue
        log.debug("unwrapped %d characters of lazy-loaded paragraphs", len(key))


_TRANSCRIPT_HEADING = re.compile(r"^(?:video\s+)?transcript$|^(?:show|read|view)\s+(?:full\s+)?transcript$"
                                 r"|^(?:视频)?(?:文字稿|文字实录)$", re.IGNORECASE)
_TIMECODE = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?=\s)")
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "button")


def drop_transcripts(tree: lxml.html.HtmlElement) -> None:
    """Remove a video transcript: its heading and the timecoded lines after it (see the module).
    Lines without a timecode after the heading are the story again and stay. Headings are found
    by their words first (one XPath over text nodes), not by reading every element's text."""
    for heading in _transcript_headings(tree):
        cued = []
        for el in heading.itersiblings():
            if not isinstance(el.tag, str) or not _TIMECODE.match(el.text_content()):
                break
            cued.append(el)
        if not cued or heading.getparent() is None:
            continue
        for el in [heading, *cued]:
            remove_keep_tail(el)


_TRANSCRIPT_WORDS = etree.XPath(
    "//body//text()[contains(translate(., 'TRANSCRIPT', 'transcript'), 'transcript') or contains(., '文字稿')"
    " or contains(., '文字实录')]")


def _transcript_headings(tree: lxml.html.HtmlElement) -> list[etree._Element]:
    found = []
    for node in _TRANSCRIPT_WORDS(tree):
        if len(node) > 40:
            continue
        el = node.getparent()
        for _ in range(3):  # "<h3><span>Transcript</span></h3>": the heading is the block holding the words
            if el is None or len(el.text_content()) > 40:
                break
            if el.tag in _HEADING_TAGS and _TRANSCRIPT_HEADING.match(" ".join(el.text_content().split())):
                found.append(el)
                break
            el = el.getparent()
    return found
