"""Key figures: the classes found by a fourth spot check, on Chinese macro releases, rate
decisions, company announcements, market closes and monthly sales, and English macro news.

A range of two losses; the share base of a payout, a wait in trading days, a class of holder,
an exclusion and an assumed amount are no figures; a buyback decided next to a raised forecast
is no forecast; 增加值, tenors, stocks that hit the limit, targets, shares of the thing before,
conversions and comparison bases in Chinese subjects; "for a third straight month", "at an
annualized pace", "to a range of" and jobless claims in English ones. Sentences are written here.
"""

from __future__ import annotations

import pytest

from summarizer.model import Figure
from tests.figure_helpers import by_text
from tests.figure_helpers import figures as key_figures


def figures(sentence: str, lang: str = "zh") -> list[Figure]:
    return key_figures(sentence, lang=lang)


# ---------------------------------------------------------------- values and directions


def test_a_range_of_two_losses_is_one_figure_and_a_loss() -> None:
    found = figures("公司预计2026年归母净利润为-3.2亿元至-2.1亿元，上年同期为盈利0.8亿元。")
    fig = by_text(found, "-3.2亿元至-2.1亿元")
    assert fig.value == (-320000000.0, -210000000.0)
    assert fig.change == "loss"
    assert not [f for f in found if f.text in ("-3.2亿元", "-2.1亿元")]


def test_a_negative_profit_is_a_loss_and_a_negative_cash_flow_a_decline() -> None:
    assert by_text(figures("报告期内公司净利润-1.4亿元。"), "-1.4亿元").change == "loss"
    assert by_text(figures("经营活动现金流量净额为-2.7亿元。"), "-2.7亿元").change == "down"


@pytest.mark.parametrize(("sentence", "not_a_figure"), [
    ("公司拟向全体股东每10股派发现金红利4.5元（含税）。", "10股"),
    ("股东计划自公告之日起15个交易日后的6个月内减持。", "15个交易日"),
    ("持股5%以上股东远山投资拟减持不超过2%股份。", "5%以上"),
    ("央行下调存款准备金率0.25个百分点（不含已执行5%存款准备金率的机构）。", "5%"),
    ("以200万元、20年期的商业贷款计算，每月还款减少约110元。", "200万元"),
])
def test_a_number_that_names_a_rule_or_an_assumption_is_no_figure(sentence: str, not_a_figure: str) -> None:
    assert not_a_figure not in [f.text for f in figures(sentence)]


def test_a_payout_says_what_it_is_per() -> None:
    fig = by_text(figures("公司拟向全体股东每10股派发现金红利4.5元（含税）。"), "4.5元")
    assert "每10股" in (fig.subject or "")


def test_a_buyback_decided_next_to_a_raised_forecast_is_no_forecast() -> None:
    found = figures("Pellow Foods raised its annual profit forecast on Monday and approved a $2 billion "
                    "share buyback.", "en")
    assert by_text(found, "$2 billion").estimate is None


# ---------------------------------------------------------------- Chinese subjects


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("10月份，全国规模以上工业增加值同比增长4.9%。", "4.9%", "全国规模以上工业增加值"),
    ("从环比看，规模以上工业增加值比上月增长0.38%。", "0.38%", "规模以上工业增加值"),
    ("当日央行开展了1500亿元14天期逆回购操作。", "1500亿元", "14天期逆回购操作"),
    ("两市约85只个股涨停。", "85只", "涨停个股"),
    ("今年前10个月，集团累计新签合同额达920亿元。", "920亿元", "集团累计新签合同额"),
    ("午后稀土永磁板块大涨超4%。", "4%", "稀土永磁板块"),
    ("1—10月，全国居民消费价格比上年同期上涨0.4%。", "0.4%", "全国居民消费价格"),
    ("中、大型企业PMI分别为49.2%和50.9%。", "49.2%", "中型企业PMI"),
    ("中、大型企业PMI分别为49.2%和50.9%。", "50.9%", "大型企业PMI"),
])
def test_the_chinese_subject_names_what_is_measured(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


def test_a_share_is_of_the_thing_the_clause_before_counted() -> None:
    found = figures("其中，出口市场10月销售8,120辆，占总销量的15.6%。")
    assert by_text(found, "15.6%").subject.startswith("出口市场")
    land = figures("项目计划投资12亿元，占地300亩。")
    assert not by_text(land, "300亩").subject.startswith("项目计划投资")


def test_a_target_is_named_as_a_target() -> None:
    found = figures("1-10月累计交付18.6万辆，已完成全年25万辆目标的74%。")
    assert by_text(found, "25万辆").subject.endswith("目标")
    assert not by_text(found, "18.6万辆").subject.endswith("目标")


def test_an_amount_converted_keeps_the_subject_of_the_amount() -> None:
    found = figures("合同金额约3.1亿美元，折合人民币约22亿元。")
    assert by_text(found, "22亿元").subject == "合同金额"


def test_a_ratio_named_with_bi_keeps_it() -> None:
    assert by_text(figures("公司收现比为108%，净现比为1.6倍。"), "108%").subject == "公司收现比"


# ---------------------------------------------------------------- English subjects


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("Core inflation rose 0.2% for a third straight month and was up 3.1% from a year earlier.", "0.2%",
     "Core inflation"),
    ("Core inflation rose 0.2% for a third straight month and was up 3.1% from a year earlier.", "3.1%",
     "Core inflation"),
    ("The Bank of Canada cut its policy rate by 50 basis points on Wednesday to a range of 3.0%-3.25%.",
     "3.0%-3.25%", "policy rate"),
    ("The economy expanded at an annualized 1.9% rate in the second quarter.", "1.9%", "The economy"),
    ("Initial jobless claims rose 8,000 to 231,000 last week, the Labor Department said.", "8,000",
     "Initial jobless claims"),
])
def test_the_english_subject_names_what_is_measured(sentence: str, text: str, subject: str) -> None:
    assert subject in (by_text(figures(sentence, "en"), text).subject or "")


