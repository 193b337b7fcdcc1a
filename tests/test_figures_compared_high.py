""""较高点下跌38%" falls from the high: 较 points at the base of the comparison (高点, 高位), so the figure
keeps the subject of its clause ("股价报31.58元，较年内高点下跌约38%" is the share price's fall, never a figure of
"高点"), while "毛利率较高，达45%" stays "rather high" (summarizer.figure_subjects._zh_cut)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figures


@pytest.mark.parametrize("sentence, text, subject", [
    ("截至收盘，远帆科技股价报31.58元，较年内高点下跌约38%。", "38%", "远帆科技股价"),
    ("远帆科技股价报31.58元，较高位回落约38%。", "38%", "远帆科技股价"),
    ("远帆科技股价报31.58元，较高点下跌约38%。", "38%", "远帆科技股价"),
])
def test_the_fall_from_a_high_is_the_price_s(sentence: str, text: str, subject: str) -> None:
    found = {f.text: f for f in figures(sentence)}
    assert found[text].subject == subject


def test_rather_high_is_no_base() -> None:
    assert {f.text: f.subject for f in figures("该公司毛利率较高，达45%。")}["45%"] == "该公司毛利率"
