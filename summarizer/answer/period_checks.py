"""The period a number is stated for, read from its sentence and its article's context, and
whether it is the period asked ("文章里只有第二季度的数据")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.answer.compared_base import base_after, base_before
from summarizer.answer.last_month import last_month_part
from summarizer.answer.listed_periods import label_at
from summarizer.answer.metrics import METRIC_OF, METRICS, metric_spans  # noqa: F401  (re-exported)
from summarizer.answer.peers import sub_period_after
from summarizer.answer.periods import Mention, Period, mentions
from summarizer.answer.last_year import asks_last_year_zh
from summarizer.answer.the_period import opening_parts, the_period_parts

if TYPE_CHECKING:
    from summarizer.answer.context import Context

__all__ = ["dates_another", "full_year_stated", "listed_reach", "over_span", "period_at", "period_ok"]


_WHOLE_YEAR_ASKED = re.compile(r"全年|年度|full[- ]year|for the (?:whole |entire )?year|annual", re.I)
_COMPARISON_AT = re.compile(r"a year (?:earlier|ago|before)|the previous year|last year|去年同期|上年同期")


# "涨幅比10月扩大0.3个百分点", "增速比上半年加快0.3个百分点": the month or half after 比 is the base of
# the move that follows it, not the period of the number; the sentence's own period stands before.
_BASE_THEN_MOVE = re.compile(r"(?:份|同期)?的?\s*(?:扩大|收窄|加快|放缓|提升|提高|上升|下降|回落|回升|增加|减少|降低|缩小"
                             r"|改善|上涨|下跌|增长|下滑|走阔|收敛|高|低|多|少)"
                             # "fell 4% from the march quarter to a$1.31 billion": the base, then the level reached.
                             r"|\s+to\s+(?:about\s+|around\s+)?(?:[a-z]{0,3}[$€£¥]|rmb\s?)?\d")
_VALUE_BETWEEN = re.compile(r"[，,；;。]")
# "相较于2020年年末的1293.5亿元": the base's period dates the base's own value written right after it.
_BASE_VALUE = re.compile(r"\s*(?:年末|年底|末|底|同期)?\s*的?\s*")
# ("after a loss of $85 million last year": a relative period right after the number needs no preposition.)
_RIGHT_AFTER = re.compile(r"[$€£]?\d[\d.,]*(?:%| percent| per cent|(?: [mb]illion| trillion)?)?\s+((?:in|for|during)\s+(?:the\s+)?"
                          r"|(?=last\s(?:year|quarter|month)\b|a\syear\s(?:earlier|ago|before)\b|the\s(?:previous|prior)\s(?:year|quarter)\b))")


_SAME_PERIOD_OF = re.compile(r"same (?:period|quarter|half|months?) (?:of |in )?((?:19|20)\d\d)\b")


def period_at(ctx: Context, at: int, question: str = "") -> tuple[frozenset[int], frozenset[str]]:
    """The years and parts that hold for a number at `at`: those stated before it in
    the sentence, else anywhere in the sentence, else in the nearest sentence before
    it that states one, else in the title or the article's opening."""
    # "毛利率由去年同期的15.2%降至3.8%": a period right before another number dates that number only.
    # "Gross margin was 46.2%, compared with 44.8% a year earlier": the comparison after the
    # number dates the other number, not this one.
    # "较去年同期提升9.8个百分点", "较2020年增长87%": a comparison's base is not the sentence's period.
    here = tuple(m for m in mentions(ctx.sentence, ctx.year_now) if not dates_another(ctx.sentence, m, at)
                 and not sub_period_after(ctx.sentence, m.start, at)
                 and not (m.start >= at and not m.parts and _COMPARISON_AT.match(ctx.sentence, m.start))
                 and not ((not m.parts or m.start >= at or _BASE_THEN_MOVE.match(ctx.sentence, m.end)
                           and not _VALUE_BETWEEN.search(ctx.sentence, m.end, at))
                          and base_before(ctx.sentence, m.start)
                          and not _BASE_VALUE.fullmatch(ctx.sentence, m.end, at))
                 and not _compared_around(ctx.sentence, m))
    chinese = re.search(r"[\u3400-\u9fff]", ctx.sentence) is not None
    if chinese and (own := label_at(ctx.sentence, at)) is not None:
        return own  # "2024年、2025年及2026年1-9月分别实现营业收入7.84亿元、9.62亿元和8.15亿元": each its own
    if chinese:
        here = _own_clauses(ctx.sentence, here, at)
    before = [m for m in here if m.start < at]
    # "sees the economy growing 1.2% in 2027, down from the 1.6% it forecast in July": with no period
    # before it, an English number is dated by the period written right after it, not by every one.
    # "inflation eased to 1.9% in October from 2.4% in September": in English the period written right
    # after a number is its own, whatever stands before it.
    after = _RIGHT_AFTER.match(ctx.sentence, at)
    english = not chinese
    right_after = [m for m in (mentions(ctx.sentence, ctx.year_now) if english else here)
                   if after and m.start in (after.end(), after.start(1))] if english or not before else []
    if right_after and all(p.startswith("M") for m in right_after for p in m.parts) and any(
            p[:1] in ("Q", "H") for m in before for p in m.parts):
        right_after = []  # "reported second-quarter revenue of $4.2 billion in July": when it was reported
    chosen: list[Mention] = right_after or before or list(here)
    years = frozenset(y for m in chosen for y in m.years)
    parts = frozenset(p for m in chosen for p in m.parts)
    if english and not parts and (month := last_month_part(ctx.sentence, (*ctx.opening, *ctx.preceding[-1:]))):
        parts = frozenset({month})  # "WASHINGTON, Nov. 7 - … added 58,000 jobs last month": October's
    if english and after and (same := _SAME_PERIOD_OF.match(ctx.sentence, after.end())):
        years = frozenset({int(same.group(1))})  # "…for the first half of 2026, compared with a loss of $212
        # million in the same period of 2024": the first half of 2024
    # "上年同期亏损0.42亿元": the same period of last year is the period the article is about.
    # Only when last year is asked: "一季度毛利率" is this year's, and "由去年同期的15.2%" never answers it.
    same_period = bool(chosen) and not parts and asks_last_year_zh(question) and all(
        ctx.sentence.startswith("同期", m.end) for m in chosen)
    if not here or same_period:
        # A statement listed over sentences ending in "；" ("第一产业…；第二产业…；第三产业…") is one
        # statement: its period may stand before the whole list.
        for text in _dating_lines(ctx):
            # A comparison's year ("上年同期为盈利2.41亿元") states no part: look one sentence further.
            # "今年以来累计…" is the year to date: it does not date the next sentence.
            found = [m for m in mentions(text, ctx.year_now)
                     if (m.parts or not base_after(text, m.start, m.end))
                     and not text.startswith("以来", m.end)
                     and not base_before(text, m.start)]  # "涨幅比10月扩大…": a base
            if found:
                parts = frozenset(p for m in found for p in m.parts)
                break
        if not parts:  # "ended the quarter with…": the one quarter the article opens with
            parts = the_period_parts(ctx.sentence, (ctx.title, *ctx.opening), ctx.year_now)
        if not parts and _WHOLE_YEAR_ASKED.search(question):
            parts = opening_parts((ctx.title, *ctx.opening), ctx.year_now)  # the quarter the note is about
    if not years:
        for text in (*ctx.preceding[:4], ctx.title, *ctx.opening, *ctx.lead):
            # "较上年增加21.5亿元": the base of a comparison does not date the next sentence.
            # "上年同期盈利2.73亿元": the base's own line does not date the next one either.
            found = [y for m in mentions(text, ctx.year_now) for y in m.years
                     if not base_before(text, m.start)
                     and not _compared_around(text, m) and not text.startswith("同期", m.end)] if text else []
            if found:
                years = frozenset(found)
                break
        else:
            # No year anywhere near: a news report is about its own year (the date it was
            # published, or for a pasted text the day it was shared).
            years = frozenset({ctx.year_now}) if ctx.year_now else frozenset()
    return years, parts



