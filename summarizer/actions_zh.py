"""What a company does with its capital, in a Chinese brokerage note: it buys a stake, raises money,
buys back its shares or grants shares to its staff — each with its terms.

A note on a company's results states them first, then the segments, margins and costs, and tells
the company's own act last: "拟收购德成农牧78%的合伙份额", "本次共授权635.4万股…授予价格为62.1元/股",
"公司拟以自有资金4800万元人民币收购…20%股权", "非公开发行拟募集资金总额约30亿元". The act is news of its
own, often the event the note was written for, but it stood 11th to 21st among the lines and the summary
left it out. On the hand-labelled key-point sets, 6 of the 8 such lines in brokerage notes carry a main
point (27% of the notes' other lines do), and the summary showed 2 of them.

summarizer.roles gives such a line the value of an English company action (a result's and one and a half
again), as summarizer.actions_en does for a changed forecast or a buyback. Only a line that states the
act with a figure (a stake, an amount, a price, a number of shares): "公司实施股权激励，对业绩释放有正向
作用" comments on an act, it does not state one.

Of the 300 CFBenchmark notes of the ROUGE corpus, 16 change their three key sentences (R-1 / R-L of the
default summary 0.1984 / 0.1314 → 0.1984 / 0.1311: the reference is the analyst's headline of results
and rating). Funds once raised are no act ("募集资金产生的利息收入", "拟将募集资金用于…"): with them,
a note's quarter results gave way to its interest income.

A planned purchase of a stake or of assets ("东高科技拟收购智顾时代旗下涉及…APP的相关资产和人员", "公司拟以现金
收购…股权") is the act even before its price is set: a letter of intent names what is bought, not yet for how
much, and such a line without terms stood below the terms of an act already shown (a grant's price after the
grant). On the key-point sets it changes one text, which gains its point (all 26 sets 791 -> 792).

In a brokerage note (results_twins.is_brokerage_note), a planned spin-off ("拟分拆所属子公司康辉新材…重组上市") and a
planned investment with its amount ("计划投资1.95亿元用于建设…项目", "拟投资11.5亿元用于…建设") are such acts too
(`planned_projects`, weighed by summarizer.sentence_factors): the note's event, told after the results and margins.
On the key-point sets the 3 such lines of notes all state a main point and none was shown; as acts all 3 are (all
28 sets 864 -> 867 points, no text loses one). In a news page on a company's results the investment is one fact
beside the results the headline names, and as an act it pushed the headline's profit out of the summary: there it
stays a plain line. A comment on the rules for a spin-off ("…符合境内分拆上市的标准") or a project's progress
("…项目已建成投产") is no act.
Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

import numpy as np

from summarizer import actions_en
from summarizer.results_twins import is_brokerage_note

__all__ = ["planned_projects", "states_company_action", "states_company_action_zh"]

_ACTION_ZH = re.compile(
    # a stake bought: "拟收购德成农牧78%的合伙份额", "以…收购…20%股权", "收购及增资…部分股权", "拟通过发行股份方式
    # 购买…52.81%的股权" (购买 with a stake only: "购买理财产品", "购买B包资产" are no stake)
    r"收购[^，。；]{0,30}(?:股权|股份|份额|资产)|购买[^，。；]{0,30}(?:股权|份额)"
    # money raised: "非公开发行拟募集资金总额约30亿元", "拟发行可转债募集资金不超过30亿元", "定向增发" ("稳定增长"
    # is no 定增); not the funds once raised ("募集资金产生的利息收入", "拟将募集资金用于…")
    r"|募集资金总额|拟募集资金|发行[^，。；]{0,12}募集资金|募资总额|非公开发行|向特定对象发行|定向增发|(?<!稳)定增"
    # a buyback: "回购公司股份", "回购资金总额不低于5亿元"
    r"|回购(?:公司)?股(?:份|票)|回购资金|回购价格"
    # shares granted to staff: "限制性股票", "授予价格为62.1元/股", "本次共授权635.4万股"
    r"|限制性股票|股票期权|授予价格|(?:授予|授权)[^，。；]{0,10}万股|员工持股计划"
)
# A stake or assets the company plans to buy, in one clause: the act, with or without its terms ("拟收购…的相关资产",
# "拟以发行股份方式购买…股权"; not "购买理财产品", nor a purchase already made and only commented on).
_PLANNED_PURCHASE_ZH = re.compile(r"拟[^，。；]{0,12}?(?:收购|购买)[^，。；]{0,30}(?:股权|股份|份额|资产)")
# A planned spin-off ("拟分拆所属子公司…重组上市": the act itself, not a comment on the rules for one) or a planned
# investment with its amount ("计划投资1.95亿元用于建设…项目", "拟投资11.5亿元用于…建设").
_PLANNED_PROJECT_ZH = re.compile(r"拟[^，。；]{0,6}?分拆[^，。；]{0,40}上市|(?:拟|计划)[^，。；]{0,8}?投资\s?\d[\d.,]*\s?[亿万]元")
# The act's terms, in the clause that names the act: a stake, an amount, a price or a number of shares
# ("副总经理获授限制性股票数量最多" names no terms, though the line states a 16% margin elsewhere).
# A number is read as one run of digits and then its unit: a search for number-and-unit from every digit
# of a long run went back over the run each time (quadratic on a line of digits).
_NUMBER_ZH = re.compile(r"\d[\d,.]*")
_UNIT_ZH = re.compile(r"\s*(?:%|万股|亿股|股|亿元|万元|元|亿|万)")
_CLAUSE_MARK_RE = re.compile(r"[，,。；;！？]")


def states_company_action_zh(text: str, lang: str) -> bool:
    """A Chinese line that states a company's act on its capital with its terms, in one clause: a stake
    bought, money raised, a buyback, shares granted to staff; or a planned purchase of a stake or assets,
    with or without its terms.

    The clause marks are found once and each clause is searched for terms once, so a long line naming
    many acts stays linear (200,000 characters are the product's limit)."""
    if lang != "zh":
        return False
    if _PLANNED_PURCHASE_ZH.search(text):
        return True
    marks = [mark.start() for mark in _CLAUSE_MARK_RE.finditer(text)]
    searched: set[tuple[int, int]] = set()
    for match in _ACTION_ZH.finditer(text):
        before = bisect_left(marks, match.start())
        after = bisect_left(marks, match.end())
        clause = (marks[before - 1] + 1 if before else 0, marks[after] if after < len(marks) else len(text))
        if clause in searched:
            continue
        searched.add(clause)
        if _states_terms(text, *clause):
            return True
    return False


def _states_terms(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] holds a number with its unit (a stake, an amount, a price, shares)."""
    return any(_UNIT_ZH.match(text, number.end(), stop) for number in _NUMBER_ZH.finditer(text, start, stop))


def states_company_action(text: str, lang: str) -> bool:
    """A company's act about its numbers or its capital, in English (summarizer.actions_en) or Chinese."""
    return actions_en.states_company_action(text, lang) or states_company_action_zh(text, lang)


def planned_projects(texts: Sequence[str], lang: str) -> np.ndarray:
    """Per line of a Chinese brokerage note: whether it states a planned spin-off or investment (see above)."""
    if lang != "zh" or not is_brokerage_note(texts):
        return np.zeros(len(texts), dtype=bool)
    return np.array([bool(_PLANNED_PROJECT_ZH.search(text)) for text in texts], dtype=bool)
