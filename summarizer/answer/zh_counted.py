"""Which number a Chinese count or per-unit question asks for, when a sentence holds several that could answer it.

Wrong bold numbers found by the twentieth round and its holdout:

- "暗网上卖的12306账号有多少" bolded 410万条 of "有60万个“12306账号”和410万条联系人数据": the thing written before 有多少
  picks the number it follows;
- "陈立群写过多少本书" bolded 5所 of "写过16本书，当过5所中学的校长": the measure word asked (本) picks the number written
  with it;
- "奖教金每人奖励多少" bolded 9 of "每年奖励9名教师，每人5000元": the unit asked per (每人) picks the number written after it.

Each narrows the candidates only when some, not all, fit; pure functions of the question and the sentence.
"""

from __future__ import annotations

import re

from summarizer.answer.classifiers import classifier_ok

__all__ = ["prefer_zh_counted"]

# The thing a Chinese count question asks about, written right before "有多少" ("12306账号有多少").
_THING_ASKED = re.compile(r"([\u4e00-\u9fff]{2})(?:有|共有|一共有)(?:多少|几)(?:个|条)?[?？]?$")
# A unit asked per ("每人", "每股", "每户"): the number written right after it in the sentence.
_PER_ASKED = re.compile(r"每([人名户家股吨台辆件年月天])")


def prefer_zh_counted(question: str, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans the question's thing, measure word or unit per picks out; all of them when none does."""
    if len(spans) < 2 or not re.search(r"[\u4e00-\u9fff]", question):
        return spans
    for keep in (_after_thing, _with_measure_word, _after_per):
        kept = [span for span in spans if keep(question, text, span)]
        if kept and len(kept) < len(spans):
            spans = kept
    return spans


def _after_thing(question: str, text: str, span: tuple[int, int]) -> bool:
    thing = _THING_ASKED.search(question)
    return thing is None or re.match(rf"[条个家\s“”\"「」《]*[\d\u4e00-\u9fff]{{0,6}}?{thing.group(1)}",
                                     text[span[1]:]) is not None


def _with_measure_word(question: str, text: str, span: tuple[int, int]) -> bool:
    return classifier_ok(question, text, span)


def _after_per(question: str, text: str, span: tuple[int, int]) -> bool:
    per = _PER_ASKED.search(question)
    if per is None:
        return True
    at = text.rfind(per.group(), 0, span[0])
    return at >= 0 and re.fullmatch(r"[^，,；;。]{0,4}", text[at + len(per.group()):span[0]]) is not None