def _compared_around(text: str, mention: Mention) -> bool:
    """"与2021年春节7天相比增长21.7%": a year between 与/和/同/跟 and 相比 is the base of a comparison. It dates
    neither its own sentence's figure nor the next sentence's ("其中，1月31日…当日…58.9万TB" answered
    "2021年春节7天移动互联网接入流量")."""
    return bool(mention.years and re.search(r"(?:与|和|同|跟)\s*$", text[max(0, mention.start - 2):mention.start])
                and re.match(r"[^，。；,;]{0,12}?(?:相比|相较|比较)", text[mention.end:]))


_CLAUSE_END = re.compile(r"[，,；;]")


def _own_clauses(sentence: str, here: tuple[Mention, ...], at: int) -> tuple[Mention, ...]:
    """The period mentions that can date the Chinese number at `at`.

    "公司发布2022年度报告和2023第一季度报告，2022年公司实现营收238.12亿元，…，实现归母净利润71.55亿元": the
    year restated by a later clause starts a new dated statement, so the dated clauses before it (the reports'
    2022年度 and 2023第一季度) date nothing after it. "上半年，2024年公司…" keeps 上半年: a clause with no year of its
    own is no other statement. And "其中风电实现营收168.86亿元，…，2023年Q1公司发电量同比变化+20.61%": a period in
    a later clause than the number's dates that clause, not the number.
    """
    year_before = [m for m in here if m.start < at and m.years]
    cut = 0
    if year_before:
        cut = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, year_before[-1].start)), default=0)
        if not any(m.start < cut and m.years for m in here):
            cut = 0
    # "继9、10月客车销量连续两月实现正增长以来，11月客车销量…合计实现销售4567辆": a month or quarter restated by a later
    # clause dates what follows it, not the earlier clause's (4567 is 11月's, not 10月's); a base of comparison
    # ("环比Q1+29.95%") restates nothing.
    part_before = [m for m in here if m.start < at and m.parts and not m.years
                   and not _COMPARED_PART.search(sentence[max(0, m.start - 4):m.start])]
    if part_before and re.match(r"\d", sentence[at:at + 1]) and not re.search(
            r"[。；;]", sentence[part_before[-1].end:at]):  # a number of the restated period's own statement
        later = part_before[-1]
        start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, later.start)), default=0)
        if any(m.start < start and m.parts and not m.years and not m.parts & later.parts for m in here):
            cut = max(cut, start)
    return tuple(m for m in here if m.start >= cut and not (m.start > at and _CLAUSE_END.search(sentence, at, m.start)))


