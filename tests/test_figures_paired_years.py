"""Figures: a bare two-digit year a research note lists with a period ("21和22Q1分别实现…") is a
year, never a count; and "分别实现<metric>X/Y" is the metric's, not the company's in front of 分别.
Sample sentences are written for these tests."""

from __future__ import annotations

import pytest

from summarizer import analyze


def _figures(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in analyze(text, title="").figures if f.kind == "figure"]


@pytest.mark.parametrize("text", [
    "快递行业保持增长。21和22Q1公司分别实现业务量120.5亿票/30.2亿票，同比增长25.1%/15.3%。",
    "本报讯。23与24H1公司分别实现营收80.2亿元/45.6亿元。",
    "单票方面，公司21、22年分别实现单票收入2.31元/2.45元。",
])
def test_a_year_listed_with_a_period_is_no_figure(text: str) -> None:
    shown = [t for t, _ in _figures(text)]
    assert shown and all(not t.isdigit() for t in shown)


@pytest.mark.parametrize("text", ["该店今年卖出21和22台。", "公司营收分别为21、22亿元。"])
def test_counts_listed_with_their_unit_stay(text: str) -> None:
    assert "21" in [t for t, _ in _figures(text)]


def test_what_is_achieved_each_time_is_the_subject() -> None:
    assert _figures("单票方面，公司21和22Q1分别实现单票收入2.31元/2.45元。") == [
        ("2.31元", "单票收入"), ("2.45元", "单票收入")]
    assert _figures("公司22Q1分别实现营收2.31亿元/2.45亿元。") == [("2.31亿元", "营收"), ("2.45亿元", "营收")]
