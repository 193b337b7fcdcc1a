"""How a key figure is stated: its direction (up, down, loss), what a change is compared with
(同比/环比, year on year, quarter on quarter) and the period it belongs to, read from the words
around the number in the shadow text (see `summarizer.figures`). Kept apart from finding the
numbers and their subjects because each of these reads only the clause around one match.
"""

from __future__ import annotations

import re

from summarizer.figure_change_en import EN_COMPARED_RE as _EN_COMPARED_RE, EN_NEW_OUTLOOK_RE, en_change_hits, en_change_window, second_aim_words
from summarizer.figure_counts_en import en_count_change, en_multiple_compared
from summarizer.figure_lexicon import (
    CHANGE_ZH, CURRENCY_UNITS,
    EN_BASIS_RE as _EN_BASIS_RE,
    EN_CURRENCY_WORDS,
    EN_DOWN_PREFIXES,
    TW_BASIS,
    ZH_DOWN,
    ZH_FORECAST_RE,
)
from summarizer.figure_numbers import NumberMatch

__all__ = ["basis_of", "change_of", "estimate_of", "is_loss", "period_of", "starting_point"]


_MONEY_UNITS = frozenset(CURRENCY_UNITS.values()) | {"美金", "港币", "人民币", "欧元", "日元", "英镑", "韩元", "卢布",
                                                       "yuan", "yen", "€", "cents"} | EN_CURRENCY_WORDS
# "亏损4662.3万元", "净亏损扩大至35亿元": the amount is a loss ("扭亏为盈", "减亏", "盈亏" are not).
_ZH_LOSS_RE = re.compile(r"(?<![扭减盈])亏(?:损)?(?!转|为盈|平)")
_EN_LOSS_BEFORE_RE = re.compile(r"\b(?:loss(?:es)?|lost|losing|loses)\b(?:\s+(?:of|was|were|is|to|at|widened|narrowed|totaled|totalled|reached|came\s+in\s+at)){0,2}\s*(?:about|around|nearly|almost|some|over)?\s*$",
                                re.IGNORECASE)
_EN_LOSS_AFTER_RE = re.compile(r"\s*(?:net\s+|operating\s+|pre-tax\s+|quarterly\s+|annual\s+)?loss(?:es)?\b", re.IGNORECASE)


def _is_money(match: NumberMatch) -> bool:
    unit = match.unit or ""
    if unit in _MONEY_UNITS or unit.endswith("元"):
        return True
    return not unit and match.scale >= 1e4


def is_loss(shadow: str, match: NumberMatch, clause_start: int, is_zh: bool) -> bool:
    """An amount stated as a loss: the direction is "loss", never a plain amount."""
    if not _is_money(match):
        return False
    before = shadow[clause_start:match.start]
    if is_zh:
        hits = list(_ZH_LOSS_RE.finditer(before))
        # The loss word governs the figure unless a profit word comes between them.
        return bool(hits) and not re.search(r"盈利|利润|收入|营收|扭亏", before[hits[-1].end():])
    # ("The company lost $1.38 billion, or 2.2% of its assets": a share of something it has
    # is no price move; that is a loss.)
    if re.match(r",?\s+or\s+[\d.]+\s?(?:%|percent)(?!\s+of\b)|\s+to\s+[$€£¥]?\d", shadow[match.end:]):
        return False  # "WTI lost $1.38, or 2.2%": a price that fell, not a loss
    return bool(_EN_LOSS_BEFORE_RE.search(before) or _EN_LOSS_AFTER_RE.match(shadow, match.end))


_PROFIT_BEFORE_RE = re.compile(r"(?:净利润|利润总额|净利|profit|net income|earnings)[^，,。；;]{0,12}$", re.IGNORECASE)
_RATE_DECISION_RE = re.compile(r"(上调|下调|调降|调升|降低|提高|下降|上升)[^，,。；;：:]{0,30}?(?:利率|费率|准备金率|税率|[价比]率)各?$")


_YEARS_RE = re.compile(r"(?:(?:19|20)\d{2}\s*[/、\-–~至和]?\s*)+年度?E?")


