"""/ask on a company notice titled only by its kind of document ("业绩快报", "Third-quarter results"): the
company is the one its body names, never a peer it quotes, and a question about another company is refused."""

from __future__ import annotations

import pytest

from summarizer.answer.generic_title import generic_title
from tests.ask_helpers import ask, first, library

BODY = ("青禾乳业前三季度营收为85亿元，同比增长6%。", "净利润为9.1亿元，同比增长4%。", "公司表示，液奶业务保持稳定。")


@pytest.mark.parametrize("title", ["业绩快报", "2024年前三季度业绩快报", "关于2023年度利润分配方案的公告"])
def test_a_notice_titled_by_its_kind_answers_for_the_company_its_body_names(title: str) -> None:
    notice = library("notice", title, *BODY)
    assert "85亿元" in first(ask("营收多少？", notice))
    assert "9.1亿元" in first(ask("净利润是多少？", notice))


def test_a_question_about_another_company_is_still_refused() -> None:
    notice = library("notice", "业绩快报", *BODY)
    assert ask("蓝岭乳业营收多少？", notice).abstained


def test_a_body_with_two_companies_figures_names_no_company() -> None:
    both = library("both", "业绩快报", "青禾乳业前三季度营收为85亿元，同比增长6%。",
                   "蓝岭乳业前三季度营收为60亿元，同比增长3%。")
    assert ask("营收多少？", both).abstained
    assert "60亿元" in first(ask("蓝岭乳业营收多少？", both))
    assert "85亿元" not in first(ask("蓝岭乳业营收多少？", both))


def test_an_english_results_title_answers_for_the_body_company() -> None:
    notice = library("results", "Third-quarter results",
                     "Harwick Foods said revenue rose 6% to $8.5 billion in the third quarter.",
                     "Net income was $910 million.")
    assert "$8.5 billion" in first(ask("What was revenue?", notice))
    assert ask("What was Stellan Corp's revenue?", notice).abstained


@pytest.mark.parametrize("title,generic", [
    ("业绩快报", True), ("2024年半年度报告摘要", True), ("Quarterly results", True), ("Third-quarter report", True),
    ("青禾乳业业绩快报", False), ("Harwick Foods third-quarter results", False), ("星米发布2024年业绩", False)])
def test_a_title_is_generic_only_when_it_names_no_company(title: str, generic: bool) -> None:
    assert generic_title(title) is generic


def test_a_note_about_its_company_that_names_one_peer_lends_it_nothing() -> None:
    note = library("note", "业绩快报", "公司前三季度营收稳步增长，渠道改革持续推进。",
                   "蓝岭乳业前三季度营收为60亿元，同比增长3%。")
    assert ask("营收多少？", note).abstained
