"""/ask: how a note writes its period. "同比增5.1%" (a one-character move after its basis) is a change;
"去年末季" is the last quarter, not the year's end; and a title-less note on one quarter ("2024Q1…") writes its
segment lines with no period, so they do not answer the whole year."""

from __future__ import annotations

from tests.ask_helpers import ask, library

BANK = library("bank", None, "1、全年营收同比增4.2%、增速小幅向上，净利润同比增11.7%。", "2、贷款Q4环比增1.8%。")

HK = library("hk", None, "星辰微电子(09999.HK)2023年全年纯利3.45亿美元，升56.1%；去年末季纯利按年升40.2%至9,876.5万美元。")

NOTE = library("q1", None, "2024Q1新签订单稳健增长，看好产能释放。", "事件：业绩符合预期。",
               "化学业务收入7.12亿（YOY18.40%），毛利率38.10%（同比+2.20pct）。",
               "经营活动产生的现金流量净额2.10亿，同比增长12.30%。")


def test_bare_zeng_after_tongbi_is_a_change() -> None:
    found = ask("全年营收同比增长多少？", BANK)
    assert not found.abstained and found.sentences[0].highlighted == "4.2%"
    found = ask("全年净利润同比增长多少？", BANK)
    assert not found.abstained and found.sentences[0].highlighted == "11.7%"


def test_last_quarter_is_not_the_year() -> None:
    found = ask("星辰微电子第四季度纯利是多少？", HK)
    assert not found.abstained and "9,876.5" in found.sentences[0].highlighted
    found = ask("星辰微电子全年纯利是多少？", HK)
    assert not found.abstained and found.sentences[0].highlighted.startswith("3.45")


def test_a_quarter_note_does_not_answer_the_year() -> None:
    assert ask("全年经营活动现金流量净额是多少？", NOTE).abstained
    found = ask("经营活动现金流量净额是多少？", NOTE)
    assert not found.abstained and found.sentences[0].highlighted.startswith("2.10")
