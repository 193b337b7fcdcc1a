"""Questions about the period before the one written about: "江澜银行去年同期归母净利润是多少",
"东屿银行去年前三季度营业收入", "What were Corvane's sales in the prior quarter?".

A result release states this period's figure and, beside it, the earlier one it is compared
with. A question about the earlier period is answered only by the number the sentence dates
that way ("去年同期，该行…为148.2亿元", "from $7.07 billion in the prior quarter"), never by this
period's number next to it, and not at all by a sentence that gives only this period's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.answer.last_year import asks_last_year_zh
from summarizer.answer.period_checks import period_at

if TYPE_CHECKING:
    from summarizer.answer.context import Context

from summarizer.answer.this_year_en import asks_last_year_en, dated_this_year_en, next_year_ok
from summarizer.answer.last_season_en import last_season_ok

__all__ = ["asks_last_year_zh", "prior_period_ok"]

_CJK = re.compile(r"[\u3400-\u9fff]")
_LAST_YEAR_MARK = re.compile(r"去年|上年|上一年")
_SAME_PERIOD_MARK = re.compile(r"(?:去年|上年)同期")
# "上月…是多少": last month asked as the period (not "比上月", a basis).
_LAST_MONTH_ZH = re.compile(r"(?<![比较与和跟])上一?个?月(?!以来)")
_LAST_MONTH_MARK = re.compile(r"上一?个?月")
# What dates a number as this year's between the marker and the number: 2026年, 今年, 本期.
# "由去年同期的15.2%降至3.8%": last year dates the number it stands before, not the one reached after it.
_THIS_PERIOD_BETWEEN = re.compile(r"(?:19|20)\d{2}年|今年|本年|本期|报告期|[降升增提减]至|\d[\d.,]*\s*(?:%|亿|万|元)")
_BASE_BEFORE = re.compile(r"(?:比|较|相比|与|同比|对比)$")

# English: the quarter before the one reported.
_PRIOR_QUARTER_ASKED = re.compile(r"\b(?:(?:in|for|during)\s+)?(?:the\s+)?(?:prior|previous|preceding|last)\s+quarter\b")
_PRIOR_QUARTER_AFTER = re.compile(r"\s*(?:,\s*)?(?:in|for|during)?\s*(?:the\s+)?(?:prior|previous|preceding|last)"
                                  r"\s+quarter\b")
_NUMBER_END = re.compile(r"[$€£]?\d[\d.,]*\d?\s*(?:%|percent|per cent|(?:[mb]illion|trillion))?")


def _dated_last_year_zh(sentence: str, at: int, marks: re.Pattern[str] = _LAST_YEAR_MARK) -> bool:
    """Is the number at `at` dated last year by the sentence: a 去年/上年 before it that is not the
    base of a comparison (较去年同期下降) and is not followed by this year's own date before it?"""
    for mark in reversed(list(marks.finditer(sentence, 0, at))):
        if _BASE_BEFORE.search(sentence[max(0, mark.start() - 2):mark.start()]):
            continue
        return not _THIS_PERIOD_BETWEEN.search(sentence, mark.end(), at)
    return False


def _dated_prior_quarter_en(sentence: str, at: int) -> bool:
    """Is the English number at `at` the one written with "in the prior quarter"/"last quarter"
    right after it ("from $7.07 billion in the prior quarter", "compared with 59.7% last quarter")?"""
    number = _NUMBER_END.match(sentence, at)
    return bool(number) and bool(_PRIOR_QUARTER_AFTER.match(sentence, number.end()))


def prior_period_ok(question: str, change: bool, ctx: Context, at: int) -> bool:
    """The number at `at` answers a question about the period before only when the sentence dates it
    so; a question that does not ask about the period before is not checked here."""
    if change:
        return True
    sentence = ctx.sentence
    if _CJK.search(question) and _LAST_MONTH_ZH.search(question):
        # "上月1年期LPR是多少" is not this month's 2.85% beside "较上月下降10个基点": only a number dated 上月 answers.
        return _dated_last_year_zh(sentence, at, _LAST_MONTH_MARK)
    if _CJK.search(question) and not asks_last_year_zh(question):
        # "去年同期，该行…为29.4亿元" is the base the article compares this period with, not this period's.
        return not _dated_last_year_zh(sentence, at, _SAME_PERIOD_MARK)
    if asks_last_year_zh(question):
        # "金穗农业发布2025年年度报告…" answers "去年…" when the article was written in 2026.
        return bool(ctx.year_now and ctx.year_now - 1 in period_at(ctx, at)[0]) or _dated_last_year_zh(sentence, at)
    if not _CJK.search(question) and not last_season_ok(question, sentence, at):
        return False  # "like-for-like sales last Christmas" is not this Christmas's 4.6%
    if not _CJK.search(question) and asks_last_year_en(question) and dated_this_year_en(sentence, at, ctx.year_now, question):
        return False  # "net loss last year" is not "$63 million in the first nine months of this year"
    if not _CJK.search(question) and not next_year_ok(question, sentence, at):
        return False  # "net profit … next year" is not "expects full-year net profit above 5.5 billion euros"
    if not _CJK.search(question) and _PRIOR_QUARTER_ASKED.search(question):
        if _PRIOR_QUARTER_AFTER.search(sentence):
            return _dated_prior_quarter_en(sentence, at)
        # "revenue last quarter" may be the quarter just reported; "the prior quarter" never is.
        return not re.search(r"\b(?:prior|previous|preceding)\s+quarter\b", question)
    if not _CJK.search(question) and not _CJK.search(sentence) and not _EARLIER_ASKED.search(question):
        # "What were Corvane's earnings per share?" is this quarter's $2.18, not the year-ago $1.64 it
        # is compared with.
        return not _compared_base_en(sentence, at)
    return True


_EARLIER_ASKED = re.compile(r"\b(?:a year (?:earlier|ago|before)|year-ago|year-earlier|last year|prior year|previous year"
                            r"|in \d{4}|\d{4})\b")
_COMPARED = re.compile(r"\b(?:compared with|compared to|from|versus|vs\.?|against)\s")
_NEW_CLAUSE = re.compile(r"\b(?:was|were|is|are|rose|fell|grew|jumped|slipped|expanded|narrowed|widened|climbed|declined"
                         r"|to|and|up|down|while|but)\b|[;.](?:\s|$)")
_EARLIER_MARK = re.compile(r"\b(?:a year (?:earlier|ago|before)|year-ago|year-earlier|last year|prior year|previous year"
                           r"|(?:prior|previous|preceding|last) quarter)\b")


def _compared_base_en(sentence: str, at: int) -> bool:
    """Is the English number at `at` the earlier figure of a comparison: after "compared with"/"from" in its
    clause, with "a year earlier" or "the prior quarter" following it before the next clause?"""
    bases = [m for m in _COMPARED.finditer(sentence, 0, at)]
    if not bases or _NEW_CLAUSE.search(sentence, bases[-1].end(), at):
        return False
    after = re.split(r"[;.]\s|\s(?:and|while|but)\s", sentence[at:at + 48])[0]
    return bool(_EARLIER_MARK.search(after))
