"""Changes and their basis: does a question ask how much something changed, against
what (同比 = year on year, 环比 = against the previous period), and does a number of
a sentence state such a change on that basis?

"环比增长多少" is not answered by "同比增长9.4%", nor by the level "营收812.6亿元": a
figure on another basis is another fact. A change with no basis stated ("net income
rose 18%") is read as year on year, the default of results reporting; it never
answers a question about the previous period, which must be stated.

Bases are "yoy" (same period a year earlier) and "seq" (the period just before:
quarter on quarter, month on month, week on week, all 环比 in Chinese); "other" is a
comparison with something else (较年初, since the start of the year), which answers
neither. All functions take folded text (see `text.fold`).
"""

from __future__ import annotations

import re

from summarizer.answer.periods import mentions
from summarizer.answer.last_year import asks_last_year_zh

__all__ = ["compound_rate", "ref_years", "without_ref", "asked_basis", "asks_change", "asks_ratio", "basis_at", "bases_in", "only_other_bases", "is_change", "is_ratio"]

# "比去年", "跟去年比", "按年" (Hong Kong), "年增" (Taiwan: "年增23.6%") are 同比 too;
# "月增"/"季增" (Taiwan) and "按月" are 环比. "10月增长5%" is October's growth, not 月增.
_YOY = (r"同比|同增|同降|同减|比去年同期|较去年同期|较上年同期|比上年同期|去年同期|上年同期"
        r"|(?:比|较|跟|和|与|相比|对比)(?:去年|上年|上一年)(?:相?比)?|按年|(?<![\d今全去明本上当每逐])年(?:增|减)(?!长率)"
        r"|year[- ]over[- ]year|year[- ]on[- ]year|\byoy\b|\by/y\b|from a year (?:earlier|ago)|than a year (?:earlier|ago)"
        r"|(?:on|from|over|versus|vs\.?|compared with|against) (?:the )?(?:same (?:period|quarter|month) (?:of |in )?"
        r"(?:the previous year|last year|a year (?:earlier|ago))|a year (?:earlier|ago)|the previous year|last year)"
        r"|(?:ahead of|behind) last year|year[- ]earlier|year[- ]ago")
_SEQ = (r"环比|环增|环降|季环比|月环比|较上月|比上月|较上半年|比上半年|较上季末|较上季度末|较上期|比上期|较上一期|比上一期|较上季度|比上季度|较上一季度|比上一季度|较上周|比上周"
        r"|按月|按季|(?<![\d一二三四五六七八九十个今本上当每逐])[月季](?:增|减)(?!长率)|(?<![\d一二三四五六七八九十个今本上当每逐])周(?:涨|跌|增|减)"
        r"|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|\bq/q\b|\bqoq\b|sequential(?:ly)?"
        r"|month[- ]on[- ]month|month[- ]over[- ]month|\bm/m\b|\bmom\b|week[- ]on[- ]week|week[- ]over[- ]week"
        r"|(?:from|over|than|versus|vs\.?|compared with|against) (?:the |a )?(?:previous|prior|preceding|last|first|second|third"
        r"|1st|2nd|3rd) (?:quarter|month|week)|(?:a )?quarter (?:earlier|before)|(?:a )?month (?:earlier|before)")
# Against a named earlier year ("较2019年同期增长8.2%", "108% of 2019 levels"): neither 同比 nor 环比, and
# only the same year answers a question that names one.
_REF = (r"(?:比|较|跟|和|与|相比|对比|相较|相较于|恢复至|恢复到)(?:19|20)\d{2}年(?:同期)?"
        r"|\b(?:compared (?:with|to)|versus|vs\.?) (?:the same (?:period|quarter|month) (?:of|in) )?(?:19|20)\d{2}\b"
        r"|\b(?:19|20)\d{2} levels?\b|pre-pandemic")
# "涨幅比10月扩大0.3个百分点", "较6月末下降6.1个百分点": against a named month, neither 同比 nor 环比; nor is a rate
# against last month's rate ("降幅比上月收窄0.4个百分点": the index's 环比 is another figure);
# so is "rose 0.6% in October from September" (not a year earlier).
_OTHER = (r"(?:涨幅|降幅|增速|增幅|跌幅|增长率)(?:比|较)(?:上月|上季度?|上期)|(?:较|比)\d{1,2}月(?:份|末|底)?|较年初|比年初|年初以来|年内累计|since the (?:start|beginning) of the year|year to date|\bytd\b"
          r"|\bfrom (?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?! \d)")
