"""The reporters a news text names in its byline or dateline, whose names are no keyword.

"本报讯（记者 王明）近日，…", "记者：王明 李华", "By Jane Roe": the reporter is named once per
article, in every article of the paper, and tells a reader nothing about what happened. The
keyword ranking leaves these names out, and every word of a Chinese dateline glued to a lead
(the agency, the place); the rest of a byline line is left to the stop lists.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from summarizer.datelines import chinese_dateline_length, dateline_length, flash_dateline_length

logger = logging.getLogger(__name__)

__all__ = ["byline_names", "dateline_words"]

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_ZH_NAMES = rf"[{_HAN}]{{2,4}}(?:\s*[、，,\s和]\s*[{_HAN}]{{2,4}}){{0,5}}"
_ZH_ROLE = r"(?:本报|特约|见习|新华社|中新社|人民网)?(?:记者|通讯员|实习生|作者|撰文|编辑|责编|责任编辑)"
# "（记者 王明）", "(本报记者 王明 李华)": the reporters in brackets, anywhere in a dateline.
# normalize() drops the space between Chinese names ("（记者岳品瑜董晗萱）"): a run of names is kept whole.
_ZH_RUN = rf"[{_HAN}]{{2,12}}(?:\s*[、，,\s和]\s*[{_HAN}]{{2,12}}){{0,5}}"
_ZH_BRACKET_RE = re.compile(rf"[（(]\s*{_ZH_ROLE}\s*[：:]?\s*({_ZH_RUN})\s*[）)]")
# "新华社记者李梦馨摄": a photo credit at the end of a caption.
_ZH_PHOTO_RE = re.compile(rf"(?:记者|摄影|通讯员)\s*[：:]?\s*({_ZH_NAMES})\s*(?<![拍航])摄\s*[）)]?\s*$")
# "记者：王明 李华", "本报记者 王明": a line that is only the byline.
_ZH_LINE_RE = re.compile(rf"^\s*[（(【\[]?\s*{_ZH_ROLE}\s*[：:／/|丨]?\s*({_ZH_NAMES})\s*[）)】\]]?\s*[。]?\s*$")
_EN_NAME = r"[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}"
# "By Jane Roe", "By Jane Roe and Li Wei, Reuters": a line that is only the byline.
_EN_BY_RE = re.compile(rf"^\s*By\s+({_EN_NAME}(?:\s*(?:,|and|&)\s*{_EN_NAME})*)\s*(?:[|,;–—\-]\s*[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){{0,3}})?\s*$")
# "Reporting by Jane Roe in London; Editing by Ann Poe": the wire's credit at the foot.
_EN_CREDIT_RE = re.compile(
    rf"\b(?:Reporting|Writing|Editing|Additional reporting|Compiled)\s+by\s+({_EN_NAME}(?:\s*(?:,|and|&)\s*{_EN_NAME})*)")


def byline_names(texts: Iterable[str], lang: str) -> frozenset[str]:
    """The reporters' names in the bylines of `texts` (Chinese names whole, or a run of names written
    without a space; English names by word, lower case)."""
    names: set[str] = set()
    for text in texts:
        if lang == "zh":
            found = [m.group(1) for m in _ZH_BRACKET_RE.finditer(text)]
            for line in (_ZH_LINE_RE.match(text), _ZH_PHOTO_RE.search(text)):
                if line:
                    found.append(line.group(1))
            for group in found:
                names.update(n for n in re.split(r"[、，,\s和及]+", group) if 2 <= len(n) <= 12)
        else:
            found = [m.group(1) for m in _EN_CREDIT_RE.finditer(text)]
            line = _EN_BY_RE.match(text)
            if line:
                found.append(line.group(1))
            for group in found:
                names.update(w.lower().strip(".,") for w in re.split(r"\s*(?:,|\band\b|&)\s*|\s+", group)
                             if w[:1].isupper() and w.lower() not in ("in", "and"))
    return frozenset(names)


def dateline_words(texts: Iterable[str], lang: str) -> frozenset[str]:
    """The Chinese datelines that open lines ("（中央社记者王大同台北6日电）", "新华社北京12月5日电"),
    digits and brackets taken out: the agency, the reporter and the place it was filed from
    are no keyword either (a keyword inside one of them is left out like a reporter's name)."""
    if lang != "zh":
        # "AUSTIN, Texas, Nov. 6, 2025 /PRNewswire/ --": the place and the wire, by word (lower case).
        return frozenset(w.lower() for text in texts if (cut := dateline_length(text, "en"))
                         for w in re.findall(r"[A-Za-z][\w.’'\-]*", text[:cut]))
    found = {re.sub(r"[\d\s（）()]+", "", text[:cut]) for text in texts if (cut := chinese_dateline_length(text))}
    # A flash's dateline ("【海拓重工：拟回购股份】财联社12月5日电，", "证券时报e公司讯，"): jieba cuts
    # 财联社 into 联社, a keyword of every such flash. Its 【】 headline is the news, not the dateline.
    found.update(word for text in texts if (word := _flash_dateline(text)))
    return frozenset(found)


_BRACKET_HEAD = re.compile(r"^\s*【[^【】]*】\s*")
_DATELINE_PUNCT = re.compile(r"[\d\s（）()，,：:]+")


def _flash_dateline(text: str) -> str:
    """The agency and date of a flash's dateline, without the headline in 【】 before it."""
    cut = flash_dateline_length(text)
    if not cut:
        return ""
    head = text[:cut]
    rest = _BRACKET_HEAD.sub("", head)
    return _DATELINE_PUNCT.sub("", rest or head)
