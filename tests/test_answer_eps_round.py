"""EPS asked in one spelling and written in another, and the lead investor of a funding round:
answered from the sentence that states it, refused when the article only has a dividend or a price
per share, or names no lead."""

from __future__ import annotations

import pytest

from summarizer.answer.lead_investor import asks_lead, lead_named
from tests.ask_helpers import ask, first, library

_RESULTS_EN = library(
    "corvane", "Corvane third-quarter profit beats estimates",
    "Corvane Inc. said on Tuesday its third-quarter profit rose 12%, helped by demand for its cloud software.",
    "The company reported diluted EPS of $1.23, compared with $1.05 a year earlier.",
    "Revenue climbed 9% to $812 million.")
_RESULTS_ZH = library(
    "qinghe", "青禾乳业2025年三季报点评",
    "青禾乳业发布2025年三季报，公司前三季度实现营业收入52.3亿元，同比增长8.1%。",
    "实现归母净利润6.2亿元，同比增长12.4%，每股盈利0.85元。",
    "我们维持买入评级。")
_DIVIDEND_EN = library(
    "halden", "Halden Corp. to be acquired by Brisk Capital",
    "Halden Corp. agreed to be acquired by Brisk Capital for $48 a share in cash.",
    "Halden Corp. will also pay a special dividend of $0.45 per share before the deal closes.")
_DIVIDEND_ZH = library(
    "mingchuan", "明川电气公布分红方案",
    "明川电气公布年度分红方案，每股派息0.3元。",
    "公司股价当日上涨4.2%，收于每股12.6元。")


@pytest.mark.parametrize("question", ["What were earnings per share?", "What was EPS?", "EPS是多少？"])
def test_eps_in_any_spelling_answers(question: str) -> None:
    assert "$1.23" in first(ask(question, _RESULTS_EN))


@pytest.mark.parametrize("question", ["每股收益多少", "EPS是多少", "每股收益是多少？", "每股盈余是多少"])
def test_chinese_eps_in_any_spelling_answers(question: str) -> None:
    assert "0.85元" in first(ask(question, _RESULTS_ZH))


@pytest.mark.parametrize("question", ["What was EPS?", "What were earnings per share?", "What was Halden's EPS?"])
def test_dividend_or_offer_per_share_is_not_eps(question: str) -> None:
    assert ask(question, _DIVIDEND_EN).abstained


@pytest.mark.parametrize("question", ["每股收益多少", "EPS是多少", "明川电气每股收益是多少？", "每股盈利是多少"])
def test_chinese_dividend_or_price_per_share_is_not_eps(question: str) -> None:
    assert ask(question, _DIVIDEND_ZH).abstained


@pytest.mark.parametrize(("question", "title", "sentence"), [
    ("每股盈利多少", "青禾乳业业绩", "青禾乳业前三季度每股收益为0.85元，去年同期为0.72元。"),
    ("每股收益多少", "青禾乳业业绩", "青禾乳业2025年前三季度每股盈利0.85港元。"),
    ("What were earnings per share?", "Corvane results", "Corvane posted quarterly EPS of $0.85.")])
def test_one_sentence_article_answers_eps_in_another_spelling(question: str, title: str, sentence: str) -> None:
    assert "0.85" in first(ask(question, library("short", title, sentence)))


_ROUND_EN = library(
    "lumora", "Lumora raises $40 million for sodium batteries",
    "Lumora, a battery startup based in Oslo, raised $40 million in a Series B round.",
    "The round was led by Northgate Ventures, with participation from Aster Capital.",
    "Lumora's chief executive, Ines Dahl, said the money would fund a pilot plant.")
_ROUND_ZH = library(
    "xinglan", "星岚科技完成5亿元B轮融资",
    "星岚科技宣布完成5亿元B轮融资。",
    "本轮融资由红杉中国领投，高瓴资本跟投。",
    "星岚科技创始人兼CEO为林舟。")
_NO_LEAD_EN = library(
    "pellix", "Pellix raises $12 million",
    "Pellix raised $12 million in seed funding from Aster Capital and several angel investors.",
    "Pellix's chief executive, Omar Reyes, said the company would hire 30 engineers.")
_NO_LEAD_ZH = library(
    "yunfan", "云帆科技完成1亿元A轮融资",
    "云帆科技宣布完成1亿元A轮融资，多家机构参与，公司未披露领投方。",
    "云帆科技创始人兼CEO为周岩。")


@pytest.mark.parametrize("question", ["Who led the round?", "Who led Lumora's round?", "Who led Lumora's Series B round?",
                                      "Who was the lead investor?", "Who was the lead investor in Lumora's round?"])
def test_who_led_the_round_names_the_lead(question: str) -> None:
    assert "Northgate Ventures" in first(ask(question, _ROUND_EN))


@pytest.mark.parametrize("question", ["谁领投？", "星岚科技的B轮融资由谁领投？", "谁领投了星岚科技的融资？"])
def test_chinese_who_led_the_round_names_the_lead(question: str) -> None:
    assert "红杉中国领投" in first(ask(question, _ROUND_ZH))


@pytest.mark.parametrize(("question", "libs"), [
    ("Who led the round?", [_NO_LEAD_EN]), ("Who led Pellix's round?", [_NO_LEAD_EN]),
    ("Who was the lead investor?", [_NO_LEAD_EN]),
    ("谁领投？", [_NO_LEAD_ZH]), ("云帆科技的A轮融资由谁领投？", [_NO_LEAD_ZH]),
    ("Who led Lumora's Series C round?", [_ROUND_EN]),  # the round asked is not the one led
    ("星岚科技的C轮融资由谁领投？", [_ROUND_ZH]),
    ("谁领投了云帆科技的融资？", [_ROUND_ZH, _NO_LEAD_ZH]),  # another company's lead is not its lead
])
def test_a_round_with_no_lead_named_is_refused(question: str, libs: list) -> None:
    assert ask(question, *libs).abstained


def test_a_team_led_is_not_a_round_and_a_negation_names_no_lead() -> None:
    assert not asks_lead("Who led the team?") and asks_lead("Who led the round?") and asks_lead("领投方是谁？")
    assert not asks_lead("谁牵头了这次调查？")
    assert not lead_named("Morrow Bank economists led by Clara Voss said the central bank would hold rates.")
    assert not lead_named("公司未披露领投方。") and not lead_named("本轮融资尚未确定领投机构。")
    assert lead_named("红杉中国领投，高瓴资本跟投。") and lead_named("领投方为红杉中国。")
    assert lead_named("Northgate Ventures led the round.")


def test_earnings_per_diluted_share_answers_eps_and_a_dividend_beside_it_does_not() -> None:
    results = library("tarn", "Tarnwell third-quarter results",
                      "Tarnwell Corp. said net income was $410 million, or $2.18 per diluted share, in the third quarter.",
                      "The board declared a dividend of $0.52 per share, payable in January.")
    assert "$2.18" in first(ask("What were Tarnwell's earnings per share?", results))
    found = ask("What was Tarnwell's EPS?", results)
    assert "$2.18" in first(found) and "$0.52" not in found.sentences[0].text