# ---------------------------------------------------------------- English months


def test_a_month_after_an_english_figure_is_its_period() -> None:
    found = figures("Producer prices rose 0.4% in March after falling 0.1% in February.", "en")
    assert by_text(found, "0.4%").period == "March"
    assert by_text(found, "0.1%").period == "February"


def test_a_month_and_a_year_earlier_give_the_period_and_the_basis() -> None:
    fig = by_text(figures("Import prices in Eastmark rose 1.8% in April from a year earlier.", "en"), "1.8%")
    assert (fig.period, fig.basis) == ("April", "year on year")


def test_a_base_dates_itself_only_where_the_change_is_dated_too() -> None:
    both = figures("Inflation eased to 2.6% in July from 2.9% in June.", "en")
    assert by_text(both, "2.9%").period == "June"
    one = figures("The deficit narrowed to $41.2 billion from $44.0 billion in May.", "en")
    assert by_text(one, "$44.0 billion").period is None


def test_a_month_does_not_date_the_next_clause() -> None:
    found = figures("Inflation eased to 2.6% in July, while the economy grew 0.3% quarter on quarter.", "en")
    assert by_text(found, "0.3%").period is None


def test_a_month_before_the_figure_is_when_something_happened() -> None:
    found = figures("The council approved a plan in March that raised school spending by 3%.", "en")
    assert by_text(found, "3%").period is None


# ---------------------------------------------------------------- found by the holdout


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("1-9月，摩托车产销分别完成1520万辆和1498万辆。", "1520万辆", "摩托车产量"),
    ("1-9月，摩托车产销分别完成1520万辆和1498万辆。", "1498万辆", "摩托车销量"),
    ("公司拟向56名核心员工授予股票期权300万份。", "56名", "核心员工"),
    ("当日北向资金净卖出41.2亿元。", "41.2亿元", "北向资金净卖出"),
    ("截至10月末，黄金储备为7,280万盎司，较9月末增加16万盎司，升幅为0.2%。", "0.2%", "黄金储备"),
])
def test_paired_words_recipients_net_selling_and_rises_are_named(sentence: str, text: str, subject: str) -> None:
    assert subject in (by_text(figures(sentence), text).subject or "")


def test_net_selling_is_no_sales() -> None:
    assert "销售" not in (by_text(figures("南向资金全天净卖出12.5亿港元。"), "12.5亿港元").subject or "")


def test_shrinking_is_down() -> None:
    found = figures("Output grew 0.4% in March, after shrinking 0.6% in February.", "en")
    assert by_text(found, "0.6%").change == "down"


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("The Reserve Bank held the Cash Rate at 3.6% on Tuesday.", "3.6%", "Cash Rate"),
    ("Norrow Chips on Tuesday forecast second-quarter revenue between $810 million and $850 million.",
     "$810 million and $850 million", "revenue"),
])
def test_a_rate_held_and_a_revenue_forecast_are_named(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence, "en"), text).subject == subject


def test_a_bound_before_a_share_of_something_stays_with_the_share() -> None:
    found = figures("股东拟减持公司股份不超过300万股，即不超过公司总股本的1.5%。")
    assert by_text(found, "1.5%").approx == "不超过"
