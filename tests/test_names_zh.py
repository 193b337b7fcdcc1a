"""The numbers of names in Chinese text are no figures (summarizer.names_zh): a stock code, a network generation.
Sentences written for the test."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.roles import figure_count, news_value, numbers
from summarizer.names_zh import without_name_numbers_zh

FLASH = ("青岚食品（002931）3月28日晚间披露2026年年报及利润分配预案。"
         "公司2026年实现营业收入42.18亿元，同比增长9.64%；"
         "归母净利润5.37亿元，同比增长13.82%。"
         "公司拟向全体股东每10股派发现金红利6元（含税），合计派发现金红利3.05亿元。")


@pytest.mark.parametrize("text", [
    "青岚食品（002931）披露年报。", "青岚食品(002931.SZ)披露年报。", "远帆控股（00388.HK）披露年报。",
    "远帆控股（HK.00388）披露年报。", "青岚食品（股票代码：002931）披露年报。", "青岚食品，证券代码：002931，披露年报。",
])
def test_a_code_is_no_figure(text: str) -> None:
    assert figure_count(text) == 0
    assert not numbers(text)


@pytest.mark.parametrize("text", ["营收（2026年）增长12%", "收入35.58亿元（YOY+37.60%）", "每股派息（含税）0.35元"])
def test_figures_in_brackets_stay(text: str) -> None:
    assert without_name_numbers_zh(text) == text


def test_an_opener_naming_the_code_states_no_result() -> None:
    opener = "青岚食品（002931）3月28日晚间披露2026年年报及利润分配预案。"
    assert news_value(opener, "zh") < news_value("归母净利润5.37亿元，同比增长13.82%。", "zh")


def test_the_flash_shows_its_results_and_dividend() -> None:
    shown = [s.text for s in analyze(FLASH, title="青岚食品拟每10股派6元", max_sentences=3).sentences]
    assert any("归母净利润5.37亿元" in s for s in shown)
    assert any("营业收入42.18亿元" in s for s in shown)
    assert any("每10股派发现金红利6元" in s for s in shown)


@pytest.mark.parametrize("text, count", [
    ("全球5G网络进入规模建设期，公司前三季度收入增长40%。", 1),
    ("公司4G、5G基站出货量达到12万个。", 1),
    ("光模块400G产品出货，产能达到30GW。", 2),
])
def test_a_network_generation_is_no_figure(text: str, count: int) -> None:
    assert figure_count(text) == count
