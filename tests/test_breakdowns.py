"""A figure broken down by part ("分产业看，…", "分区域来看，…", summarizer.openers.breaks_down) is the detail
of a result already given, not another result: it gives way to the release's next indicator. Texts written
for the test."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.openers import breaks_down


@pytest.mark.parametrize("text, expected", [
    ("分产业看，第一产业增加值92.6亿元，增长2.8%；", True),
    ("分区域来看，华东、华南增速最快，分别为15.2%、12.7%。", True),
    ("按消费类型统计，餐饮收入215.3亿元，增长9.1%。", True),
    ("今年以来，公司分季度实施了三次提价。", False),  # 分季度 is how it was done, not a breakdown's opener
    ("前三季度，全市规模以上工业增加值同比增长7.2%。", False),
])
def test_a_breakdown(text: str, expected: bool) -> None:
    assert breaks_down(text, "zh") is expected


def test_the_next_indicator_passes_the_breakdown() -> None:
    text = ("初步核算，前三季度全市实现地区生产总值3216.4亿元，按不变价格计算，同比增长5.6%，增速比上半年加快0.2个百分点。\n"
            "分产业看，第一产业增加值92.6亿元，增长2.8%；第二产业增加值1302.5亿元，增长6.4%；第三产业增加值1821.3亿元，增长5.1%。\n"
            "前三季度，全市规模以上工业增加值同比增长7.9%，其中高技术制造业增长15.3%。\n"
            "前三季度，全市社会消费品零售总额1432.6亿元，同比增长4.2%。\n"
            "全市固定资产投资同比下降2.1%，其中房地产开发投资下降8.7%。\n"
            "市统计局有关负责人表示，全市经济延续恢复向好态势，但外部环境依然复杂。")
    shown = [s.text for s in analyze(text, title="前三季度澄江市GDP同比增长5.6%", max_sentences=3).sentences]
    assert any("3216.4亿元" in line for line in shown)
    assert not any(line.startswith("分产业看") for line in shown)
    assert any("社会消费品零售总额" in line for line in shown)