_BASIS = re.compile(rf"(?P<yoy>{_YOY})|(?P<seq>{_SEQ})|(?P<ref>{_REF})|(?P<other>{_OTHER})")

# The Chinese change verbs and rate nouns every pattern below shares (增加值, value added, is a level).
_ZH_VERBS = r"增长|增加(?!值)|下降|减少|上涨|下跌|上升|提升|下滑|回落"
_ZH_RATES = r"增速|增幅|降幅|涨幅|跌幅|增长率"
# A question asks for a change: "增长多少", "增速", "同比变化", "how much did … grow", "growth".
_CHANGE_ZH = re.compile(rf"(?:{_ZH_VERBS}|上调|下调|调降|调升|调低|调高|降低|提高|缩小|变化|变动|增减|扩大|收窄|降准|降息|加息|减息|涨|跌|降|(?<!新)增)了?"
                        rf"(?:多少|几|百分之几|幅度)|{_ZH_RATES}|变化|变动|比[^，,]{{0,10}}?(?:少|多|高|低)了?(?:多少|几|百分之几)")
_CHANGE_EN = re.compile(r"\b(?:grow|grew|grown|rise|rose|risen|increase|increased|fall|fell|fallen|decline|declined|drop"
                        r"|dropped|change|changed|jump|jumped|climb|climbed|gain|gained|slip|slipped|shrink|shrank|add"
                        r"|added|growth|decrease|decreased|move|moved|moves)\b")
_HOW_MUCH_MOVED_RE = re.compile(r"\bhow much (?:did|does|do|has|have|had|will|would)\b[^?]*\b(?:cut|raise|lower|reduce|boost|trim"
                                r"|slash|hike|widen|narrow)\b")
# "How much did Northwind raise?", "… raise in its Series C round": money raised, an amount; a raise with
# an object ("raise rates", "raise its forecast") is a move.
_FUNDS_RAISED_RE = re.compile(r"\braise\b\s*(?:\?|$|(?:in|from|with|during|through|last|this)\b)")
_BY_AMOUNT_RE = re.compile(r"\b(?:cut|cuts|raise|raised|raises|lower|lowered|lowers|increase|increased|increases|reduce"
                           r"|reduced|reduces|boost|boosted|trim|trimmed|slash|slashed|hike|hiked|widen|widened|narrow"
                           r"|narrowed)\b[^,;]{0,40}\bby\s*(?:about|nearly|some|roughly)?\s*[$€£¥]?$",
                           re.IGNORECASE)
_TO_LEVEL = re.compile(rf"(?:{_ZH_VERBS})(?:到|至)|\b(?:to|reach|reached)\b")

# Before a number: a change word close in front ("同比增长", "rose", "up", "增加了").
_CHANGE_BEFORE = re.compile(
    rf"(?:{_ZH_VERBS}|扩大|收窄|{_ZH_RATES}|减少了|增长了|下降了|多增|少增|净增|净减"
    r"|大增|大涨|大降|大跌|猛增|暴增|激增|劲增|骤降|锐减|大减|飙升|攀升|下挫|跃升|高增|微增|微降|略增|略降"
    r"|同比|环比|同增|同降|同减|环增|环降|[年月季](?:增|减)|yoy|qoq|y/y|q/q|[+\-−]|降低|提高)\s*(?:了|约|近|超|超过|逾|达|为|是|:|：)?\s*$"
    # "美团跌4.1%", "恒指涨1.2%", "股價升3%": a one-character move right before its number.
    r"|(?<=[\u4e00-\u9fffA-Za-z])[涨跌升漲][了约近超逾]?$"
    # "全年营收同比增5.1%", "按年升92.9%": a one-character move after its basis.
    r"|(?:同比|环比|按年|按季|按月)[增减降][了约近超逾]?$"
    r"|\b(?:rose|rise|rises|grew|grow|grows|fell|fall|falls|declined|declines|dropped|drops|jumped|jumps|climbed|climbs"
    r"|gained|gains|slipped|slips|added|adds|increased|increases|decreased|decreases|up|down|growth of|increase of"
    r"|decline of|drop of|gain of|rise of|fall of|lost|shed|shrank|surged|soared|slid|plunged|tumbled"
    r"|growing|rising|falling|declining|increasing|decreasing|expanding|expanded|contracting|contracted|shrinking"
    r"|fallen|risen|grown|dipped|eased|sank|weakened|strengthened|advanced|retreated)"  # "have fallen 15%"
    r"(?:\s+(?:by|about|nearly|almost|some|roughly|an estimated|a))*\s*$"
)
# After a number: "4% ahead of last year", "12% higher", "1.3个百分点" (a change of a rate).
_CHANGE_AFTER = re.compile(r"\s*(?:higher|lower|more|less|ahead|behind|up|down|increase|decrease|rise|fall|drop|gain"
                           r"|growth|[a-z]+ (?:added|created|lost|shed))\b")  # "to show 92,000 jobs added"