def change_of(shadow: str, match: NumberMatch, clause_start: int, is_zh: bool) -> str | None:
    if is_loss(shadow, match, clause_start, is_zh):
        return "loss"
    value = match.value
    if value is not None and (value[1] < 0 if isinstance(value, tuple) else value < 0):
        # "净利润为-5.8亿元到-4.5亿元": a profit below zero is a loss.
        if _is_money(match) and (_PROFIT_BEFORE_RE.search(shadow[clause_start:match.start]) or not is_zh and re.search(
                r"(?i)\b(?:loss|profit|income|earnings)\b", shadow[clause_start:match.start])):  # "Net loss … of $(36.4)"
            return "loss"
        # "同比-16.90%", "经营现金流-58.2亿"; but "收益率报-0.323%", "the margin was negative 2.3%" quote a level.
        if re.search(r"(?:报|收于|收报|报收|\bwas|\bis|\bstood\s+at)\s*$", shadow[:match.start]):
            return None
        return "down"
    before = shadow[clause_start:match.start]
    after = shadow[match.end:match.end + (6 if is_zh else 14)]
    if shadow[match.start - 1:match.start] == "+" or before.endswith("+"):
        return "up"
    if is_zh:
        after_m = re.match(r"(?:的)?(增长|增幅|涨幅|下降|下滑|降幅|跌幅|负增长)(?![至到])", after)  # ("由…1.5亿美元增长至": the start)
        if after_m:
            return "down" if after_m.group(1) in ZH_DOWN else "up"
        # "上调…EPS预测至1.00/1.42元（原为0.81/1.01元）": a parenthesis opens a new statement.
        before = re.split(r"[(（]", before)[-1]
        if re.search(r"(?:低于|高于|不及|好于|优于)[^，,；;。\d]{0,16}的\s*$", before):
            return None  # "低于今年的42亿元": the base a figure is compared with has moved nowhere
        if compared := re.search(r"[比较][^，,。；;]{1,20}?([高低多少])(?:出|了)?(?:近|约|超过?|逾|将近|接近)?$", before):
            # "比前月高1点", "比上年同期少1200亿元"; "比交银预期高约10%" beats a forecast: no rise.
            return None if re.search(r"预期|预测|预估|预计|指引|目标|一致", compared.group()) else \
                "up" if compared.group(1) in "高多" else "down"
        # A change word governs a figure close after it, not one a long explanation later
        # ("归母净利润下滑主要由于…确认政府补助680万元"); "不低于5亿元": a bound written with 不 states no change.
        # ("上调2026/2027年盈利预测12%/15%": the years between the verb and its figures are no distance.)
        hits = [h for h in CHANGE_ZH.finditer(before)
                if ((len(h.group()) > 1 and len(_YEARS_RE.sub("", before[h.end():])) <= 12) or len(before) - h.end() <= 2)
                and before[h.start() - 1:h.start()] not in ("不", "最")  # "成本低至500元/吨": as low as, a level
                and before[h.start() - 1:h.start() + 2] != "上下浮"  # "上下浮动2%": plus or minus, not a fall
                and before[h.start():h.start() + 2] != "减按"  # "减按15%的税率征收": the reduced rate, a level
                and not re.match(r"\s*[\d.]+\s*(?:%|％|元|万元|亿元|倍)?的", before[h.end():])  # "净值低于1的产品共计812只"
                and not (h.group() == "低" and before[h.end():h.end() + 1] == "至" and before[h.start() - 1:h.start()] not in "调压拉走减放砍")]
        if hits and hits[-1].group() == "减" and before[hits[-1].end():hits[-1].end() + 1] == "亏":
            return "up"  # "环比减亏0.8亿元": the loss shrank, so the profit rose by that much
        if not hits:
            # "下调支农再贷款、支小再贷款和再贴现利率各0.25个百分点": a rate decision names a list of
            # rates between its verb and the amount, longer than the window above.
            policy = _RATE_DECISION_RE.search(before)
            return None if not policy else ("down" if policy.group(1) in ("下调", "调降", "降低", "下降") else "up")
        word = hits[-1].group()
        if word == "低于" and not before[hits[-1].end():].strip(" 约"):
            return None  # "影响预计低于3%", "销售占比低于5%": a bound ("less than"), not a fall
        if word in ("扩大", "收窄") and re.search(r"跌幅|降幅|亏损", before):
            return "down"  # "跌幅一度扩大至3%": a wider decline is still a decline
        return "down" if any(word.endswith(d) or word == d for d in ZH_DOWN) else "up"
    # "a 9% funding increase", "a $75.3 billion dollar hit": a change noun right after.
    after = shadow[match.end:match.end + 40]
    after_m = None if re.match(r"\s*(?:from|versus|vs\.?|compared)\b", after, re.IGNORECASE) else re.match(
        r"(?:\s|-)*(?:[a-z\-]+\s){0,2}?(increases?|rises?|hikes?|gains?|growth|jumps?|higher|improvements?|boosts?"
                       r"|declines?|drops?|falls?|decreases?|lower|cuts?|hits?|loss|losses|reductions?)\b",
                       after, re.IGNORECASE)
    if after_m:
        word = after_m.group(1).lower()
        return "down" if word.startswith(("decl", "drop", "fall", "decr", "low", "cut", "hit", "loss", "redu")) else "up"
    # A change word counts only close in front (the last ten words, not across a parenthesis).
    lead, before = en_change_window(before)
    # "up to £2 billion" is a bound, not a rise ("racked up $6 million in sales" piled it up); "rose to second" moved a rank.
    # "grew 24% and now accounts for 71%": a change word with a figure of its own after it
    # is that figure's ("rose 5% to $2 billion" passes it on through "to").
    hits = en_change_hits(before, shadow, match.end, money=match.unit in _MONEY_UNITS, lead=lead)
    if not hits or en_multiple_compared(shadow, match):
        return en_count_change(shadow, match, clause_start)  # "added 187,000 jobs", "5.7% more than"
    word = hits[-1].group().lower()  # ("narrowed its guidance to 405,000 to 410,000": tightened, not lowered)
    return None if word.startswith(("narrow", "widen")) and isinstance(match.value, tuple) else ("down" if word.startswith(EN_DOWN_PREFIXES) else "up")


