"""/ask on a note that opens with two reports in one sentence: which clause's period dates a number, and what
a capacity line answers. The note is made up.

Before: "公司2025年营收是多少？" was refused (the 238 亿元 was read as of 2025年度 and of 2026第一季度 too, so not a
whole year's) and then answered by "2025年公司新增装机3.10GW" (装机 names no metric, so the revenue of the line
before was taken as its measure); "2026年Q1归母净利润是多少？" got the year's 71 亿元 from the opening sentence; and
"风电营收" got "风电新增1.40GW".
"""

from __future__ import annotations

from tests.ask_helpers import analyzed, ask, first

NOTE = analyzed("note", "",
                "事件：4月28日，公司发布2025年度报告和2026第一季度报告，2025年公司实现营收238.40亿元，同比增长41.20%，"
                "实现归母净利润71.30亿元，同比增长12.60%。2026年Q1公司实现营收66.10亿元，同比增长17.50%，"
                "实现归母净利润23.80亿元，同比增长6.90%，业绩符合预期。"
                "发电量增长带动收入增长，其中风电/光伏实现营收分别为160.20/70.10亿元，同比分别增长50.10%/24.30%，"
                "2026年Q1公司风电/光伏累计发电量同比变化为+19.20%/+11.40%。"
                "2025年公司新增装机3.10GW，其中风电新增1.40GW，光伏1.70GW。")


def test_a_year_restated_in_a_later_clause_dates_its_numbers() -> None:
    found = ask("公司2025年营收是多少？", NOTE)
    assert "238.40亿元" in first(found)
    assert found.sentences[0].highlighted == "238.40亿元"
    assert ask("2025年净利润是多少？", NOTE).sentences[0].highlighted == "71.30亿元"


def test_the_quarter_is_not_the_years_opening_sentence() -> None:
    found = ask("2026年Q1归母净利润是多少？", NOTE)
    assert "23.80亿元" in first(found)
    assert "18" not in ask("一季度营业收入同比增长多少？", NOTE).sentences[0].text[:10]
    assert ask("一季度营业收入同比增长多少？", NOTE).sentences[0].highlighted == "17.50%"


def test_a_capacity_is_no_revenue() -> None:
    for question in ("公司2025年营收是多少？", "2025年风电营收是多少？"):
        found = ask(question, NOTE)
        assert found.abstained or "GW" not in found.sentences[0].text, question


FLEET = analyzed("fleet", "",
                 "2024年公司实现营收201.50亿元，同比增长8.20%。明年公司将继续扩张，发电量增长将带动收入增长。"
                 "2025年公司计划新增装机4.20GW，其中风电新增2.30GW，光伏1.90GW。")


def test_a_capacity_does_not_take_the_revenue_of_the_line_before() -> None:
    for question in ("2025年营收是多少？", "2025年风电营收是多少？"):
        found = ask(question, FLEET)
        assert found.abstained or "GW" not in found.sentences[0].text, question
