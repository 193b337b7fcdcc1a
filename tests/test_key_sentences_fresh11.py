"""Key-sentence classes found in the eleventh real-text round (fresh11); sentences written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.roles import news_value, states_decision, states_no_fact


def test_an_event_that_took_place_with_no_place_named_states_no_fact() -> None:
    # The event took place; what was said there follows (roles._EVENT_HELD_RE needs "于/在…举行").
    assert states_no_fact("3月8日，第五届长江产业论坛2023年“绿色转型新路径”年会举行。", "zh")
    assert states_no_fact("南江市第十六届人民代表大会第三次会议召开。", "zh")
    assert states_no_fact("4月2日，新能源汽车产业发展峰会隆重开幕。", "zh")
    # What was decided or done at it is news.
    assert not states_no_fact("南江市人大常委会会议召开，审议通过了《南江市数据条例》。", "zh")
    assert not states_no_fact("论坛期间，12个项目现场签约，总投资86亿元。", "zh")


def test_the_speakers_point_outranks_the_line_that_the_forum_took_place() -> None:
    text = ("3月8日，第五届长江产业论坛2023年“绿色转型新路径”年会举行。"
            "东川银行行长李明远在会上表示，绿色信贷是银行支持产业转型的主要工具。"
            "银行一方面可以加大对制造业的中长期贷款投放，另一方面也积极引导资金流向节能改造项目。"
            "绿色信贷的期限较长，可以稳定企业的融资预期，是产业转型顺利推进的重要保障之一。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert not any("年会举行" in s for s in shown)
    assert any("重要保障之一" in s for s in shown)


def test_a_plan_said_to_be_set_out_states_no_fact() -> None:
    assert states_no_fact("该方案还详细说明了新园区的建设安排。", "zh")
    assert states_no_fact("报告介绍了下一阶段的工作计划。", "zh")
    # The plan itself, with its figure, is the news.
    assert not states_no_fact("该方案说明了建设安排，2025年前建成3座工厂。", "zh")


def test_a_regulators_approval_received_is_a_decision() -> None:
    approval = "近日，公司全资子公司收到国家药品监督管理局核准签发的《医疗器械注册证》。"
    assert states_decision(approval, "zh")
    assert news_value(approval, "zh") > 1.0
    assert news_value("公司控股子公司取得国家药监局颁发的《药品注册证书》，该药为国内首仿。", "zh") > 1.0
    # A document whose decision follows is still no news of its own.
    assert states_no_fact("公司收到中国证监会下发的《行政处罚决定书》。", "zh")


def test_the_analysts_expected_growth_of_a_product_is_no_result() -> None:
    view = "我们预计骨科耗材系列产品有望维持20-25%的收入增长。"
    assert news_value(view, "zh") <= 1.0
    assert news_value("我们预计该业务将保持10%左右的增速。", "zh") <= 1.0
    # A result with its figure keeps a result's value; so does the forecast of the company's profit.
    assert news_value("上半年骨科耗材系列产品收入增长22.5%。", "zh") > 2.0
    assert news_value("我们预计公司2024年归母净利润将增长18%至5.2亿元。", "zh") > 2.0


def test_the_notes_results_outrank_the_analysts_expected_growth() -> None:
    text = ("公司心脑血管系列产品荣获国家科技进步一等奖，为产品市场推广带来积极影响。"
            "我们预计骨科耗材系列产品有望维持20-25%的收入增长。"
            "公司将在海外市场及国内销售薄弱区域加强覆盖，积极拓展产品的使用场景。"
            "我们预计麻醉类产品销售将维持10-15%的增长。"
            "公司完成主力产品分线、营销策略向基层下沉等措施，提升终端推广能力。"
            "2021年前三季度公司实现营收45.62亿元，同比+18.35%；"
            "归母净利润为6.81亿元，同比+12.07%。"
            "三季度公司毛利率为58.40%，同比增长1.20pct；"
            "净利率为15.09%，同比降低0.67pct。"
            "维持公司“增持”评级。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("营收45.62亿元" in s for s in shown)
    assert not any("我们预计" in s for s in shown)


FEED = ("根据公司月度经营简报，5月公司饲料销量52.74万吨，环比增长6.3%，同比增长28.4%；实现收入18.42亿元，同比增长35.6%；"
        "销售均价3.49元/公斤，同比上涨6.8%。")
EGGS = ("根据公司月度经营简报，5月公司销售鲜蛋约1.86万吨，环比增长3.49%，同比增长14.2%；实现收入2.05亿元，同比增长21.3%；"
        "销售均价9.62元/公斤，环比基本持平。")


def test_a_price_and_a_rate_with_the_same_digits_are_not_one_figure() -> None:
    from summarizer.roles import numbers

    # 3.49元/公斤 and 3.49%: two facts that share their digits, not the same fact told twice.
    assert not numbers("销售均价3.49元/公斤，同比上涨6.8%。") & numbers("5月公司销售鲜蛋约1.86万吨，环比增长3.49%，")
    assert numbers("营收同比增长12.5%。") & numbers("公司营收增速为12.5%，")


def test_the_second_segments_month_is_shown_beside_the_first() -> None:
    text = (FEED + "1-5月，公司累计销售饲料238.61万吨，同比增长25.7%，增长主要源于新工厂投产。"
            + EGGS + "1-5月，公司累计销售鲜蛋约8.93万吨，同比增长12.9%。"
            "公司持续优化配方，成本有望持续下降。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("鲜蛋约1.86万吨" in s for s in shown)
