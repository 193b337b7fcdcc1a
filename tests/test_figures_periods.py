"""The period shown beside a key figure: right, or none at all.

A wrong period shown is a wrong fact shown, so each rule here either names the period the
sentence states for that figure or gives none. The sentences are written here (fictional
companies and numbers).
"""

from __future__ import annotations

import pytest

from summarizer.figures import extract_figures
from summarizer.model import Figure


def figures(*sentences: str, lang: str = "zh") -> list[Figure]:
    return [f for f in extract_figures(sentences, lang=lang, key_indices=frozenset()) if f.kind == "figure"]


def period(sentence: str, text: str, lang: str = "zh") -> str | None:
    found = [f for f in figures(sentence, lang=lang) if f.text == text]
    assert found, [f.text for f in figures(sentence, lang=lang)]
    return found[0].period


# ---------------------------------------------------------------- how a period is written


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        # spaces inside a period, as PDF extracts write them
        ("2023 年 1-6 月，嘉禾科技境内收入同比增长 35.2%。", "35.2%", "2023 年 1-6 月"),
        ("2023 全年， 嘉禾科技境内营业收入增长 48.6%。", "48.6%", "2023 全年"),
        ("根据公司 2023 年中报， 远山股份平均售价同比提升 12.4%。", "12.4%", "2023 年中报"),
        # a two-digit year heads the quarter
        ("远山股份净利润下滑主要由于23年1季度确认政府补助520万元。", "520万元", "23年1季度"),
        # a bare quarter in a brokerage note
        ("2023年销售费用率18.2%，同比+2.1ppt，其中Q4同比+5.6ppt。", "5.6ppt", "Q4"),
        ("2023年上半年嘉禾科技营收40.2亿元，其中Q2实现营收22.5亿元。", "22.5亿元", "Q2"),
    ],
)
def test_the_period_is_read_as_written(sentence: str, text: str, want: str) -> None:
    assert period(sentence, text) == want


def test_a_list_of_quarters_does_not_date_its_last_item() -> None:
    # "Q1/Q2/Q3/Q4 … 分别": each quarter is one item's; the year heads them all.
    found = figures("2023年嘉禾科技Q1/Q2/Q3/Q4收入增速分别为21.5%/18.2%/25.0%/30.1%。")
    assert [f.period for f in found] == ["2023年"] * 4


# ---------------------------------------------------------------- what is not the figure's period


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # a year or 今年 that heads a day dates an event
        ("嘉禾债券收益率报1.25%，逼近2016年5月12日顶部1.31%。", "1.31%"),
        ("今年6月18日远山股份项目单日售出320套。", "320套"),
        # a date something will happen on, after the figure
        ("二期12万吨/年磷酸铁项目预计将于2024年9月建成投产。", "12万吨/年"),
    ],
)
def test_a_date_of_an_event_is_no_period(sentence: str, text: str) -> None:
    assert period(sentence, text) is None


def test_an_event_date_stops_an_earlier_period() -> None:
    # The day's year stands between the figure and the 2022年 named earlier.
    found = figures("2022年嘉禾债券收益率报1.25%，此前的纪录是2016年5月12日的1.31%。")
    assert [f.period for f in found if f.text == "1.31%"] == [None]
    assert [f.period for f in found if f.text == "1.25%"] == ["2022年"]


def test_the_base_in_brackets_after_a_figure_does_not_date_it() -> None:
    found = figures("2023年1-9月远山股份归母净利润亏损2.1亿元（去年同期盈利0.8亿元）。")
    assert [f.period for f in found if f.text == "2.1亿元"] == ["2023年1-9月"]
    assert [f.period for f in found if f.text == "0.8亿元"] == ["去年同期"]


def test_same_period_means_the_period_named_before_it() -> None:
    found = figures("Q3远山航空旅客量同比下降12.5%，同期客座率同比降1.2pcts至78.4%。")
    assert [f.period for f in found if f.text == "78.4%"] == ["Q3"]
    alone = figures("同期客座率同比降1.2pcts至78.4%。")
    assert [f.period for f in alone if f.text == "78.4%"] == [None]