_ZH_BASIS_BEFORE_RE = re.compile(
    # "较上年末增长6.8%" compares with last year's end (a change so far this year), not year on year.
    r"(同比|同增|同降|同减|按年|YoY|yoy|YOY|较上年同期|比上年同期|较去年同期|比去年同期|[较比](?:上年|去年)(?![末底])"
    r"|环比|环增|环降|按季|按月|QoQ|qoq|QOQ|MoM|mom|MOM|较上月|比上月|较上季度|比上季度|较上一季度|比上一季度"
    # Taiwan's papers: 年增/年减 (on the year), 月增/季增 (on the month, the quarter); not "全年增长".
    r"|" + TW_BASIS + ")")
_ZH_BASIS_AFTER_RE = re.compile(r"\s?[(（]?\s?(同比|环比|YoY|yoy|YOY|QoQ|qoq|QOQ|MoM|mom|MOM)")


def basis_of(shadow: str, match: NumberMatch, start: int, is_zh: bool, change: str | None,
           period: str | None) -> str | None:
    """同比 or 环比 (year on year, quarter on quarter…) when the clause says what a change is
    measured against: between the figure before and this one, or right after it."""
    if change not in ("up", "down") or re.search(r"(?:\bto|至|到)\s*$", shadow[start:match.start]):
        return None  # "slipped 3% q/q to $1.9 billion": the level reached is compared with nothing
    if is_zh:
        after = _ZH_BASIS_AFTER_RE.match(shadow, match.end)
        hits = list(_ZH_BASIS_BEFORE_RE.finditer(shadow, start, match.start))
        word = after.group(1) if after else (hits[-1].group(1) if hits else None)
        if word is None:
            return None
        return "环比" if word[0] in "环QqMm月季" or word in ("按季", "按月") or "上月" in word or "季度" in word else "同比"
    after = _EN_BASIS_RE.match(shadow, match.end + 1) if shadow[match.end:match.end + 1] == " " else None
    if re.match(r"\s+in\s+[A-Z][a-z]+\s+from\s+a\s+year\s+(?:earlier|ago)\b", shadow[match.end:]):
        return "year on year"  # "rose 2.4% in November from a year earlier": the month is the period
    hits = list(_EN_BASIS_RE.finditer(shadow, start, match.start))
    found = after or (hits[-1] if hits else None)
    if found is None:
        return None
    word = found.group(1).lower()
    return ("year on year" if word[0] == "y" else "month on month" if word[0] == "m"
            else "sequential" if word[0] == "s" else "quarter on quarter")


def starting_point(shadow: str, period: tuple[int, int, str]) -> bool:
    """"从2010年就开始", "于今年2月20日启用", "since 2019": when something began, not a period."""
    before, after = shadow[:period[0]], shadow[period[1]:period[1] + 8]
    if re.match(r"(?:来看|看来|看)", after):
        return False
    return bool(re.search(r"(?:从|自|于|since|from)\s*$", before)
                or re.match(r"[^，,。]{0,4}?(?:起|开始|以来|启用|开通|上线|投产|成立|创立|创办|创建)", after))


_ZH_COMPARED_RE = re.compile(r"(?:较[\u4e00-\u9fff]{0,3}|比|相比|相较|相较于|对比)\s*$")
_EN_BASE_RE = re.compile(r"(a\syear|the\s(?:previous|prior)\s(?:year|quarter|month))(?:\s(?:earlier|ago))?")
_EN_BASES = {"year": "year on year", "quarter": "quarter on quarter", "month": "month on month"}


_EN_CAUSE_CLAUSE_RE = re.compile(r"\b(?:after|while|whereas)\s", re.IGNORECASE)
_EN_OWN_CLAUSE_RE = re.compile(
    r"\b(?:sending|pushing|dragging|and\s+said|and\s+(?:were|was|is|are|has|have)"
    r"|and\s+that\s+(?:it|they|he|she|we|the\s+[a-z]+)\s+(?:had|has|have|would|will|was|were)?\s*[a-z]+ed\b"  # a second report
    r"|and\s+(?:would|will)\s+(?:cut|eliminate|lay\s+off)"  # ("…, but the carrier warned that …": a warning of its own)
    r"|but\s+(?:(?:the\s+[a-z]+|it|they|he|she|we)\s+)?(?:warned|cautioned))\s", re.IGNORECASE)


# "今年8月31日", "2019年3月6日顶部": a year or 今年 that heads a day dates an event, not a period.
_DAY_AFTER_RE = re.compile(r"\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号]")
_GAP_UNITS = frozenset({"个百分点", "百分点", "pct", "pcts", "ppt", "ppts", "PCT", "pp"})
# "比公司全球营收增幅30.90%高出41.81个百分点", "比业绩快报低6个百分点": compared with another thing
# ("同比", "环比", "比上年" compare with a time, and that time is the period's business).
_ZH_GAP_RE = re.compile(r"(?:(?<![同环占对无])比(?![例重率值])|相较于?|相比于?)(?!上年|去年|同期|上[季月半]|前[年季月]|年初|\d)[^，,；;。]*$")
_SPAN_AFTER_RE = re.compile(r"\s?(?:以来|之前|以前|之后|以后|前(?![一二三四五六七八九十\d]))")
# What a change is measured against: "（去年同期盈利1.7亿元）" after a figure is the base's period.
_ZH_BASE_PERIODS = ("去年同期", "上年同期", "同期")
# "恢复至2019年同期的95%", "为上年同期水平的1.2倍": a share of a base period's level; the
# period dates the base, the share belongs to the period the sentence is about.
_ZH_SHARE_OF_BASE_RE = re.compile(
    r"\s?(?P<base>同期|水平|同期水平)?的\s*(?:约|近|超过?|逾|不足)?\s*(?:\d[\d.]*\s*(?:%|倍)|[一二三四五六七八九\d]\s*成)")
