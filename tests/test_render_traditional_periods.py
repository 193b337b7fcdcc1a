"""A figure's period is shown in its text's script: the analysis keeps periods simplified (code compares
them), and "（下降，同比，报告期内）" beside a traditional line read as two scripts mixed. Both the console's
figure lines and the bot's numbers view write it as the text does (bot.render.figures.shown_period)."""

from __future__ import annotations

from bot.cli.summarize import format_analysis
from bot.core.service import Brief
from bot.render.text import numbers
from storage.models import Article
from summarizer import analyze

NOTICE = (
    "恒嶺材料股份有限公司2026年度業績預告\n\n"
    "報告期內，受下游行業需求放緩影響，公司主要產品銷售價格同比下降約30%，毛利率大幅下滑。"
    "前三季度公司實現營業收入12.4億元，同比下降18.2%，歸屬於上市公司股東的淨利潤虧損0.6億元。"
)


def test_the_console_shows_a_traditional_period() -> None:
    shown = format_analysis(analyze(NOTICE))
    assert "報告期內" in shown and "报告期内" not in shown, shown
    assert "前三季度" in shown


def test_the_numbers_view_shows_a_traditional_period() -> None:
    shown = numbers(Brief(1, Article(text=NOTICE), analyze(NOTICE)), "zh-hant")
    assert "报告期内" not in shown and "营业收入" not in shown, shown


def test_a_simplified_text_keeps_its_periods() -> None:
    text = NOTICE.replace("報告期內", "报告期内").replace("銷售價格", "销售价格")
    assert "报告期内" in format_analysis(analyze(text))
