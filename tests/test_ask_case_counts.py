"""/ask: a count of cases is named by its status (确诊, 治愈, 死亡) and its span (新增, 累计): another status's or
span's count does not answer, and the hours a count was taken over are no count."""

from __future__ import annotations


from tests.ask_helpers import analyzed, ask, first, library

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


# English names the statuses with verbs, and a count asked with no company, period or metric is checked too.
OUTBREAK = library("ob", "Measles case confirmed in Harlow county",
                   "Health officials in Harlow county confirmed a case of measles on Tuesday.",
                   "The patient, a farm worker, is in stable condition.",
                   "Officials said 41 people who had close contact with him were quarantined.",
                   "No deaths have been reported.")
CLUSTER = library("cl", "Measles cluster in Harlow county",
                  "Health officials in Harlow county reported a cluster of measles cases on Tuesday.",
                  "No deaths have been reported, and 6 children were admitted to hospital.")


def test_a_count_of_the_quarantined_is_no_count_of_deaths() -> None:
    assert ask("How many people died?", OUTBREAK).abstained  # was answered "41 people … were quarantined"
    assert ask("死亡多少人？", OUTBREAK).abstained


def test_the_status_asked_is_answered() -> None:
    assert "41 people" in first(ask("How many people were quarantined?", OUTBREAK))
    assert "6 children" in first(ask("How many children were admitted to hospital?", CLUSTER))
    assert ask("How many children died?", CLUSTER).abstained  # the clause's count is of the admitted
