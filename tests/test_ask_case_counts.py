"""/ask: a count of cases is named by its status (确诊, 治愈, 死亡) and its span (新增, 累计): another status's or
span's count does not answer, and the hours a count was taken over are no count."""

from __future__ import annotations

from tests.test_ask_not_values import analyzed

from tests.ask_helpers import ask

FLU = analyzed("flu", "东岚省流感通报",
               "东岚省卫健委3月2日通报，过去24小时新增流感确诊病例超过1.2万例，达12345例。\n\n"
               "截至2日，东岚省累计流感确诊病例超过85万例；过去24小时新增死亡病例17例，累计死亡超过900例。")


def test_another_status_is_no_answer() -> None:
    assert ask("东岚省累计治愈病例是多少？", FLU).abstained


def test_the_span_asked_is_highlighted() -> None:
    found = ask("东岚省累计死亡病例是多少？", FLU)
    assert not found.abstained and found.sentences[0].highlighted.startswith("900")


def test_new_deaths_not_answered_by_hours_or_new_cases() -> None:
    found = ask("东岚省新增死亡病例多少？", FLU)
    assert not found.abstained and found.sentences[0].highlighted == "17"
    assert all(s.highlighted not in ("24小时", "24", "12345") for s in found.sentences)
