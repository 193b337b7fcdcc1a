"""Where a line stands on a page: in a photo caption, or inside a quotation the splitter cut.

Both are about the page's layout, not the line's words: a caption describes a picture the
reader does not see, and a piece of a quotation says little without the rest and its
speaker. `summarizer.roles` shows such lines only when nothing better is left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["captions", "is_labelled_photo_credit", "is_photo_credit", "quote_pieces"]

_QUOTE_MARK_RE = re.compile('[\u201c\u201d"]')


def quote_pieces(texts: Sequence[str], paragraphs: Sequence[int]) -> list[bool]:
    """Per sentence: is it one piece of an English quotation the splitter cut at its full stops?

    A quotation of several sentences ("We are proud of it. It is a big one," she said.) is
    split into pieces; a piece that opens the quotation without closing it, or lies inside it,
    or closes one opened in an earlier sentence of the paragraph says little without the rest
    and its speaker. On the English main-point sets such pieces carry none of the points (0 of 64),
    other lines 7-10% (Chinese pieces do carry points, so this is for English only).
    Quote marks are followed in order through the paragraph: a curly mark says which way it
    turns, a straight one turns the state over.
    """
    pieces = [False] * len(texts)
    inside = False
    for i, text in enumerate(texts):
        if i and paragraphs[i] != paragraphs[i - 1]:
            inside = False
        started_inside = inside
        for mark in _QUOTE_MARK_RE.findall(text):
            inside = True if mark == "\u201c" else False if mark == "\u201d" else not inside
        pieces[i] = started_inside or inside
    return pieces


# A photo block on a news page: a marker line ("Photo"), the caption, the credit line
# ("Credit Jane Roe/Getty Images", "Photograph: Jane Roe/Reuters").
_MEDIA_MARKER_RE = re.compile(r"^(?:Photo|Photograph|Image|Picture|Video|Gallery|Slideshow)s?$", re.IGNORECASE)
_PHOTO_CREDIT_RE = re.compile(
    r"^(?:Credit|Photo|Photograph|Image|Picture|Photo credit)\b\s*:?\s*\S"
    r"|(?:Getty Images|AP Photo|Shutterstock|AFP|Reuters|EPA)\s*[)\]]?\s*$"
)
# "Photo: Solar panels on a roof in Tokyo." is the caption itself, not the credit of the
# paragraph before it: a credit names the photographer or agency in a few words.
_CREDIT_MAX_WORDS = 8
# The agency and photographer closing an English caption's own paragraph: "REUTERS/Jane Roe",
# "(AP Photo/Jane Roe)", "Xinhua/Li Wei", "Jane Roe/Getty Images", "AFP via Getty Images".
_PHOTO_CREDIT_EN_RE = re.compile(
    r"^[(\[]?(?:(?:REUTERS|Reuters|AP Photo|AP|AFP|EPA(?:-EFE)?|Xinhua|Bloomberg|Getty Images|ANP|dpa)\s*/\s*"
    r"[A-Z][\w.'’\- ]{1,40}|[A-Z][\w.'’\- ]{1,40}/\s*(?:Getty Images|Reuters|REUTERS|AFP|AP|EPA|Bloomberg|Shutterstock)"
    r"|(?:AFP|Reuters) via Getty Images)\s*[)\]]?\.?$"
)


# An English photo credit on its own line, by its label and a few capitalised words naming who
# took or gave the picture: "Source: Supplied", "Photo: Huw Evans/PA", "Picture: James Holloway",
# "Credit: Tom Reyes/AAP". A "Source:" line names a picture only as "Supplied" or with an
# agency's slash; "Source: Bureau of Statistics" under a paragraph is where its numbers come from.
_CREDIT_WHO = r"[A-Z][\w.'’&\-]*(?:(?:\s*/\s*|\s+(?:for|via|and|of)\s+|\s+)[A-Z][\w.'’&\-]*){0,5}"
_LABELLED_CREDIT_RE = re.compile(
    rf"^\(?(?:(?:Photo|Photos|Photograph|Picture|Pic|Image|Credit|Photo credit|Image credit)\s*:\s*{_CREDIT_WHO}"
    rf"|Source\s*:\s*(?:Supplied|{_CREDIT_WHO}\s*/\s*{_CREDIT_WHO}|Getty Images|AAP|AFP|AP|Reuters|Shutterstock))\)?\.?$"
)


def is_labelled_photo_credit(text: str) -> bool:
    """An English photo credit on its own line ("Source: Supplied", "Picture: Jane Roe")."""
    return bool(_LABELLED_CREDIT_RE.match(text.strip()))


# A Chinese photo credit closing the caption's own line: "山东女子学院供图", "新华社记者 李明 摄",
# "（王某 摄）", "视觉中国".
_PHOTO_CREDIT_ZH_RE = re.compile(
    r"^[（(]?[^。！？，；]{0,24}(?:摄|供图|视觉中国|图虫创意|东方IC|新华社发)\s*[）)]?$"
    # "（图片来源：某某公司）", "图源：网络": the picture's source on the caption's own line.
    r"|^[（(]?(?:图片来源|图片|图源)\s*[：:][^。！？，；]{1,24}[）)]?$"
)
# A video's or photo's blurb closes with its agency alone in brackets: "…killing at least 19 people,
# most of them foreign tourists. (Reuters)", "(Video: AP)", or with who gave it: "(Company handout)".
# A dateline's "(Reuters) -" opens a story.
_AGENCY_CLOSING_RE = re.compile(
    r"^[(\[](?:(?:Video|Photo|Photos|Image|Audio)\s*:\s*)?"
    r"(?:Reuters|REUTERS|AP|AFP|EPA|Bloomberg|Getty Images|Xinhua|AP Photo|The Associated Press"
    # or who gave or took the picture: "(Company handout)", "(Photo by Jane Roe)", "(Photo courtesy of Acme)"
    r"|(?:[A-Z][\w.'’&\-]*\s){0,3}[Hh]andout(?:\s[Pp]hoto)?|(?:File\s)?[Pp]hoto(?:graph)?\s(?:by|courtesy of|courtesy)\s"
    r"[A-Z][\w.'’\- ]{1,40}|File (?:photo|picture))[)\]]\.?$"
)
# A caption is a sentence or two; a paragraph of more that ends with a credit is a story.
_CAPTION_MAX_SENTENCES = 2


def is_photo_credit(text: str) -> bool:
    """An English agency-and-photographer credit ("REUTERS/Jane Roe", "(AP Photo/Jane Roe)")."""
    return bool(_PHOTO_CREDIT_EN_RE.match(text.strip())) or is_labelled_photo_credit(text)


def captions(texts: Sequence[str], paragraphs: Sequence[int]) -> list[bool]:
    """Per sentence: is it in a photo caption, a paragraph between a media marker line
    ("Photo") and a photo credit ("Credit Jane Roe/Getty Images"), or a short paragraph
    that ends with a Chinese photo credit ("…就业双选会现场。山东女子学院供图")?

    "Peacekeepers at a refugee camp on Monday." describes a picture the reader does not see;
    shown first it reads as the news. Either neighbour is enough: pages keep one or the other.
    Chinese pages, and English wire pages ("… in Tokyo, Japan. REUTERS/Jane Roe"), put the
    credit on the caption's own line, so the caption is what comes before it in the paragraph.
    """
    first: dict[int, int] = {}  # paragraph -> its first sentence
    marker: dict[int, bool] = {}  # paragraph -> it is a lone media marker
    for i, p in enumerate(paragraphs):
        if p not in first:
            first[p] = i
            marker[p] = bool(_MEDIA_MARKER_RE.match(texts[i].strip()))
        else:
            marker[p] = False
    order = list(first)
    credit = {p: (bool(_PHOTO_CREDIT_RE.search(texts[first[p]].strip()))
                  and len(texts[first[p]].split()) <= _CREDIT_MAX_WORDS)
              or is_labelled_photo_credit(texts[first[p]]) for p in order}
    caption_paragraphs = set()
    for k, p in enumerate(order):
        before = k > 0 and marker[order[k - 1]]
        after = k + 1 < len(order) and credit[order[k + 1]]
        if (before or after) and not marker[p] and not credit[p]:
            caption_paragraphs.add(p)
    last: dict[int, int] = {p: i for i, p in enumerate(paragraphs)}
    for p in order:
        count = last[p] - first[p]  # sentences before the last one
        closing = texts[last[p]].strip()
        if 1 <= count <= _CAPTION_MAX_SENTENCES and (_PHOTO_CREDIT_ZH_RE.match(closing)
                                                      or _PHOTO_CREDIT_EN_RE.match(closing)
                                                      or _AGENCY_CLOSING_RE.match(closing)):
            caption_paragraphs.add(p)
    return [p in caption_paragraphs for p in paragraphs]
