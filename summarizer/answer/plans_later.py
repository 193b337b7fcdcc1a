"""A result before a plan: "云岭省新增专项债券多少" is answered by the 1935亿元 issued this year, and only after it by
"云岭省明年拟提前下达新增专项债额度约1200亿元", though the plan names the province and so ranks higher. A question
that asks for what is planned, forecast or to come keeps the ranking's order. Only the order changes: both
sentences passed every check. A pure function of the question and the passages."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

__all__ = ["results_first"]

# What makes a number a plan, a forecast or a thing to come, in its statement before it.
_AHEAD = re.compile(r"明年|下一?年度?|后年|来年|拟|计划|规划|预计|预测|预期|有望|可望|将(?!近)|力争|目标|\b(?:will|plans?|expects?|next year)\b")


class _Ranked(Protocol):
    @property
    def passage(self) -> object: ...


T = TypeVar("T", bound=_Ranked)


def results_first(question: str, passed: list[T], highlights: dict[int, tuple[int, int] | None]) -> list[T]:
    """The passed sentences with those whose number is a plan or a forecast after the others, when the question
    asks for none."""
    if _AHEAD.search(question):
        return passed
    ahead = [_is_ahead(getattr(item.passage, "text", ""), highlights.get(id(item))) for item in passed]
    return [item for item, a in zip(passed, ahead) if not a] + [item for item, a in zip(passed, ahead) if a]


def _is_ahead(text: str, span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    statement = re.split(r"[。；;]", text[:span[0]])[-1]
    return _AHEAD.search(statement) is not None
