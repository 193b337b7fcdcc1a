"""/ask: "富瑞给华虹的目标价是多少" opens with the broker who gives the target: the subject is read after 给, and
the cited sentence (or the one before it) must name that broker. Before, "富瑞给华虹" was read as one name that
no article holds, and the question was refused. The text is made up."""

from __future__ import annotations

from tests.ask_helpers import ask, library

FLASH = library("flash", None,
                "星辰微电子(09999.HK)2023年全年纯利3.45亿美元，升56.1%。",
                "海岳证券发表报告，表示星辰末季业绩胜预期。",
                "该行维持其买入评级，目标价由41.20港元下调至39.8港元。")

NOTE = library("note", None, "岚山材料是A股碳纤维龙头。", "我们给予公司23年30倍PE，对应目标价28.50元。")


def test_the_broker_who_gives_a_target_is_no_subject() -> None:
    found = ask("海岳证券给星辰的目标价是多少？", FLASH)
    assert not found.abstained and found.sentences[0].highlighted.startswith("39.8")


def test_another_broker_or_another_note_is_no_answer() -> None:
    assert ask("东信证券给星辰的目标价是多少？", FLASH).abstained
    assert ask("海岳证券给岚山材料的目标价是多少？", FLASH, NOTE).abstained
