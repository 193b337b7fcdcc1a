"""A Chinese line that says who a company is, not what happened to it.

summarizer.roles weighs a line without a figure that describes a company ("公司主要从事…", "主营业务为…",
"成立于…", "是一家…") like a description: who the company is, not the news. Brokerage notes describe it in more
ways, and the summary showed them as key sentences: its place in its trade ("公司是国内最大的天然碱法制纯碱和
小苏打企业，纯碱产能居于国内第四位…"), what it makes ("牧原股份主营生猪养殖，建立了…完整封闭式生猪产业链",
"挑战农业主营产品…"), how far its chain reaches ("公司已经覆盖了…的全产业链条"), how it places its business
("盈趣业务定位为…") and how its products divide ("公司重点产品的应用领域分为六大部分：…"). On the key-point
sets, 6 lines without a figure describe a company so: none states a main point, and 5 were shown.

A line with a figure is left alone: "公司是全球领先的光模块厂商，…市占率处于领先地位" weighs as before, and so
does a result that names the main business ("主营业务收入2961.5亿元").

Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["describes_company"]

# The place in its trade or what it makes, in the line's first clause ("公司是国内最大的…企业", "X主营…");
# the reach of its chain, its positioning, the parts its products divide into, anywhere.
_PROFILE_ZH = re.compile(
    r"^[^，。；]{0,12}?(?:是(?:国内|全球|全国|行业|我国|中国|世界)[^，。；]{0,24}(?:企业|公司|厂商|龙头|供应商|制造商|之一)"
    r"|(?<![家的])主营(?!业务收入|收入))"
    r"|公司(?:已|已经)?(?:形成|构建|建立|覆盖)了?[^，。；]{0,30}产业链"
    r"|业务定位(?:为|于)|(?:产品|业务)[^，。；]{0,12}分为[^，。；]{0,6}[大个](?:部分|板块|业务)"
)


def describes_company(text: str, lang: str) -> bool:
    """A Chinese line that describes a company's place, products or chain (figures are the caller's test)."""
    return lang == "zh" and bool(_PROFILE_ZH.search(text))
