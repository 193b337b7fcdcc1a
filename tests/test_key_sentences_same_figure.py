"""Key sentences: two lines share a figure only when they state it, not in an aside.

The summary skips a line that repeats a chosen line's figure (the same fact, told twice). A
bracketed aside gives a basis or a detail ("年产能达到480万吨，同比+14%（上年末约为420万吨）"),
so the year-earlier 420万吨 there is not the line's fact, and a line stating the average
capacity of 420万吨 is another fact. A number of years (202年 with a digit lost, 300年) is a
date or a duration, no figure. Sample lines written for the test.
"""

from __future__ import annotations

from summarizer import analyze
from summarizer.roles import numbers


def test_an_aside_is_not_the_lines_figure() -> None:
    found = numbers("年末公司钢结构年产能达到480万吨，同比+14%（上年末约为420万吨），产能稳步增长。")
    assert "480" in found
    assert "420" not in found


def test_a_number_of_years_is_no_figure() -> None:
    assert "202" not in numbers("202年，公司成功中标民航空管局集采招标项目二次雷达，巩固了龙头地位。")
    assert "300" not in numbers("这家老字号已有300年历史，门店销售额增长12.5%。")
    assert "12.5%" in numbers("这家老字号已有300年历史，门店销售额增长12.5%。")


def test_a_figure_stated_twice_still_counts_once() -> None:
    assert numbers("公司营收达到128.6亿元。") & numbers("128.6亿元的营收创下新高。")


NOTE = (
    "公司发布2024年年报，全年实现营业总收入/归母净利润分别为205/12.3亿元，同比+3%/+2%。\n\n"
    "24年，公司年平均钢结构产能约420万吨，同比+8%。\n\n"
    "24年末，公司钢结构年产能达到480万吨，同比+14%（2023年末约为420万吨），产能实现稳步增长。\n\n"
    "公司与两地政府签订合作协议，将进一步扩大钢结构生产能力。\n\n"
    "我们维持公司“买入”评级。"
)


def test_the_year_end_capacity_is_not_skipped_as_a_repeat() -> None:
    shown = [s.text for s in analyze(NOTE, max_sentences=3).sentences]
    assert any("480万吨" in s for s in shown)
