"""The line that states the headline's figure, rounded as headlines round it.

"净利润同比下降23%" heads a body that says 23.1%; "交付3.2万辆" heads one that says
32,108辆. The texts are written for these tests (fictional companies and numbers).
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.headline_figures import headline_amounts, states_headline_figure


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        ("宁川电池前三季度净利润同比下降23%", "归母净利润18.7亿元，同比下降23.1%。"),
        ("星海汽车10月交付3.2万辆", "10月共交付新车32,108辆，同比增长41.2%。"),
        ("Harbor Lines profit jumps to $1.4 billion", "Net profit was $1.42 billion in the quarter."),
        ("Harbor Lines profit jumps to $1.4 billion", "Net profit was 1.38 billion dollars."),
        ("毛利率提升1.5个百分点", "毛利率为26.8%，同比提升1.46个百分点。"),
        ("营收突破1000亿元", "全年营收1000.2亿元。"),
    ],
)
def test_a_rounded_headline_figure_is_the_same_figure(headline: str, sentence: str) -> None:
    assert states_headline_figure([sentence], headline) == [True]


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        ("宁川电池前三季度净利润同比下降23%", "动力电池收入同比下降17%。"),
        ("宁川电池前三季度净利润同比下降23%", "毛利率为23.6%。"),  # rounds to 24, not 23
        ("净利润增长23%", "公司持有23亿元现金。"),  # a share is not an amount
        ("星海汽车10月交付3.2万辆", "公司10月31日召开发布会，共有3家媒体到场。"),
        ("毛利率提升1.5个百分点", "毛利率提升至1.5%。"),  # points are not a share
    ],
)
def test_another_number_is_not_the_headline_figure(headline: str, sentence: str) -> None:
    assert states_headline_figure([sentence], headline) == [False]


def test_dates_and_small_counts_of_a_headline_are_not_its_figures() -> None:
    assert headline_amounts("2025年10月，5家车企交付量创新高") == []


def test_the_line_stating_the_headline_fact_is_a_key_sentence() -> None:
    text = (
        "澄湖电池前三季度净利润同比下降23% 储能业务逆势增长\n\n"
        "澄湖电池10月29日晚间发布三季报。前三季度公司实现营业收入286.4亿元，同比下降9.8%；"
        "归母净利润18.7亿元，同比下降23.1%，上年同期为24.3亿元。其中第三季度营收103.5亿元，同比增长2.4%。\n\n"
        "分业务看，动力电池收入同比下降17%，储能电池收入达到71.2亿元，同比增长46%。\n\n"
        "公司董事长在业绩说明会上说，碳酸锂价格大幅回落拖累了产品售价。前三季度公司电池出货量为52.3GWh，同比增长12%。\n\n"
        "公司同时公告，拟投资45亿元在四川宜宾建设年产20GWh储能电池项目，建设期两年。\n\n"
        "截至9月末，公司货币资金为132.6亿元，资产负债率为58.3%，较年初下降2.1个百分点。"
    )
    shown = [s.text for s in analyze(text).sentences]
    assert any("23.1%" in line for line in shown), shown
    # With a separate title, the same.
    body = text.split("\n\n", 1)[1]
    shown = [s.text for s in analyze(body, title="澄湖电池前三季度净利润同比下降23%").sentences]
    assert any("23.1%" in line for line in shown), shown