_CHANGE_AFTER_ZH = re.compile(r"(?:左右|以上)?(?:的)?(?:增长|增幅|下降|降幅|涨幅|跌幅|增速)")
_RATE_CHANGE_UNIT = re.compile(r"(?:个百分点|百分点|pct|bps?|percentage points?|pp)\b|(?:个百分点|百分点|个?基点)")


def asked_basis(folded: str) -> str | None:
    """The basis a question asks for: "yoy", "seq", "ref" (against a named year), or None when it states none."""
    found = [m.lastgroup for m in _BASIS.finditer(folded)]
    if "seq" in found:
        return "seq"
    if "ref" in found:
        return "ref"
    return "yoy" if "yoy" in found else None


PRIOR_LEVEL_ASKED = re.compile(r"\b(?:a year (?:earlier|ago|before)|year-ago|year-earlier)\b")


def asks_change(folded: str) -> bool:
    """Does the question ask how much something changed (not the level it reached)?"""
    chinese = re.search(r"[\u3400-\u9fff]", folded) is not None
    if chinese and asks_last_year_zh(folded) and not _CHANGE_ZH.search(folded):
        return False  # "去年同期归母净利润是多少" asks last year's level, not a change on it
    if asked_basis(folded):
        # "What was net income a year earlier?" asks the earlier level, not how far it moved.
        return chinese or not (PRIOR_LEVEL_ASKED.search(folded) and not _CHANGE_EN.search(folded)
                               and not re.search(r"\bhow much\b|\bby how\b|\bwhat percent", folded))
    if chinese:
        # "新增了几宗地块", "新增多少家门店": how many new things, counted by their measure word, not a change.
        return (bool(_CHANGE_ZH.search(folded)) and not _TO_LEVEL.search(folded)
                and not re.search(r"新增了?(?:几|多少)[个家座台辆架艘名位幅块宗条款只头张部套户间所项]", folded))
    if re.search(r"\bto\s*[?？]?\s*$", folded):
        return False  # "How much did Pellworth cut its dividend to?": the level it reached, not by how much
    if _HOW_MUCH_MOVED_RE.search(folded) and not _FUNDS_RAISED_RE.search(folded):
        return True  # "How much did Acme cut its spending plan?": by how much, not the plan
    if not _CHANGE_EN.search(folded) or re.search(r"\b(?:to|reach|reached)\s+what\b", folded):
        return False
    return bool(re.search(r"\bhow much\b|\bby how\b|\bwhat (?:percent|percentage)\b|\bgrowth\b|\bhow (?:fast|quickly)\b"
                          r"|\bhow many\b.*\b(?:add|added|gain|gained|lose|lost)\b|\bchange\b", folded))


def _clause_before(sentence: str, at: int) -> str:
    if re.search(r"[\u3400-\u9fff]", sentence):
        return re.split(r"[，；。,;]", sentence[:at])[-1]
    return re.split(r"[;,]\s|\s(?:but|while|and|against|compared with)\s", sentence[:at])[-1]


def _clause_after(sentence: str, end: int) -> str:
    if re.search(r"[\u3400-\u9fff]", sentence):
        return re.split(r"[，；。,;]", sentence[end:])[0]
    return re.split(r"[;,]\s|\s(?:but|while|and|to|as|after)\s|\d", sentence[end:])[0]


