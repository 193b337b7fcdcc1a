"""Figure charts: which figures are comparable, and PNGs whose Chinese is drawn with real glyphs."""

import subprocess
import sys
import warnings

import pytest

from bot.render.charts import (
    FONT_FAMILY,
    BarChart,
    bar_chart,
    comparable_figures,
    font_path,
    line_chart,
    render_png,
)
from summarizer import analyze
from summarizer.model import Analysis, Figure

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
CLOUDS = ("云厂商季度成绩单。腾讯云第三季度营收同比增长15%。百度智能云营收同比增长14%。"
          "阿里云收入增长三位数。华为云营收同比下降5%。")


def key_figure(subject, text, value, unit, change=None, rank=1):
    return Figure(text=text, value=value, unit=unit, approx=None, change=change, period=None, subject=subject,
                  context=text, sentence_index=0, rank=rank)


def analysis_of(*figures):
    return Analysis(lang="zh", sentences=(), keywords=(), figures=figures)


def test_growth_rates_of_several_subjects_are_comparable():
    kind, figures = comparable_figures(analyze(CLOUDS))
    assert kind == "growth"
    assert {f.subject for f in figures} >= {"腾讯云营收", "百度智能云营收", "阿里云收入", "华为云营收"}


def test_two_comparable_figures_make_no_chart_and_units_never_mix():
    two = analysis_of(key_figure("甲营收", "10%", 10.0, "%", "up"), key_figure("乙营收", "12%", 12.0, "%", "up", 2),
                      key_figure("丙营收", "5亿元", 5e8, "元", None, 3), key_figure("丁营收", "$3 billion", 3e9, "$", None, 4))
    assert comparable_figures(two) == ("", ())
    assert bar_chart(two, title="t", source=None, lang="zh") is None


def test_amounts_in_one_currency_are_comparable_and_losses_go_negative():
    analysis = analysis_of(key_figure("甲公司营收", "50亿元", 5e9, "元"), key_figure("乙公司营收", "30亿元", 3e9, "元", rank=2),
                           key_figure("丙公司亏损", "2亿元", 2e8, "元", rank=3))
    chart = bar_chart(analysis, title="标题", source="example.com", lang="zh")
    assert [bar.text for bar in chart.bars] == ["50亿元", "30亿元", "2亿元"]
    assert chart.bars[-1].value < 0 and chart.bars[-1].down
    assert chart.footer == "标题 · example.com"


def test_bars_are_sorted_and_keep_values_as_written():
    chart = bar_chart(analyze(CLOUDS), title="云厂商季度成绩单", source="example.com", lang="zh")
    values = [bar.value for bar in chart.bars]
    assert values == sorted(values, reverse=True)
    vague = [bar for bar in chart.bars if bar.vague]
    assert [bar.text for bar in vague] == ["三位数"] and chart.note
    down = [bar for bar in chart.bars if bar.down]
    assert [bar.label for bar in down] == ["华为云营收"] and down[0].value == -5.0


def test_line_chart_needs_three_points():
    assert line_chart("t", "f", [("Q1", 1.0, "1%"), ("Q2", 2.0, "2%")]) is None
    assert line_chart("t", "f", [("Q1", 1.0, "1%"), ("Q2", 2.0, "2%"), ("Q3", 3.0, "3%")]).labels == ("Q1", "Q2", "Q3")


def _texts_of_chart(chart):
    texts = [chart.title, chart.footer]
    if isinstance(chart, BarChart):
        texts += [chart.note] + [bar.label for bar in chart.bars] + [bar.text for bar in chart.bars]
    else:
        texts += list(chart.labels) + list(chart.texts)
    return "".join(texts)


@pytest.mark.parametrize("make", [
    lambda: bar_chart(analyze(CLOUDS), title="云厂商季度成绩单（寧德時代）", source="example.com", lang="zh"),
    lambda: line_chart("腾讯云 营收增速", "3 篇文章", [("2024年第一季度", 12.0, "12%"), ("2024年第二季度", 15.0, "15%"),
                                                    ("2024年第三季度", 18.0, "18%")]),
])
def test_chart_png_draws_every_character_with_a_real_glyph(make):
    chart = make()
    with warnings.catch_warnings():
        # matplotlib warns "Glyph … missing from font(s)" for each character it draws as a box.
        warnings.filterwarnings("error", message=r"(?i).*glyph.*missing")
        png = render_png(chart)
    assert png.startswith(PNG_MAGIC) and len(png) > 5_000
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(FONT_FAMILY, fallback_to_default=False)
    assert path == font_path()
    charmap = FT2Font(path).get_charmap()
    missing = {ch for ch in _texts_of_chart(chart) if not ch.isspace() and ord(ch) not in charmap}
    assert not missing


def test_importing_the_chart_module_does_not_import_matplotlib():
    code = "import bot.render.charts, sys; assert 'matplotlib' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
