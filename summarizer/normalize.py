"""Clean real-world news text before anything else looks at it.

Chinese news pasted from web pages and chat apps mixes half-width and full-width
punctuation (ASCII commas inside Chinese sentences), types a closing quote as an
opening one, carries stray spaces between Chinese characters, and ends with
boilerplate lines (来源/责任编辑/扫码关注/版权所有...). Sentence splitting and
similarity both go wrong on such text, so it is repaired here, once.

Only punctuation, whitespace, whole boilerplate lines and live stock-quote widgets change:
every other character and every number comes through unchanged. Paragraphs are kept, one per
line, joined by "\\n".
"""

from __future__ import annotations

import re

from summarizer.layout import is_labelled_photo_credit
from summarizer.speakers_zh_foreign import with_middle_dots

__all__ = ["normalize", "is_boilerplate_line", "strip_invisible"]

# CJK ideographs (BMP + extension A) and CJK punctuation/full-width forms.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014"
_CJK = _HAN + _CJK_PUNCT

# Two or more ideographic spaces are a paragraph indent (　　) left inside one line by
# copy-paste: they mark a paragraph break, which the lead prior and splitting need.
_INDENT_RE = re.compile("\u3000{2,}")
# Invisible characters that only get in the way: zero-width characters, BOM, soft
# hyphen, and the bidi marks and overrides (U+202E would reverse what a reader sees,
# and "8\u200b0%" must read as 80%).
_INVISIBLE_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u061c\u180e]")
# Horizontal whitespace of any width, including the ideographic space.
_HSPACE_RE = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# A space between two CJK characters (or CJK punctuation) is never meaningful.
# (Not after an English sentence's closing mark: 'was “prudent.” “They are…' stays two sentences.)
_SPACE_IN_CJK_RE = re.compile(rf"(?<=[{_CJK}])(?<![A-Za-z0-9.,!?;:][”’]) +(?=[{_CJK}])")
# ...except in a headline, where one space between two Chinese words separates two statements
# ("A股三大指数收涨 创业板指涨逾2%", "宁川电池净利润下降23% 储能业务逆势增长"): joined, the second
# statement's figure reads as the first one's. A headline: a short line with no sentence end.
_SPACE_BY_CJK_PUNCT_RE = re.compile(rf"(?<=[{_CJK_PUNCT}]) +(?=[{_CJK}])|(?<=[{_CJK}]) +(?=[{_CJK_PUNCT}])")
_HEADLINE_MAX_CHARS = 50
_SENTENCE_END_RE = re.compile(r"[。！？!?；;…]")
_SPACE_BY_QUOTE_RE = re.compile(rf"(?<=[{_HAN}]) +(?=”)|(?<=“) +(?=[{_HAN}])|(?<=”) +(?=[{_HAN}])")

# Half-width punctuation next to a Chinese character becomes its full-width twin.
# Digit,digit (1,200) and digit.digit (3.5) never match: one side must be Han.
# Brackets are left alone: converting one side of "(2024年)" would unbalance them.
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_HALF_NEAR_HAN_RE = re.compile(rf"(?<=[{_HAN}])\s*([,;:?!])|([,;:?!])\s*(?=[{_HAN}])")
# A full stop after a Chinese character ends a Chinese sentence.
_PERIOD_AFTER_HAN_RE = re.compile(rf"(?<=[{_HAN}])\.(?=\s|$|[{_HAN}“”\"'])")

