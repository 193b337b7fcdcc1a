"""The plain statement first, then its other readings. A result before a plan: "云岭省新增专项债券多少" is answered by
the 1935亿元 issued this year, and only after it by "云岭省明年拟提前下达新增专项债额度约1200亿元", though the plan
names the province and so ranks higher. And the figure in the article's own currency before its restatement in
another: "前11个月进出口总值是多少" by the 40.12万亿元, then "按美元计价，…5.62万亿美元". A question that asks for
what is planned, or names a currency, keeps the ranking's order. Only the order changes: every sentence passed
every check. A pure function of the question and the passages."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

__all__ = ["plain_first"]

# What makes a number a forecast or a plan for a later year, in its statement before it. Not 拟 or 将:
# "拟将…出售给申合资本，交易对价为18.6亿元" is the deal the story announces.
_AHEAD = re.compile(r"明年|下一?年度?|后年|来年|预计|预测|预期|有望|可望|力争|目标|\b(?:expects?|forecasts?|next year)\b")


# "按美元计价，…", "以美元计，…": the same figures restated in another currency.
_RESTATED = re.compile(r"(?:按|以)(?:美元|欧元|港元|英镑|日元|人民币)(?:计价|计算|计)")
_CURRENCY_ASKED = re.compile(r"美元|欧元|港元|英镑|日元|人民币|\$|€|£")


class _Ranked(Protocol):
    @property
    def passage(self) -> object: ...


T = TypeVar("T", bound=_Ranked)


def plain_first(question: str, passed: list[T], highlights: dict[int, tuple[int, int] | None]) -> list[T]:
    """The passed sentences with those whose number is a plan or a forecast, or a restatement in another currency,
    after the others, when the question asks for neither."""
    plans, currency = not _AHEAD.search(question), not _CURRENCY_ASKED.search(question)
    later = [plans and _is_ahead(getattr(item.passage, "text", ""), highlights.get(id(item)))
             or currency and _RESTATED.search(getattr(item.passage, "text", "")) is not None for item in passed]
    return [item for item, x in zip(passed, later) if not x] + [item for item, x in zip(passed, later) if x]


def _is_ahead(text: str, span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    statement = re.split(r"[。；;]", text[:span[0]])[-1]
    return _AHEAD.search(statement) is not None