# ("毛利率由上年同期的21.5%降至16.2%" is a level of that period: the share needs its verb; after
# 为/是/达 only a period named as a base, 同期 or 水平, is one: "占比为2023年的30%" is dated.)
_ZH_SHARE_VERB_RE = re.compile(
    r"(?:(?P<back>恢复|回升|回到|相当于)|为|是|达到?)(?:至|到)?\s*(?:\d{2,4}\s?年|去年|上年|前年)?\s*$")


def _share_of_base(shadow: str, start: int, end: int, text: str) -> bool:
    """"恢复至2019年同期的95%": the period (or its 同期) names the base of a share."""
    verb = _ZH_SHARE_VERB_RE.search(shadow[:start])
    share = _ZH_SHARE_OF_BASE_RE.match(("同期" if text.endswith("同期") else "") + shadow[end:])
    return bool(verb and share and (verb.group("back") or share.group("base")))


def period_of(periods: list[tuple[int, int, str]], match: NumberMatch, clause_start: int,
              shadow: str) -> str | None:
    """The period of one figure, or None when the sentence does not say it surely.

    A year or 今年 that heads a day ("逼近2019年3月6日顶部0.161%") is the date of an event: it
    stands in the way of an earlier period and gives none itself. A bare 同期 ("同期客座率")
    means the period named before it in the sentence, if there is one.
    """
    marked: list[tuple[int, int, str]] = []
    for start, end, text in periods:
        if _share_of_base(shadow, start, end, text) or _aside_before(shadow, start, end, match.start):
            continue
        if _DAY_AFTER_RE.match(shadow, end) and not text.startswith("截"):
            text = ""
        elif re.match(r"\s?以来", shadow[end:]) and (re.search(r"(?:^|[，,。；;：:\s])$", shadow[:start])
                                                   or text in ("今年", "年初", "本年", "本月", "本周")):
            # ("该基金今年以来收益率达15%": after a name too; the year's span, no bound of an event)
            text = f"{text}以来"  # "今年以来累计零售2032.6万辆": the span up to now
        elif text in ("全年", "年度") and re.match(r"[^，,。；;\d]{0,6}?(?:目标|计划)", shadow[end:]):
            text = ""  # "完成全年目标的86.8%": the year qualifies the target, it dates no figure
        elif _SPAN_AFTER_RE.match(shadow, end) or (
                re.search(r"以\s*$", shadow[:start]) and re.match(r"\s*为\s*(?:基数|基期|基准)", shadow[end:])):
            text = ""  # "自1945年以来的61次回调", "在年底之前", "若以2019年为基数": a bound, not a period
        elif text == "同期" and not re.search(r"(?:去年|上年|上一?年度?)\s*$", shadow[:start]):
            named = [p[2] for p in marked if p[2] and p[2] not in _ZH_BASE_PERIODS
                     and not _ZH_COMPARED_RE.search(shadow[:p[0]])]
            text = named[-1] if named else ""
        marked.append((start, end, text))
    if match.unit in _GAP_UNITS and _ZH_GAP_RE.search(shadow, clause_start, match.start):
        return None  # "相较于示波器高13.91pct": a gap between two things, not a change over a period
    clause_end = re.search(r"[，,；;。]|$", shadow[match.end:]).start() + match.end
    if any(not text and match.end <= start < clause_end for start, _, text in marked):
        return None  # "首次授予（1050万份）已于2022年7月5日完成": the clause happened on a day
    return _nearest_period(marked, match, clause_start, shadow) or None


def _aside_before(shadow: str, start: int, end: int, figure_at: int) -> bool:
    """The period stands in brackets closed before the figure: "销量约23万辆（6月销量预估为7.2万辆），同环比
    分别+57%/-4%" are the quarter's changes, not June's; the aside dates only what is inside it."""
    opened = max(shadow.rfind("（", 0, start), shadow.rfind("(", 0, start))
    if opened < 0 or re.search(r"[）)]", shadow[opened:start]):
        return False
    if re.search(r"(?:财年|年度|年|季度|月|Q[1-4]|H[12])\s*$", shadow[max(0, opened - 4):opened]):
        return False  # "2026财年（截至2026年3月31日）总收入…": a gloss on the period before it dates as that period does
    closed = re.search(r"[）)]", shadow[end:figure_at])
    return closed is not None