_COMPARED_PART = re.compile(r"(?:环比|同比|较|比|相比|对比|vs\.?)\s*$")


def full_year_stated(ctx: Context, at: int) -> bool:
    """Is the nearest period stated before the number a whole year (全年, full-year)?"""
    before = [m for m in mentions(ctx.sentence, ctx.year_now) if m.start < at and m.parts]
    return bool(before) and "FY" in before[-1].parts


def dates_another(sentence: str, mention: Mention, at: int) -> bool:
    after = re.match(r"(?:同期)?的?\s*(?=[-+]?\d)", sentence[mention.end:])
    return bool(after) and mention.end + after.end() < at and bool(re.search(r"由|从|from", sentence[:mention.start][-4:]))


def period_ok(asked: Period, years: frozenset[int], parts: frozenset[str]) -> bool:
    if asked.years and not asked.years & years:
        return False
    sub_periods = parts - {"FY"}
    if asked.parts == {"FY"}:  # "全年收入": an interim or a quarter's figure does not answer it
        quarters = sub_periods - {"YE"}
        return not quarters or "YE" in parts and quarters <= {"Q4"}
    if asked.parts:
        return bool(asked.parts & sub_periods)
    # A year asked without a part is a whole year: a quarter's figure does not answer
    # it, a year-end one does ("四季度末"/"年末").
    quarters = sub_periods - {"YE"}
    return not (asked.years and quarters) or "YE" in parts and quarters <= {"Q4"}


# "1-11月平均，全国CPI比上年同期上涨0.3%。": an average over the months to date, stated as an aside between the month's
# lines; it dates only itself, and the lines after it keep the month stated before it.
_AVERAGE_ASIDE = re.compile(r"(?:1|一)\s*[-—–~至到]\s*\d{1,2}\s*月(?:份)?\s*平均|前\s*\d{1,2}\s*个月平均")


def _dating_lines(ctx: Context) -> list[str]:
    """The sentences before this one that may date it, nearest first: those of its statement
    (`listed_reach`), looking one further past each running average's aside ("1-11月平均，…。") and past each line
    that states no period itself (it carries the period before it: "11月份，CPI…。…核心CPI…。食品价格…；非食品价格…"),
    up to `_CARRY_LIMIT` lines back."""
    reach = listed_reach(ctx)
    lines: list[str] = []
    for looked, text in enumerate(ctx.preceding):
        if len(lines) >= reach or looked >= _CARRY_LIMIT:
            break
        if _AVERAGE_ASIDE.match(text.lstrip()) and text.rstrip().endswith(("。", ".")):
            reach += 1
            continue
        lines.append(text)
        if not mentions(text, ctx.year_now):
            reach += 1
    else:
        # Past the lines kept before this one: the article's first lines, when the last one kept is among them.
        if ctx.preceding and ctx.preceding[-1] in ctx.opening and len(lines) < reach:
            lines += reversed(ctx.opening[:ctx.opening.index(ctx.preceding[-1])])
    return lines


_CARRY_LIMIT = 6


def listed_reach(ctx: Context) -> int:
    """How many sentences before this one belong to its statement: "第一产业…；第二产业…；"
    is one statement split at "；", and the sentence before such a list leads it."""
    reach = 2
    while reach < len(ctx.preceding) and ctx.preceding[reach - 1].rstrip().endswith(("；", ";")):
        reach += 1
    return reach


# Values listed one a year without 分别: "2026-2028年EPS为1.2/1.5/1.8元", "…为9.6亿元、11.2亿元和12.9亿元".
_VALUE_LIST = re.compile(r"\d[^，,。；;\d]{0,4}[、/]\s*\d")
_EACH = re.compile(r"分别|respectively|各(?=[^\d。；，,]{0,12}\d)")


def over_span(sentence: str, at: int, asked: Period) -> bool:
    """Is the number at `at` stated over a span of years wider than the years asked ("2021年至2023年，…累计虚增营业收入
    18.42亿元" for "2023年虚增营业收入多少")? A span with no 分别 list of one value a year gives the whole span's
    total (or its two ends), never one year's figure; a year written between the span and the number dates it."""
    if not asked.years:
        return False
    before = [m for m in mentions(sentence) if m.start < at and (m.years or m.parts)]
    if not before or len(before[-1].years) < 2 or before[-1].parts or asked.years >= before[-1].years:
        return False
    return not (_EACH.search(sentence, before[-1].start) or _VALUE_LIST.search(sentence, before[-1].end))
