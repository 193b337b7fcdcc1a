"""Is the number a question asking for a forecast points at really one?

A question asking for an outlook, a forecast or guidance ("What is the revenue forecast?", "2027年净利润预测")
must be answered by a figure that is forecast. The sentence once passed when a forecast word stood anywhere
in it, so "Revenue dropped 27% to $4.6 billion, below the $4.9 billion analysts had expected" answered
with the result ($4.6 billion): the word "expected" belongs to the analysts' figure in a later clause. A
forecast word counts only before the number or in the number's own clause; a title that forecasts makes
the figures forecasts that the sentence does not state as a result in the past, and a company's 业绩预告
before it makes every figure one.

And guidance is the company's own: a figure analysts expected is no answer to "What is X's guidance?".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ANALYSTS", "FORECAST_BEFORE", "PLAN_BEFORE", "RESULT_AFTER", "WILL_BEFORE", "forecast_stated", "guidance_by_analysts", "later_outlook",
           "later_per_share"]

FUTURE = re.compile(r"将|\bwill\b|\bwould\b|\bexpected to\b|\bis set to\b")
PREANNOUNCED = re.compile(r"业绩预告|预亏|预盈|预增|预减")
FORECAST_BEFORE = re.compile(r"\b(?:expects?|expected|expecting|forecasts?|forecast|projects?|projected|guidance|outlook"
                             r"|sees|predicts?|predicted|targets?|estimates?|projections?)\b|预计|预测|预期|预估|有望|可望"
                             r"|指引|目标|展望|料将|预料|估计")
# A result told in the past: under "Corvane Foods cuts outlook…" the body's "Net income … fell to $212 million,
# or 98 cents per share" is the quarter's result, though the title forecasts.
# A move told in the past, in a result line and in a result's own clause alike.
_MOVED = r"fell|rose|grew|jumped|dropped|climbed|declined|increased|decreased|slumped|surged"
_RESULT_VERB = re.compile(rf"\b(?:{_MOVED}|slipped|reported|posted|totaled|totalled|came in at|amounted to)\b|实现|完成|录得",
                          re.IGNORECASE)
# "had initially planned to raise $1 billion but increased the size": what was meant, not what was done.
PLAN_BEFORE = re.compile(r"\b(?:plans?|planned|planning|intends?|intended|aims?|aimed|hoped|sought)\s+to\s+[a-z]+\s+(?:about\s+|up\s+to\s+)?$")
# "cut its annual forecast after second-quarter revenue fell 3%": what happened, in a clause of its own.
RESULT_AFTER = re.compile(rf"\b(?:after|as|because|since|when)\s+(?=[^,;]*\b(?:{_MOVED}|slid|plunged|was|were)\b)")
# ("its capital ratio would fall to 8.9% under the most severe scenario", "would book losses of 9.8 billion":
# what a scenario or a condition would bring is no result either.)
WILL_BEFORE = re.compile(r"\b(?:will|would(?:\s+have)?|is likely to|are likely to)\b\s+(?:likely\s+|probably\s+|together\s+|still\s+)?"
                         r"(?:dip|fall|drop|decline|rise|grow|climb|increase|decrease|reach|hit|slip|ease|expand|narrow|widen"
                         r"|improve|be|been|book|face|bottom|peak|lose|owe)\b")
_CLAUSE_END = re.compile(r"[，,；;。]|\.\s")
_GUIDANCE_ASKED = re.compile(r"\bguidance\b|\boutlook\b|指引|展望")
# Whose expectation: the market's (analysts, consensus, a data provider's poll), not the company's guidance.
ANALYSTS = re.compile(r"\banalysts?\b|\bconsensus\b|\bwall street\b|\bpolled\b|\blseg\b|\bfactset\b|\bvisible alpha\b"
                      r"|分析师|一致预期|市场预期|机构预期", re.IGNORECASE)


# A title's forecast word after beat, miss, top, above or below is the yardstick a result is measured by ("Ostrava's
# profit beats forecasts"), not a forecast the story gives.
_YARDSTICK = re.compile(r"\b(?:beats?|beating|miss(?:es|ed)?|tops?|topped|above|below|exceeds?|exceeded|ahead of|short of"
                        r"|trails?)\s+(?:\w+\s+){0,2}?(?:forecasts?|estimates?|expectations?|targets?)\b", re.IGNORECASE)


def _own_clause(sentence: str, at: int) -> str:
    """The number's clause from the number on."""
    end = _CLAUSE_END.search(sentence, at)
    return sentence[at:end.start() if end else len(sentence)]


# "上年同期，公司归母净利润为2.0亿元" in a 业绩预告: the base year's actual figure, under a forecasting title; but
# "比上年同期增长65%至80%" compares the forecast with it.
_BASE_HEADED = re.compile(r"^(?:上年同期|去年同期|上年度|上一年度)[，,]")
_BASE_IN_CLAUSE = re.compile(r"(?<![比较与同于])(?:上年同期|去年同期)(?!相比|比)")


def forecast_stated(sentence: str, at: int | None, title: str, preceding: Sequence[str]) -> bool:
    """Does the sentence state the number at `at` (or, with None, anything) as a forecast?"""
    if _BASE_HEADED.match(sentence) or at is not None and _BASE_IN_CLAUSE.search(re.split(r"[，；。,;]", sentence[:at])[-1]):
        return False
    if any(PREANNOUNCED.search(s) for s in (sentence, title, *preceding[:2])):
        return True
    if FORECAST_BEFORE.search(_YARDSTICK.sub(" ", title)) and not _RESULT_VERB.search(sentence if at is None else
                                                                 sentence[:at] + _own_clause(sentence, at)):
        return True
    if at is None:
        return bool(FORECAST_BEFORE.search(sentence) or FUTURE.search(sentence))
    before, own = sentence[:at], _own_clause(sentence, at)
    return any(pattern.search(part) for pattern in (FORECAST_BEFORE, FUTURE) for part in (before, own))


def guidance_by_analysts(question: str, sentence: str, at: int) -> bool:
    """Is the number asked as a company's guidance only what analysts expected ("the $4.9 billion analysts had expected")?"""
    if not _GUIDANCE_ASKED.search(question) or ANALYSTS.search(question):
        return False
    return bool(ANALYSTS.search(_own_clause(sentence, at)))


def later_outlook(missing: str | None, date: str | None, years: frozenset[int]) -> bool:
    """Is this the outlook for a year later than the article's (the only kind of figure a later year can have)? The
    refusal for "北辰材料2027年营业收入" then shows "预计…2027年营业收入将超过80亿元" as the nearest fact, labelled as a
    forecast, rather than another year's result."""
    return missing == "outlook" and bool(years) and bool(date) and date[:4].isdigit() and min(years) > int(date[:4])


# Per-share and valuation measures a broker's table gives for the years ahead: "2027年EPS", "2027年PE", "2027年每股收益".
_PER_SHARE = re.compile(r"(?<![a-z])(?:eps|pe|pb)(?![a-z])|每股收益|市盈率|市净率", re.IGNORECASE)


def later_per_share(question: str, years: frozenset[int], year_now: int | None) -> bool:
    """Does the question ask a per-share or valuation measure for a year after the article's ("锐阳新能源2027年EPS是多少",
    written in 2026)? Such a figure exists only as a forecast, so the forecast answers it, as "2027年PE" is answered;
    a company's revenue for that year ("北辰材料2027年营业收入") is still refused with its outlook shown."""
    return bool(years) and year_now is not None and min(years) > year_now and _PER_SHARE.search(question) is not None