# "低于上海建工的24%", "比上年的11.18%": a figure named as the base of a comparison.
_ZH_BASE_FIGURE_RE = re.compile(r"(?:比|较|相比|相较于?|低于|高于|不及|超过|好于|优于)[^，,；;。\d]{0,16}的\s*$")
# "较当前股价有39.8%的上行空间", "目前日均航班量…40%", "维持目标价6.05-7.15元": now, or a valuation.
_ZH_NOW_RE = re.compile(r"目前|当前|现阶段|如今|(?<![体表出实展发])现在|目标价|合理价值|合理估值|短期内|短期来看|近期内")  # (a horizon of its own)
# "2017年巡视组指出“…投资56.49亿元": the period dates the statement, not what it says.
# "预计2027年二季度开工，建成后将新增产能10万片": what follows completion is dated by no start of works.
_ZH_AFTER_DONE_RE = re.compile(r"\s*(?:项目)?(?:建成|投产|达产|竣工|落地|完工)(?:后|以后|之后)")
_ZH_REPORTED_RE = re.compile(r"指出|表示|认为|透露|介绍|称[，,:：“]|说[，,:：“]")


_EN_MONTH_RE = re.compile(r"January|February|March|April|May|June|July|August|September|October|November|December")


def _not_carried(shadow: str, period: tuple[int, int, str], match: NumberMatch, clause_start: int) -> bool:
    """A period from an earlier clause that does not date this figure (show none rather than it)."""
    own = shadow[clause_start:match.start]
    return bool(_ZH_BASE_FIGURE_RE.search(own) or _ZH_NOW_RE.search(own) or _ZH_AFTER_DONE_RE.match(own)
                or _ZH_REPORTED_RE.search(shadow, period[1], clause_start)
                # "对2022年一季度产值达到1000万元以上的企业，…奖励1万元": a condition dates itself only.
                or re.search(r"对\s*$", shadow[:period[0]]))


def _headline_break(shadow: str, end: int, start: int) -> bool:
    """"M2同比增长7.8% 前十个月贷款增加…": a space before a Chinese period opens a headline's next statement."""
    return bool(re.search(r"\s", shadow[end:start])) and "\u4e00" <= shadow[start:start + 1] <= "\u9fff"


