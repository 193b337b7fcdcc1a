"""A company's act on its capital, in a Chinese brokerage note (summarizer.actions_zh): a stake bought,
money raised, a buyback, shares granted to staff — stated with its terms. Sentences written for the test."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer import analyze
from summarizer.actions_zh import planned_projects, states_company_action, states_company_action_zh
from summarizer.late_steps import position_factors
from summarizer.roles import news_value


@pytest.mark.parametrize("text, expected", [
    ("公司公告拟以现金3.6亿元收购华岭科技60%股权，交易完成后华岭科技纳入合并报表。", True),
    ("拟收购青禾农牧85%的合伙份额，养殖产能将由4亿羽增至5亿羽。", True),
    ("本次非公开发行拟募集资金总额不超过25亿元，用于新建产线。", True),
    ("公司拟以自有资金回购公司股份，回购资金总额不低于2亿元。", True),
    ("本次共授予限制性股票420万股，授予价格为18.5元/股。", True),
    # a comment on an act names no terms
    ("公司实施股权激励，对业绩释放有正向作用。", False),
    # the terms stand in another clause than the act
    ("目标净利率为12%，副总经理获授限制性股票数量最多。", False),
    # "稳定增长" is no 定增
    ("前三季度进出口总值31.6万亿元，保持稳定增长。", False),
    ("2023年公司实现营收52.1亿元，同比增长18.2%。", False),
])
def test_a_company_action_zh(text: str, expected: bool) -> None:
    assert states_company_action_zh(text, "zh") is expected
    assert states_company_action(text, "zh") is expected


def test_english_actions_are_still_read() -> None:
    assert states_company_action("The board approved a $2 billion share repurchase program.", "en")
    assert not states_company_action_zh("The board approved a $2 billion share repurchase program.", "en")


def test_an_act_ranks_with_an_english_action_above_a_plain_result() -> None:
    act = "公司拟以现金3.6亿元收购华岭科技60%股权。"
    result = "2023年公司实现营收52.1亿元，同比增长18.2%。"
    assert news_value(act, "zh") > news_value(result, "zh")


def test_a_late_act_is_weighed_as_if_it_stood_at_the_top() -> None:
    lines = ["公司2023年实现营收52.1亿元，同比增长18.2%。", "毛利率为31.2%，同比提升1.1个百分点。",
             "销售费用率为9.8%。", "公司拟以现金3.6亿元收购华岭科技60%股权。"]
    lead = np.array([1.0, 0.7, 0.5, 0.3])
    factors = position_factors(lines, "zh", lead, 2.0, 1.0)
    assert factors[3] == pytest.approx(3.0) and factors[2] < 3.0


def test_the_notes_act_is_shown_beside_its_results() -> None:
    text = ("2023年公司实现营收52.1亿元，同比增长18.2%；归母净利润6.3亿元，同比增长21.5%。"
            "第四季度实现营收15.2亿元，同比增长12.4%；归母净利润1.9亿元，同比增长9.8%。"
            "公司毛利率为31.2%，同比提升1.1个百分点；净利率为12.1%，同比提升0.3个百分点。"
            "分产品看，膜材料营收30.5亿元，同比增长22.1%；涂料营收14.2亿元，同比增长11.3%。"
            "分地区看，国内营收40.2亿元，同比增长15.1%；海外营收11.9亿元，同比增长29.8%。"
            "销售费用率为9.8%，同比下降0.6个百分点；管理费用率为5.1%，同比下降0.2个百分点。"
            "研发费用率为4.6%，同比提升0.4个百分点，公司持续加大新品研发投入。"
            "公司拟以现金3.6亿元收购华岭科技60%股权，交易完成后华岭科技纳入合并报表。"
            "我们预计公司2024-2026年归母净利润为7.5/8.9/10.4亿元，维持“买入”评级。")
    chosen = " ".join(s.text for s in analyze(text, max_sentences=3).sentences)
    assert "营收52.1亿元" in chosen
    assert "收购华岭科技60%股权" in chosen


@pytest.mark.parametrize("text", [
    "公司募集资金产生的利息收入3598.3万元，增厚了本期利润。",
    "公司拟将募集资金用于筹建年产15万平米的新基地。",
])
def test_the_funds_once_raised_are_no_act(text: str) -> None:
    assert not states_company_action_zh(text, "zh")


def test_a_convertible_bond_raises_money() -> None:
    assert states_company_action_zh("公司拟发行可转债募集资金不超过30亿元，用于扩产。", "zh")


@pytest.mark.parametrize("line", ["收购股权" * 50_000, "公司拟收购股权" + "1" * 199_990, "收购股权，" * 40_000])
def test_a_line_of_200000_characters_is_read_in_linear_time(line: str) -> None:
    """Each act searched its whole clause again, and each digit of a long run was a new start:
    a 200,000-character line of acts took a minute."""
    import time

    started = time.perf_counter()
    states_company_action_zh(line, "zh")
    assert time.perf_counter() - started < 5.0  # linear: ~0.1 s; the old quadratic reading took 60 s


# A planned spin-off and a planned investment with its amount are the company's acts too (the event a note is
# written for); a comment on the rules for a spin-off, or a project's progress, is not.
@pytest.mark.parametrize("text, expected", [
    ("5月8日，公司发布公告，拟分拆控股子公司华岭新材至创业板上市，分拆完成后公司仍控股华岭新材。", True),
    ("公司拟向开发区购买土地使用权，计划投资2.35亿元用于建设“新型滤波器项目”，提前布局产能。", True),
    ("子公司拟投资8.6亿元用于年产3万吨电子级树脂项目建设。", True),
    ("证监会出台分拆上市新规，公司旗下子公司或将满足分拆上市的条件，值得关注。", False),
    ("分拆上市有利于子公司拓宽融资渠道，增强核心竞争力。", False),
    ("公司年产3万吨电子级树脂项目已于2023年底建成投产。", False),
])
def test_a_planned_spin_off_or_investment_zh(text: str, expected: bool) -> None:
    note = ["事件：公司发布2025年三季报。", text, "我们维持“买入”评级。"]
    assert bool(planned_projects(note, "zh")[1]) is expected
    # Only in a brokerage note: in a news page on a company's results it stays one fact among others.
    assert not planned_projects(["某某公司10月29日晚间发布三季报。", text], "zh").any()


def test_the_notes_planned_investment_is_shown_beside_its_results() -> None:
    text = "\n\n".join((
        "事件：公司发布2025年三季报。",
        "2025年前三季度公司实现营业收入18.42亿元，同比增长52.31%，归母净利润1.26亿元，同比增长186.45%。",
        "单三季度实现营业收入6.73亿元，同比增长41.28%，归母净利润0.45亿元，同比增长105.37%。",
        "三季度毛利率为19.62%，较去年同期提升3.84pct，较二季度下降2.91pct。",
        "前三季度销售费用率为3.2%，管理费用率为5.6%，研发费用率为4.1%，期间费用率同比下降1.9pct。",
        "前三季度经营活动现金流净额为1.85亿元，同比增长64.2%。",
        "公司存货为4.21亿元，较年初增长23.5%，应收账款为6.37亿元，较年初增长18.9%。",
        "公司拟向开发区购买土地使用权，计划投资2.35亿元用于建设“新型滤波器项目”，提前布局产能。",
        "我们预计公司2025-2027年归母净利润为1.68/2.21/2.86亿元，维持“增持”评级。",
    ))
    chosen = " ".join(s.text for s in analyze(text, max_sentences=3).sentences)
    assert "营业收入18.42亿元" in chosen
    assert "计划投资2.35亿元" in chosen
