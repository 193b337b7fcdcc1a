"""/ask on a title-less brokerage note that names its company only where it sums it up ("X是A股…龙头"), and a
name the question parser cuts in two (钢研 + a "part" 高纳) while the articles write it whole.

Before, "星澜精密上半年营收是多少" was refused although "上半年营收5.43亿元" answers it, and "钢研高纳上半年营收"
read 高纳 as a segment and refused every line of the note. The numbers and text here are made up.
"""

from __future__ import annotations

from tests.ask_helpers import ask, library

BEARINGS = library("bearings", None,
                   "公司2020H1归母净利润增长41.20%，业绩符合预期",
                   "公司发布2020年半年度报告，上半年营收5.43亿元，同比增长35.10%，归母净利润7215万元，同比增长41.20%。",
                   "星澜精密是A股精密轴承龙头，公司技术领先，在多个市场具有较高份额。")

ALLOYS = library("alloys", None,
                 "公司2021H1归母净利润增长22.80%，业绩符合预期",
                 "公司发布2021年半年度报告，上半年营收9.87亿元，同比增长30.40%，归母净利润1.02亿元，同比增长22.80%。",
                 "钢研高纳是A股高温合金龙头，公司技术领先。")


def test_a_leader_line_names_the_note_company() -> None:
    found = ask("星澜精密上半年营收是多少？", BEARINGS)
    assert not found.abstained and found.sentences[0].highlighted == "5.43亿元"
    assert ask("星澜精密上半年毛利率是多少？", BEARINGS).abstained


def test_a_name_cut_in_two_is_read_whole() -> None:
    found = ask("钢研高纳上半年营收是多少？", ALLOYS)
    assert not found.abstained and found.sentences[0].highlighted == "9.87亿元"
    assert ask("钢研高纳全年营收是多少？", ALLOYS).abstained


def test_the_leader_line_lends_nothing_to_another_note() -> None:
    # 星澜精密 is not named by the alloy note: its figures are not 星澜精密's.
    found = ask("星澜精密上半年营收是多少？", ALLOYS, BEARINGS)
    assert not found.abstained and found.sentences[0].highlighted == "5.43亿元"
