"""The level a move reached, when a level is asked. A question that asks the level a figure was moved to
("7天期逆回购利率调整为多少", "降至多少") is answered by the number written right after 为/至/到, not by the size of the move
in the same sentence: "下调7天期逆回购操作利率10个基点，由1.40%调整为1.30%" marks 1.30%. And a question that asks no
change at all ("What price did U.S. crude settle at?", "What was refinery utilization?") marks the level a move reached
("gained $1.05, or 1.6%, to $67.80", "climbed 1.4 percentage points to 91.8%"), not the move: the clause that holds
the question's words is the move's, and the level after "to" belongs to it."""

from __future__ import annotations

import re

from summarizer.answer.changes import is_change

__all__ = ["no_move_to_level", "prefer_level_reached", "with_levels_reached"]

# The level asked: "调整为多少", "降至多少", "上调到多少", "cut to what", "to what level".
_LEVEL_ASKED = re.compile(r"(?:调整|调|降|升|提高|降低|下调|上调|下修|上修|修正|增|减少|回落|上涨|下跌|下降|上升|增长|扩大|收窄)(?:为|至|到)"
                          r"(?:了)?(?:多少|几)|\bto what\b|\b(?:cut|raised|lowered|reduced|increased|lifted) to\b",
                          re.IGNORECASE)
# Right before the number: the level it reached ("调整为", "降至", "to", "from 1.40% to").
_REACHED_BEFORE = re.compile(r"(?:为|至|到|\bto|\bat)\s*(?:约|近|about\s+|around\s+)?[$€£¥]?\s*$", re.IGNORECASE)
# Between a move and the level it reached: ", or 1.6%, to", " to", "，由1.40%调整为" (no other statement between).
_MOVE_TO_LEVEL = re.compile(r"^(?:(?!\.\s|[;；。]|\bwhile\b).){0,40}?(?:\bto|\bat|至|为|到)\s*(?:about\s+|around\s+|约)?[$€£¥]?\s*$", re.IGNORECASE)


def _reached(sentence: str, span: tuple[int, int]) -> bool:
    return _REACHED_BEFORE.search(sentence[max(0, span[0] - 12):span[0]]) is not None


def prefer_level_reached(question: str, sentence: str, spans: list[tuple[int, int]],
                         change_asked: bool = False) -> list[tuple[int, int]]:
    """The spans written as the level reached, when the question asks for one and the sentence has one; when no change
    is asked, a move whose reached level is also a candidate gives way to that level."""
    if len(spans) < 2:
        return spans
    if _LEVEL_ASKED.search(question):
        return [s for s in spans if _reached(sentence, s)] or spans
    if change_asked:
        return spans
    moved = {m for m in spans if is_change(sentence, *m) and any(
        level[0] > m[1] and not is_change(sentence, *level) and _MOVE_TO_LEVEL.match(sentence[m[1]:level[0]])
        for level in spans)}
    return [s for s in spans if s not in moved] or spans


def with_levels_reached(pool: list[tuple[int, int]], every: list[tuple[int, int]], sentence: str,
                        change_asked: bool) -> list[tuple[int, int]]:
    """`pool` with the level each of its moves reached ("climbed 1.4 percentage points to 91.8%": the 91.8%), when no
    change is asked: the analysis may give the move the subject and the level none."""
    if change_asked:
        return pool
    added = [level for m in pool if is_change(sentence, *m) for level in every
             if level not in pool and level[0] > m[1] and not is_change(sentence, *level)
             and _MOVE_TO_LEVEL.match(sentence[m[1]:level[0]])]
    return sorted({*pool, *added})


# A move written in the number's statement: "由38.20元/股下修至29.50元/股", "cut to 4.25%", "调整为1.30%".
_MOVE_WORD = re.compile(r"调整|调|降|升|提高|修|增|减|回落|涨|跌|扩大|收窄|\b(?:cut|raised|lowered|reduced|increased|lifted"
                        r"|trimmed|revised|moved|rose|fell|climbed|dropped|slipped|jumped|gained|declined)\b", re.IGNORECASE)


def no_move_to_level(question: str, sentence: str, at: int) -> bool:
    """Does the question ask the level a move reached ("转股价格下修至多少") while the number's statement states a level
    that no move reached ("初始转股价格为26.58元/股")? A level that was only ever set is not where a cut took it."""
    if not _LEVEL_ASKED.search(question):
        return False
    statement = sentence[max(sentence.rfind(c, 0, at) for c in "。；;") + 1:at]
    return _MOVE_WORD.search(statement) is None

