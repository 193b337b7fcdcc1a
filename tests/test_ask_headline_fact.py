"""/ask: 降准多少 asks the cut of 存款准备金率 (a change), and a change asked alone is still checked.
Our own sentences through the real answer code."""

from __future__ import annotations

from tests.ask_helpers import ask, first, library

RRR = library("rrr", "央行下调存款准备金率0.5个百分点 释放长期资金约8000亿元",
              "新华社北京6月20日电 中国人民银行20日宣布，决定于6月28日下调金融机构存款准备金率0.5个百分点。",
              "人民银行有关负责人表示，此次降准将释放长期资金约8000亿元。",
              "这是今年以来央行第二次全面降准。",
              "此前，央行已于2月下调存款准备金率0.25个百分点，释放长期资金约4000亿元。")


def test_the_cut_the_headline_reports_answers_a_question_with_no_period() -> None:
    # 降准 is the cut of 存款准备金率; the headline's 0.5个百分点 is this cut, the 0.25 an earlier one.
    assert "0.5个百分点" in first(ask("央行降准多少", RRR))
    # A period asked decides by itself.
    assert "0.25个百分点" in first(ask("央行2月降准多少", RRR))


CUT = library("cut", "央行宣布降准0.25个百分点",
              "同日，中国人民银行宣布，决定于12月5日下调金融机构存款准备金率0.25个百分点。",
              "本次下调后，金融机构加权平均存款准备金率约为6.1%。")


def test_a_change_asked_with_nothing_else_is_still_checked() -> None:
    # No company, period or metric named: the level after the cut is still no answer to how much it was cut.
    found = ask("这次降准降了多少？", CUT)
    assert all("6.1%" not in s.text for s in found.sentences)
    assert "0.25个百分点" in first(found)
