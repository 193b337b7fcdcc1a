"""Figures: a bare two-digit year a research note lists with a period ("21和22Q1分别实现…") is a
year, never a count; and "分别实现<metric>X/Y" is the metric's, not the company's in front of 分别.
Sample sentences are written for these tests."""

from __future__ import annotations

import pytest

from summarizer import analyze
from tests.figure_helpers import subject_pairs


@pytest.mark.parametrize("text", [
    "快递行业保持增长。21和22Q1公司分别实现业务量120.5亿票/30.2亿票，同比增长25.1%/15.3%。",
    "本报讯。23与24H1公司分别实现营收80.2亿元/45.6亿元。",
    "单票方面，公司21、22年分别实现单票收入2.31元/2.45元。",
])
def test_a_year_listed_with_a_period_is_no_figure(text: str) -> None:
    shown = [t for t, _ in subject_pairs(text)]
    assert shown and all(not t.isdigit() for t in shown)


@pytest.mark.parametrize("text", ["该店今年卖出21和22台。", "公司营收分别为21、22亿元。"])
def test_counts_listed_with_their_unit_stay(text: str) -> None:
    assert "21" in [t for t, _ in subject_pairs(text)]


def test_what_is_achieved_each_time_is_the_subject() -> None:
    assert subject_pairs("单票方面，公司21和22Q1分别实现单票收入2.31元/2.45元。") == [
        ("2.31元", "单票收入"), ("2.45元", "单票收入")]
    assert subject_pairs("公司22Q1分别实现营收2.31亿元/2.45亿元。") == [("2.31亿元", "营收"), ("2.45亿元", "营收")]


def test_a_pair_of_values_takes_the_year_and_the_period_in_order() -> None:
    found = {f.text: f.period for f in analyze(
        "快递行业保持增长。21和22Q1公司分别实现业务量120.5亿票/30.2亿票，同比增长25.1%/15.3%。"
        "公司2021年及22H1分别实现营收80.2亿元/45.6亿元。", title="").figures if f.kind == "figure"}
    assert found == {"120.5亿票": "21年", "30.2亿票": "22Q1", "25.1%": "21年", "15.3%": "22Q1",
                     "80.2亿元": "2021年", "45.6亿元": "22H1"}


def test_a_pair_under_one_period_keeps_it() -> None:
    found = {f.text: f.period for f in analyze("22Q1公司营收80.2亿元/45.6亿元。", title="").figures if f.kind == "figure"}
    assert found == {"80.2亿元": "22Q1", "45.6亿元": "22Q1"}


def test_a_signed_member_stays_in_its_list() -> None:
    found = {f.text: f.period for f in analyze(
        "单票方面，公司21和22Q1分别实现单票收入2.26元/2.61元，同比变化-0.62%/+10.7%。"
        "预计2026-2028年营收增速分别为-5.2%/+12.3%/+15.1%。", title="").figures if f.kind == "figure"}
    assert found == {"2.26元": "21年", "2.61元": "22Q1", "-0.62%": "21年", "10.7%": "22Q1",
                     "-5.2%": "2026年", "12.3%": "2027年", "15.1%": "2028年"}
