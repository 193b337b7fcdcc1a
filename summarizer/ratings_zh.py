"""A brokerage note's verdict line, its rating with the reason in words, is one of its main points.

A Chinese note ends on the analyst's verdict: "看好公司新产线逐步投放、产品结构优化，维持买入评级。", "公司维持积极展店
扩张政策，到家业务成长迅速，维持“增持”评级。", "取目标价均值39.77元，首次覆盖给予“买入”评级。" Readers of the key-point
sets take it as a point: 47 of the 77 such lines of the notes of the 44 sets state one (a shown gross-margin line: 27
of 68). Yet it stood last, with the lead weight at its lowest and the news value of a plain line, behind a margin
line, a quarter's revenue or a segment's. It now has a story's next step's value, as a gross margin has
(summarizer.roles: a result's value and half again). Its place stays the last line's: given a next step's place as
well, a bare "维持公司“增持”评级。" outranked the note's results (kpmiss3: +4 points on half B, none on half A).

Only a verdict stated in words, with at most two numbers (a target price, a year): the forecast table it often
carries ("预计2022-2024年归母净利润为5.56/7.29/9.51亿元，EPS为1.79/2.34/3.06元，维持买入评级") is a point as often, but
weighed alike it took the place of the note's thesis lines, and CFBenchmark's references are those theses: R-1
fell from 0.2006 to 0.1955 (kpmiss3). Only in a brokerage note (results_twins.is_brokerage_note): elsewhere a
rating is a market item or an analyst quoted in passing. Every rule reads the line's own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from summarizer.results_twins import is_brokerage_note

__all__ = ["verdict_lines"]

# "维持买入评级", "给予“增持”评级", "首次覆盖予以“推荐”", "上调至买入", "维持跑赢行业评级", and a target price or value.
_RATING_RE = re.compile(
    r"(?:维持|给予|首次覆盖|上调至|下调至|上调为|下调为|调整为|重申)[^，。；;]{0,8}[“\"「]?"
    r"(?:强烈推荐|谨慎推荐|推荐|买入|增持|审慎增持|优于大市|跑赢行业|跑赢大市|优于行业|中性|持有|跑输行业)"
    r"|目标价|合理估值|合理价值")
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
# A verdict in words carries a target price or a year at most; a forecast table carries more.
MAX_NUMBERS = 2


def states_verdict(text: str) -> bool:
    """A note's line that gives its rating or target price, with at most MAX_NUMBERS numbers."""
    return bool(_RATING_RE.search(text)) and len(_NUMBER_RE.findall(text)) <= MAX_NUMBERS


def verdict_lines(texts: Sequence[str], lang: str) -> np.ndarray:
    """Per line, whether it is a brokerage note's verdict line (`states_verdict`); none outside Chinese notes."""
    if lang != "zh" or not is_brokerage_note(texts):
        return np.zeros(len(texts), dtype=bool)
    return np.array([states_verdict(text) for text in texts], dtype=bool)
