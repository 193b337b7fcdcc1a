"""Key-sentence classes found in the fifteenth real-text round (fresh15); sentences written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.margin_twins import with_margin_twins
from summarizer.results_lines import states_period_results, states_sales
from summarizer.roles import news_value, states_no_fact
from summarizer.statement_parts import statements

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


def test_where_a_reporting_season_stands_states_no_fact() -> None:
    assert states_no_fact("今日，2023年基金三季报披露已近尾声。", "zh")
    assert states_no_fact("上市公司年报披露正式拉开帷幕。", "zh")
    # A count of reports, or what the reports say, is a fact.
    assert not states_no_fact("截至发稿，已有120家公司披露年报，其中80家净利润增长。", "zh")
    assert not states_no_fact("公司发布2023年年报，营收同比增长12%。", "zh")


def test_a_funds_ranking_flash_shows_its_rankings_not_the_season() -> None:
    text = ("今日，2023年基金三季报披露已近尾声。"
            "截至发稿，基金经理甲2023年三季度末总规模达到了865.2亿元，居权益类基金管理总规模第一，基金经理乙以812.4亿元的"
            "管理总规模位居第二。"
            "固收产品方面，基金经理丙以1102.3亿元的管理总规模雄踞榜首，另两位基金经理丁和戊，分别以988.1亿元和901.6亿元的"
            "管理总规模位居第二、第三。"
            "指数基金和ETF基金方面，则有基金经理己、庚，以及基金经理辛的管理规模超过千亿元。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert not any("披露已近尾声" in s for s in shown)


def test_a_part_opening_on_its_own_periods_results_is_a_statement_of_its_own() -> None:
    parts = ["公司发布2023全年及2024Q1业绩快报，2023年实现营业收入96.2亿元，同增21.3%，归母净利润8.1亿元，同增9.2%；",
             "2024Q1实现营业收入18.4亿元，同增25.5%，归母净利润0.9亿元，同减12.4%。"]
    group = statements(parts, [0, 0])
    assert group[0] != group[1]
    assert states_period_results(parts[1], "zh")  # 同增/同减 state the change as 同比 does
    # A quarter read within the period before it (其中…), and a part naming no period, stay with their statement.
    for second in ("其中Q4实现营业收入28.1亿元，同增18.0%，归母净利润2.2亿元，同增6.1%。", "归母净利润8.1亿元，同增9.2%。"):
        assert statements([parts[0], second], [0, 0])[1] == 0


def test_a_notes_next_quarter_results_are_shown_beside_the_years() -> None:
    text = ("事件：2024/4/20，公司发布2023全年及2024Q1业绩快报，2023年实现营业收入96.2亿元，同增21.3%，归母净利润8.1亿元，"
            "同增9.2%，扣非归母净利润5.3亿元，同增15.5%；"
            "2024Q1实现营业收入18.4亿元，同增25.5%，归母净利润0.9亿元，同减12.4%，扣非归母净利润0.7亿元，同增20.1%。"
            "2023年全年与2024年第一季度业绩超市场预期。"
            "2023年，公司各项业务均呈现较快增长态势，行业解决方案业务稳健增长。"
            "2023年，公司毛利率40.12%，比去年同期下降了3个pct。"
            "随着新业务持续落地，整体方案中硬件占比有所提升，带来业务毛利率的下降（和去年相比下降-2.10个pct）；"
            "同时，广告业务快速增长，广告业务毛利率较低（20.15%）。"
            "维持“买入”评级。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any(s.startswith("2024Q1实现营业收入18.4亿元") for s in shown)


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
