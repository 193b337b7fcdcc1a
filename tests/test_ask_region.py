"""/ask about one market with no company named ("海外销量…"): the answer is that market's figure, never the
whole's standing next to it."""

from __future__ import annotations

from tests.ask_helpers import ask, first, library

NOTE = library(
    "note", "岚峰汽车三季报点评：销量高增，出海加速",
    "三季度公司整车销量42.6万辆，同比增长28.4%；",
    "其中海外销量5.1万辆，环比增长16.2%。",
    "国内营收612.3亿元，同比增长9.8%。")


def test_a_market_asked_without_a_company_is_not_answered_by_the_whole() -> None:
    # The whole's 28.4% stands next to the question's words; the overseas line gives only 环比.
    found = ask("海外销量同比增长多少？", NOTE)
    assert found.abstained
    assert "16.2%" in first(ask("海外销量环比增长多少？", NOTE))
    assert "5.1万辆" in first(ask("海外销量是多少？", NOTE))


def test_the_whole_is_still_answered_when_no_market_is_asked() -> None:
    assert "28.4%" in first(ask("三季度整车销量同比增长多少？", NOTE))
    assert "612.3亿元" in first(ask("国内营收是多少？", NOTE))


def test_a_question_naming_no_company_is_not_answered_by_a_market_abroad():
    """"How much did revenue grow?" after one company's results is the whole company's growth:
    海外收入同比增长52% was cited first. Asked about overseas revenue, it answers; a market report's
    国内 is the whole it is about."""
    results = library("yf", "云帆科技三季度业绩",
                      "云帆科技周三发布第三季度财报，营收达到86亿元，同比增长19%。",
                      "公司表示，海外业务是增长的主要动力，海外收入同比增长52%，占总营收的比重升至28%。")
    for question in ("How much did revenue grow?", "收入增长了多少"):
        found = ask(question, results)
        assert "19%" in first(found) and not any("52%" in s.text for s in found.sentences), question
    assert "52%" in first(ask("海外收入增长多少", results))
    market = library("mk", "三季度智能手机市场", "三季度国内智能手机出货量为6800万台，同比增长5%。")
    assert "5%" in first(ask("智能手机出货量增长多少", market))
