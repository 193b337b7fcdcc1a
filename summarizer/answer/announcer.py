"""The company a title-less note is about, when it names it only once, later, as the one announcing.

Brokerage notes and flashes say 公司 throughout and may name their company only in a later paragraph
("8月12日，TCL中环发布公告，拟…"). With no title and no name in the opening, "TCL中环上半年营业收入是多少"
was refused although "2022H1公司实现营业收入316.98亿元" answers it. A sentence that opens with a name
announcing something (X发布公告 / X公告称 / X宣布), or summing it up as a leader (X是A股…龙头), names the
note's own company; it is read as part of the
opening, but only when the article has no title and exactly one such announcer, so that a note that
quotes another company's announcement never lends that company its own figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.speakers_zh_company import COMPANY_DESCRIPTOR

__all__ = ["announcing_sentence"]

_ANNOUNCES = re.compile(
    r"(?:[（(][\u4e00-\u9fffA-Za-z]{0,8}(?:记者|通讯员)[^）)]{0,20}[）)]\s*)?"  # "（新闻网记者 林晓）": a byline
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:晚间|晚|早间)?[，,]?|近日[，,]?|日前[，,]?|今日[，,]?)?"
    rf"(?:[\u4e00-\u9fff]{{1,8}}?{COMPANY_DESCRIPTOR}(?=[\u4e00-\u9fffA-Za-z]{{2}}))?"  # "储能设备制造商恒岳能源"
    r"(?P<name>[A-Za-z0-9\u4e00-\u9fff]{2,12}?)(?:（[^）]{1,20}）|\([^)]{1,20}\))?"
    r"(?:发布(?:了)?(?:\d{4}年)?(?:第?[一二三四]季度|前三季度|半年度|年度)?(?:公告|业绩|财报|年报|中报|季报|半年报|报告|业绩报告)|公告称|公告|宣布)")
# "钢研高纳是A股高温合金龙头，公司技术领先": a note names its company where it sums it up as a leader.
_LEADER = re.compile(r"(?P<name>[A-Za-z0-9\u4e00-\u9fff]{2,12}?)(?:是|为|作为)(?:[^，。,；]{0,14}?)"
                     r"(?:龙头|領頭|领军企业|领先企业|龙头企业)")
_GENERIC = re.compile(r"^(?:本|该|贵)?公司$|^上市公司$|^本行$|^该行$|^集团$")


def announcing_sentence(sentences: Sequence[str], title: str | None) -> str | None:
    """The words in which a title-less article's one announcer names itself ("8月12日，TCL中环发布公告"), if there
    is exactly one: only those words, never the rest of the sentence (a company it buys from is not the subject)."""
    if title and title.strip():
        return None
    found: dict[str, str] = {}
    for sentence in sentences:
        m = _ANNOUNCES.match(sentence.strip()) or _LEADER.match(sentence.strip())
        if m and not _GENERIC.match(m.group("name")):
            found.setdefault(m.group("name"), m.group(0))
    return next(iter(found.values())) if len(found) == 1 else None
