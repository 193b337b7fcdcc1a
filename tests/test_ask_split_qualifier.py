"""/ask: a measure's qualifier written in two places. "岚州有轨电车年均成本是多少？" is answered by a sentence on
岚州有轨电车 followed by "…，年均成本高达8200多万元": the qualifier's end (年均) stands right before the measure at the
start of a clause, its beginning (有轨电车) in the sentence or the one before. It was refused. A qualifier ending
after another word ("全球AI市场规模" for 全球EDA) still does not answer. The text is made up.
"""

from __future__ import annotations

from tests.ask_helpers import analyzed, ask, first

TRAMS = analyzed("trams", "",
                 "岚州市交通局公布的数据显示，2016年到2020年运营期间，岚州有轨电车1号线日均客流强度不足300人次/公里。"
                 "而期间财政补贴拨款超过1.5亿元，年均成本高达8200多万元，但年均车票收入仅90多万元。"
                 "通报显示，汀水有轨电车一期工程运营以来，年运载乘客仅约60万人次，收入120万元，年运营成本约3500万元。")


def test_the_qualifiers_end_before_the_measure_and_its_beginning_before() -> None:
    assert "8200多万元" in first(ask("岚州有轨电车年均成本是多少？", TRAMS))
    assert "3500万元" in first(ask("汀水有轨电车年运营成本是多少？", TRAMS))


def test_another_qualifier_still_does_not_answer() -> None:
    found = ask("岚州有轨电车年均维修成本是多少？", TRAMS)
    assert found.abstained or "8200" not in (found.sentences[0].highlighted or "")


LINES = analyzed("lines", "",
                 "与此同时，国内地铁的运营线路里程已经达到7320.50公里，市域快轨的里程也有1210.3公里；"
                 "在建与规划的体量，也远大于现代有轨电车。")


def test_a_qualifier_written_with_de() -> None:
    """"国内地铁运营线路里程" written "国内地铁的运营线路里程" (refused once 里程 was checked as the measure)."""
    found = ask("国内地铁运营线路里程是多少？", LINES)
    assert not found.abstained and found.sentences[0].highlighted.startswith("7320.50")
