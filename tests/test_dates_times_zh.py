"""A Chinese time of day says when, not how much (summarizer.dates): a line of one move and its level
is no listing because of its clock time. Sentences written for the test."""

from __future__ import annotations

import pytest

from summarizer.dates import date_free
from summarizer.roles import figure_count, news_value


@pytest.mark.parametrize("text, count", [
    ("北京时间10：15，离岸人民币兑美元跌0.08%，报7.1325元；", 2),
    ("北京时间10:15，离岸人民币兑美元跌0.08%，报7.1325元；", 2),
    ("6月3日14时25分在云南某县发生4.6级地震，震源深度12公里。", 2),
    # a ratio or a score is no time; hours and points of an index are figures
    ("公司拟按每10股配3股的比例配售，配股价为5.6元。", 3),
    ("24小时内订单突破3.2万台。", 2),
    ("干散货运价指数涨37点，收于1418点。", 2),
])
def test_times_of_day_are_not_counted(text: str, count: int) -> None:
    assert figure_count(text) == count


def test_a_move_with_its_clock_time_is_a_result_not_a_listing() -> None:
    timed = "北京时间10：15，离岸人民币兑美元跌0.08%，报7.1325元；"
    assert news_value(timed, "zh") == news_value("离岸人民币兑美元跌0.08%，报7.1325元；", "zh")


def test_the_time_is_blanked() -> None:
    assert "15" not in date_free("北京时间10：15，")
    assert "25" not in date_free("14时25分")
