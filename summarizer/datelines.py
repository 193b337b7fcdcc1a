"""Wire datelines (where and by whom a story was filed) and list markers: what a line opens
with that a reader is not shown.

Pure `re` and the character fold of summarizer.traditional (for （中央社記者…電）): the bot's
reply rendering strips datelines from cited sentences too, and must not load the summarizer's
numeric stack to do it.
"""

from __future__ import annotations

import re

from summarizer.traditional import to_simplified

__all__ = ["chinese_dateline_length", "dateline_length", "flash_dateline_length", "is_credit_line", "without_dateline",
           "without_list_marker", "without_opening_place"]


# The dateline a wire story opens with: "LONDON — ", "WASHINGTON (AP) — ", "SANTA FE, N.M. (AP) — ",
# "SHANGHAI, Dec 5 (Reuters) - ", "(AP) — ": a place in capitals and/or the agency in brackets,
# then a dash. A place in ordinary case needs the agency: "Apple — the company said —" is a
# sentence, not a dateline.
# After a place in capitals any source in brackets will do ("SINGAPORE, March 3 (Newswire) - ",
# "BERLIN (dpa-AFX) - "): the capitals already mark the dateline.
_AGENCY = r"\((?:AP|Reuters|AFP|Bloomberg|UPI|CNN|dpa|Xinhua|The Associated Press)\)"
_ANY_SOURCE = r"\([A-Za-z][\w.&'\- ]{1,30}\)"
_MONTH_DAY = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
_DATELINE_RE = re.compile(
    r"^(?:[A-Z][A-Z.'\-]+(?:[ ,]+[A-Z][A-Z.'\-]*)*(?:,\s*[A-Z][a-z]{1,5}\.(?=\s*\())?"  # a US state: "PINE VALLEY, Colo. (KXRN)"
    # a state or country written out: "WILMINGTON, Delaware, June 12 - ", "ELIZABETHTOWN, Kentucky - "
    r"(?:,\s*[A-Z][a-z]{3,}(?:\s[A-Z][a-z]+)?(?=,\s*" + _MONTH_DAY + r"\s*(?:—|–|--|-)\s|\s*(?:—|–|--|-)\s))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*" + _ANY_SOURCE + r")?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2}(?:\s*" + _ANY_SOURCE + r")?"
    r"(?=\s*(?:—|–|--|-)\s)"  # "Nov 3 - ", "Nov 5 (The Ledger) - "
    r"|" + _ANY_SOURCE + r"(?=\s*(?:—|–|--|-)\s)"  # "(Legal Times) - ": a source alone, opening the text
    r"|(?:[A-Z][\w.'\-]*(?:[ ,]+[A-Z][\w.'\-]*)*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*)?" + _AGENCY + r")"
    r"\s*(?:—|–|--|-)\s+(?=[\"\u201c\u2018']?[A-Z0-9])"
)


# A press release's dateline: place, date and the distribution service before the dash
# ("BOSTON, Feb. 20, 2025 /PRNewswire/ -- ", "AUSTIN, Texas, June 3, 2025 (BUSINESS WIRE) -- ",
# "TORONTO, March 3, 2025 /CNW/ - "), also from two places ("CHICAGO and NEW YORK, Feb. 2, 2027 /PRNewswire/ --").
# The service's name (a wire, or any name between slashes)
# marks it, so a place in ordinary case is allowed.
_RELEASE_SERVICE = (r"(?:/[A-Za-z][\w .&'\-]{1,30}/|\((?:[\w .&'\-]*(?:WIRE|Wire|wire)[\w .&'\-]*|"
                    r"ACCESSWIRE|Newsfile|CNW|EQS[\w\-]*)\))")