# Boilerplate lines, matched on the whole (short) line.
_BOILERPLATE_RES = [
    re.compile(r"^[（(\[【]?\s*(来源|来源于|文章来源|稿件来源|新闻来源|出处|原标题|原文标题|责任编辑|责编|编辑|审核|审校|校对|监制|策划|制图|作者|记者|撰文|文|图|摄影|图片来源|视频来源|Source|Editor|Edited by|Photo)\s*[:：|｜]"),
    re.compile(r"^[（(\[【]?\s*(责任编辑|责编)\s*\S{0,12}\s*[）)\]】]?$"),
    # Bylines: 本报记者 林舟 / （记者 王敏 李强）
    re.compile(rf"^[（(]?\s*(本报|本刊|特约)?(记者|通讯员|实习生|实习记者)[\s{_HAN}、]{{2,24}}[）)]?$"),
    re.compile(r"(点击|扫码|扫描|长按|识别).{0,12}(关注|二维码|订阅|阅读原文|下载|收听|观看)"),
    re.compile(r"^(关注|分享|转发|点赞|收藏|在看)(我们|本号|公众号|到|给|一下|、|和|\s)"),
    re.compile(r"(版权所有|版权归|未经(授权|许可|允许).{0,10}(转载|使用|复制)|转载请注明|本文(来自|来源|转载自|系).{0,20}(授权|转载|公众号|作者)|免责声明)"),
    re.compile(r"^(©|\(c\)|copyright\b)", re.IGNORECASE),
    re.compile(r"\ball rights reserved\b", re.IGNORECASE),
    re.compile(r"^(click here|follow us|share this|subscribe to|sign up for|read more:|related:|advertisement$)", re.IGNORECASE),
]
# Boilerplate lines are short; a long line that mentions 来源 in passing is content.
_BOILERPLATE_MAX_LEN = 80


def strip_invisible(text: str) -> str:
    """`text` without zero-width characters and bidi marks (a U+202E would reverse what a reader sees)."""
    return _INVISIBLE_RE.sub("", text)


def is_boilerplate_line(line: str) -> bool:
    """True for a source/editor/share-prompt/copyright line that carries no news."""
    stripped = line.strip()
    if not stripped or len(stripped) > _BOILERPLATE_MAX_LEN:
        return False
    if is_labelled_photo_credit(stripped):
        # "Source: Supplied", "Photo: Jane Roe": kept, so the caption above it is still known
        # as one (summarizer.layout.captions); the credit and the caption are then never shown.
        return False
    if _INTERVIEW_QUESTION_RE.match(stripped):
        return False  # "记者：您如何看待明年的货币政策？" asks a question in an interview; a byline never does
    return any(pattern.search(stripped) for pattern in _BOILERPLATE_RES)


_INTERVIEW_QUESTION_RE = re.compile(r"^(?:本报)?记者\s*[:：].{4,}[？?]\s*$")


def _fix_half_width(match: re.Match[str]) -> str:
    mark = match.group(1) or match.group(2)
    return _HALF_TO_FULL[mark]


def _han_share(line: str) -> float:
    han = sum(1 for ch in line if "\u4e00" <= ch <= "\u9fff")
    letters = sum(1 for ch in line if ch.isascii() and ch.isalpha())
    return han / (han + letters) if han + letters else 0.0


def _fix_quotes(line: str) -> str:
    """Pair Chinese double quotes within one paragraph.

    A second opening quote while one is open is a closing quote typed wrong
    (“…都不可取。“汤道生称); ASCII double quotes in a Chinese paragraph become
    “ and ” alternately.
    """
    chinese = _han_share(line) >= 0.5
    if "“" not in line and not (chinese and '"' in line):
        return line
    out: list[str] = []
    inside = False
    marks = [(i, ch) for i, ch in enumerate(line) if ch in "“”\""]
    nested_close = -1  # “我们坚持发展“新质生产力”，…。”: the inner quote's closing mark
    for k, (i, ch) in enumerate(marks):
        out.append(line[marks[k - 1][0] + 1 if k else 0:i])
        if ch == "“" and inside and k + 2 < len(marks) and marks[k + 1][1] == marks[k + 2][1] == "”":
            out.append(ch)  # a quote inside the quote, closed twice after it
            nested_close = marks[k + 1][0]
        elif i == nested_close:
            out.append(ch)  # the outer quote stays open
        elif ch == "“" or (ch == '"' and chinese):
            out.append("”" if inside else "“")
            inside = not inside
        elif ch == "”":
            out.append(ch)
            inside = False
        else:
            out.append(ch)
    out.append(line[marks[-1][0] + 1:] if marks else line)
    return "".join(out)


