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