def _nearest_period(periods: list[tuple[int, int, str]], match: NumberMatch, clause_start: int,
                    shadow: str) -> str | None:
    """The nearest period stated before the figure in the sentence, else after it in the clause.

    "up 28% from a year earlier" compares with a year earlier: that is year on year, and
    a figure after it ("to $9.19 billion") is not dated by it.
    """
    # "rose 0.3% from the previous month and 3.9% from a year earlier": each base says how
    # its own figure is compared (month on month, year on year), never the next figure's.
    bases = {(p[0], p[1]): _EN_BASES[b.group(1).split()[-1]] for p in periods
             if (b := _EN_BASE_RE.fullmatch(p[2])) and _EN_COMPARED_RE.search(shadow[:p[0]])}
    # "grew 5.2% from the same period last year": year on year.
    bases.update({(p[0], p[1]): "year on year" for p in periods if p[2] == "last year" and re.search(
        r"\bfrom\s+the\s+same\s+(?:period|quarter|month|time)\s+$", shadow[:p[0]], re.IGNORECASE)})
    if bases:
        periods = [(p[0], p[1], bases[(p[0], p[1])]) if (p[0], p[1]) in bases else p for p in periods
                   if not ((p[0], p[1]) in bases and p[1] <= match.start)]
    headed = [p for p in periods if p[1] <= match.start and _ZH_COMPARED_RE.search(shadow[:p[0]])
              and re.fullmatch(r"的\s*(?:净?亏损|营业?收入|营收|净?利润|规模|销量|产量)?\s*(?:约|近|超过?|逾|不足)?\s*", shadow[p[1]:match.start])]
    if headed:  # "较今年的约10GWh翻一番", "较上年的亏损2.14亿元": the base is dated by the period that heads it
        return headed[-1][2]
    # "较年初减少约12%", "比上年同期增长", "up 17% from the previous quarter": what a change is
    # measured against is not the figure's period.
    periods = [p for p in periods if not (
        _ZH_COMPARED_RE.search(shadow[:p[0]]) or (_EN_COMPARED_RE.search(shadow[:p[0]]) and (p[0], p[1]) not in bases))]
    # "毛利率由去年同期的15.2%降至3.8%": the period dates the starting figure, not the one it went to.
    periods = [p for p in periods if not (re.search(r"(?:由|从)\s*$", shadow[:p[0]])
                                          and re.match(r"的?\s*(?:每[吨股桶瓦克斤台辆])?\s*[-+]?\d", shadow[p[1]:])
                                          and re.search(r"\d", shadow[p[1]:match.start]))]
    adjacent = [p for p in periods if (0 <= p[0] - match.end <= 1 or re.fullmatch(
        r"\s?(?:(?:annuali[sz]ed\s|annual\s)?(?:pace|rate|clip)\s)?(?:in|for)\s", shadow[match.end:p[0]]))
                and not re.search(r"[，,；;。：:(（]", shadow[match.end:p[0]]) and not _headline_break(shadow, match.end, p[0])]
    if adjacent and match.is_baseline and _EN_MONTH_RE.fullmatch(adjacent[0][2]) and not any(  # (or "by the end of
            _EN_MONTH_RE.fullmatch(p[2]) or p[2].startswith("by ") for p in periods if p[1] <= match.start):  # 2027")
        # "widened to $97.4 billion from $85.6 billion in October": the month may date the change
        # or its base; only "to 2.1% in October from 2.4% in September" says which.
        return None
    if adjacent:  # "$19.5 billion the previous year", "fell from 2.4% in September", "the 3.1% pace in Q2"
        return adjacent[0][2]
    # "美国从2010年就开始…，安排了75亿美元": a starting point only dates its own clause.
    # "shares, which have lost 38% this year, were up 3%": a period right after a figure of an
    # earlier clause dates that figure only.
    # "上年同期亏损9.85亿元，亏损同比收窄56.6%": a comparison period dates only its own clause.
    before = [p for p in periods if p[1] <= match.start
              # ("今年以来，公司累计实现营收…": the span up to now, marked above, heads the clauses after it.)
              and (p[0] >= clause_start or not p[2] or p[2].endswith("以来") or not starting_point(shadow, p))
              and not (p[1] <= clause_start and _not_carried(shadow, p, match, clause_start))
              # "cut its forecast for next year to 1.6% and now sees unemployment rising to 4.6%": a new outlook.
              and not EN_NEW_OUTLOOK_RE.search(shadow, p[1], match.start)
              # ("上年同期，公司净利润为2.0亿元": a base period heading the sentence alone dates what follows.)
              and not (p[1] <= clause_start and p[2] in _ZH_BASE_PERIODS and (not re.search(r"(?:^|[，,；;])\s*$", shadow[:p[0]]) or shadow[p[1]:p[1] + 1] not in "，,"))
              # "shares, which have lost a quarter of their value this year, rose 2.8%": a period
              # inside a relative clause dates what that clause says.
              and not (p[1] <= clause_start and re.search(r",\s*(?:which|who|whose)\b[^,;]*$", shadow[:p[0]]))
              # "slowed to 2.1% in October, while the economy grew 0.2%", "the budget approved in April
              # that boosted spending by 2.5%": a month before a figure is as often when something
              # happened as what the figure covers; only one right after the figure dates it.
              and not _EN_MONTH_RE.fullmatch(p[2])
              # ("That deal closed in June 2018; he remains a shareholder, with 24.4%": the day of an event.)
              and not (p[1] <= clause_start and re.search(r";\s", shadow[p[1]:match.start])
                       and re.fullmatch(rf"(?:in\s+)?(?:{_EN_MONTH_RE.pattern})\s+\d{{4}}", p[2]))
              and not (p[1] <= clause_start and re.search(
                  r"(?:%|\b(?:million|billion|trillion|percent|points?)|[万亿]?(?:元|美元|港元)|个百分点"
                  r"|(?:\d|cents?)\s(?:per|a)\sshare,)\s*$", shadow[:p[0]]))]  # ("…, or $1.40 per share, a year ago, as …")
    # "raised its fiscal 2026 forecast after comparable sales rose 5.8% in the fourth quarter",
    # "…, sending its shares down 12%", "…, and were up 3.8% year-on-year": a clause of its own
    # (with its own subject, or a new predicate) is not dated by the clause before it.
    before = [p for p in before if not _EN_OWN_CLAUSE_RE.search(shadow[p[1]:match.start])]
    after = [p for p in periods if p[0] >= match.end and p[0] - match.end < 40
             and not re.search(r"[，；;。(（]|,\s", shadow[match.end:p[0]])
             and not _headline_break(shadow, match.end, p[0])
             # "归母净利润亏损1.3亿元去年同期盈利…": a base named after the figure is not its period;
             # "预计将于2022年12月建成投产": a date something happens on, after the figure, is not either.
             and p[2] not in _ZH_BASE_PERIODS and not re.search(r"于\s*$", shadow[:p[0]])
             # "rose 12% on Thursday after the company said second-quarter revenue…": another clause
             and not re.search(r"\b(?:after|said|says|when|while|because|before|as)\b", shadow[match.end:p[0]])
             # "rose from $4 billion to $5 billion in 2023": the period dates where it went, not the start
             and not (match.is_baseline and re.match(r"\s*to\s+[^,;]*?\d", shadow[match.end:p[0]]))
             # "11.3% from 17% a year ago": the period dates the base, not the figure
             and not re.search(r"\b(?:from|than|versus|vs\.?|compared\s(?:with|to))\s+[^,;]*?\d", shadow[match.end:p[0]])]
    if after:
        # "…after comparable sales rose 5.8% in the fourth quarter": a clause that states its own
        # period is not dated by the clause before it ("fell 11% in the first half, after it set
        # aside £620 million" — a cause of the same half — is).
        before = [p for p in before if not _EN_CAUSE_CLAUSE_RE.search(shadow[p[1]:match.start])]
    # "Toyota sold 2,000 cars in 2023 and 2,500 cars in 2024": a period that trails the figure
    # before this one dates that one; this figure's own comes after it.
    if before and after and before[-1][0] >= clause_start and re.fullmatch(
            r"\s*,?\s*(?:and|but|while|versus|vs\.?|against|from)\s+", shadow[before[-1][1]:match.start]) and re.search(
            r"\d[^\d,;.]{0,30}$", shadow[:before[-1][0]]):
        return after[0][2]
    if before:
        return before[-1][2]
    return after[0][2] if after else None


