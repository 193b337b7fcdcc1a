"""/ask on a listed company's 业绩预告, from the lead's reader round (stories of our own): "2025年净利润" was answered
with the notice's 2026 扣非 line, because "比上年同期下降52%" was read as the line's period (last year, the base of its
change) and the line before it, "上年同期盈利2.73亿元", dated it too; "2026年净利润" was refused, the notice's
"2026年1月1日至2026年12月31日" being read as twelve months, not the whole year; and the pasted notice was titled by its
code line ("证券代码：…"), so the title's year was lost."""

from __future__ import annotations

from summarizer.answer.periods import mentions
from summarizer.pasted import pasted_title
from tests.ask_helpers import ask, highlighted, library

SENTENCES = (
    "1、业绩预告期间：2026年1月1日至2026年12月31日",
    "2、预计的经营业绩：同向下降",
    "归属于上市公司股东的净利润：盈利1.2亿元至1.5亿元，比上年同期下降45%至56%；",
    "上年同期盈利2.73亿元。",
    "扣除非经常性损益后的净利润：盈利0.8亿元至1.1亿元，比上年同期下降52%至65%。",
)


def test_a_change_s_base_year_is_not_the_line_s_period() -> None:
    lib = library("pn1", "岚峰材料股份有限公司2026年度业绩预告", *SENTENCES)
    found = ask("岚峰材料2025年净利润是多少？", lib)
    assert found.abstained or "2.73亿元" in found.sentences[0].text, found
    assert highlighted("岚峰材料2026年净利润预计是多少？", lib) == "1.2亿元至1.5亿元"
    assert highlighted("岚峰材料去年净利润是多少？", lib) == "2.73亿元"


def test_comparison_bases_date_nothing() -> None:
    assert not [m for m in mentions("比上年同期下降52%", 2026) if m.years]
    assert not [m for m in mentions("revenue rose 5% from a year earlier", 2026) if m.years]
    assert {2025} in [set(m.years) for m in mentions("上年同期盈利2.73亿元", 2026)]


def test_january_to_december_is_the_whole_year() -> None:
    assert any("FY" in m.parts for m in mentions("2026年1月1日至2026年12月31日", 2026))


def test_a_notice_s_code_lines_are_no_title() -> None:
    text = "证券代码：002888　　证券简称：岚峰材料　　公告编号：2026-078\n\n岚峰材料股份有限公司2026年度业绩预告\n\n正文。"
    assert pasted_title(text) == "岚峰材料股份有限公司2026年度业绩预告"
