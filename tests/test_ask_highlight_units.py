"""/ask highlights: a Chinese range written with a hyphen ("目标价23.45-24.60元/股") is highlighted whole, and a
number of shares asked ("授予股数是多少") is a number written in 股, not the plan's term in years."""

from __future__ import annotations


from tests.ask_helpers import analyzed, ask

NOTE = analyzed("note", "星河材料点评",
                "星河材料上半年营收8.12亿元，同比增长30.5%。\n\n"
                "我们给予公司20年40-42倍PE，对应目标价23.45-24.60元/股，维持买入评级。\n\n"
                "上半年公司通过定向发行的方式，对96名核心员工进行了激励计划，授予股数（包括预留）为862.5万股，"
                "占公司总股本比例为2%，股权激励计划的有效期为4年，其中1年禁售期3年限售期。")


def test_a_hyphen_range_is_highlighted_whole() -> None:
    found = ask("星河材料目标价是多少？", NOTE)
    assert not found.abstained and found.sentences[0].highlighted.startswith("23.45-24.60")


def test_a_share_count_is_in_shares() -> None:
    found = ask("股权激励授予股数是多少？", NOTE)
    assert found.abstained or found.sentences[0].highlighted.startswith("862.5万股")
    assert found.abstained or all(s.highlighted not in ("4年", "1年", "3年") for s in found.sentences)