# "分析师此前预期营收为120亿元", "市场一致预期净利润8亿元", "高于市场预期的10亿元": what others
# expected. "超预期增长20%", "营收符合预期" compare a result with the expectation: no estimate.
_ZH_ESTIMATE_RE = re.compile(
    r"(?:市场|分析师|机构|法人|券商|卖方|彭博|路透|万得|Wind|FactSet|华尔街)(?:人士)?(?:此前|普遍|平均|的)?(?:一致)?"
    r"(?:预期|预估|预测|估计|预计)|(?:业内|外界)(?:人士)?(?:此前|普遍)?(?:预期|预估|估计)"
    r"|一致预期|此前预期|预期(?:值|中值|均值)")
_ZH_ESTIMATE_INTRO_RE = re.compile(
    r"^\s*(?:(?:据|根据|按照|按)[^，,。；;]{0,16}?(?:一致预期|预期|预估)"
    r"|[^，,。；;]{0,12}?(?:市场|分析师|机构|法人|券商|卖方|华尔街)(?:人士)?[^，,。；;\d]{0,4}?(?:预期|预估|估计|预计|预测)"
    r"|[^，,。；;]{0,12}?(?:业内|外界)(?:人士)?[^，,。；;\d]{0,4}?(?:预期|预估|估计))"
    r"\s*[，,:：]")
# "公司预计，2027年营收将达120亿元": an outlook announced in a clause of its own.
# ("我们预计2025-2027年，公司收入…": the years it is for may stand before the comma.)
_ZH_FORECAST_INTRO_RE = re.compile(r"^\s*[^，,。；;\d]{0,12}?(?:预计|预测|预期|预估)"
                                   r"(?:\s?(?:19|20)?\d{2}\s?(?:[-—~至到/]\s?(?:19|20)?\d{2}\s?)?年度?)?\s*[，,:：]")
# ("而净利端表现超出我们的预期，…": the note's own expectation beaten is no forecast either.)
_ZH_BEAT_RE = re.compile(r"(?:超|超出|超过|高于|低于|不及|好于|优于|逊于|差于|符合|强于|弱于|正如|一如|如同)(?:市场|分析师|此前|我们|我方)*的?(?:一致)?预期"
                         r"(?!的|值|中值|均值|为|\s?[（(]\s?(?:\d|$))")  # "低于我们此前预期（11.75亿元）": the expectation's value
# "Analysts had expected revenue of $2.1 billion", "the consensus estimate of $290 million",
# "economists polled by Reuters forecast 175,000", "versus expectations of $1.2 billion".
_EN_ESTIMATE_BEFORE_RE = re.compile(
    r"\b(?:(?:analysts?|economists?|Wall\s+Street|the\s+market|traders|strategists)(?:'|’)?\s(?:[^.;,]{0,40}?\s)?"
    r"(?:expected|expect|expecting|estimated|estimate|estimates|forecast|forecasts|forecasted|predicted|projected|anticipated)"
    r"|consensus|estimates?\s+(?:of|for)|expectations?\s+(?:of|for)|(?:average|median|mean)\s+(?:estimate|forecast))\b",
    re.IGNORECASE)
# "fewer than the 175,000 economists had expected", "$2.1 billion analysts were expecting".
_EN_ESTIMATE_AFTER_RE = re.compile(
    r"\s+(?:(?:decline|drop|fall|rise|increase|gain|growth)\s+)?"  # ("than the 0.3% decline economists had forecast")
    r"(?:(?:analysts?|economists?|Wall\s+Street|forecasters|strategists)\s+(?:had\s+|have\s+|were\s+|polled\s+[^.;,]{0,30}?)?"
    r"(?:expected|expecting|estimated|forecast|predicted|projected|anticipated)"
    r"|(?:expected|forecast|predicted|estimated|projected)\s+by\s+(?:\w+\s+)?(?:analysts?|economists?|forecasters|Wall\s+Street))\b",
    re.IGNORECASE)
_EN_POLL_AFTER_RE = re.compile(
    r"\s+(?:forecasts?|estimates?|expectations?|predictions?)\s+(?:in|from|of|by)\s+(?:a\s+|the\s+)?(?:[A-Z][\w.]*\s+)?"
    r"(?:polls?|surveys?|consensus|economists?|analysts?|forecasters)\b")
_EN_BEAT_BEFORE_RE = re.compile(
    r"\b(?:beat|beats|beating|topped|tops|topping|missed|misses|missing|exceeded|exceeds|exceeding|surpassed"
    r"|surpassing|above|below|ahead\s+of|short\s+of|than|trailed|lagged)\s+(?:the\s+)?$", re.IGNORECASE)
