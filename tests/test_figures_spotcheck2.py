"""Key figures: the classes found by reading a second spot check of new news, one test each.

Year ranges written "2023年至2025年", a day's date that is not a period, lists that share an
acronym ("中型、小型企业PMI"), the earlier forecast in brackets ("原为"), a share named after an
amount ("占比由…提升至…"), Hong Kong's 按年, a loss that shrank (减亏), comparison periods of an
earlier clause, and English subjects after "a range of", "for the six months", "HK cents",
"edged up", "shed", "weakened" and prices that "lost" ground. Sentences are written here.
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import by_text, figures


def test_a_year_range_written_with_two_years_dates_each_item() -> None:
    found = figures("2023年至2025年，澜星科技营业收入分别为3.12亿元、6.87亿元、11.45亿元。")
    assert [f.period for f in found] == ["2023年", "2024年", "2025年"]


def test_a_days_date_is_not_the_period_of_a_figure() -> None:
    found = figures("远帆科技11月3日公告，回购价格不超过每股46.80元。")
    assert by_text(found, "46.80元").period is None
    assert by_text(figures("截至10月31日，远帆科技累计回购股份1200万股。"), "1200万股").period == "截至10月31日"


def test_an_acronym_at_the_end_of_a_list_is_shared_and_a_second_run_follows_it() -> None:
    found = figures("中型、小型企业PMI分别为49.1%和47.9%，比上月下降0.2和0.4个百分点。")
    assert [f.subject for f in found] == ["中型企业PMI", "小型企业PMI", "中型企业PMI", "小型企业PMI"]


def test_the_earlier_forecast_in_brackets_is_named_as_such() -> None:
    found = figures("上调2027/28年EPS预测至2.10/2.65元（原为1.80/2.20元），维持买入评级。")
    assert [f.subject for f in found] == ["EPS预测", "EPS预测", "原EPS预测", "原EPS预测"]


def test_a_share_named_after_an_amount_is_the_share_of_that_amount() -> None:
    found = figures("其中海外收入约合73亿美元，占比由去年的34.5%提升至40.2%。")
    assert by_text(found, "73亿美元").subject == "海外收入"
    assert by_text(found, "34.5%").subject == "海外收入占比"
    assert by_text(found, "40.2%").subject == "海外收入占比"


def test_a_bound_with_a_currency_word_keeps_its_bound_and_an_inclusive_note_is_no_subject() -> None:
    found = figures("回购资金总额不低于人民币3亿元（含）、不超过人民币5亿元（含）。")
    assert [(f.subject, f.approx) for f in found] == [("回购资金总额", "不低于"), ("回购资金总额", "不超过")]


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "change", "basis"),
    [
        ("期内收入为96.2亿港元，按年微跌1.2%。", "1.2%", "收入", "down", "同比"),
        ("股东应占溢利约为18.6亿港元，按年增长10.4%。", "10.4%", "股东应占溢利", "up", "同比"),
    ],
)
def test_hong_kong_an_nian_is_year_on_year(sentence: str, text: str, subject: str, change: str, basis: str) -> None:
    found = by_text(figures(sentence), text)
    assert (found.subject, found.change, found.basis) == (subject, change, basis)


def test_a_loss_that_shrank_is_a_rise_and_a_base_period_dates_only_its_clause() -> None:
    found = figures("归母净利润亏损4.27亿元，上年同期亏损9.85亿元，亏损同比收窄56.6%，环比减亏0.8亿元。")
    assert by_text(found, "9.85亿元").subject == "归母净利润"
    assert by_text(found, "9.85亿元").period == "上年同期"
    assert by_text(found, "56.6%").period is None
    assert (by_text(found, "0.8亿元").subject, by_text(found, "0.8亿元").change) == ("归母净利润亏损额", "down")


def test_a_change_of_a_decline_rate_keeps_its_name() -> None:
    found = figures("TOP100房企销售总额同比下降19.6%，降幅较前10月收窄1.2个百分点。")
    assert by_text(found, "1.2个百分点").subject == "TOP100房企销售总额降幅"


def test_a_year_range_of_an_earlier_clause_does_not_date_a_single_figure() -> None:
    found = figures("我们上调公司2026-2028年归母净利润预测至10.6/12.5/14.6亿元，维持买入评级，目标价68元。")
    assert [f.period for f in found] == ["2026年", "2027年", "2028年", None]


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("10月当月，我国进出口3.7万亿元，同比增长4.6%。", "4.6%", "我国进出口"),
        ("海港集团前10个月出口52亿元，同比增长8%。", "8%", "海港集团出口额"),
        ("公司全年新签订单约58亿元，较上年增长近六成。", "六成", "公司新签订单"),
    ],
)
def test_a_change_takes_the_subject_its_amount_was_given(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "change", "unit"),
    [
        ("The company raised its full-year earnings forecast to a range of $4.10 to $4.20 a share.", "$4.10 to $4.20",
         "The company's full-year earnings forecast per share", "up", "$"),
        ("Harbour Holdings posted a net loss of HK$2.3 billion for the six months to June.", "HK$2.3 billion",
         "net loss", "loss", "HK$"),
        ("The board cut the interim dividend to 25 HK cents a share from 42 HK cents.", "25 HK cents",
         "interim dividend per share", "down", "HK cents"),
        ("Its load factor edged up 0.8 percentage points to 93.1%.", "0.8 percentage points", "load factor", "up",
         "percentage points"),
        ("Fuel costs should be about €400 million lower than last year.", "€400 million", "Fuel costs", "down", "€"),
        ("Manufacturing shed 18,000 jobs in October.", "18,000 jobs", "Manufacturing", "down", "jobs"),
        ("The currency weakened 0.3% against the dollar.", "0.3%", "The currency", "down", "%"),
        ("Brent crude lost $1.38, or 2.2%, to $62.95 a barrel.", "$1.38", "Brent crude", "down", "$"),
        ("Brent crude lost $1.38, or 2.2%, to $62.95 a barrel.", "2.2%", "Brent crude", "down", "%"),
        ("The group could raise output by 411,000 barrels per day.", "411,000 barrels per day", "output", "up",
         "barrels per day"),
        ("The central bank is expected to deliver a 25-basis-point cut next month.", "25-basis-point", "cut", "down",
         "basis points"),
    ],
)
def test_english_subjects_units_and_directions_of_wire_stories(sentence: str, text: str, subject: str, change: str,
                                                                unit: str | None) -> None:
    found = by_text(figures(sentence, lang="en"), text)
    assert (found.subject, found.change, found.unit) == (subject, change, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("Core inflation, which strips out food and energy, slowed to 3.0% from 3.2%.", "3.0%", "Core inflation"),
        ("Underlying profit, which excludes revaluations, fell 18% to HK$3.6 billion.", "18%", "Underlying profit"),
    ],
)
def test_an_english_subject_before_a_relative_clause_is_kept(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence, lang="en"), text).subject == subject


def test_an_english_base_is_dated_by_the_period_after_it() -> None:
    found = figures("Halvard Foods reported third-quarter net income of $412 million, or $1.08 a share, up from "
                    "$365 million, or 95 cents a share, a year earlier.", lang="en")
    assert [f.period for f in found] == ["third-quarter", "third-quarter", "a year earlier", "a year earlier"]


def test_a_year_like_count_with_a_unit_is_a_figure_and_an_industry_guess_is_an_estimate() -> None:
    found = figures("业内人士估计，年内清盘的私募产品数量或超过2000只，较去年增加约三成。")
    assert [(f.text, f.estimate) for f in found] == [("2000只", "estimate"), ("三成", "estimate")]
    assert figures("In 2020 jobs fell sharply.", lang="en") == []


def test_an_outlook_in_a_clause_of_its_own_marks_the_figures_after_it() -> None:
    assert [f.estimate for f in figures("公司预计，2027年营收将达120亿元。")] == ["forecast"]


def test_a_day_range_is_a_period_and_an_industry_outlook_is_shown_as_one() -> None:
    found = figures("11月1日至11日，全国快递企业共揽收包裹约68亿件，日均揽收量同比增长15%-20%。")
    assert [f.period for f in found] == ["11月1日至11日", "11月1日至11日"]
    outlook = figures("业内人士预计，12月房企销售额环比有望增长15%至20%。")[0]
    assert (outlook.estimate, outlook.period) == ("forecast", "12月")


def test_its_after_a_parenthetical_is_the_company_named_before_it() -> None:
    found = figures("Rival Keystone Micro, by contrast, said its revenue slipped 3% quarter-on-quarter.", lang="en")
    assert found[0].subject == "Rival Keystone Micro's revenue"


def test_a_range_with_the_currency_written_twice_is_one_figure() -> None:
    found = figures("Aerovia now expects full-year operating profit of between €2.1 billion and €2.3 billion.",
                    lang="en")
    assert [(f.text, f.value, f.subject, f.estimate) for f in found] == [
        ("€2.1 billion and €2.3 billion", (2.1e9, 2.3e9), "full-year operating profit", "forecast")]


def test_a_narrower_loss_is_a_fall_of_the_loss_not_of_the_profit() -> None:
    found = figures("归母净利润亏损4.27亿元，上年同期亏损9.85亿元，亏损同比收窄56.6%。")
    assert (by_text(found, "56.6%").subject, by_text(found, "56.6%").change) == ("归母净利润亏损额", "down")


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "subject", "period"),
    [
        ("当前股价对应0.58倍2027年PB，维持增持评级。", "zh", "0.58倍", "PB", "2027年"),
        ("三季度末不良率为0.82%，环比持平。", "zh", "0.82%", "不良率", "三季度末"),
        ("集团于9月末的现金及银行结余为121亿港元。", "zh", "121亿港元", "集团的现金及银行结余", "9月末"),
        ("Crestfield Bank said on Tuesday its second-quarter net profit fell 12% to £1.84 billion.", "en", "12%",
         "Crestfield Bank's net profit", "second-quarter"),
        ("The bank kept its guidance for a return on tangible equity of about 12%.", "en", "12%",
         "return on tangible equity", None),
    ],
)
def test_names_and_periods_around_a_multiple_a_quarter_end_and_a_ratio(sentence: str, lang: str, text: str,
                                                                        subject: str, period: str | None) -> None:
    found = by_text(figures(sentence, lang=lang), text)
    assert (found.subject, found.period) == (subject, period)


def test_what_economists_expected_written_after_the_figure_is_an_estimate() -> None:
    found = figures("Eastmark's economy grew 0.6%, faster than the 0.4% expected by economists.", lang="en")
    assert [(f.text, f.estimate) for f in found] == [("0.6%", None), ("0.4%", "estimate")]


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "value", "estimate"),
    [
        ("Marlow now expects comparable sales to fall 1% to 2%.", "1% to 2%", "comparable sales", (1.0, 2.0), "forecast"),
        ("Analysts expect revenue to rise 5%.", "5%", "revenue", 5.0, "estimate"),
    ],
)
def test_an_outlook_with_an_infinitive_names_its_noun_and_keeps_its_range(sentence: str, text: str, subject: str,
                                                                          value: object, estimate: str) -> None:
    found = by_text(figures(sentence, lang="en"), text)
    assert (found.subject, found.value, found.estimate) == (subject, value, estimate)


def test_a_change_and_where_it_ended_is_still_no_range() -> None:
    assert [f.text for f in figures("Shares fell 5% to 20% of their peak.", lang="en")] == ["5%", "20%"]


def test_a_margin_of_error_is_no_figure_and_a_written_down_value_is_named() -> None:
    found = figures("It forecast fourth-quarter revenue of $2.15 billion, plus or minus $50 million.", lang="en")
    assert [f.text for f in found] == ["$2.15 billion"]
    written = figures("It wrote down the value of its office portfolio by HK$4.8 billion.", lang="en")[0]
    assert (written.subject, written.change) == ("value of office portfolio", "down")