_RELEASE_DATELINE_RE = re.compile(
    r"^[A-Z][\w.'\-]*(?:(?:[ ,]+|\s+and\s+)[A-Z][\w.'\-]*){0,5}(?:,\s*" + _MONTH_DAY + r")?(?:,\s*(?:19|20)\d{2})?\s*"
    + _RELEASE_SERVICE + r"\s*(?:—|–|--|-)\s+(?=[\"\u201c\u2018']?[A-Z0-9])"
)
# A flash's source and date without reporters ("财联社4月15日电，", "新华财经上海6月3日电 ", "证券时报e公司讯，",
# "某某网5月3日讯据…" glued to its source, "某某财经讯 5月3日消息，…", "某某财经12月9日讯　中国…" whose
# full-width space the analysis took out between two Chinese words)
# or a source tag in lenticular brackets ("【香港01讯】", "【财联社】"); the headline a flash repeats
# in lenticular brackets before it is dropped with it ("【A公司：拟回购股份】财联社6月3日电，…").
_FLASH_DATELINE_ZH_RE = re.compile(
    r"^(?:【[^【】\s]{2,60}】\s*(?=[^，。：:（(“”\"【]{2,16}?(?:\d{1,2}月)?\d{1,2}日[电讯]|[^，。（(【]{1,10}?(?:网|报|社|财经|e公司|APP)讯[，,]))?"
    r"(?:[^\s，。：:（(“”\"【]{2,16}?(?:\d{1,2}月)?\d{1,2}日[电讯](?=[，,：:\s]|据)|[^\s，。：:（(“”\"【]{2,10}?(?:网|报|社|财经|财讯)\d{1,2}月\d{1,2}日讯(?=[\u4e00-\u9fff])|[^\s，。：:（(“”\"【]{1,10}?(?:网|报|社|财经|e公司|APP)讯(?=[，,\s])"
    r"|【[^【】\s，。]{1,12}[讯电]】)[，,：:\s]*"
)


def without_dateline(text: str, lang: str) -> str:
    """The sentence without the wire dateline it opens with, as a reader is shown it.

    "LONDON — After nearly 20 years…" shown as a key sentence starts with where it was filed,
    not with the news; the place stays in the article. A Chinese dateline on a line of its own
    is a credit; one glued to the lead ("新华社乌鲁木齐5月9日电（记者邹伟）李强…", "本报讯（记者
    叶婉）近日，…") is cut off the same way.
    """
    if lang == "en":
        match = _DATELINE_RE.match(text) or _RELEASE_DATELINE_RE.match(text)
    else:
        # (A traditional dateline, （中央社記者…台北6日電）, is matched in its simplified form: same length.)
        simple = to_simplified(text)
        match = _DATELINE_ZH_RE.match(simple) or _FLASH_DATELINE_ZH_RE.match(simple)
    if not match or len(text) - match.end() < 20:
        return text
    return text[match.end():]


# A Chinese dateline: the agency or paper, the place and date, 电/讯, and the reporters in
# brackets ("新华社深圳5月12日电（记者戴小河、印朋）", "北京商报讯（记者岳品瑜）", "本报讯（记者叶婉）");
# without 记者 only with a known agency and a date ("新华社北京12月5日电 ", "新华社北京5月19日电（刘艺、杨吉）"); all of it in
# brackets, as Taiwan's and Hong Kong's papers open ("（中央社记者吴家豪台北6日电）",
# "（法新社罗马19日电）", "（中央社台北6日综合外电报导）"; analysed in simplified form).
_DATELINE_ZH_RE = re.compile(
    r"^[^\s，。：:（(“”\"]{2,16}?[电讯]\s*[（(](?:本报|特约|见习)?(?:记者|通讯员)[^（）()]{1,30}[）)]\s*"
    r"|^(?:新华社|中新社|中新网|人民网|央视网|本报)[^\s，。：:（(]{0,10}?\d{1,2}月\d{1,2}日[电讯]\s*"
    # the reporters' names in brackets without 记者: "新华社北京5月19日电（刘艺、杨吉）"
    r"(?:[（(](?:[\u4e00-\u9fff·]{2,4}[、，, ]?){1,4}[）)]\s*)?"
    r"|^[（(][^（）()\s，。]{2,24}?(?:\d{1,2}月)?\d{1,2}日(?:综合外电|综合)?(?:电|讯|报导|报道)[）)]\s*"
)


# A page's own dateline, in ordinary case, before the first sentence of its text: "Springfield, Ill. – Several
# thousand teachers…", "Washington, DC, United States: Getting to the Moon…". Only the text's first
# sentence is read so, and only a place of two parts or more (city and state or country) before a spaced dash
# or a colon, then a capital: a single name in ordinary case ("Harbourview — The port authority…") may be the
# subject, and stays.
_OPENING_PLACE_RE = re.compile(
    r"^[A-Z][a-z.'\-]+(?:\s[A-Z][a-z.'\-]+){0,2}(?:,\s[A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){0,2}){1,2}(?:\s(?:—|–|--)|:)\s"
    r"(?=[\"\u201c\u2018']?[A-Z0-9])(?!(?:The|the)\s(?:company|firm|group|bank|maker|carmaker|retailer|chain|giant)\b|It\s|They\s)")


