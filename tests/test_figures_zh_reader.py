"""Chinese figures read as a finance reader would, on sentences written here (classes seen on seeded
brokerage notes and flashes, 2026-12-07, seeds 880001-880010):

- a segment, region or product before 实现 owns the amount ("证券投资业务实现营业收入…" is not the
  company's revenue), so its change is not shown as the whole company's;
- "1~3Q19" is the first three quarters, not the third quarter; "报告期末" is a period, not 报告期 plus a
  subject "末公司存货";
- a 分别 list after "增速分别为" takes the subjects of the amounts before it, and where not every amount
  names one, the list names none rather than all the last one's;
- "行业80分位" is a percentile, not 80分;
- "净增加133家至2177家" is a change and the level reached, not a range.
"""

from __future__ import annotations

import pytest

from summarizer.model import Figure
from tests.figure_helpers import figures


def by_text(sentence: str) -> dict[str, Figure]:
    return {f.text: f for f in figures(sentence)}


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("2024年，财富管理业务实现营业收入8.40亿元，同比增长21.30%。", "21.30%", "财富管理业务营业收入"),
        ("2024年，财富管理业务实现营业收入8.40亿元，同比增长21.30%。", "8.40亿元", "财富管理业务营业收入"),
        ("分区域看，24Q2华北市场实现营收3.15亿，同比+41.2%；华南市场实现营收7.70亿，同比+18.6%。", "41.2%", "华北市场营收"),
        ("分区域看，24Q2华北市场实现营收3.15亿，同比+41.2%；华南市场实现营收7.70亿，同比+18.6%。", "18.6%", "华南市场营收"),
        ("24Q2公司实现营收9.88亿元，同比+35.1%，其中乳品产品实现营业收入6.02亿元，同比+52.4%。", "52.4%", "乳品产品营业收入"),
        ("24Q2公司实现营收9.88亿元，同比+35.1%，其中乳品产品实现营业收入6.02亿元，同比+52.4%。", "35.1%", "营收"),
    ],
)
def test_a_segment_before_its_verb_owns_the_amount(sentence: str, text: str, subject: str) -> None:
    assert by_text(sentence)[text].subject == subject


def test_first_three_quarters_written_with_a_range_before_the_quarter() -> None:
    found = by_text("丰禾股份公布1~3Q24业绩，收入21.37亿元，同增6.15%。")
    assert found["21.37亿元"].period == "1~3Q24"
    assert found["6.15%"].period == "1~3Q24"
    found = by_text("公司1-3Q23营收15亿元，同比增长9%。")
    assert found["15亿元"].period == "1-3Q23"
    assert found["15亿元"].subject == "公司营收"


def test_the_end_of_the_reporting_period_is_a_period() -> None:
    found = by_text("报告期末公司存货7.42亿元，较年初上升12.18%。")
    assert found["7.42亿元"].period == "报告期末"
    assert found["7.42亿元"].subject == "公司存货"
    assert found["12.18%"].subject == "公司存货"


def test_growth_rates_listed_after_two_amounts_take_their_subjects() -> None:
    found = by_text("公司2024年一季度收入6.35亿元，净利润1.12亿元，增速分别为11.47%、3.58%，位于行业前列。")
    assert found["11.47%"].subject == "公司收入"
    assert found["3.58%"].subject == "净利润"


def test_a_list_whose_amounts_do_not_all_name_a_subject_names_none() -> None:
    found = by_text("报告期内，公司共承销37单项目，合计承销金额218.6亿元，同比增幅分别为85.00%、97.31%。")
    assert found["85.00%"].subject != "承销金额"


def test_a_percentile_is_no_figure() -> None:
    found = by_text("公司争取ROE均不低于行业75分位水平，收入增速不低于12%。")
    assert "75分" not in found
    assert "12%" in found


@pytest.mark.parametrize(
    ("sentence", "change", "level"),
    [
        ("24Q2经销商数量环比净增加96家至1，845家。", "96家", "1，845家"),
        ("报告期内门店数量增加35家至412家。", "35家", "412家"),
    ],
)
def test_a_change_and_the_level_it_reached_are_two_figures(sentence: str, change: str, level: str) -> None:
    found = by_text(sentence)
    assert change in found and level in found
    assert not isinstance(found[change].value, tuple)


def test_a_range_after_a_change_verb_stays_a_range() -> None:
    found = by_text("公司预计年内新增门店100家至150家，营收同比增长20%至30%。")
    assert found["100家至150家"].value == (100.0, 150.0)
    assert found["20%至30%"].value == (20.0, 30.0)


def test_an_owner_with_an_aside_in_brackets_still_owns_the_amount() -> None:
    found = by_text("前三季度，公司ICT（信息化解决方案）业务实现收入312亿元，同比增长27.5%。")
    assert found["27.5%"].subject == "公司ICT业务收入"


def test_a_forecast_goes_on_after_a_semicolon_with_the_same_verb() -> None:
    found = {f.text: f for f in figures(
        "事件：公司发布24Q1业绩预告，预计24Q1公司实现营收21.2-22.6亿元，同比增长12%-19%；",
        "实现归母净利润2.1-2.4亿元，同比增长15%-31%；",
        "实现扣非归母净利润1.9-2.2亿元，同比增长18.5%-37.0%。",
    )}
    for text in ("2.1-2.4亿元", "15%-31%", "1.9-2.2亿元", "18.5%-37.0%"):
        assert found[text].estimate == "forecast", text
        assert found[text].period == "24Q1", text


