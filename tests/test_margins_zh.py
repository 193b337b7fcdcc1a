"""A Chinese results text's gross margin with its figure is a main point (summarizer.margins_zh).
Sentences written for the test."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.margins_zh import states_gross_margin
from summarizer.roles import news_value

NOTE = ("公司发布2025年半年报，上半年实现营业收入24.6亿元，同比增长15.2%；"
        "实现归母净利润3.12亿元，同比增长22.8%。"
        "其中第二季度实现营收13.1亿元，同比增长17.5%，归母净利润1.71亿元，同比增长25.1%。"
        "分产品看，调味品收入16.2亿元，同比增长13.9%，速冻食品收入6.1亿元，同比增长19.7%。"
        "上半年公司新增经销商320家，经销商总数达到4150家。"
        "上半年公司毛利率为38.64%，同比提升2.35个百分点，主要受益于黄豆、包材等原材料价格回落。"
        "销售费用率为12.1%，同比下降0.4个百分点，管理费用率为4.3%，同比基本持平。"
        "公司持续推进渠道下沉和数字化改革，经营效率稳步提升。"
        "我们预计公司2025-2027年归母净利润分别为6.2/7.4/8.7亿元，维持“增持”评级。")


@pytest.mark.parametrize("text, expected", [
    ("上半年公司毛利率为38.64%，同比提升2.35个百分点。", True),
    ("受产品价格下跌影响，毛利率同比下降6.2个百分点至17.3%。", True),
    ("三季度公司销售毛利率和净利率分别为41.2%和12.6%。", True),
    # a margin named without its figure is a comment
    ("成本回落叠加产品结构升级，毛利率持续改善。", False),
    ("新产线投产后有望提升公司毛利率，2026年收入预计增长30%。", False),
    # the net margin follows from the revenue and profit already shown
    ("上半年公司净利率为12.7%，同比提升0.9个百分点。", False),
])
def test_a_gross_margin_with_its_figure(text: str, expected: bool) -> None:
    assert states_gross_margin(text, "zh") is expected


def test_english_lines_are_not_read() -> None:
    assert not states_gross_margin("Gross margin was 38.6%, up 2.4 points.", "en")


def test_the_margin_ranks_above_a_plain_result() -> None:
    margin = "上半年公司毛利率为38.64%，同比提升2.35个百分点。"
    result = "线下渠道收入14.8亿元，同比增长11.5%。"
    assert news_value(margin, "zh") > news_value(result, "zh")


def test_a_notes_margin_is_shown_beside_its_results() -> None:
    chosen = [s.text for s in analyze(NOTE, max_sentences=3).sentences]
    assert any("营业收入24.6亿元" in s for s in chosen)
    assert any("毛利率为38.64%" in s for s in chosen)
