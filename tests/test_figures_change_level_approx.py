"""After a change verb and an approximation, 至 still joins the change to the level it reached
("同比下降约1.2万元至15.6万元" is a drop of about 1.2万元 to 15.6万元, never a range "1.2万元至15.6万元"),
while a range of one order stays a range (summarizer.figure_numbers._change_then_level)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figures


@pytest.mark.parametrize("sentence, change, level, approx", [
    ("受促销影响，三季度单车均价同比下降约1.2万元至15.6万元。", "1.2万元", "15.6万元", "约"),
    ("门店数量净增加近300家至2177家。", "300家", "2177家", "近"),
    ("员工人数减少了约200人至1,850人。", "200人", "1,850人", "约"),
    ("日均客流量增长逾3万人次至41万人次。", "3万人次", "41万人次", "逾"),
])
def test_a_rough_change_and_the_level_it_reached(sentence: str, change: str, level: str, approx: str) -> None:
    found = {f.text: f for f in figures(sentence)}
    assert change in found and level in found, list(found)
    assert found[change].approx == approx and found[level].approx is None
    assert not any("至" in text for text in found)


@pytest.mark.parametrize("sentence, text", [
    ("公司预计全年营收增长约10%至15%。", "10%至15%"),  # percentages of one order: a range
    ("计划新增门店约100家至150家。", "100家至150家"),  # no change verb before the first number
])
def test_ranges_stay_ranges(sentence: str, text: str) -> None:
    assert text in {f.text for f in figures(sentence)}