def test_a_reported_statement_after_a_semicolon_is_no_forecast() -> None:
    found = {f.text: f for f in figures(
        "报告期内，公司实现营收18.31亿元，同比上涨11.42%；",
        "实现归母净利润0.72亿元。",
    )}
    assert found["0.72亿元"].estimate is None
    assert found["0.72亿元"].period == "报告期内"


def test_a_list_of_three_years_gives_each_item_its_year() -> None:
    found = by_text("预计2025/2026/2027年分别实现营业收入41.20/53.65/68.10亿元，分别实现归母净利润11.05/14.70/19.30亿元。")
    assert [found[t].period for t in ("41.20", "53.65", "68.10亿元")] == ["2025年", "2026年", "2027年"]
    assert [found[t].period for t in ("11.05", "14.70", "19.30亿元")] == ["2025年", "2026年", "2027年"]


def test_years_listed_with_commas_and_he_date_each_item_and_leave_the_subject_whole() -> None:
    found = by_text("预计公司2025年、2026年和2027年归母净利润分别为3.12亿元、4.05亿元和5.26亿元，EPS 0.71元、0.92元和1.20元。")
    assert [found[t].period for t in ("3.12亿元", "4.05亿元", "5.26亿元")] == ["2025年", "2026年", "2027年"]
    assert found["3.12亿元"].subject == "公司归母净利润"
    assert [found[t].period for t in ("0.71元", "0.92元", "1.20元")] == ["2025年", "2026年", "2027年"]


def test_a_list_longer_than_its_years_shows_no_year() -> None:
    found = by_text("上调2026/2027年净利润预测至182/240亿元，对应EPS分别为3.10/4.05/5.33元。")
    assert [found[t].period for t in ("3.10", "4.05", "5.33元")] == [None, None, None]


def test_a_verb_of_judging_alone_is_no_subject() -> None:
    found = by_text("铜价将再次面临动荡的交易环境，但考虑到价格已经反映了下修因素，可能会继续保持在9000美元/吨上方。")
    assert found["9000美元/吨"].subject is None


def test_a_year_and_a_quarter_joined_by_he_date_each_item_and_leave_no_he_in_the_subject() -> None:
    found = by_text("公司2023年和2024年一季度毛利率分别为28.4%和31.6%。")
    assert (found["28.4%"].period, found["31.6%"].period) == ("2023年", "2024年一季度")
    assert found["28.4%"].subject == found["31.6%"].subject == "公司毛利率"


def test_a_forecast_list_going_on_after_a_semicolon_does_not_take_the_last_year() -> None:
    found = {f.text: f for f in figures(
        "我们预计公司2026-2028年实现营业收入31.20/45.08/60.02亿元，同比增长39.5%/44.5%/33.1%；",
        "实现归母净利润3.09/4.95/7.17亿元，同比增长25.9%/60.2%/44.8%；",
    )}
    assert found["4.95"].estimate == "forecast"
    assert found["4.95"].period != "2028年"


def test_ben_before_a_time_is_this_not_a_count_of_books() -> None:
    found = by_text("1.2750本交易日美元整体走强，出版社今年出版图书120本。")
    assert "1.2750本" not in found
    assert "120本" in found


def test_another_holder_named_in_between_owns_the_figures_after_it() -> None:
    found = by_text("华安基金经理李明以1188.20亿元的管理总规模居首，另两位基金经理王涛和赵宁，分别以906.15亿元和842.33亿元位居第二、第三。")
    assert found["1188.20亿元"].subject == "华安基金经理李明"
    assert found["906.15亿元"].subject != "华安基金经理李明"
    assert found["842.33亿元"].subject != "华安基金经理李明"


def test_a_number_alone_is_no_subject() -> None:
    found = {f.text: f for f in figures("（2）管理费率方面，2024年为6.12%，同比+0.4pcts；", "2025Q1为6.85%，同比+0.52pcts，环比+0.31pcts；")}
    assert found["0.52pcts"].subject != "6.85%"
    assert found["0.31pcts"].subject != "6.85%"


def test_what_follows_from_a_supposition_is_no_result() -> None:
    found = by_text("若24Q3收入以-5%计算，则当季归母净利率为4.2%~4.6%，同比提升1.1~1.5pct。")
    assert found["4.2%~4.6%"].estimate == "forecast"
    assert found["1.1~1.5pct"].estimate == "forecast"
    assert found["4.2%~4.6%"].subject == "当季归母净利率"
    assert by_text("公司24Q3归母净利率为4.4%，同比提升1.3pct。")["4.4%"].estimate is None


def test_the_first_day_of_the_lunar_year_is_no_start_of_the_year() -> None:
    found = by_text("其中大年初一的移动短信发送量为31.2亿条，同比增长6.4%。")
    assert found["31.2亿条"].period != "年初"
    assert found["6.4%"].period != "年初"


def test_the_base_of_a_comparison_neither_dates_nor_names_the_change() -> None:
    found = by_text("春节假期7天全国快递业务量达到3.6亿件，与2024年春节7天相比增长18.3%。")
    assert found["18.3%"].period != "2024年"
    assert found["18.3%"].subject != "春节相比"
    found = by_text("今年公司营收86亿元，与去年同期相比增长9%。")
    assert found["9%"].period != "去年同期"


def test_a_target_is_no_result() -> None:
    found = by_text("2025年公司目标实现营收同比增长15.0%至168.2亿元。")
    assert found["15.0%"].estimate == found["168.2亿元"].estimate == "forecast"
    assert by_text("公司完成全年目标的91.4%。")["91.4%"].estimate is None
    assert by_text("公司超额完成目标，营收达132亿元。")["132亿元"].estimate is None
