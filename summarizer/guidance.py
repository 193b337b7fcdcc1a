"""A company's own guidance for a coming period, with its figures, is one of a text's main points.

One entry for both languages: `states_guidance` reads a Chinese line here and hands an English one to
summarizer.guidance_en (the module was guidance_zh while it read Chinese only).

A note or a flash on a company tells what the company itself expects: "公司预计2022Q1归母净利润9-11亿元",
"公司经营目标为2021年销量617万台（+10%），预计营业总收入8300亿元（+12%）", "公司预计2021年实现扣非归母7.3亿元
-8亿元". It is the company's word on the period to come (a profit warning or a target for the year), not the
analyst's forecast, and a reader takes it as news next to the results. A result's value put it level with
the quarter's and the segments' figure lines, and a late target line lost to them: on the hand-labelled
key-point sets all 9 such lines carry a main point, and the summary showed 7.

summarizer.roles weighs it like a story's next step or a gross margin: a result's value and half again.
Only the company's own word (公司预计, 公司经营目标), on its profit, revenue or sales, with a figure:
"预计2022-2024年归母净利润…" without 公司 is the analyst's forecast, and "公司预计增加税后利润2.49亿元" counts
the effect of a subsidy, not a period's result.

Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

from summarizer.guidance_en import states_guidance_en

__all__ = ["states_guidance"]

_GUIDANCE_RE = re.compile(
    r"公司[^，。；]{0,6}(?:预计|经营目标|(?<!盈利)(?<!业绩)预测)[^。；]{0,30}(?:净利|归母|营业总收入|营业收入|营收|收入|销量)[^。；]{0,20}\d"
)


def states_guidance(text: str, lang: str) -> bool:
    """A line in which the company states its expected profit, revenue or sales with a figure (Chinese here,
    English by summarizer.guidance_en)."""
    if lang == "en":
        return states_guidance_en(text)
    return lang == "zh" and bool(_GUIDANCE_RE.search(text))
