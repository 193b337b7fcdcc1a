"""The key-figure lines of a Chinese reply: each figure is bolded where it stands as a whole number,
never as the end of a longer one ("同比变动34%、4%和15%" must not show 3<b>4%</b>). Text written here."""

from __future__ import annotations

from bot.core.service import Brief
from bot.render.text import numbers
from summarizer import analyze
from summarizer.model import Article


def test_a_figure_is_bolded_as_a_whole_number_not_inside_a_longer_one() -> None:
    text = ("公司发布2025年第三季度报告。分渠道看，Q3公司经销、电商和团购三大渠道分别实现收入52.18亿、3.45亿和1.20亿元，"
            "同比变动24%、4%和15%。分区域看，Q3公司省内外分别实现收入21亿和35亿元，同比增长24%和31%。")
    html = numbers(Brief(1, Article(text=text), analyze(text)), "zh")
    assert "2<b>4%</b>" not in html
    assert "<b>24%</b>、<b>4%</b>和<b>15%</b>" in html
