"""A period's revenue and profit told in two lines of a brokerage note are one point (summarizer.results_twins).
Sentences written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.results_twins import is_brokerage_note, results_periods, twins

YEAR_REVENUE = "公司2025年实现营收64.32亿元，同比增长18.57%。"
YEAR_PROFIT = "25年实现归母净利润12.46亿元，同比增长21.08%。"
QUARTER_PROFIT = "26Q1实现归母净利润4.37亿元，同比增长9.62%。"
RATING = "我们预计公司2026-2028年归母净利润分别为14.35/16.52/18.97亿元，维持“买入”评级。"

NOTE = "\n\n".join((
    "事件：公司发布2025年年报及2026年一季报。",
    YEAR_REVENUE,
    YEAR_PROFIT,
    QUARTER_PROFIT,
    "26Q1实现营收21.15亿元，同比增长11.43%。",
    "分产品看，高端系列收入同比增长25.3%，占比提升至61.2%。",
    "公司渠道改革持续推进，经销商结构不断优化，终端动销良好。",
    RATING,
))


def test_a_note_shows_its_period_results_once() -> None:
    shown = [s.text for s in analyze(NOTE, max_sentences=3).sentences]
    assert YEAR_REVENUE in shown
    assert YEAR_PROFIT not in shown  # the year's results are shown by the revenue line
    assert QUARTER_PROFIT in shown
    assert RATING in shown


def test_the_profit_line_is_shown_when_nothing_else_is_left() -> None:
    shown = [s.text for s in analyze("\n\n".join(("事件：公司发布2025年年报。", YEAR_REVENUE, YEAR_PROFIT)),
                                     max_sentences=3).sentences]
    assert YEAR_REVENUE in shown and YEAR_PROFIT in shown


def test_the_periods_of_results_lines() -> None:
    lines = [
        "事件：公司发布2025年三季报。",
        "2025年前三季度，公司实现营业收入37.20亿元，同比增长30.38%；",
        "实现归母净利润2.86亿元，同比下滑11.60%；",  # no period named: the line before's
        "实现扣非归母净利润2.41亿元，同比下滑15.02%；",  # the recurring profit too
        "单三季度来看，公司实现营业收入13.03亿元，同比增长26.27%；",
        "事件：公司披露2024年年报及2025年一季度报告：1）2024年公司实现营业收入134.5亿元，同比+33.97%；",
        "2025Q2实现归母净利润3.37亿元，同比扭亏、环比+277%。",
        "分业务看，医疗服务业务营收2.5亿元，同比增长42.9%。",  # a segment
        "12 月收入同比增速 4%，高于 11 月的 1%。",  # a month's figures
        "我们预计公司2025-2027年营业收入分别为39.18/51.92/70.03亿元。",  # a forecast of years
    ]
    assert results_periods(lines) == [None, ("25", "9M"), ("25", "9M"), ("25", "9M"), (None, "Q3"), ("24", "FY"),
                                       ("25", "Q2"), None, None, None]


FLASH = ("财联社4月15日电，某某科技晚间公告，2026年第一季度实现营业收入42.37亿元，同比下降6.52%；\n\n"
         "归母净利润5.18亿元，同比增长18.6%。")


def test_only_in_a_brokerage_note() -> None:
    # A results flash's readers list revenue and profit as two points: no twins there.
    lines = FLASH.split("\n\n")
    assert results_periods(lines)[0] == results_periods(lines)[1]
    assert not twins(lines)(0, 1)
    assert twins(["我们维持“买入”评级。", *lines])(1, 2)


def test_a_brokerage_note_by_its_own_words() -> None:
    assert is_brokerage_note(["事件", "公司发布2025年年报。"])  # the note's label on a line of its own
    assert is_brokerage_note(["公司三季度业绩符合预期。"])
    assert not is_brokerage_note(FLASH.split("\n\n"))
