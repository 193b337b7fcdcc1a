"""An amount a company overstated or hid is not the amount it reported: "2022年虚增营业收入7.35亿元" is the fraud's size,
and a reader asking "2022年营业收入是多少" must not get it. Only a question that says the same verb (虚增, 隐瞒…) is
answered by it. Nor is what a target leaves to do a result: "这意味着12月需交付约3.4万辆" answers "12月需交付多少",
never "12月交付多少辆". Kept apart from `verify` so each stays small; a pure function of folded text."""

from __future__ import annotations

import re

__all__ = ["misstated"]

# The verbs of a penalty decision's findings, written right before the measure they falsified.
_MISSTATED = re.compile(r"(虚增|虚减|虚构|虚报|虚列|少计|多计|少报|多报|隐瞒|未披露|未按规定披露|少确认|多确认|提前确认|跨期确认)"
                        r"(?:了)?(?:[\u4e00-\u9fff]{0,3}的)?[\u4e00-\u9fff]{1,10}$")


# What is still needed to reach a target: "需交付约3.4万辆", "仍需完成…", "意味着…须实现…".
_REQUIRED = re.compile(r"(?:需要|需|须|必须|还要|仍要)[^，,。；;\d]{0,8}$")


def misstated(question: str, sentence: str, at: int) -> bool:
    """Is the number at `at` the size of a misstatement ("虚增营业收入7.35亿元") or what a target still requires
    ("需交付约3.4万辆"), which the question does not ask about?"""
    start = max(sentence.rfind(c, 0, at) for c in "。；;，,") + 1
    before = sentence[start:at].rstrip("约为达共计合计累计近超逾 ")
    found = _MISSTATED.search(before)
    if found is not None and found.group(1) not in question:
        return True
    return _REQUIRED.search(before) is not None and not re.search(r"需|须|还要|仍要", question)