def basis_at(sentence: str, at: int, end: int) -> str | None:
    """The basis stated for the number at [at, end): right after it ("up 3% sequentially",
    "增长9%（同比）"), else the last one in its clause before it ("环比增长7.5%")."""
    after = _clause_after(sentence, end)
    found = _BASIS.search(after)
    if found is not None and found.start() <= 12:
        return found.lastgroup
    before = list(_BASIS.finditer(_clause_before(sentence, at)))
    if before:
        return before[-1].lastgroup
    # "Month on month, prices fell 0.2%": a basis fronted before the comma dates the clause right after it.
    opening = re.match(r"\s*([^,，;；\d]{0,20})[,，]\s*", sentence)  # a phrase, not a clause with its own number
    if opening and not re.search(r"[,，;；]", sentence[opening.end():at]):
        fronted = _BASIS.search(opening.group(1))
        return fronted.lastgroup if fronted else None
    return None


def ref_years(text: str) -> set[str]:
    """The years a comparison with a named year names ("较2019年同期" -> {"2019"})."""
    return {y for m in re.finditer(_REF, text) for y in re.findall(r"(?:19|20)\d{2}", m.group(0))}


def without_ref(text: str) -> str:
    """`text` without its comparisons with a named year: in "较2019年增长多少" 2019 is the basis, not the period."""
    return re.sub(_REF, " ", text)


def bases_in(sentence: str) -> set[str]:
    return {m.lastgroup for m in _BASIS.finditer(sentence) if m.lastgroup}


def only_other_bases(sentence: str) -> bool:
    """The sentence states bases and none is a year earlier ("rose 0.6% in October from September, after
    a 0.2% decline in September"): a change in it with no basis of its own is not year on year."""
    stated = bases_in(sentence)
    return bool(stated) and "yoy" not in stated


def is_change(sentence: str, at: int, end: int) -> bool:
    """Is the number at [at, end) a change (增长9.8%, +3%, rose 18%, 1.3个百分点, 4% ahead),
    not a level (营收812.6亿元, "rose 18% to $512 million": the $512 million)?"""
    number = sentence[at:end]
    if re.match(r"\s*[+\-−]", number):
        return True
    if _RATE_CHANGE_UNIT.match(sentence, end) or _RATE_CHANGE_UNIT.search(number):
        return True
    clause = _clause_before(sentence, at)
    if _BY_AMOUNT_RE.search(clause):
        return True  # "cut its capital spending plan by $200 million": by how much, not the plan
    # "Q1/Q2/Q3/Q4收入增速分别达到30.3%/44.9%/45.7%/30.8%": a list shares its first number's words.
    # "9月和10月，CPI同比分别上涨0.1%和0.3%": after 分别, 和/及/与 join the list too.
    joined = r"[/、和及与]" if "分别" in clause else r"[/、]"
    clause = re.sub(rf"(?:[+\-−]?\d[\d.,]*\s*(?:%|pct|个百分点)?\s*{joined}\s*)+$", "", clause)
    if _CHANGE_BEFORE.search(clause[-24:]) and not re.search(r"\bma(?:ke|kes|de|king)\s+up\s*$", clause):
        return True  # "make up 22% of the total" is a share, not a rise
    # "增速最高达到25.6%", "增长了约": a few words may stand between, never 至/到 (a level reached).
    near = re.search(rf"(?:{_ZH_VERBS}|{_ZH_RATES})([^，。；,;\d]{{0,6}})$", clause)
    if near and not re.search(r"至|(?<!达)到", near.group(1)):
        return True
    if re.search(r"(?:到|至|\bto|\bat|\bof|为|达|达到)\s*(?:约|近|超|超过|逾)?\s*[$€£¥]?\s*$", clause):
        return False
    return bool(_CHANGE_AFTER.match(sentence, end) or _CHANGE_AFTER_ZH.match(sentence, end))


# A question about a share: "海外收入占比", "渗透率", "what share of…", "what percentage of…".
_RATIO_ASKED = re.compile(r"占比|比例|比重|渗透率|占[^，。？?]{0,12}的?(?:比|百分之)|\bshare of\b|\bproportion\b"
                          r"|\bpercentage of\b|\bwhat percent\b|\bwhat share\b")


