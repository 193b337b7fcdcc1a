"""/numbers names the period of a figure whose line would not say it: one report's nine months and
third quarter, shown as "营收：同比增长18.9%" and "营收：同比增长24.0%", read as two answers to one question."""

from __future__ import annotations

from bot.core.service import Brief
from bot.render.text import numbers
from storage.models import Article
from summarizer import analyze

NOTE = (
    "澜川电子发布2025年三季报。前三季度实现营业收入412.6亿元，同比增长16.2%；"
    "其中第三季度实现营收158.3亿元，同比增长21.7%。"
    "我们预计公司2025-2027年归母净利润分别为38亿元、45亿元、53亿元。"
)

RELEASE = (
    "Harbor Mills said third-quarter revenue rose 12% to $3.4 billion, helped by strong demand for its "
    "industrial lines across North America and Europe. For the first nine months of the year, the company "
    "reported that revenue increased 9% compared with the same period a year earlier."
)


def _shown(text: str, lang: str) -> str:
    return numbers(Brief(1, Article(text=text), analyze(text)), lang)


def test_two_periods_of_one_measure_are_told_apart() -> None:
    shown = _shown(NOTE, "zh")
    assert "（前三季度）：同比增长<b>16.2%</b>" in shown, shown
    assert "（第三季度）：同比增长<b>21.7%</b>" in shown, shown


def test_a_line_that_names_its_own_years_gets_no_single_period() -> None:
    shown = _shown(NOTE, "zh")
    assert "（2025年）" not in shown and "2025年：" not in shown, shown


def test_a_period_the_line_already_says_is_not_repeated() -> None:
    shown = _shown(NOTE, "zh")
    assert shown.count("第三季度") == shown.count("第三季度实现营收") + shown.count("（第三季度）"), shown
    assert "（第三季度）：其中第三季度" not in shown


def test_an_english_line_names_the_period_its_words_leave_out() -> None:
    shown = _shown(RELEASE, "en")
    assert "revenue (the first nine months of the year): <b>9%</b>" in shown, shown
    assert "(third-quarter)" not in shown  # its clause, shown under it, says so
