"""A Chinese measure's effect, counted with its figure, is one of a story's main points.

A policy or a market story tells the decision first and what it is worth after it: "此次降准预计向市场提供长期
流动性约1万亿元", "省医保局测算，政策实施后，预计每年可为参保患者减轻负担约9.8亿元", "每张券满100元减30元，预计带动
餐饮消费超过20亿元", "这一模式可为购房者节省过桥资金成本，缩短交易周期约15至30天". The line states no result of its
own (no past change, no "实现"), so it stood as a plain line below the decision's terms and the background: of the 6
such lines of the key-point sets (holdouts aside), all 6 carry a main point and the summary showed 3.

`measure_effects` marks a line that counts a measure's effect: an estimate (预计, 测算, 估算, 预估) or a "可 (为…)"
followed by a verb of effect (提供, 减轻, 节省, 节约, 释放, 带动, 拉动, 惠及, 减少, 降低, 缩短) and a figure;
summarizer.sentence_factors weighs it like a story's next step. Not in a brokerage note (results_twins.is_brokerage_note),
whose estimates are the analyst's forecasts ("预计2022-2025年…带动逆变器行业市场空间…", "公司预计增加税后利润2.49亿元":
a subsidy's effect on one year's profit is a detail of the results), nor a line with a range of years.

Every rule reads the lines' own words, never a particular document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from summarizer.results_twins import is_brokerage_note

__all__ = ["measure_effects", "states_measure_effect"]

_EFFECT_RE = re.compile(
    r"(?:(?:预计|测算|估算|预估)[^。；]{0,24}?|(?:每年|累计|合计|共|将|能)?可(?:为[^。；，]{1,12})?)"
    r"(?:提供|减轻|节省|节约|释放|带动|拉动|惠及|减少|降低|缩短)[^。；]{0,20}?\d")
_YEAR_RANGE_RE = re.compile(r"(?<!\d)(?:20)?\d{2}\s*[-–~至]\s*(?:20)?\d{2}\s*年")


def states_measure_effect(text: str) -> bool:
    """Whether a Chinese line counts a measure's effect with a figure (see the module docstring)."""
    return bool(_EFFECT_RE.search(text)) and not _YEAR_RANGE_RE.search(text)


def measure_effects(texts: Sequence[str], lang: str) -> np.ndarray:
    """Per line of a Chinese text that is no brokerage note: whether it counts a measure's effect."""
    if lang != "zh" or not texts or is_brokerage_note(texts):
        return np.zeros(len(texts), dtype=bool)
    return np.array([states_measure_effect(text) for text in texts], dtype=bool)
