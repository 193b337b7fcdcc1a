"""A note's results statement of many numbers is the news, not a listing (summarizer.results_lines).
Sentences written for the test."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.results_lines import states_period_results
from summarizer.roles import is_listing, news_value

# Revenue, profit, margin and recurring profit with their changes: eight numbers and more in one line.
RESULTS = ("公司2025年前三季度实现营业收入5.84亿元/+12.36%，归属净利润1.27亿元/-18.42%，"
           "净利率21.75%/-8.31pcts，扣非归属净利润0.96亿元/-15.07%。")
# Both lines against the quarter before, with 分别.
AGAINST_QUARTER = "2025Q2公司营业收入同比下降3.1%至88.6亿，净利润同比下降12.4%至9.7亿，降幅环比Q1分别收窄6.2pcts、4.9pcts。"
FORECAST = "我们维持公司2025~2027年营业总收入为412/488/556亿元，归属母公司净利润为21/26/31亿元，分别同比+18%/+24%/+19%。"

NOTE = (
    "○1渠道结构变化导致毛利率下滑：2025年前三季度，公司毛利率为46.12%/-7.85pcts；\n\n"
    "中长期来看，新标准落地叠加海外客户放量，产品需求有望持续提升。\n\n"
    + RESULTS + "\n\n"
    "三季度公司研发费用增至1342.65万元/+87.21%，显示公司持续加大研发投入。\n\n"
    "销售费用率小幅上行，系公司新组建海外业务团队。\n\n"
    "管理费用率小幅上行，为股份支付所致。\n\n"
    "公司积极拓展新的应用领域，已完成多款新产品的中试。\n\n"
    "给予公司2026年30xPE，对应目标价52元，维持“买入”评级。"
)


@pytest.mark.parametrize("text, expected", [
    (RESULTS, True),
    (AGAINST_QUARTER, True),
    # a forecast of years to come is the listing the rule is for
    (FORECAST, False),
    ("以收入、利润考核目标最低要求计算，2026-2030年公司目标净利率为16%、15%、14%、13%、11%。", False),
    # one metric over several periods: a listing
    ("公司Q1/Q2/Q3收入增速分别为30.3%/44.9%/45.7%。", False),
])
def test_a_period_results_statement(text: str, expected: bool) -> None:
    assert states_period_results(text, "zh") is expected


def test_many_numbers_of_one_period_count_as_a_result() -> None:
    # By its count of numbers alone AGAINST_QUARTER reads as a listing (RESULTS no longer does: amounts with
    # their changes after a slash are one statement each); either way both are valued as results.
    assert is_listing(AGAINST_QUARTER)
    assert news_value(RESULTS, "zh") > 2.0
    assert news_value(AGAINST_QUARTER, "zh") > 2.0
    assert news_value(FORECAST, "zh") == 0.5


def test_a_note_shows_its_results_statement() -> None:
    shown = [s.text for s in analyze(NOTE, max_sentences=3).sentences]
    assert any("营业收入5.84亿元" in s for s in shown)


# The metrics named first, in a list, and their figures after 分别为: the top line's figure is far from its name.
# Eight figures and more: by its count alone a listing.
LISTED = ("事件：公司发布2025年半年报，收入、归母净利润和扣非归母净利润分别为6.42亿、1.86亿和1.71亿元，分别同比-18%、-7%和-9%，"
          "低于我们此前-5%的预期，剔除股份支付费用的影响，归母净利润同比-3%左右，扣非同比-4%左右。")
SLASHED = "25Q2，公司实现营业总收入/归母净利润/扣非净利润分别为37亿元/2.4亿元/2.2亿元，同比-9%/-13%/-15%。"
LISTED_NOTE = (
    LISTED + "\n\n"
    "25Q2公司收入同比下降26%，收入降幅环比有所扩大，我们估计主要是主力疫苗收入下降导致。\n\n"
    "我们估计二季度收入降幅扩大的主要原因是去年同期基数较高：主要竞品去年上半年仍有渠道库存。\n\n"
    "分产品看，主力疫苗批签发量同比下降21%，新产品贡献收入0.83亿元。\n\n"
    "上半年公司海外收入0.57亿元，同比增长64%。\n\n"
    "公司销售费用率同比下降2.1个百分点，管理费用率基本持平。\n\n"
    "随着后续重磅产品的上市，公司议价能力还将持续提升，销售费用率仍然有下降空间。\n\n"
    "公司在研管线丰富，多个品种进入临床三期。\n\n"
    "我们预计公司2025-2027年归母净利润增速分别为21%/35%/28%，对应EPS分别为0.91/1.23/1.57元，维持“增持”评级。"
)


@pytest.mark.parametrize("text", [LISTED, SLASHED])
def test_a_results_statement_that_names_its_metrics_first(text: str) -> None:
    assert states_period_results(text, "zh")
    assert news_value(text, "zh") > 2.0


def test_a_list_of_metrics_of_years_to_come_stays_a_listing() -> None:
    forecast = "我们预计公司2025-2027年收入、归母净利润分别为12.1/14.3/16.8亿元、2.1/2.6/3.2亿元，维持“增持”评级。"
    assert not states_period_results(forecast, "zh")


def test_a_note_shows_its_listed_results() -> None:
    shown = [s.text for s in analyze(LISTED_NOTE, max_sentences=3).sentences]
    assert any("6.42亿" in s for s in shown)
