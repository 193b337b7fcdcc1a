"""The company a Chinese text means by "公司表示" / "该公司称": the one company it is about.

A reader of "星岚科技今日发布三季度财报……公司表示，……" takes 公司 to be 星岚科技: the text
presented that company as the subject of its first sentence and no other. When the text
names two companies before the quote ("星岚科技与河源电子签署协议……公司表示"), or never
names one (a broker's note that says 公司 throughout), which company is meant is not
written, so the speaker stays "公司".
"""

from __future__ import annotations

import re

# The words Chinese news uses for "the company" as a speaker.
GENERIC_COMPANY = frozenset(("公司", "该公司", "該公司", "本公司"))

# The kinds of company a name ends with ("星岚科技", "河源电子股份有限公司").
_KIND = (r"(?:股份有限公司|有限责任公司|有限公司|集团|公司|银行|证券|科技|电子|电气|电器|能源|化工|材料|重工|机械|航空"
         r"|物流|地产|置业|传媒|通信|半导体|智造|药业|制药|医药|乳业|食品|纺织|控股|实业|汽车|影业|矿业|钢铁|建工"
         r"|环保|生物|网络|软件|信息|游戏|新能源|动力|光电|电池|锂业|化学|医疗|保险|信托|期货|酒业)")
# Where a first sentence starts: after a date, a place or "据悉，" ("3月5日，", "近日，", "据悉，").
_OPENER = (r"(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:晚间|早间|盘后|午间)?[，,]|近日[，,]|日前[，,]|今日[，,]"
           r"|据悉[，,]|(?:新华社|中新网|本报)[^，,]{0,12}[，,])?")
# What the company does as the subject of the first sentence.
_LEAD_VERB = r"(?:今日|今天|近日|日前|昨日|晚间|\d{1,2}月\d{1,2}日)?(?:晚间|早间|盘后|午间)?(?:发布|宣布|公告|披露|公布|发布公告|晚间公告|实现|召开|举行|推出|完成|收到|拟|将)"
_LEAD_RE = re.compile(rf"{_OPENER}(?P<name>[\u4e00-\u9fffA-Za-z]{{2,14}}?{_KIND})(?:（[^）]{{0,40}}）)?{_LEAD_VERB}")
# "星岚科技股份有限公司（以下简称“星岚科技”）": the short name the text goes on to use.
_SHORT_NAME_RE = re.compile(r"（(?:以下)?简称[“\"「]?(?P<short>[^”\"」）]{2,10})[”\"」]?")
# Another company named by its kind: a name of two to eight characters, then a company ending.
_ANY_COMPANY_RE = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{2,8}}?{_KIND}")

# What a company is called in place of, or in front of, its name ("储能龙头", "新能源车企", "设备制造商"): one
# word list for the quote's speaker here, a note's announcer and a headline that names no company (summarizer.answer).
COMPANY_DESCRIPTOR = (r"(?:龙头|龍頭|巨头|巨頭|一哥|车企|車企|房企|药企|乳企|险企|厂商|大厂"
                      r"|制造商|供应商|运营商|开发商|生产商)")
# A description of what the company is, written in front of its name.
_DESCRIBED_RE = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{1,8}}?{COMPANY_DESCRIPTOR}(?=[\u4e00-\u9fffA-Za-z]{{2}})")

_WHEN_RE = re.compile(r"^(?:上半年|下半年|全年|今年|去年|期内|报告期内?|同期|前三季度|第?[一二三四]季度|\d{4}年度?)")


def _strip_kind(name: str) -> str:
    """星岚科技股份有限公司 → 星岚科技: the name as the text goes on to use it."""
    return re.sub(r"(?:股份有限公司|有限责任公司|有限公司)$", "", name)


def subject_company(text: str, before: int) -> str | None:
    """The company of the text's first sentence, when no other company is named before `before`.

    None when the first sentence does not start with a company doing something, or when another
    company is named before the quote: then "公司" is left as written."""
    # The first sentence, or the lead under a headline line ("恒岳地产中期亏损收窄\n恒岳地产…公布…").
    heads = [part.strip() for part in re.split(r"[。！？\n]", text[:600].lstrip()) if part.strip()][:2]
    m = next((found for first in heads if (found := _LEAD_RE.match(first))), None)
    if m is None:
        return None
    first = m.string
    full = m.group("name")
    name = _strip_kind(full)
    short = _SHORT_NAME_RE.search(first[m.end("name"):m.end("name") + 40])
    if short is not None and short.group("short") not in GENERIC_COMPANY and short.group("short") in full:
        name = short.group("short")
    # "新能源车企星途汽车发布…", "芯片巨头华岭科技宣布…": the description before the name is no part of it.
    described = _DESCRIBED_RE.match(name)
    if described is not None:
        name = name[described.end():]
    if name in GENERIC_COMPANY or len(name) < 2:
        return None
    for other in _ANY_COMPANY_RE.finditer(text[:before]):
        found = _WHEN_RE.sub("", other.group())  # "上半年公司合同销售额": the half-year, then the company itself
        if found in GENERIC_COMPANY or found.endswith(("子公司", "母公司", "分公司")):
            continue
        if name in found or found in full or _strip_kind(found) in full:
            continue
        if re.fullmatch(rf"(?:该|本|这家|此|旗下|其)?{_KIND}", found) or found.startswith(("该", "本", "这家", "其")):
            continue
        return None  # another company is named before the quote: which one is meant is unsure
    return name