def without_opening_place(text: str, lang: str) -> str:
    """The text's first sentence without the place its page was filed from (`_OPENING_PLACE_RE`):
    a reader's key sentence starts with the news."""
    match = _OPENING_PLACE_RE.match(text) if lang == "en" else None
    if not match or len(text) - match.end() < 20:
        return text
    return text[match.end():]


def dateline_length(text: str, lang: str) -> int:
    """How many characters of `text` its dateline takes (0 when it has none)."""
    return len(text) - len(without_dateline(text, lang))


def flash_dateline_length(text: str) -> int:
    """How many characters a flash's dateline opening `text` takes, its 【】 headline included
    ("【…】财联社12月5日电，", "证券时报e公司讯，"), however short the rest."""
    match = _FLASH_DATELINE_ZH_RE.match(to_simplified(text))
    return match.end() if match else 0


def chinese_dateline_length(text: str) -> int:
    """How many characters a Chinese dateline opening `text` takes, however short the rest."""
    match = _DATELINE_ZH_RE.match(to_simplified(text))
    return match.end() if match else 0


# "（1）前三季度公司实现营收…", "2、", "2．" (a notice's full-width point), "①", "○1", "｜", "• ": the note's list
# marker, not the news. (Two numerals joined by 、 are a pair, not a marker: "一、二线城市", "十一、十二月份".)
_LIST_MARKER_RE = re.compile(
    r"^\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}[、)）](?!\d)|\d{1,2}[.．](?![\d%％])"
    r"|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十两])|[\u2460-\u2473]|[○●◆■□▪•·]\s?\d{0,2}|[|｜]|[-–—*]\s)\s*"
)


# "事件：公司发布2023年年报，…": a brokerage note's label for the paragraph, not part of the news.
_NOTE_LABEL_RE = re.compile(r"^\s*(?:事件|点评|事项)\s*[：:]\s*")


def without_list_marker(text: str) -> str:
    """The sentence without the list marker or note label it opens with (when something is left to show)."""
    for pattern in (_LIST_MARKER_RE, _NOTE_LABEL_RE):
        match = pattern.match(text)
        if match and len(text) - match.end() >= 8:
            text = text[match.end():]
    return text


# Lines above a story that say how it was released or who made it, never what it says: a release's
# "FOR IMMEDIATE RELEASE", a byline or photo credit ("By Sarah Mitchell", "Photographs by Tom Alvarez"),
# a Chinese credit on its own line ("中央社記者林志明台北5日電", "（编辑：张敏）").
_RELEASE_MARK_RE = re.compile(r"^(?:for\s+immediate\s+release|immediate\s+release|(?:press|news|media)\s+release"
                              r"|embargoed\b[^.!?]{0,60}|for\s+release\b[^.!?]{0,60})\s*[:：]?$", re.IGNORECASE)
_EN_CREDIT_LINE_RE = re.compile(r"^(?:By|(?:Photographs?|Photos?|Video|Reporting|Written|Text|Illustrations?)\s+by)"
                                r"\s+[A-Z][\w.'’\-]+(?:[ ,]+(?:and\s+|&\s+)?[A-Z][\w.'’\-]+){0,7}$")
_ZH_CREDIT_LINE_RE = re.compile(r"^[（(【\[]?\s*(?:本报|特约|见习)?(?:记者|通讯员|实习生|作者|撰文|编辑|责编|责任编辑|来源)\s*[：:／/|丨]?"
                                r"\s*[\u4e00-\u9fff、，, ]{2,20}\s*[）)】\]]?\s*。?$")


# A listed company's notice opens with its codes ("证券代码：002888　证券简称：恒远材料　公告编号：2026-078"): the
# filing's header, not its title (the title is the line after it, "…2026年度业绩预告").
_ZH_NOTICE_HEAD_RE = re.compile(r"^(?:证券代码|证券简称|股票代码|股票简称|债券代码|债券简称|股份代号|公告编号)\s*[：:]")


def is_credit_line(line: str) -> bool:
    """A line that only credits the story (a release mark, a byline, a dateline with nothing after it):
    the title of a pasted text is the first line that is none of these."""
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return False
    if _RELEASE_MARK_RE.match(stripped) or _EN_CREDIT_LINE_RE.match(stripped):
        return True
    simple = to_simplified(stripped)
    if _ZH_CREDIT_LINE_RE.match(simple) or _ZH_NOTICE_HEAD_RE.match(simple):
        return True
    for pattern in (_DATELINE_ZH_RE, _FLASH_DATELINE_ZH_RE):
        match = pattern.match(simple + " ")
        if match and match.end() >= len(simple):
            return True
    return False
