"""One value of a 分别 list ("本科生、硕士研究生、博士研究生就业率分别为73.78%、84.81%、86.05%") answers only for its
own item: 博士研究生 is the third number, never the first. And a question that names none of the items, while the
items narrow the very measure it asks (就业率), asks for a whole the list does not state. Kept apart from
`constraints` so each stays small; pure functions of the sentence.
"""

from __future__ import annotations

import re

__all__ = ["respective_ok"]

_RESPECTIVELY = re.compile(r"分别")
_NUMBER = re.compile(r"[-+−]?\d[\d.,]*\s*(?:%|％|个百分点|百分点|pct|亿元|万元|元|亿|万|倍|家|个|人|辆|吨)?")
_JOIN = re.compile(r"\s*(?:、|/|和|及|与|，|,)\s*")
# (Not values: "产销分别完成158.3万辆和160.1万辆" lists no items, "3万辆和160" is two numbers cut apart.)
_ITEMS = re.compile(r"(?<![\d.])[\u4e00-\u9fffA-Za-z0-9]{2,16}(?:(?:、|/|和|及|与)[\u4e00-\u9fffA-Za-z0-9]{2,16})+")
_PERIOD = re.compile(r"\d{2,4}\s?年|(?:19|20)\d{2}(?!\s?届)|[QH][1-4]|\d{1,2}\s?月|[一二三四]季度|上半年|下半年", re.IGNORECASE)
_VERB = re.compile(r"^(?:维持在|保持在|稳定在|为|是|达到?|约为|约|实现|录得|同比|环比|增长|下降|增加|减少|提升|上升|下滑|变动|变化)*")


def _run(sentence: str, start: int) -> list[int]:
    """The starts of the numbers listed one after another from `start`."""
    starts: list[int] = []
    at = start + _VERB.match(sentence[start:]).end()
    while (number := _NUMBER.match(sentence, at)) and number.group().strip():
        starts.append(number.start())
        join = _JOIN.match(sentence, number.end())
        if not join:
            break
        at = join.end()
    return starts


def _named(item: str, question: str) -> int:
    """How much of `item` the question names: its longest opening of two or more characters (a year or cohort
    that opens the list, "2021届毕业的本科生", is no part of the item's name)."""
    item = re.sub(r"^(?:\d+[届年]?(?:毕业的?)?|其中)", "", item)
    return next((n for n in range(len(item), 1, -1) if item[:n] in question), 0)


def respective_ok(question: str, sentence: str, at: int) -> bool:
    """May the number at `at` answer `question` as far as a 分别 list goes?

    A second run after 分别 with no list of its own ("…就业率分别为…，未就业率分别为…") goes through the same items."""
    statement = max(sentence.rfind(c, 0, at) for c in "。；;") + 1  # (sentences come folded: "q1", ",")
    items: list[str] | None = None
    numbers: list[int] = []
    searched = statement
    for mark in _RESPECTIVELY.finditer(sentence, statement, at):
        lists = list(_ITEMS.finditer(sentence, searched, mark.start()))
        lists = [found for found in lists if not re.search(r"\d(?:、|/|和|及|与)|\d$", found.group())]
        if lists:
            items = re.split(r"、|/|和|及|与", lists[-1].group())
        numbers = _run(sentence, mark.end())
        searched = _NUMBER.match(sentence, numbers[-1]).end() if numbers else mark.end()
    if items is None or len(items) != len(numbers) or any(_PERIOD.search(item) for item in items):
        return True  # ("2026/2027年EPS分别为…": periods are the period checks' to match)
    scores = [_named(item, question) for item in items]
    best = max(scores)
    if at not in numbers:
        # "…未就业率整体为20.95%" after the list: a number outside it is not the item the question names.
        return not (at > numbers[-1] and best > 0 and scores.count(best) == 1)
    if best == 0:
        # No item asked: the items narrow what is measured ("本科生、硕士研究生就业率分别为…"), and the whole is not
        # stated by any one of them. (Items that are measures themselves, "营收、净利润分别为…", are named when asked.)
        return False
    if scores.count(best) > 1:
        return True  # the question names two items alike: leave it to the other checks
    return scores.index(best) == numbers.index(at)
