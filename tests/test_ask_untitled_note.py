"""/ask on a title-less note that says 公司 throughout and names its company once, later, where it announces
something; and amounts per unit, which never answer a total."""

from __future__ import annotations

from tests.ask_helpers import ask, first, library

NOTE = library(
    "note", "",
    "事件：公司发布2025年中报，上半年公司实现营业收入88.6亿元，同比增长21.4%。",
    "归母净利润为9.3亿元，同比增长17.2%。",
    "盈利能力角度：根据我们测算单吨盈利为410-450元/吨。",
    "7月30日，岚川材料发布公告，拟以自有资金1.2亿元收购衡拓科技30%股权。")

TWO = library(
    "two", "",
    "上半年公司实现营业收入52.1亿元，同比增长8%。",
    "7月2日，星禾电子发布公告，拟回购股份。",
    "7月9日，澜沧微电宣布，将与公司共建实验室。")


def test_the_announcer_of_a_title_less_note_is_its_company() -> None:
    assert "88.6亿元" in first(ask("岚川材料上半年营业收入是多少？", NOTE))


def test_a_company_it_buys_into_lends_it_no_figures() -> None:
    assert ask("衡拓科技营业收入是多少？", NOTE).abstained


def test_two_announcers_name_no_company() -> None:
    assert ask("星禾电子上半年营业收入是多少？", TWO).abstained


def test_a_profit_per_ton_is_no_profit() -> None:
    found = ask("岚川材料上半年归母净利润是多少？", NOTE)
    assert "9.3亿元" in first(found)
    assert all("元/吨" not in s.text for s in found.sentences)


def test_an_amount_per_unit_still_answers_a_question_per_unit() -> None:
    deal = library("deal", "Corvane to buy Aldis", "Corvane will pay $48 per Aldis share in cash, or about $2.1 billion.")
    assert "$48" in first(ask("How much is Corvane paying per Aldis share?", deal))