def asks_ratio(folded: str) -> bool:
    """Does the question ask for a share of a whole (answered by a percentage)?"""
    return _RATIO_ASKED.search(folded) is not None


def is_ratio(sentence: str, at: int, end: int) -> bool:
    """Is the number at [at, end) a share: 35%, 三成, 72 percent (not 21.7亿元, nor a change "增长52%")?"""
    number = sentence[at:end]
    percent = re.search(r"[%％]|成$|percent", number) or re.match(r"\s*(?:%|％|percent|成|per cent)", sentence[end:])
    return bool(percent) and not is_change(sentence, at, end)


def asked_kind(spans: list[tuple[int, int]], sentence: str, change: bool,
               question: str = "") -> list[tuple[int, int]]:
    """The numbers of the kind asked, when the sentence has both: "How many passengers…" is
    the 12.3 million, not the "up 6%" beside it; "How much did … grow" the 6%; "How much did
    Halvern fall" the 3% it fell, not the 27% the other stock jumped."""
    kept = [span for span in spans if is_change(sentence, *span) == change] or spans
    previous = bool(_PREVIOUS_ASKED_RE.search(question))
    if not change:  # "由120亿元上调至130亿元": the forecast now is the 130亿元, the one before is asked as such
        kept = [span for span in kept
                if bool(_FROM_BEFORE_RE.search(sentence[max(0, span[0] - 12):span[0]])) == previous
                or _dated_as_asked(sentence, span, question)] or kept
    unit = _ASKED_UNIT_RE.search(question)
    if unit:  # "能运行多少年": the number counted in years, not the 3.7万吨 beside it
        kept = [span for span in kept if re.match(rf"\s*[万亿千百]?{unit.group(1)}", sentence[span[1]:])
                or sentence[span[0]:span[1]].endswith(unit.group(1))] or kept
    wanted = _direction(question) if change else None
    if wanted:
        kept = [span for span in kept if _direction(_clause_before(sentence, span[0])[-16:]) == wanted] or kept
    return kept


def _dated_as_asked(sentence: str, span: tuple[int, int], question: str) -> bool:
    """"slowed to 2.9% in the September quarter from 3.6% in the June quarter": the level before is the
    one asked when its own period, written right after it, is the period the question asks."""
    asked = {p for m in mentions(question.lower()) for p in m.parts}
    after = re.match(r"\s*(?:in|during|for)\s+([^,;，；。]{3,40})", sentence[span[1]:].lower())
    own = {p for m in mentions(after.group(1)) if m.start == 0 or after.group(1)[:m.start].strip() == "the"
           for p in m.parts} if after else set()
    return bool(asked and own and asked <= own)


_PREVIOUS_ASKED_RE = re.compile(r"\b(?:previous|prior|earlier|old|original|former)\b|此前|之前|原来|原先|原本|调整前|上调前|下调前",
                                re.IGNORECASE)
_FROM_BEFORE_RE = re.compile(r"(?:\bfrom|由|从|原为|此前为)\s*[$€£¥]?$", re.IGNORECASE)
_ASKED_UNIT_RE = re.compile(r"(?:多少|几)(个月|年|天|次|吨|辆|台|人|家|岁|公里|海里|米|倍|座|艘|架|部|场)")
_DOWN_WORDS = re.compile(r"下降|下跌|下滑|减少|回落|下挫|收窄|降低|下调|跌|降|减|\b(?:fall|fell|fallen|falls|drop|dropped|drops"
                         r"|decline|declined|declines|slip|slipped|slide|slid|shrink|shrank|lose|lost|down|decrease|decreased"
                         r"|plunge|plunged|tumble|tumbled|sink|sank)\b")
_UP_WORDS = re.compile(r"增长|增加|上涨|上升|提升|提高|上调|扩大|涨|升|增|\b(?:rise|rose|risen|rises|grow|grew|grown|grows|gain"
                       r"|gained|gains|jump|jumped|jumps|climb|climbed|climbs|surge|surged|soar|soared|up|increase|increased"
                       r"|add|added|rally|rallied)\b")


