"""/ask questions that open with who forecasts ("券商预计X…", "<person>预计…"): the forecaster is not the subject,
and the answer must be that forecaster's forecast."""

from __future__ import annotations

from tests.ask_helpers import ask, first, library

BROKERS = library(
    "brokers", "云岫电子前三季度净利润增长12%",
    "云岫电子前三季度实现净利润18.2亿元，同比增长12%。",
    "多家券商预计，云岫电子2026年全年净利润将达到27亿元左右。")

ANALYST = library(
    "analyst", "二季度平板电脑出货量回暖",
    "二季度国内平板电脑出货量约780万台，同比增长4.6%。",
    "研究机构青禾咨询分析师林雪梅表示：“教育需求仍在释放。”",
    "她预计全年出货量将同比增长3%至5%。")

OTHER = library(
    "other", "可穿戴设备市场观察",
    "另一家机构的分析师周立新预计全年出货量将同比下降1%。")


def test_a_brokers_forecast_is_found_for_the_company_after_the_forecaster() -> None:
    assert "27亿元" in first(ask("券商预计云岫电子2026年净利润是多少？", BROKERS))


def test_a_persons_forecast_is_found_where_she_speaks_on() -> None:
    assert "3%至5%" in first(ask("林雪梅预计全年出货量增长多少？", ANALYST, OTHER))
    assert "1%" in first(ask("周立新预计全年出货量增长多少？", ANALYST, OTHER))


def test_a_forecast_is_not_answered_by_what_happened_or_by_someone_else() -> None:
    # The past 12% is no forecast; another person's forecast is not hers.
    found = ask("券商预计云岫电子前三季度净利润增长多少？", BROKERS)
    assert found.abstained or "12%" not in found.sentences[0].text
    assert ask("王海涛预计全年出货量增长多少？", ANALYST, OTHER).abstained
