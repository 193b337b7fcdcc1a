"""An English question asked in a Chinese chat: the reply says what is missing in the chat's language,
without English labels inside a Chinese sentence ("文章里只有month 12的数据" read as a glitch)."""

from __future__ import annotations

import pytest

from bot.render import text as render
from bot.render.htmltext import to_plain
from summarizer.answer import Answer
from tests.ask_helpers import ask, first, library


def _abstained(missing: str, asked: str, available: tuple[str, ...] = ()) -> Answer:
    return Answer("What was Orchid's second-quarter revenue?", abstained=True, reason="constraint",
                  kind="number", missing=missing, asked=asked, available=available)


def test_an_english_label_is_not_put_into_a_chinese_sentence() -> None:
    shown = to_plain(render.answer(_abstained("period", "Q2", ("month 12",)), "zh"))
    assert "文章里没有所问时期的数据。" in shown and "month" not in shown
    shown = to_plain(render.answer(_abstained("change", "net profit"), "zh"))
    assert "net profit" not in shown
    # In English the labels are the question's own and are kept; Q3 and Q2 read well in Chinese too.
    assert "month 12" in to_plain(render.answer(_abstained("period", "Q2", ("month 12",)), "en"))
    assert "文章里只有Q3的数据，没有Q2的。" in to_plain(render.answer(_abstained("period", "Q2", ("Q3",)), "zh"))


def test_a_chinese_question_keeps_its_labels_in_a_chinese_reply() -> None:
    cars = library("xh", "星海汽车第三季度毛利率15.8%", "星海汽车第三季度毛利率为15.8%，较上一季度下降1.2个百分点。")
    shown = to_plain(render.answer(ask("星海汽车第二季度毛利率是多少？", cars), "zh"))
    assert "文章里只有第三季度的数据，没有第二季度的。" in shown


QINGHE = library("qh", "青禾生物发布三季报",
                 "青禾生物发布三季报，公司前三季度实现营业收入12.6亿元，同比增长8.2%；",
                 "归母净利润1.35亿元，同比下降21.4%。",
                 "公司表示，利润下滑主要受研发投入增加影响。")


@pytest.mark.parametrize(("question", "want"), [
    ("What was 青禾生物's revenue in the first three quarters?", "12.6亿元"),
    ("what was 青禾生物's net profit", "1.35亿元"),
    ("How much revenue did 青禾生物 make in the first three quarters?", "12.6亿元"),
])
def test_an_english_question_about_a_chinese_name_finds_the_name(question: str, want: str) -> None:
    assert want in first(ask(question, QINGHE))


def test_an_english_question_about_an_unknown_chinese_name_is_refused() -> None:
    assert ask("What was 白鹭生物's revenue?", QINGHE).abstained


HK_CLOSE = library("hk", "港股收評：恒指跌1.2%",
                   "港股周五低開低走，恒生指數收報19,862點，跌241點或1.2%。",
                   "科技股全線走弱，美團跌4.1%，阿里巴巴跌2.8%，騰訊控股跌1.6%。")


@pytest.mark.parametrize(("question", "want"), [("美团跌了多少？", "4.1%"), ("阿里巴巴跌了多少", "2.8%")])
def test_a_one_character_move_before_its_number_answers_a_change_question(question: str, want: str) -> None:
    found = ask(question, HK_CLOSE)
    assert not found.abstained, found
    start, end = found.sentences[0].highlight
    assert found.sentences[0].text[start:end] == want


def test_a_market_share_is_answered_by_the_share_of_the_market_the_article_names() -> None:
    chips = library("chip", "星澜科技发布新芯片",
                    "星澜科技11月30日发布新一代手机芯片。",
                    "市场研究机构数据显示，今年三季度星澜科技在国内手机芯片市场的份额为9.4%，排名第四。")
    found = ask("星澜科技的市场份额是多少？", chips)
    assert not found.abstained, found
    start, end = found.sentences[0].highlight
    assert found.sentences[0].text[start:end] == "9.4%"


CHIP = library("chip2", "星澜科技发布新芯片",
               "据介绍，澜芯X5采用3纳米工艺，集成约190亿个晶体管，CPU性能较上一代提升27%，AI算力达到每秒45万亿次运算。")


@pytest.mark.parametrize(("question", "want"), [("澜芯X5的CPU性能提升了多少？", "27%"), ("澜芯X5有多少个晶体管", "190亿个")])
def test_a_unit_after_a_digit_owns_nothing_and_a_count_shows_its_own_number(question: str, want: str) -> None:
    found = ask(question, CHIP)
    assert not found.abstained, found
    start, end = found.sentences[0].highlight
    assert found.sentences[0].text[start:end] == want


def test_an_english_refusal_names_revenue_in_the_singular():
    from summarizer.answer import parse_question

    assert parse_question("What was revenue last year?").constraints.metric_label("en") == "revenue"
    assert parse_question("How big was the dividend?").constraints.metric_label("en") == "dividend"


def test_a_refusal_for_a_missing_figure_names_whose_figure_was_looked_for() -> None:
    # "文章里没有提到营收" was false of an article that names revenue (of the company, as 公司).
    zh = Answer("宁德时代的营收是多少？", abstained=True, reason="constraint", kind="number", missing="metric",
                asked="宁德时代的营收")
    assert "文章里找不到宁德时代的营收数据。" in to_plain(render.answer(zh, "zh"))
    assert "The articles give no figure for Disney's revenue." in to_plain(render.answer(
        _abstained("metric", "Disney's revenue"), "en"))
