"""Which measure a number of a sentence is: the metric named nearest before it, or the one the
sentence before names when this one names none.

Kept apart from `constraints` so each stays small.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.answer.metrics import COMPATIBLE as _COMPATIBLE
from summarizer.answer.metrics import metric_spans
from summarizer.answer.own_measure import names_own_measure

if TYPE_CHECKING:
    from summarizer.answer.context import Context

__all__ = ["metric_ok"]

_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_END = re.compile(r"[，,；;。]")
_BREAK_AFTER = re.compile(r"[；;。]|[，,](?!\d)")  # a clause's end, not the separator of "412,000"

_LOST_MONEY = re.compile(r"\s+(?:(?:about|nearly|almost|some|over|more than|an estimated|a total of)\s+)?(?:us|a|c|hk)?[$€£¥]")


# Measures that are amounts of money, and units that measure no money: "2025年公司新增装机3.10GW" after a line on
# revenue is a capacity, whatever the line before names.
_MONEY_METRICS = frozenset("revenue premiums net_profit adjusted_profit loss ebitda operating_profit total_profit "
                           "gross_profit nii non_interest_income investment_income other_gains cash_flow rd_expense "
                           "contract_sales total_assets".split())
_PHYSICAL_UNIT = re.compile(r"[\d.,]*\s*[十百千万亿]*\s*(?:[GMKk]Wh?|[GMK]VA|千瓦时|千瓦|兆瓦|吉瓦|瓦|万?吨|辆|台|公里|千米|平方米|平米"
                            r"|立方米|人次|架|艘|桶|家|户|名|款|座|个(?!百分点|点|pct)|gigawatts?|megawatts?|tons?|tonnes?|barrels?"
                            r"|vehicles?)(?![a-z])", re.I)  # ("3990家" of customers is no revenue)


def metric_ok(metric: str, ctx: Context, at: int) -> bool:
    """Is the measure that names the number at `at` the one asked (or one that answers it)?"""
    accepted = _COMPATIBLE.get(metric, frozenset({metric}))
    paired = _paired_output_volume(ctx.sentence, at)
    if paired:
        return paired in accepted
    if metric in _MONEY_METRICS and _PHYSICAL_UNIT.match(ctx.sentence, at):
        return False  # an amount of money is never written in GW, tons or vehicles
    # "shares, which have lost 38%": the verb "lost" names a loss only with an amount of money.
    # "Revenue from acquired units rose 5%": a deal word names no other measure.
    spans = tuple(sp for sp in metric_spans(ctx.sentence)
                  if (ctx.sentence[sp[0]:sp[1]] not in ("lost", "lose") or _LOST_MONEY.match(ctx.sentence, sp[1]))
                  and (sp[2] != "deal_value" or metric == "deal_value"))
    if not spans:
        if metric == "price" and re.match(r"[$¥€£]|\d[\d.,]*\s*(?:元|美元|港元|欧元)", ctx.sentence[at:at + 12]):
            return True  # "$6.99-a-month": a price needs no word
        if re.search(r"\b(?:shares|stock|stocks|index)\b", ctx.sentence[:at]):
            return False  # "Skyway shares rose 9.4%": the share price, not the metric of the sentence before
        if _OWN_SUM_EN.search(ctx.sentence[max(0, at - 48):at]) or _OTHER_MONEY_HEAD.search(ctx.sentence[max(0, at - 12):at]) \
                or _OTHER_MONEY_AFTER.match(ctx.sentence, at):  # "并处以8000万元罚款": a fine, named after it
            return False  # "spending more than $3 billion on programming", "计提减值准备10亿元": a sum of its own
        if _TRADE_HEAD.search(re.split(r"[；;。]", ctx.sentence[:at])[-1]):
            return False  # "汽车出口52.7万辆" measures exports, not the 销量 of the sentence before
        if names_own_measure(ctx.sentence, at):
            return False  # "Wealth management income rose 9%", "到访量…少了近三成": not the line before's profit, sales
        previous = metric_spans(ctx.preceding[0]) if ctx.preceding else ()
        return bool(previous) and previous[-1][2] in accepted
    # "…营业支出分别为…（营收增幅为112%），…至35.9亿元": a metric inside brackets closed before the number
    # names only what the brackets hold.
    before = [s for s in spans if s[1] <= at and not _bracketed(ctx.sentence, s[0], at)]
    # "以28.5%的份额位列第二": a metric joined to the number by 的 names it.
    joined = re.match(r"[\d.,]+\s*(?:%|％|亿元|万元|元|亿|万)?的", ctx.sentence[at:])
    if joined and re.search(r"[\u4e00-\u9fff]", ctx.sentence):
        after = [s for s in spans if s[0] == at + joined.end()]
        if after:
            return after[0][2] in accepted
    if not before:
        # English names the measure after the number less often than Chinese, but
        # "$63 billion in revenue" happens: the first metric after it then counts. In Chinese only
        # within the number's clause: "产品月流水超7亿，助力Q3营收业绩增长" states no revenue.
        after = [s for s in spans if s[0] >= at]
        if after and _BREAK_AFTER.search(ctx.sentence, at, after[0][0]):
            return False  # (English too: "acquire Ribelle for about $4.2 billion in cash, betting … as sales of …")
        return spans[0][2] in accepted
    if _own_head_zh(ctx.sentence, before[-1][1], at):
        return False
    # "收入/盈利同比下降0.15%/1.80%": metrics joined by slashes share the numbers.
    group = [before[-1]]
    for item in reversed(before[:-1]):
        if re.fullmatch(r"\s*[/、和及与]\s*", ctx.sentence[item[1]:group[-1][0]]):
            group.append(item)
        else:
            break
    return any(g[2] in accepted for g in group)


_OWN_SUM_EN = re.compile(r"\b(?:spend(?:ing|s)?|spent|invest(?:ed|ing|ment|s)?|paid|pay(?:ing|s)?|cost(?:s|ing)?|budget(?:ed)?"
                         r"|rais(?:ed|ing|es?)|fine[ds]?|bought|buy(?:ing|s)?|acquir\w+|worth|valued|loans?|debt|bonds?"
                         r"|charg(?:ed|es?|ing)|donat\w+|grants?|funding|bid)\b[^.;]*$", re.IGNORECASE)
# The head of a sum of money that is no metric of the table: a provision, a subsidy, an outlay, a fund.
_OTHER_MONEY_HEAD = re.compile(r"(?:准备|减值|拨款|补贴|补助|投入|投资|支出|资金|款项|订单|合同额?|募资|募集资金|分红|股息|借款|贷款"
                               r"|罚款|赔偿|税款|奖励|奖金)(?:金额|总额)?(?:为|达|约|共|合计|共计|约为)?\s*$")


_OTHER_MONEY_AFTER = re.compile(r"[\d.,]+\s*[千万亿]*(?:元|美元|港元|欧元)的?(?:罚款|罚金|赔偿金?|违约金|滞纳金|补贴|补助|奖励|奖金"
                                r"|减值准备|拨款|分红|股息)")


def _own_head_zh(sentence: str, metric_end: int, at: int) -> bool:
    """"营收同比回升0.80%，考虑到…计提减值准备10.14亿元": a Chinese number in a later clause than the
    metric, written right after a sum of its own (a provision, a subsidy…), measures that sum, not the metric."""
    if not _CHINESE.search(sentence) or not _CLAUSE_END.search(sentence, metric_end, at):
        return False
    clause = sentence[max(m.end() for m in _CLAUSE_END.finditer(sentence, metric_end, at)):at]
    # "…扣非净利润的50%，但剩余1900万美元订单存在…": the sum's head may follow the number, too.
    return bool(_OTHER_MONEY_HEAD.search(clause) or _OTHER_MONEY_AFTER.match(sentence, at))


_OTHER_MONEY_AFTER = re.compile(r"[\d.,]+\s*[十百千万亿]*\s*(?:美元|港元|欧元|日元|英镑|元)的?(?:新签|在手)?"
                                r"(?:订单|合同|拨款|补贴|补助|投资|资金|款项|募资|借款|贷款|罚款|赔偿|税款|奖金)")


def _bracketed(sentence: str, start: int, at: int) -> bool:
    """Is `start` inside a pair of brackets that closes before `at`?"""
    opened = max(sentence.rfind("（", 0, start), sentence.rfind("(", 0, start))
    if opened < 0:
        return False
    closed = [i for i in (sentence.find("）", opened), sentence.find(")", opened)) if i >= 0]
    if closed and re.fullmatch(r"[a-z0-9\-]{2,8}", sentence[opened + 1:min(closed)]) \
            and re.match(r"\s*(?:为|达|是|约|was|were|of|at|rose|fell)?\s*[-+]?[$¥€£]?\d", sentence[min(closed) + 1:at + 1]):
        return False  # "移动用户平均每月每户收入（ARPU）为48.6元": a code naming the measure right before its number
    return bool(closed) and start < min(closed) < at


# Exports and imports are measures of their own: a sentence naming no metric of the table borrows none for them.
_TRADE_HEAD = re.compile(r"出口|进口|出貨|出口量|进口量")
# "产销分别完成310.2万辆和312.6万辆": production and sales in one word, their values in that order after 分别.
_OUTPUT_AND_VOLUME = re.compile(r"产销量?")
_RESPECTIVELY = re.compile("分别")


def _paired_output_volume(sentence: str, at: int) -> str | None:
    """"output" or "volume" for a value of a 产销…分别 list (the first value is produced, the second sold; so are
    the two of a later run, "同比分别增长11.6%和12.8%"), None for any other number."""
    statement = max(sentence.rfind(c, 0, at) for c in "。；;") + 1
    both = list(_OUTPUT_AND_VOLUME.finditer(sentence, statement, at))
    if not both or any(sp[0] >= both[-1].end() and sp[1] <= at for sp in metric_spans(sentence)):
        return None
    for cue in _RESPECTIVELY.finditer(sentence, both[-1].end(), at):
        values = re.match(r"\D{0,8}?([\d.]+)[^\d，,；;。]{0,4}(?:和|、|及|与)([\d.]+)", sentence[cue.end():])
        if values and at in (cue.end() + values.start(1), cue.end() + values.start(2)):
            return "output" if at == cue.end() + values.start(1) else "volume"
    return None
