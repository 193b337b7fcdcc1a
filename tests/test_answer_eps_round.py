"""EPS asked in one spelling and written in another, and the lead investor of a funding round:
answered from the sentence that states it, refused when the article only has a dividend or a price
per share, or names no lead."""

from __future__ import annotations

import pytest

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
