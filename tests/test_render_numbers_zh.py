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


def test_a_forecast_row_shows_the_years_it_does_not_write() -> None:
    text = ("星河电子发布年报。预计2025~2027年公司营业收入52/62/73亿元，同比增长12%/19%/18%；"
            "归母净利润为13/16/19亿元，同比增长8%/22%/29%；EPS为2.65/3.25/3.87元。")
    html = numbers(Brief(1, Article(text=text), analyze(text)), "zh")
    assert "2025–2027年：归母净利润为<b>13</b>/<b>16</b>/<b>19亿元</b>（预计）" in html
    assert "2025–2027年：EPS为<b>2.65</b>/<b>3.25</b>/<b>3.87元</b>（预计）" in html
