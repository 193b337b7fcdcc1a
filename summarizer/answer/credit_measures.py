"""Chinese money and credit figures: a number answers only the measure it is written for.

- A flow is not a stock, in either direction: "新增人民币贷款多少" (新增, 增量, 增加, 多增, 少增) is not answered by
  "人民币贷款余额262万亿元" nor by its growth rate, and "贷款余额是多少" not by "贷款增加5000亿元". The measure's phrase
  runs from the aggregate named last before the number (its clause when none is) up to the number.
- Another aggregate is another measure: a loan question is not answered by M2's 余额 nor 社融's 同比增长; the aggregate
  named last before the number, in its sentence, is the one the number measures. Loans are told apart by kind
  (住户贷款, 企业贷款, 人民币贷款, 本外币贷款, …) when both the question and the sentence name one; a plain "贷款" is any.
- One month asked ("11月住户贷款增加多少") is not answered by a total over several months ("前十一个月…", 累计, 1-11月),
  stated in the sentence or, for a sentence that goes on with "其中", in the one before.
"""

from __future__ import annotations

import re

__all__ = ["amount_for_rate", "asks_flow", "other_credit_measure", "total_for_one_month"]

# (family, kind, pattern): kind is None for a family's plain name, which stands for any of its kinds.
_AGGREGATES: tuple[tuple[str, str | None, str], ...] = (
    ("loan", "household", r"住户贷款|居民贷款|个人贷款"),
    ("loan", "corporate", r"企\(?事\)?业单位贷款|企业贷款|对公贷款|公司贷款"),
    ("loan", "all-currency", r"本外币贷款"),
    ("loan", "foreign", r"(?<!本)外币贷款"),
    ("loan", "rmb", r"人民币贷款"),
    ("loan", None, r"贷款|信贷"),
    ("deposit", None, r"存款"),
    ("M2", None, r"M2|广义货币"),
    ("M1", None, r"M1|狭义货币"),
    ("M0", None, r"M0|流通中货币"),
    ("tsf", None, r"社会融资规模|社融"),
    ("govbond", None, r"政府债券|国债|地方债"),
    ("reserves", None, r"外汇储备"),
)
_ANY = re.compile("|".join(f"(?P<a{i}>{p})" for i, (_, _, p) in enumerate(_AGGREGATES)), re.IGNORECASE)

_FLOW = re.compile(r"新增|增量|增加|多增|少增|净增")
_STOCK = re.compile(r"余额|存量")
_CLAUSE = re.compile(r"[，,；;。]")


def asks_flow(question: str) -> bool:
    """Does the question ask a flow (新增, 增量, 增加) and no stock (余额, 存量)?"""
    return _flow_or_stock(question) == "flow"


def _mentions(text: str) -> list[tuple[int, str, str | None]]:
    """(start, family, kind) of each aggregate named, in order."""
    found = []
    for m in _ANY.finditer(text):
        family, kind, _ = _AGGREGATES[int(m.lastgroup[1:])]
        found.append((m.start(), family, kind))
    return found


def _asked(question: str) -> tuple[str, str | None] | None:
    """The one aggregate the question names (its most specific kind), None when it names none or several."""
    named = {(f, k) for _, f, k in _mentions(question)}
    families = {f for f, _ in named}
    if len(families) != 1:
        return None
    kinds = {k for _, k in named if k}
    if len(kinds) > 1:
        return None
    return families.pop(), (kinds.pop() if kinds else None)


def _other_aggregate(asked: tuple[str, str | None], last: tuple[int, str, str | None]) -> bool:
    _, family, kind = last
    if family != asked[0]:
        return True
    return asked[1] is not None and kind is not None and kind != asked[1]


def _flow_or_stock(text: str, asked: bool = False) -> str | None:
    flow, stock = _FLOW.search(text), _STOCK.search(text)
    if flow and not stock:
        return "flow"
    if stock and not flow or asked and not flow and _AT_END.search(text):
        return "stock"  # "10月末人民币贷款同比增长多少": at a month's end, a balance's growth
    return None


_AT_END = re.compile(r"(?:\d{1,2}月|年|季度?)(?:末|底)")
_RATE_ASKED = re.compile(r"增速|增幅是?多少%|增长率")


def amount_for_rate(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """Does the question ask a growth rate (增速, 增长率) while the number is an amount, not a percentage?"""
    if not _RATE_ASKED.search(question):
        return False
    return not _A_RATE.match(sentence, span[0])


_A_RATE = re.compile(r"[-+−]?[\d.,]+\s*(?:个)?(?:%|‰|百分点|千分点|基点|bp)", re.IGNORECASE)


def other_credit_measure(question: str, sentence: str, at: int) -> bool:
    """Does the number at `at` measure another aggregate than the one asked, or a stock for a flow asked (or the
    reverse)?"""
    before = _mentions(sentence[:at])
    asked = _asked(question)
    if asked is not None and before and _other_aggregate(asked, before[-1]):
        return True
    wanted = _flow_or_stock(question, asked=True)
    if wanted is None:
        return False
    start = before[-1][0] if before else max((m.end() for m in _CLAUSE.finditer(sentence, 0, at)), default=0)
    written = _flow_or_stock(sentence[start:at])
    return written is not None and written != wanted


# One month asked: "11月", "11月份", "当月", not "1-11月" nor "前11个月"; a total over several months stated.
_ONE_MONTH = re.compile(r"(?<![\d至~—\-])\d{1,2}月(?:份)?(?![\d至~—\-])|当月|本月|单月")
_SEVERAL = re.compile(r"累计|今年以来|年初以来|年初至今|前\d{1,2}个?月|前[二三四五六七八九十]{1,3}个?月"
                      r"|\d{1,2}[-—至~]\d{1,2}月|\d{1,2}月[-—至~]\d{1,2}月")


def total_for_one_month(question: str, sentence: str, at: int, preceding: str = "") -> bool:
    """Does the question ask one month while the number, in its sentence up to it (or, for a sentence going on with
    "其中", in the sentence before), is a total over several months?"""
    if _SEVERAL.search(question) or not _ONE_MONTH.search(question):
        return False
    head = sentence[:at]
    if _SEVERAL.search(head):
        return not _ONE_MONTH.search(_CLAUSE.split(head)[-1])
    if head.lstrip().startswith("其中") and not _ONE_MONTH.search(head):
        return bool(_SEVERAL.search(preceding))
    return False
