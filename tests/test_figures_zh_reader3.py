"""Chinese figures read as a finance reader would, third round (seeded brokerage notes, seeds 880021+),
on texts written here:

- every row of a forecast table is the forecast, within a sentence and after a semicolon, and a row
  after a semicolon takes the table's years in order;
- a statement continued after a semicolon keeps the period its first part named, also behind a frame
  ("单季度来看，") and past a 其中 that singled out a quarter; a part headed by a list of periods
  ("2022H1/Q2") carries none.
"""

from __future__ import annotations

from tests.figure_helpers import figures_by_text


def test_forecast_table_rows_after_a_comma_are_forecasts() -> None:
    found = figures_by_text("星河电子发布年报。我们预计公司2025-2027年营业收入为12.30/15.10/18.60亿元，"
                            "归母净利润为1.20/1.60/2.10亿元，对应PE为30/22/17倍，维持买入评级。")
    for text, year in (("1.20", "2025年"), ("1.60", "2026年"), ("2.10亿元", "2027年")):
        assert found[text].estimate == "forecast"
        assert found[text].period == year


def test_forecast_table_rows_after_a_semicolon_take_the_years() -> None:
    found = figures_by_text("星河电子发布年报。预计2025~2027年公司营业收入52/62/73亿元，同比增长12%/19%/18%；"
                            "归母净利润为13/16/19亿元，同比增长8%/22%/29%；EPS为2.65/3.25/3.87元。")
    for text, year in (("13", "2025年"), ("16", "2026年"), ("19亿元", "2027年"), ("8%", "2025年"),
                       ("29%", "2027年"), ("2.65", "2025年"), ("3.87元", "2027年")):
        assert found[text].estimate == "forecast", text
        assert found[text].period == year, text


def test_a_row_of_another_length_or_with_its_own_time_is_no_forecast() -> None:
    found = figures_by_text("星河电子发布年报。我们预计公司2025-2026年营业收入为12.30/15.10亿元，"
                            "去年归母净利润为1.20/1.60亿元。")
    assert found["1.20"].estimate is None
    found = figures_by_text("星河电子发布年报。我们预计公司2025-2027年营业收入为12.30/15.10/18.60亿元，"
                            "毛利率为30%/32%。")
    assert found["30%"].estimate is None


def test_period_behind_a_frame_goes_on_after_the_semicolon() -> None:
    found = figures_by_text("星河电子2025年实现营收30亿元，同比增长10%。"
                            "单季度来看，Q4实现营收9亿元，同比增长12%；归母净利润1.2亿元，同比增长15%。")
    assert found["1.2亿元"].period == "Q4"
    assert found["15%"].period == "Q4"


def test_period_of_the_head_goes_on_past_a_quarter_singled_out() -> None:
    found = figures_by_text("星河电子2025年上半年实现营收30亿元，同比增长10%，其中Q2单季度实现16亿元，同比增长12%；"
                            "实现归母净利润1.2亿元，同比下降5%，其中Q2单季度实现0.7亿元，同比增长15%。")
    assert found["1.2亿元"].period == "2025年上半年"
    assert found["5%"].period == "2025年上半年"
    assert found["0.7亿元"].period == "Q2"


def test_a_list_of_periods_heading_the_part_is_not_carried() -> None:
    found = figures_by_text("星河酒业发布半年报。分地区来看，2025H1/Q2省内实现营收56.34/17.80亿元，同比+19.43%/-0.14%；"
                            "省外营收达95.92/0.79亿元，同比+31.52%/+0.6%。")
    assert found["0.79亿元"].period != "2025H1"
    assert found["0.6%"].period != "2025H1"


def test_a_percentile_written_as_a_percentage_is_no_figure() -> None:
    found = figures_by_text("星河证券研报指出，当前股债风险溢价已达到近五年以来85%分位水平，沪深300上涨2.1%。")
    assert "85%" not in found
    assert found["2.1%"].change == "up"
    found = figures_by_text("解锁条件为净资产收益率不低于12.5%且不低于对标企业75%分位点。")
    assert "75%" not in found


def test_per_mille_points_are_the_unit() -> None:
    found = figures_by_text("统计局发布数据，2025年人口出生率为6.52‰，比2024年下降0.87个千分点。")
    change = found["0.87个千分点"]
    assert change.unit == "个千分点"
    assert change.change == "down"