def _direction(text: str) -> str | None:
    """"up" or "down" by the last change word of `text` (None when it has none)."""
    last_down = max((m.end() for m in _DOWN_WORDS.finditer(text.lower())), default=-1)
    last_up = max((m.end() for m in _UP_WORDS.finditer(text.lower())), default=-1)
    if last_down < 0 and last_up < 0:
        return None
    return "down" if last_down > last_up else "up"


def opposite_move(question: str, sentence: str, at: int) -> bool:
    """Does a Chinese question ask a move one way ("周涨多少") of a number its own clause states as the other way
    ("周跌3.1%")? Then the number is no answer: how much it rose is not how much it fell. In Chinese the clause
    before the number is its own; an English clause may hold a revision's word ("revised down to show 92,000
    jobs added"), so English is left alone."""
    if not asks_change(question):
        return False
    if not re.search(r"[\u3400-\u9fff]", sentence):
        # "How much did Tarrow shares fall?" is not answered by "Its shares rose 7%": a share's move asked
        # one way, its own clause's move word the other (a revision's word needs no share in the question).
        if not _SHARES_ASKED.search(question):
            return False
        asked_way, stated_way = _direction(question), _direction(_clause_before(sentence, at)[-24:])
        return asked_way is not None and stated_way is not None and asked_way != stated_way
    # A price's move asked (涨/跌), not growth: "全年出货量增长多少" may be answered by a forecast fall of 1%, a
    # growth below zero; "增速是多少" by a fall too.
    asked = _PRICE_MOVE.search(question)
    stated = _PRICE_MOVE.findall(_clause_before(sentence, at)[-8:])
    return bool(asked and stated) and ("跌" in asked.group()) != ("跌" in stated[-1])


_PRICE_MOVE = re.compile(r"上涨|下跌|涨|跌")
_SHARES_ASKED = re.compile(r"\b(?:shares?|stocks?|share price|stock price)\b", re.IGNORECASE)


def in_named_clause(spans: list[tuple[int, int]], sentence: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """The numbers in a clause that names one of `names`, when some clause does: in "Tidewater
    shares jumped 27%…, while Halvern fell 3%", Halvern's move is the 3%."""
    folded = sentence.lower()
    kept = [span for span in spans if any(name and name in _clause_before(folded, span[0]) for name in names)]
    return kept or spans


_NAMED_MONTH = re.compile(r"(?:较|比)(\d{1,2})月(?:份)?")


def last_month_named(asked: str | None, found: str | None, sentence: str, span: tuple[int, int],
                     parts: frozenset[str]) -> bool:
    """Is a change against a named month ("11月营收…较10月增加4.2%") the month-on-month change asked
    (环比) because the month it names is the one before the month asked?"""
    if asked != "seq" or found != "other" or re.match(r"\s*(?:个)?(?:百分点|基点)", sentence[span[1]:]) \
            or re.search(r"(?:涨幅|增速|降幅|增幅|跌幅)(?:比|较)\d", _clause_before(sentence, span[0])):
        return False  # "涨幅比10月扩大0.3个百分点" moves a rate: not the level's month-on-month change
    months = [int(p[1:]) for p in parts if re.fullmatch(r"M\d{1,2}", p)]
    named = [int(m.group(1)) for m in _NAMED_MONTH.finditer(_clause_before(sentence, span[0]) + sentence[span[0]:span[0] + 1])]
    after = _NAMED_MONTH.match(_clause_after(sentence, span[1]).lstrip())
    stated = named[-1:] or ([int(after.group(1))] if after else [])
    return len(months) == 1 and stated == [12 if months[0] == 1 else months[0] - 1]


# A compound (average yearly) growth rate over a span of years: "21-25年CAGR14%", "年均复合增长率12%".
_COMPOUND = re.compile(r"cagr|复合(?:年均)?增(?:长率?|速)|年(?:均)?复合增(?:长率?|速)|compound annual(?: growth)?", re.I)


def compound_rate(question: str, sentence: str, at: int) -> bool:
    """Is the number at `at` a compound growth rate the question does not ask for? "2023年我国运动草市场空间是多少"
    is not answered by "21-25年CAGR14%": that is a yearly average over a span, not a size, nor 2023's growth."""
    clause = re.split(r"[，,。；;]", sentence[:at])[-1]
    return bool(_COMPOUND.search(clause[-16:])) and not _COMPOUND.search(question)
