"""Key figures of announcements (公告): a per-share range is one range, a flattened table row's change
cell (its "%" only in the header) is left out, a rise in value or a premium is up and a discount down,
and a span of calendar days a rule counts in is no count. Sentences are written here.
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import by_text, figures


@pytest.mark.parametrize(("sentence", "written", "low", "high"), [
    ("基本每股收益：盈利0.30元/股至0.42元/股。", "0.30元/股至0.42元/股", 0.30, 0.42),
    ("稀释每股收益预计为1.05元/股到1.20元/股。", "1.05元/股到1.20元/股", 1.05, 1.20),
])
def test_a_per_share_range_is_one_range(sentence: str, written: str, low: float, high: float) -> None:
    found = figures(sentence)
    fig = by_text(found, written)
    assert fig.value == pytest.approx((low, high))
    assert fig.unit == "元/股"
    assert not [f for f in found if f.text in written and f.text != written]


def test_two_per_share_prices_of_different_things_stay_apart() -> None:
    found = figures("回购价格上限由12.50元/股调整为11.80元/股。")
    assert not any(isinstance(f.value, tuple) for f in found)


@pytest.mark.parametrize(("row", "change_cell"), [
    ("营业收入 120,500.00 100,000.00 20.50", "20.50"),
    ("利润总额 8,800.00 11,000.00 -20.00", "-20.00"),
])
def test_a_table_rows_change_cell_is_left_out(row: str, change_cell: str) -> None:
    found = figures("项目 本报告期 上年同期 增减变动幅度（%）", row)
    assert change_cell not in [f.text for f in found]


def test_a_third_cell_that_is_no_change_is_kept() -> None:
    found = figures("项目 第一季度 第二季度 第三季度", "发货量 1,200 1,350 1,410")
    assert "1,410" in [f.text for f in found]


@pytest.mark.parametrize(("sentence", "written", "change"), [
    ("标的公司股东全部权益评估值为9.60亿元，增值率为152.30%。", "152.30%", "up"),
    ("本次交易对价较标的公司资产净值溢价约12.5%。", "12.5%", "up"),
    ("配售价较最后交易日收市价折让约9.8%。", "9.8%", "down"),
])
def test_a_measure_named_after_its_direction_has_it(sentence: str, written: str, change: str) -> None:
    assert by_text(figures(sentence), written).change == change


def test_a_span_of_calendar_days_is_no_count() -> None:
    found = figures("通过集中竞价方式减持的，在任意连续90个自然日内减持股份总数不超过公司总股本的1%。")
    assert "90个" not in [f.text for f in found]
    assert "1%" in [f.text for f in found]


def test_a_bound_restated_in_the_body_is_one_fact() -> None:
    from summarizer.pipeline import analyze

    text = ("●乙科技股票于2026年5月6日、5月7日、5月8日连续三个交易日内收盘价格跌幅偏离值累计超过20%。\n"
            "公司股票交易连续三个交易日内收盘价格跌幅偏离值累计超过20%，属于股票交易异常波动情形。\n"
            "回购资金总额不低于人民币1亿元且不超过人民币2亿元。")
    shown = [f.text for f in analyze(text, title="乙科技股票交易异常波动公告").key_figures]
    assert shown.count("20%") == 1
    assert "1亿元" in shown and "2亿元" in shown


def test_two_short_bounds_of_different_things_stay_two() -> None:
    from summarizer.pipeline import analyze

    text = ("丙公司计划通过集中竞价减持股份不超过公司总股本的2%。\n"
            "丁公司本次担保金额占最近一期净资产比例不超过2%。")
    shown = [f.text for f in analyze(text, title="丙公司公告").key_figures]
    assert shown.count("2%") == 2


def test_this_time_gives_way_to_the_amounts_name() -> None:
    fig = by_text(figures("本次为甲新材提供担保金额为人民币3亿元；"), "3亿元")
    assert fig.subject is not None and "担保金额" in fig.subject


def test_a_bare_verb_in_brackets_gives_way_to_the_use_before_them() -> None:
    found = figures("募集资金总额不超过20亿元，将用于年产10GWh电池项目（拟投入募集资金15亿元）及补充流动资金（拟投入5亿元）。")
    assert by_text(found, "5亿元").subject == "补充流动资金"
    assert by_text(found, "15亿元").subject != "补充流动资金"
