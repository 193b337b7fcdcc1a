"""A Chinese 分别 list over periods it does not name ("报告期各期，公司研发投入分别为2.15亿元、2.68亿元和3.32亿元"): which
value is which year is told elsewhere, if at all, so the list answers no question that asks one period
("芯衡微2026年上半年研发投入是多少" took its first value, 2.15亿元, for the half year the sentence before was about)."""

from __future__ import annotations

import re

from summarizer.answer.periods import Period, mentions

__all__ = ["unnamed_periods_list"]

_EACH_PERIOD = re.compile(r"(?:报告期(?:内)?各期|各报告期|报告期各年|各年度?|近[两三四五]年|最近[两三四五]年|过去[两三四五]年)[^。；]{0,30}?分别")


def unnamed_periods_list(period: Period, sentence: str) -> bool:
    """Does a question asking a period meet a 分别 list over periods the sentence leaves unnamed?"""
    if not (period.years or period.parts) or not _EACH_PERIOD.search(sentence):
        return False
    return not any(m for m in mentions(sentence))