def test_a_list_not_handed_out_names_none_of_its_values() -> None:
    found = figures_by_text("星河电子发布年报。2025年公司销售费用率、管理费用率和财务费用率分别为11.20%（1.10pctYoY）、"
                            "3.40%（0.50pctYoY）和-1.30%（-1.00pctYoY）。")
    for text in ("11.20%", "3.40%", "-1.30%", "-1.00pct"):
        assert found[text].subject in (None, "销售费用率", "管理费用率", "财务费用率"), text
    assert found["-1.30%"].subject != "公司销售费用率、管理费用率和财务费用率"


def test_a_bare_metric_after_a_subsidiarys_metric_is_the_subsidiarys() -> None:
    found = figures_by_text("星河电子发布年报。子公司星河科技实现营收106.42亿元，同比增长1.62%，净利润6.96亿元，同比增长5.61%。")
    assert found["6.96亿元"].subject == "子公司星河科技净利润"
    assert found["5.61%"].subject == "子公司星河科技净利润"


def test_a_bare_metric_after_two_owners_or_the_companys_stays_bare() -> None:
    found = figures_by_text("星河酒业发布一季报。一季度中高档白酒实现营收12.4亿元，同比增长56%，普通白酒营收2.7亿元，"
                            "同比减少6.9%，毛利率较去年同期提升1.7pct至71.4%。")
    assert found["71.4%"].subject == "毛利率"
    found = figures_by_text("星河电子发布年报。2025年公司营收30亿元，同比增长10%，归母净利润3亿元，同比增长8%。")
    assert found["3亿元"].subject == "归母净利润"


def test_the_notes_own_expectation_beaten_is_no_forecast() -> None:
    found = figures_by_text("星河电器发布一季度业绩预告。而净利端表现超出我们的预期，根据公司发布的数据测算，2026Q1净利率区间约为"
                            "12%至14%，同比、环比均有明显提升(25Q1净利率10.7%、25Q4净利率10.3%)，并已经重回历史高峰区间"
                            "（2023年全年净利率为11.7%）。")
    assert found["10.7%"].estimate is None
    assert found["11.7%"].estimate is None


def test_an_expectation_missed_with_its_value_stays_the_estimate() -> None:
    found = figures_by_text("星河包装发布年报。2025年公司营收同增25.97%至148.50亿元，归母净利润同比下降9.19%至10.17亿元，"
                            "低于我们此前预期（11.75亿元）。")
    assert found["11.75亿元"].estimate == "estimate"


def test_a_half_or_quarter_written_after_its_year_is_one_period() -> None:
    found = figures_by_text("星河药房发布半年报。公司2025年H1实现营业收入80.6亿元（+16.1%）；实现归母净利润6.5亿元（+8.6%）。")
    assert found["80.6亿元"].period == "2025年H1"
    assert found["6.5亿元"].period == "2025年H1"


def test_a_span_is_dated_whole() -> None:
    found = figures_by_text("星河玻纤发布公告。我们预计25Q4到26年，行业新增产能有限，其中粗纱/电子纱分别约26/15万吨。")
    assert found["15万吨"].period == "25Q4到26年"
    found = figures_by_text("星河能源发布公告。反观星河能源，2018年至今的绝大多数时间内，公司的估值在10倍以下。")
    assert found["10倍以下"].period == "2018年至今"


def test_a_forecast_opened_with_its_years_before_the_comma() -> None:
    found = figures_by_text("星河窗业发布年报。我们预计2025-2027年，公司收入8.82/11.01/13.38亿元，同比增速-7.8%/24.8%/21.5%，"
                            "归母净利润1.14/1.53/2.02亿元。")
    for text in ("8.82", "-7.8%", "1.14", "2.02亿元"):
        assert found[text].estimate == "forecast", text


def test_todays_price_in_a_forecast_row_is_no_forecast() -> None:
    found = figures_by_text("星河窗业发布年报。我们预计2025-2027年，公司收入8.82/11.01/13.38亿元；"
                            "EPS1.20/1.62/2.13元，对应4月19日28.22元收盘价23.52/17.54/13.27xPE。")
    assert found["1.20"].estimate == "forecast"
    assert found["28.22元"].estimate is None


def test_a_clause_going_on_with_the_forecasts_verb_is_the_forecast() -> None:
    found = figures_by_text("星河电器发布业绩预告，预计2026Q1实现收入12.2亿元至12.7亿元，同比+25%至+30%，"
                            "录得归母净利润1.5亿元至1.7亿元，同比+45%至65%。")
    assert found["1.5亿元至1.7亿元"].estimate == "forecast"
    assert found["45%至65%"].estimate == "forecast"
