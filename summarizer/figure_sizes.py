"""A size that names a kind of product is no figure: "12英寸晶圆厂", "28纳米产品", "300毫米晶圆",
"8-inch wafers", "a 3nm chip".

A wafer's diameter or a process node written right before the line, fab, chip or product it
qualifies says which one is meant, like a model number; the news is what that line produces. A size
that is itself the result ("降雨量达50毫米。", "屏幕为6.7英寸，") or a screen's size in a review
("an 8-inch touchscreen") stays a figure.
"""

from __future__ import annotations

import re

# 吋 and 奈米 are Taiwan's inch and nanometre ("12吋晶圓", "7奈米製程").
_ZH_SIZE_UNITS = frozenset(("英寸", "寸", "吋", "纳米", "奈米", "毫米", "nm", "mm", "inch"))
# The nouns of chip making a wafer size or a process node names: "12英寸晶圆厂", "28纳米产品", "7nm工艺".
# (A screen's size is a spec a reader of a car or phone review wants: "12.3英寸中控屏" stays.)
# The noun may follow a word or two later: "12英寸先进工艺产线", "折合8英寸标准逻辑月产能". A bar's diameter
# names the steel product it prices the same way ("HRB400E 20mm螺纹钢价格").
_ZH_PRODUCT_RE = re.compile(r"""[\u4e00-\u9fff]{0,5}?(?:晶圆|硅片|产线|生产线|工艺|制程|芯片|产品|工厂|厂|节点|技术|项目|线|产能|良率|良品率
                            |螺纹钢|钢筋|线材|盘螺|钢管|钢板|板材)""", re.VERBOSE)
_EN_SIZE_UNITS = frozenset(("inch", "nm", "mm"))
_EN_PRODUCT_RE = re.compile(
    r"\s?(?:[A-Za-z]+\s)?(?:wafers?|chips?|process(?:es)?|nodes?|fabs?|(?:production\s)?lines?|technology"
    r"|semiconductors?|plants?|facilit(?:y|ies)|yields?|capacity|production|products?|orders?)\b")


def is_product_size(unit: str | None, tail: str, is_zh: bool) -> bool:
    """True when a number with a length unit qualifies the noun right after it."""
    if unit is None:
        return False
    if is_zh:
        return unit in _ZH_SIZE_UNITS and bool(_ZH_PRODUCT_RE.match(tail))
    return unit in _EN_SIZE_UNITS and bool(_EN_PRODUCT_RE.match(tail))


_SIZE_CODE_RE = re.compile(r"\d{1,3}(?:\.\d{1,2})?\s?-?(英寸|寸|吋|纳米|奈米|毫米|nm|mm|inch)")


def names_product(shadow: str, start: int, end: int, is_zh: bool) -> bool:
    """True when shadow[start:end] is a wafer size or process node naming the product after it.

    Such a size stays in a figure's subject: "台积电2纳米制程良率达到60%" is the 2nm yield, not all
    of the company's ("台积电制程良率"), as "5G基站出货量" is not all base stations'."""
    m = _SIZE_CODE_RE.fullmatch(shadow[start:end])
    return bool(m) and is_product_size(m.group(1), shadow[end:], is_zh)