def _normalize_line(line: str) -> str:
    line = _HSPACE_RE.sub(" ", line).strip()
    if not line:
        return ""
    if len(line) <= _HEADLINE_MAX_CHARS and not _SENTENCE_END_RE.search(line):
        line = _SPACE_BY_CJK_PUNCT_RE.sub("", line)
    else:
        # A flash's headline in 【】 keeps the space between its clauses ("【A股三大指数集体收涨 创业板指涨2.35%】"):
        # run together, 2.35% was read as the three indexes' move.
        head = re.match(r"【[^【】]{1,60}】", line)
        cut = head.end() if head else 0
        line = _SPACE_BY_CJK_PUNCT_RE.sub("", line[:cut]) + _SPACE_IN_CJK_RE.sub("", line[cut:])
    line = _HALF_NEAR_HAN_RE.sub(_fix_half_width, with_middle_dots(line))
    line = _PERIOD_AFTER_HAN_RE.sub("。", line)
    line = _fix_quotes(line)
    # A full-width mark never wants a space around it.
    line = re.sub(r" *([，。；：！？、）》」』】]) *", r"\1", line)
    line = re.sub(r"([（《「『【]) +", r"\1", line)
    # Curly quotes are shared with English ("“vilified” educators"): drop a space
    # beside one only where the text on that side is Chinese.
    line = _SPACE_BY_QUOTE_RE.sub("", line)
    return line


# A finance site's live stock quote after a company's name: price, change, change in percent in
# brackets ("摩根大通(115.395,2.79,2.47%)"). It is the page's widget, not the article's figure, and
# copied from the page it comes one part to a line, breaking the sentence around the name:
# "包括先锋领航、\n摩根大通\n(\n115.395\n,\n2.79\n,\n2.47%\n)\n等，了解…".
_QUOTE_NUMBER = r"\s*[-+]?\d+(?:\.\d+)?\s*"
_QUOTE_BODY = rf"[(（]{_QUOTE_NUMBER}[,，]{_QUOTE_NUMBER}[,，]{_QUOTE_NUMBER}%\s*[)）]"
_BROKEN_QUOTE_RE = re.compile(rf"(?:(?<=[、，,{_HAN}])\n)?([^\n()（）]{{1,30}})\n{_QUOTE_BODY}[ \t]*\n?")
_INLINE_QUOTE_RE = re.compile(rf"(?<=[{_HAN}A-Za-z]) ?{_QUOTE_BODY}")


def without_quote_widgets(text: str) -> str:
    """`text` without live stock quotes, and the sentence they broke joined again."""
    if "%" not in text:
        return text
    return _INLINE_QUOTE_RE.sub("", _BROKEN_QUOTE_RE.sub(r"\1", text))


def normalize(text: str) -> str:
    """Return `text` with punctuation, whitespace and boilerplate lines repaired.

    Paragraphs (non-empty lines) are kept in order and joined by a single "\\n".
    """
    text = strip_invisible(text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = without_quote_widgets(_INDENT_RE.sub("\n", text))
    lines = []
    for raw in text.split("\n"):
        line = _normalize_line(raw)
        if line and not is_boilerplate_line(line):
            # "【A股三大指数集体收涨】12月4日，…": a flash's headline in brackets is a line of its own, so the
            # lead it was glued to is a sentence that can be shown (a headline never is).
            head = _FLASH_HEADLINE_RE.match(line)
            lines.extend((head.group(1), line[head.end():]) if head else (line,))
    return "\n".join(lines)


# (An item of a flash stream opens with its list marker: "- 【…】金桥财经12月5日电，…".)
_FLASH_HEADLINE_RE = re.compile(r"(?:[-–—*•]\s+)?(【[^【】\n]{4,60}】)(?=[^，,。；;：:\s】][^\n]{19,})")
