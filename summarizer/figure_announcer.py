"""Whose figures a flash states: "海川汽车公告，11月新能源汽车销量为8.2万辆" reports 海川汽车's
sales, though the clause that holds the figure names no company. In a list of flashes about
several companies, "新能源汽车销量：8.2万辆" shown alone is nobody's; the announcer is its owner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure
from summarizer.speakers_zh_words import _ZH_SURNAMES

__all__ = ["with_announcer"]

# "海川汽车公告，", "1. 海川汽车12月4日晚间公告称，", "据远山电池披露：": who reports what follows.
_ANNOUNCER_RE = re.compile(
    r"^\s*(?:\d{1,2}\s*[.、．]\s*)?据?(?P<name>[\u4e00-\u9fffA-Za-z]{2,6}?)\s*(?:\d{1,2}月\d{1,2}日)?\s*"
    # ("鼎硕同时公告，": 同时 says when, it is no part of the name.)
    r"(?:晚间|早间|午间|晚|盘后|盘前|同时|同時|另|亦|也)?(?:发布|發布)?(?:公告|披露|宣布)(?:称|显示)?\s*[，,:：]")
# Generic words for a company, or no name at all: no owner to carry ("公司公告，…").
# Nor is a source, a regulator, an exchange or a person one ("根据公司年报", "商务部", "法国总理…当天"):
# only a company reports its own sales.
_GENERIC_RE = re.compile(r"(?:本|该|上市)?公司|集团|其|上述公司|多家公司"
                         r"|.*(?:据|公司|年报|报告|情况|当天|今日|近日|日前|发布|数据|所|部|局|委|会|院|政府|央行|总理|主席|市长|称)")
# A subject that names its own owner or another body: "公司11月销量", "控股股东远山集团…".
_OWN_OWNER_RE = re.compile(r"^(?:公司|本公司|该公司|其)|(?:集团|公司|银行|股东|子公司|旗下|证券|基金)")


def with_announcer(sentence: str, figures: Sequence[Figure], lang: str) -> list[Figure]:
    """`figures`, each named subject prefixed with the company that announced them."""
    found = _ANNOUNCER_RE.match(sentence) if lang != "en" else None
    if not found or _GENERIC_RE.match(found.group("name")):
        return list(figures)
    name = found.group("name")
    if len(name) <= 3 and name[0] in _ZH_SURNAMES:
        return list(figures)  # "艾伟透露，": a person tells, and a person owns no sales
    shown = []
    for figure in figures:
        subject = figure.subject
        if figure.kind == "figure" and subject and name not in subject:
            if re.match(r"(?:本|该)?公司(?=[\u4e00-\u9fff]{2})", subject):
                subject = re.sub(r"^(?:本|该)?公司", name, subject)  # "公司11月销量" -> "海川汽车11月销量"
            elif not _OWN_OWNER_RE.search(subject):
                subject = name + subject
            figure = replace(figure, subject=subject)
        shown.append(figure)
    return shown
