"""Key-sentence classes found in the fifteenth real-text round (fresh15); sentences written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.margin_twins import with_margin_twins
from summarizer.results_lines import states_period_results, states_sales
from summarizer.roles import news_value

_SALES = ("2024年上半年，公司实现销售面积1236.5万平方米，实现销售金额1826.2亿元，同比分别增长10.6%和15.3%，"
          "销售均价为14770元/平方米，同比小幅增长4.2%。")


def test_a_developers_sales_statement_is_its_period_result() -> None:
    assert states_sales(_SALES, "zh")
    assert states_period_results(_SALES, "zh")
    assert news_value(_SALES, "zh") > 2.0  # a result, not a listing at half weight
    # A shop's sales amount alone, and a forecast of sales, are not the statement.
    assert not states_sales("旗舰店7-8月线上销售额同比+12%，线下同比-9%。", "zh")
    assert not states_period_results("预计2025年公司实现销售面积1300万平方米，销售金额1900亿元，同比增长4%。", "zh")


def test_a_developers_note_shows_its_sales_over_a_months_sales() -> None:
    text = ("事件：公司发布半年度业绩快报，2024年上半年营业总收入约为655.3亿元，同比增长12.4%，归属于上市公司股东的净利润为"
            "88.1亿元，同比增长31.2%。"
            "上半年业绩增速高于收入增速主要由于：（1）结转项目单价提升，公司2023年和2024年一季度毛利率分别为30.1%和36.4%；"
            "（2）结算项目投资收益的增加。"
            "2024年上半年公司拿地力度小于去年同期，新增土地储备38个，土地总地价468.2亿元。"
            + _SALES +
            "上半年公司主要推盘月份在二季度，二季度月均销量296亿元，6月单月实现388.5亿元。"
            "我们预计下半年推盘量有望显著增加。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("实现销售面积1236.5万平方米" in s for s in shown)






def test_a_second_gross_margin_line_waits_like_a_twin() -> None:
    twin = with_margin_twins(["2023年，公司毛利率40.1%，比去年同期下降了3个pct。",
                              "硬件占比有所提升，带来业务毛利率的下降（和去年相比下降-2.1个pct）；",
                              "公司在手订单48.2亿元，同比增长35%。"], lambda a, b: False)
    assert twin(0, 1) and not twin(0, 2) and not twin(0, 0)


def test_a_note_shows_its_orders_over_a_second_margin_line() -> None:
    text = ("公司发布2023年年报，全年实现营业收入52.3亿元，同比增长18.2%，归母净利润6.1亿元，同比增长12.5%。"
            "2023年，公司毛利率35.2%，比去年同期下降了3.1个pct，主要系原材料价格上涨。"
            "随着低毛利的系统集成业务占比提升，带来综合毛利率的下降（和去年相比下降-2.4个pct）；"
            "公司持续加大研发投入，新产品陆续推向市场。"
            "维持“买入”评级。"
            "截至2023年末，公司在手订单金额86.5亿元，同比增长42%。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("在手订单金额86.5亿元" in s for s in shown)
    assert not any("带来综合毛利率的下降" in s for s in shown)
