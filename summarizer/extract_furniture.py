"""Page furniture removed from a page's tree before extraction: price boards, hover quotes,
footnote marks and credited photos.

Kept apart from `summarizer.extract` (which decides what the article is) because these are
rules about widgets around a story: a quote table's cells and a photo's caption and credit
would each otherwise be read as lines of the story, even as its lead or its key figures.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from summarizer.layout import is_labelled_photo_credit

__all__ = ["drop_credited_captions", "drop_footnote_marks", "drop_hover_quotes", "drop_quote_tables", "remove_keep_tail"]

_SPACE = re.compile(r"\s+")


def remove_keep_tail(el: etree._Element) -> None:
    """Remove `el` but keep the text after it (its tail), which belongs to the story around it."""
    parent = el.getparent()
    if el.tail and el.tail.strip():
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# The columns of a market-quote widget: a price board of the days' closes and turnover.
_QUOTE_COLUMN = re.compile(
    r"^(?:最新价|现价|收盘价?|开盘价?|昨收|今开|最高价?|最低价?|涨跌幅?|涨跌额|涨幅|成交量(?:\(.*\))?(?:（.*）)?|"
    r"成交额(?:\(.*\))?(?:（.*）)?|换手率|振幅|量比|市盈率|"
    r"Open|High|Low|Close|Last|Price|Volume|Vol\.?|Change|Chg\.?|% ?Chg\.?|% ?Change|Adj\.? Close)$",
    re.IGNORECASE,
)
_QUOTE_COLUMNS_MIN = 3


def drop_quote_tables(tree: lxml.html.HtmlElement) -> None:
    """Remove price-board tables (a row of 收盘价/涨跌幅/成交量 or Open/High/Low/Close/Volume
    headings over rows of numbers): a quote widget, not the story. Each of its cells would
    otherwise be read as a key figure with no subject ("39.02 | 10-23 | 39.02 | -1.24% |")."""
    for table in list(tree.iter("table")):
        rows = table.xpath("./tr | ./*/tr")
        if len(rows) < 2:
            continue
        header = [_SPACE.sub(" ", cell.text_content()).strip() for cell in rows[0].xpath("./td | ./th")]
        hits = sum(bool(_QUOTE_COLUMN.match(cell)) for cell in header)
        if hits >= _QUOTE_COLUMNS_MIN and hits * 2 >= len(header) and table.getparent() is not None:
            remove_keep_tail(table)


# An English photo credit: the label, then who took or gave the picture in a few capitalised
# words ("Source: Supplied", "Picture: James Holloway", "Credit: Tom Reyes/AAP",
# "Photo: Ana Kowalczyk for Northern Review"). "Photo: Solar panels on a roof." is a caption.
_CREDIT_LABEL = r"(?:Photo|Photos|Picture|Pic|Image|Photograph|Source|Credit|Photo credit|Image credit|Illustration)"
# Each word is matched whole (possessive `*+`) and words are apart: a run of capitals is never
# cut into words in all possible ways, which took seconds on one long capitalised word.
_CREDIT_WORD = r"(?:[A-Z][\w.'’&\-]*+|\d{4})"
_CREDIT_WHO = rf"{_CREDIT_WORD}(?:(?:\s*/\s*|\s+)(?:{_CREDIT_WORD}|for|via|and|of)){{0,6}}"
_CREDIT_LINE_RE = re.compile(rf"^\(?{_CREDIT_LABEL}\s*:\s*{_CREDIT_WHO}\)?\.?$")
# A caption of a sentence or two closing with its credit: "The towers on the depot site. Source: Supplied".
_CREDITED_CAPTION_RE = re.compile(rf"[.!?)]\s+\(?{_CREDIT_LABEL}\s*:\s*{_CREDIT_WHO}\)?\.?$")
_SENTENCE_STOP_RE = re.compile(r"[.!?][\"”’)]?(?:\s|$)")
_QUOTE_MARKS = "\"“”"
_CREDITED_CAPTION_MAX = 300
_CAPTION_BLOCKS = ("p", "div", "span", "em", "small", "figcaption")


def _is_credit_line(text: str) -> bool:
    return 0 < len(text) <= 80 and bool(_CREDIT_LINE_RE.match(text))


def _caption_sized(text: str) -> bool:
    """One or two sentences and no quotation: a caption, not a paragraph of the story."""
    return (0 < len(text) <= _CREDITED_CAPTION_MAX and len(_SENTENCE_STOP_RE.findall(text)) <= 2
            and not any(mark in text for mark in _QUOTE_MARKS))


def _has_picture(el: etree._Element | None) -> bool:
    return el is not None and (el.tag in ("img", "figure", "picture") or el.find(".//img") is not None)


def drop_credited_captions(tree: lxml.html.HtmlElement) -> None:
    """Remove English photo credits and the captions they close. A credit on its own line
    ("Source: Supplied") goes with the block before it when that block is a figure or a
    caption-sized line next to a picture; a short block ending with a credit
    ("The waiting room on Tuesday night. Picture: Jane Roe") is a caption whatever stands
    around it. Left in the text, the caption reads as a line of the story (even as its lead).
    With no picture in sight, a short line and its credit both stay: the analysis then takes
    the line for a caption and shows neither (summarizer.layout.captions)."""
    for el in list(tree.iter(*_CAPTION_BLOCKS)):
        if el.getparent() is None or el.find(".//p") is not None or el.find(".//div") is not None:
            continue
        text = _SPACE.sub(" ", el.text_content()).strip()
        if _is_credit_line(text):
            before = el.getprevious()
            short = before is not None and before.tag in ("p", "div") and _caption_sized(
                _SPACE.sub(" ", before.text_content()).strip())
            if before is not None and (before.tag == "figure" or (
                    short and (_has_picture(before) or _has_picture(before.getprevious())))):
                remove_keep_tail(before)
            elif short and is_labelled_photo_credit(text):
                continue  # no picture in sight: the credit stays to mark the line above (summarizer.layout)
            remove_keep_tail(el)
        elif el.tag in ("p", "div", "figcaption") and _CREDITED_CAPTION_RE.search(text):
            caption = _CREDITED_CAPTION_RE.sub(".", text)
            if _caption_sized(caption):
                remove_keep_tail(el)


# A stock's hover quote, a price then its signed change ("21.36 +2.15%"), or the change alone
# right after the stock's code: a widget the page fills in, not the story's figures. Left in,
# "锦程物流（603877 21.36 +2.15%）" read as "60387721.36" and as key figures with no subject.
_HOVER_QUOTE = re.compile(r"^\s*(?:[-+]?\d+(?:\.\d+)?\s+)?[-+]\d+(?:\.\d+)?%\s*$")
_PRICE_AND_CHANGE = re.compile(r"^\s*[-+]?\d+(?:\.\d+)?\s+[-+]\d+(?:\.\d+)?%\s*$")
_STOCK_CODE_END = re.compile(r"(?:\b\d{5,6}|\b\d{6}\.(?:SH|SZ|BJ)|\b\d{4,5}\.HK)\s*$", re.IGNORECASE)
_INLINE = ("span", "em", "font", "i", "b", "strong", "a", "small")


def _text_before(el: etree._Element) -> str:
    previous = el.getprevious()
    if previous is not None:
        return previous.text_content() + (previous.tail or "")
    parent = el.getparent()
    return (parent.text or "") if parent is not None else ""


def drop_hover_quotes(tree: lxml.html.HtmlElement) -> None:
    """Remove inline stock-quote widgets: an inline element holding only a price and its signed
    change, or only a signed change when a stock code stands right before it."""
    for el in list(tree.iter(*_INLINE)):
        if el.getparent() is None or len(el):
            continue
        text = el.text or ""
        if _PRICE_AND_CHANGE.match(text) or (_HOVER_QUOTE.match(text) and _STOCK_CODE_END.search(_text_before(el))):
            remove_keep_tail(el)


# A footnote's mark: an in-page link whose text is its number ("1", "[2]", "*"), inside a
# sentence ("…an industry group.1 That is…") or opening the footnote itself.
_FOOTNOTE_MARK = re.compile(r"^\s*\[?(?:\d{1,3}|[*†‡])\]?\s*$")


def drop_footnote_marks(tree: lxml.html.HtmlElement) -> None:
    """Remove footnote reference marks: glued to the sentence they read as a figure of it
    ("group.1 That"), and alone as a line holding a bare number."""
    for a in list(tree.iter("a")):
        href = (a.get("href") or "").strip()
        if a.getparent() is None or not href.startswith("#") or len(href) < 2 or not _FOOTNOTE_MARK.match(a.text_content()):
            continue
        holder = a.getparent()
        if holder.tag == "sup" and not (holder.text or "").strip() and len(holder) == 1 and holder.getparent() is not None:
            remove_keep_tail(holder)
        else:
            remove_keep_tail(a)
