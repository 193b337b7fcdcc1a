"""A measure the metric table does not know, named by the question's own words ("货邮运输量", "年均成本"): is a
number of a sentence a value of it? Kept apart from `constraints` so each stays small."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.answer.sides import GENERIC_HEADS
from summarizer.answer.text import pos_cut as _pos_cut

if TYPE_CHECKING:
    from summarizer.answer.context import Context

__all__ = ["head_ok", "percent"]


def percent(sentence: str, span: tuple[int, int]) -> bool:
    # "+2.69pct" may be read as one number with its unit: points of a rate, never an amount; per mille
    # ("人口出生率为7.52‰") is a rate as a percentage is.
    # A fraction ("仅占营收1/6", "成本仅为天然草1/3") is a share too; "13/25亿元" is two amounts.
    return bool(re.search(r"[%％‰]|percent|pct|bps?\b", sentence[span[0]:span[1]])
                or re.match(r"\s*(?:[%％‰]|percent|per cent|个百分点|百分点|pct|bps?)", sentence[span[1]:])
                or re.match(r"\d{1,2}$", sentence[span[0]:span[1]]) and _FRACTION_AFTER.match(sentence, span[1]))


def points(sentence: str, span: tuple[int, int]) -> bool:
    """Percentage or basis points ("提升3.2个百分点", "+1.36pct", "25bp"): a move of a rate, nothing else."""
    return bool(re.search(r"pct|bps?\b|百分点|基点|basis point|percentage point", sentence[span[0]:span[1]])
                or re.match(r"\s*(?:个百分点|百分点|pcts?|bps?\b|basis points?|percentage points?)", sentence[span[1]:]))


# A question about a rate, whose move may be given in points.
RATE_ASKED = re.compile(r"率|占比|比例|比重|份额|百分点|基点|增速|增幅|涨幅|跌幅|降幅|降准|降息|加息|减息|利率|准备金|lpr|cpi|ppi|通胀"
                        r"|息差|指数|rate|margin|share|yield|ratio|spread|point|inflation|index", re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"/[1-9]\d?(?:$|(?=[，,。；;、）)\s]|的|左右|以上|以下))")


# A market or channel asked before a measure: a figure for the whole, with none named, is not that part's.
_MARKET_QUALIFIER = re.compile(r"国内|国际|海外|境外|欧洲|北美|亚太|东南亚|拉美|中东|华东|华南|华北|华中|西南|西北|东北|线上|线下")


# A measure named as what a figure is worked out from: "据中间价计算", "以收盘价为基准".
_BASIS_AFTER = re.compile(r"(?:计算|测算|推算|折算|换算|为基准|为准|为基础|基础上)")


def head_ok(head: str, qualifier: str | None, ctx: Context, span: tuple[int, int]) -> bool:
    """Is the number at `span` a value of the measure `head` (运输量), narrowed by `qualifier`
    (货邮) when the question gives one? The head must be named before the number in its
    statement, or right after it ("28.5%的份额"); the words before that mention must be the
    qualifier, or at least not another one (旅客运输量, 全社会用电量)."""
    sentence, at = ctx.sentence, span[0]
    statement = re.split(r"[。；;]", sentence[:at])[-1]
    heads = [head]
    # "零售量" is named by its verb ("累计零售923.7万辆"), "所得税率" by its tax for a rate
    # ("按照15%缴纳所得税"), "成交额" by its deal for an amount.
    in_percent = percent(sentence, span)
    if len(head) >= 3 and (head[-1] == "量" or head[-1] == "率" and in_percent or head[-1] in "额数" and not in_percent):
        heads.append(head[:-1])
    found = -1
    for name in heads:
        found = statement.rfind(name)
        if found >= 0 and name != head and re.search(r"[，,]", statement[found:]) and not re.match(
                r"(?:同比|环比|较|比上|比去|增长|下降|增加|减少|占|其中|分别|约|达|为)", re.split(r"[，,]", statement)[-1]):
            found = -1  # "没有落实就业，跟…都是90%以上": the bare verb of 就业率 in an unrelated clause names no rate
        if found > 0 and statement[found - 1] in "未非无不" and not name.startswith(statement[found - 1]):
            found = -1  # "未就业率" is not 就业率
        if found >= 0 and (_BASIS_AFTER.match(statement, found + len(name))
                           or found > 0 and statement[found - 1] in "据按依" and "，" in statement[found:]):
            found = -1  # "据中间价计算，今日交易波幅上限为6.4379": the band is worked out from the parity, not it
        if found >= 0:
            head = name
            break
    if found >= 0 and head == heads[0] and _OTHER_MEASURE_AFTER.match(statement[found + len(head):]):
        return False  # "同期业绩比较基准收益率为-8.35%": the benchmark's return, not the benchmark asked
    if found < 0:
        # "调增政策性银行8000亿元信贷额度" names its measure after the number: for "新增专项债额度" the qualifier's
        # words must be in the sentence too.
        return any(re.match(rf"\s*[^，。；,;\d]{{0,3}}{re.escape(name)}", sentence[span[1]:]) for name in heads) and (
            qualifier is None or all(w.word in sentence for w in _pos_cut(qualifier) if len(w.word) >= 2))
    if qualifier is None:
        return True
    base = len(sentence[:at]) - len(statement)
    start = base + found
    if qualifier in sentence[max(0, start - len(qualifier) - 8):start]:
        return True
    if qualifier in sentence[:at]:
        return False  # named, but not for this number
    if any(sentence[:start].endswith(f"{qualifier[:cut]}的{qualifier[cut:]}") for cut in range(2, len(qualifier) - 1)):
        return True  # "国内地铁运营线路里程" written "国内地铁的运营线路里程"
    if _MARKET_QUALIFIER.search(qualifier):
        return False  # "国内航线客座率" is one market's: the bare 客座率 is the whole's
    if _qualifier_split(qualifier, ctx, start):
        return True
    tokens = [(p.word, p.flag) for p in _pos_cut(sentence[max(0, start - 6):start])]
    last = tokens[-1] if tokens else ("", "")
    asked = list(_pos_cut(qualifier))
    if last[1] == "v" and len(last[0]) >= 2 and asked and asked[-1].flag == "v" and asked[-1].word != last[0]:
        return False  # "增持金额" is what is bought by a holder, not the "回购金额" asked: another deed's amount
    # "研发费用率" for 销售费用率: jieba tags 研发 an abbreviation (j), another field all the same.
    return not (last[1].startswith(("n", "vn", "j")) and last[0] not in GENERIC_HEADS)


# Where a statement or clause starts: what stands before the words that qualify a measure there.
# Another measure word right after the head asked, then the number: "基准收益率为", not "基准为".
_OTHER_MEASURE_AFTER = re.compile(r"(?![增降涨跌减同环较])[\u4e00-\u9fff]{1,3}[率额量](?:为|是|达到?|约)?\s*[-+−]?$")
_STARTS = "，,；;：:。（(、“”\"《 "


def _qualifier_split(qualifier: str, ctx: Context, start: int) -> bool:
    """Is the qualifier asked written in two places: its end right before the measure, at the start of a clause,
    and its beginning elsewhere in the sentence or the one before? "珠海有轨电车年均成本" is answered by
    "珠海有轨电车1号线…，年均成本高达9100多万元". "全球AI市场规模" is no "全球EDA市场规模": there 市场 follows another
    word."""
    sentence = ctx.sentence
    for size in range(len(qualifier) - 1, 1, -1):
        end = qualifier[-size:]
        if sentence[max(0, start - size):start] != end:
            continue
        if start - size > 0 and sentence[start - size - 1] not in _STARTS:
            return False
        rest = [w.word for w in _pos_cut(qualifier[:-size]) if len(w.word) >= 2]
        where = sentence + "".join(ctx.preceding[:1]) + ctx.title
        return bool(rest) and all(word in where for word in rest)
    return False