_EN_OWN_VERB_RE = re.compile(
    r"\b(?:beat|beats|beating|topped|missed|exceeded|came\s+in|reported|posted|said|rose|fell|grew|jumped|declined"
    r"|climbed|dropped|increased|decreased|was|were|is|are"
    # "raised its forecast and authorized a $5 billion buyback": a decision of its own, no outlook.
    r"|authori[sz]ed|approved|announced|declared|unveiled|launched|agreed|completed)\b", re.IGNORECASE)


_ZH_FORECAST_BLOCK_RE = re.compile(r"(?:超|超出|超过|高于|低于|不及|好于|优于|逊于|差于|符合|强于|弱于)(?:市场|分析师)?(?:一致)?预期"
                                   r"|实际|实现了|已经|已达")
# "forecast fourth-quarter revenue of $2.15 billion", "now expects operating profit of €2.1 billion",
# "is expected to deliver a 25-basis-point cut", "lowered her 2027 earnings estimate to $2.40": an outlook.
# ("targets" only in lower case: "Target sales of $25 billion" are the retailer's.)
_EN_FORECAST_RE = re.compile(
    r"\b(?:forecasts?|forecasted|expects?|expected\s+(?:(?:the|its)\s+)?(?:[a-z]+\s+)?to|had\s+expected|projects?|projected|sees"
    r"|(?:now|they|we|staff)\s+see|on\s+track\s+(?:for|to)|would\s+(?:reach|total|rise|fall|climb|grow|hit|top|exceed)|guided|guides|anticipates?|predicts?|predicted|outlook|guidance|(?-i:targets?)|aims?\s+(?:for|to)"
    r"|(?:earnings|revenue|sales|profit|eps)\s+estimates?(?=\s+to\b)|estimat(?:es?|ed)(?=\s+(?:that\s+)?[^,;.]{0,40}?\b(?:would|will|could)\b))\b", re.IGNORECASE)


def estimate_of(shadow: str, match: NumberMatch, start: int, is_zh: bool) -> str | None:
    """"estimate" when the figure is what analysts, economists or the market expected, and
    "forecast" when it is an outlook (guidance, 预计) rather than a result.

    Only words between the previous figure (or the clause start) and this one count, or
    "…economists had expected" right after it: "net income of $310 million, beating the
    consensus of $290 million" marks the $290 million only, and "revenue beat estimates,
    rising 5%" marks nothing (the 5% has a verb of its own).
    """
    before = shadow[start:match.start]
    if is_zh:
        intro = _ZH_ESTIMATE_INTRO_RE.search(shadow, 0, start)
        if intro and not _ZH_BEAT_RE.search(intro.group()) and not re.search(r"[。；;]", shadow[:start]):
            # ("公司业绩超市场预期，营收为125亿元": a result measured against the estimate)
            return "estimate"  # "据Wind一致预期，公司2027年营收为350亿元，同比增长20%"
        hit = None
        for found in _ZH_ESTIMATE_RE.finditer(before):
            hit = found
        beat = _ZH_BEAT_RE.search(before, max(0, hit.start() - 4)) if hit else None
        if hit is not None and not (beat and beat.end() >= hit.end()):
            return "estimate"  # ("营收超市场预期" is a result measured against the estimate)
        intro = _ZH_FORECAST_INTRO_RE.search(shadow, 0, start)
        if intro and not _ZH_BEAT_RE.search(intro.group()) and not re.search(r"[。；;]", shadow[:start]):
            return "forecast"
        said = None
        for found in ZH_FORECAST_RE.finditer(before):
            said = found
        if said is None or _ZH_FORECAST_BLOCK_RE.search(before, max(0, said.start() - 4)):
            return None
        return None if re.match(r"价|价格|区间", before[said.end():]) or "目标价" in before else "forecast"
    words = " ".join(before.split()[-12:])
    hit = None
    for found in _EN_ESTIMATE_BEFORE_RE.finditer(words):
        hit = found
    if hit is not None:
        rest = words[hit.end():]
        # "beat analysts' estimates with revenue of $2.1 billion": the estimate is what the
        # result beat; only "estimates of/for $2.0 billion" gives the estimate's value.
        beaten = _EN_BEAT_BEFORE_RE.search(words[:hit.start()]) and not re.match(r"\s*(?:of|for|at)\b", rest)
        if "," not in rest and not beaten and not _EN_OWN_VERB_RE.search(re.sub(r"\bto\s+\w+", "", rest)):
            return "estimate"
    if _EN_POLL_AFTER_RE.match(shadow, match.end):
        return "estimate"  # "above the 2.9% forecast in a Reuters poll of economists"
    if _EN_ESTIMATE_AFTER_RE.match(shadow, match.end) or re.match(
            r"\s+(?:analysts?(?:'|’)?\s+)?consensus\b", shadow[match.end:match.end + 40], re.IGNORECASE):
        return "estimate"  # "slightly below the €1.5 billion consensus"
    words = second_aim_words(shadow, match.start, before) or words  # "… and to open 50 new stores"
    said = next(reversed(list(_EN_FORECAST_RE.finditer(words))), None)
    if said is not None:
        rest = words[said.end():]
        if "," not in rest and not _EN_OWN_VERB_RE.search(re.sub(r"\bto\s+\w+", "", rest)):
            return "forecast"
    return None
