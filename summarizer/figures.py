"""Key figures: every number an article states, with what it is about.

Regex first, on purpose: a news article has a few dozen numbers, and finding them
with patterns costs far less than the tokenization `analyze` already pays for.
jieba is only run on the short clause prefixes of Chinese figures, to cut the
subject at a word boundary (markers like 则/为 are single characters that also
occur inside words).

Each sentence is matched on a *shadow* copy in which full-width digits and signs
are replaced by their ASCII forms one character for one character, so every
offset found on the shadow is also an offset into the original text and `text`
always quotes the article as written.

Conventions:
- `value` is the number in the stated unit with scale words applied
  ("3.61万亿港元" -> 3.61e12, unit "港元"; "14%" -> 14.0, unit "%").
- Vague amounts become half-open ranges: 十几 -> (10, 20), 一百多 -> (100, 200),
  三位数 -> (100, 1000); explicit ranges "20%-30%" -> (20, 30).
- Dates, durations, times, years, ordinals, phone numbers, stock codes, product
  codes and anything inside a URL are kept with kind "date" or "id" and never ranked.
- Chinese numerals below ten without a vague marker ("两家", "三个") are ordinary
  prose, not figures, and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import cn2an

from summarizer.model import Figure

# One character for one character, so offsets on the shadow string hold in the original.
_SHADOW = str.maketrans("０１２３４５６７８９％．＋－～＄", "0123456789%.+-~$")

# ---------------------------------------------------------------- number patterns

_ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_CN_DIGITS = "零〇一二两三四五六七八九十百千"
_CN_NUM = rf"[{_CN_DIGITS}]+"
_ZH_SCALE = r"(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)"
_EN_SCALE = r"(?:\s?(?:thousand|million|billion|trillion)\b|(?:bn|mn|m|k|b)\b)"
_CURRENCY_PREFIX = r"(?:US\$|HK\$|A\$|C\$|S\$|RMB\s?|\$|€|£|¥|￥)"
_VAGUE_SUFFIX = r"(?:多|余|几)"

_SCALE_VALUES = {
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
    "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9,
}

# Units after a number, longest first. Chinese units attach directly; English ones
# may follow a space or a hyphen ("8-inch", "2.0-liter").
_ZH_UNITS = sorted(
    """个百分点 百分点 个点 个基点 基点 个月 个小时 个交易日 个工作日 位数 倍 成
    亿元 万元 千元 元人民币 人民币 美元 港元 港币 欧元 日元 英镑 韩元 卢布 元 块钱 块 角 分钱
    万辆 辆 台 部 架 艘 列 个 家 人次 人 名 位 户 只 头 条 件 款 项 次 场 所 座 套 张 份 篇 批 支 枚 颗 根 股 手
    吨 千克 公斤 克 斤 公里 千米 米 厘米 毫米 纳米 平方公里 平方米 平米 亩 公顷 立方米 升 毫升
    千瓦时 度电 千瓦 兆瓦 吉瓦 瓦 GW MW kW kWh GWh 帧 英寸 寸 核 级 分 岁 倍速 标准箱 箱 桶 盎司
    """.split(),
    key=len,
    reverse=True,
)
_EN_UNITS = [
    ("percentage points", "percentage points"), ("percentage point", "percentage points"),
    ("basis points", "basis points"), ("bps", "basis points"), ("per cent", "%"),
    ("percent", "%"), ("points", "points"), ("pct", "pct"), ("ppt", "pct"), ("fold", "fold"), ("times", "times"),
    ("liters", "liter"), ("liter", "liter"), ("litres", "liter"), ("litre", "liter"),
    ("inches", "inch"), ("inch", "inch"), ("PS", "PS"), ("hp", "hp"), ("Nm", "Nm"),
    ("kilometers", "km"), ("km", "km"), ("miles", "miles"), ("mph", "mph"),
    ("kg", "kg"), ("tons", "tons"), ("tonnes", "tons"), ("pounds", "pounds"),
    ("GW", "GW"), ("MW", "MW"), ("kWh", "kWh"), ("GB", "GB"), ("TB", "TB"), ("nm", "nm"),
    ("mm", "mm"), ("cm", "cm"), ("dollars", "$"), ("dollar", "$"), ("yuan", "yuan"),
    ("euros", "€"), ("cents", "cents"), ("yen", "yen"), ("barrels", "barrels"), ("x", "times"),
]
_EN_UNIT_RE = re.compile(
    r"(?:\s|-)?(" + "|".join(re.escape(u) for u, _ in _EN_UNITS) + r")(?:\b|(?=P[EBS]\b))"
)
_EN_UNIT_CANON = dict(_EN_UNITS)
_CURRENCY_UNITS = {
    "$": "$", "US$": "$", "HK$": "HK$", "A$": "A$", "C$": "C$", "S$": "S$",
    "RMB": "RMB", "€": "€", "£": "£", "¥": "¥", "￥": "¥",
}

_NUMBER_RE = re.compile(
    rf"""
    (?P<neg>(?<![\w.%])[-−](?=\d))?
    (?P<cur>{_CURRENCY_PREFIX})?
    (?:
        (?P<arabic>{_ARABIC})
        |(?P<cn>{_CN_NUM})
    )
    (?P<vague>{_VAGUE_SUFFIX})?
    (?P<scale>\s?{_ZH_SCALE}|{_EN_SCALE})?
    (?P<vague2>{_VAGUE_SUFFIX})?
    """,
    re.VERBOSE,
)
# "三位数增长", "百分比个位数": a count of digits, a vague magnitude.
_DIGIT_COUNT_RE = re.compile(r"(?:百分比)?([一两二三四五六七八九十个])位数")
_CN_PERCENT_RE = re.compile(rf"百分之({_CN_NUM}(?:点[{_CN_DIGITS}]+)?)")
_RANGE_SEP_RE = re.compile(r"\s?(?:-|–|—|~|至|到)\s?")

# ---------------------------------------------------------------- dates, ids, periods

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_RE = re.compile(
    rf"""
    \d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}
    |\d{{4}}\s?[-—–~至/]\s?\d{{2,4}}\s?年(?:度)?
    |\d{{1,2}}\xad*[-—–~至]\xad*\d{{1,2}}月(?:份)?
    |\d{{2,4}}\s?年(?:\d{{1,2}}月(?:\d{{1,2}}[日号])?)?(?:[初底末中]|上旬|中旬|下旬)?
    |\d{{1,2}}月(?:\d{{1,2}}[日号])?(?:份|[初底末中]|上旬|中旬|下旬)?
    |\d{{1,2}}[日号](?![元])
    |\d{{1,2}}[:：]\d{{2}}(?:\s?[ap]\.?m\.?)?
    |\d{{1,2}}\s?[ap]\.m\.
    |\d{{1,2}}时(?:\d{{1,2}}分)?
    |{_MONTHS}\s\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,\s\d{{4}})?
    |(?<!\d)\d{{1,2}}\s{_MONTHS}(?:\s\d{{4}})?
    |{_MONTHS}\s\d{{4}}
    |(?<![\d$])(?:19|20)\d{{2}}(?:s|'s)?(?![\d%.,]\d|\s?(?:%|percent|million|billion|亿|万|元|美元|人|家|个|辆|台))
    |(?:Q[1-4]|H[12])\s?(?:FY)?\d{{2,4}}|\d{{4}}\s?(?:Q[1-4]|H[12])|FY\s?\d{{2,4}}
    """,
    re.VERBOSE,
)
_DURATION_RE = re.compile(
    rf"""(?:{_ARABIC}|[{_CN_DIGITS}]+)(?:多|余|几)?\s?(?:-|\s)?
    (?:个多?月|个多?小时|个?星期|周年|周|天|日|年|小时|分钟|秒钟|秒
      |(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?)\b)""",
    re.VERBOSE,
)
_ID_RE = re.compile(
    r"""
    https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+
    |(?:\+?86[-\s]?)?(?<!\d)1[3-9]\d{9}(?!\d)
    |(?<!\d)\d{3,4}-\d{7,8}(?!\d)|\(\d{3}\)\s?\d{3}-\d{4}|(?<!\d)\d{3}-\d{3}-\d{4}(?!\d)
    |(?<!\d)[036]\d{5}(?:\.(?:SH|SZ|SS|sh|sz))(?!\w)|(?<!\d)\d{4,5}\.HK
    |(?<=[(（])[036]\d{5}(?=[)）])|(?<=代码)[:：]?\s?\d{6}
    |第\s?\d+|No\.\s?\d+|\#\d+|(?<!\w)\d+(?:st|nd|rd|th)\b
    |\d+(?:\.\d+){2,}
    |[A-Za-z]+-?\d+[A-Za-z\d]*|\d+[A-Za-z]+\d[A-Za-z\d]*|(?<![\w.])\d[Gg](?![a-zA-Z])|\d+[DK]\b
    """,
    re.VERBOSE,
)
_LIST_ORDINAL_RE = re.compile(r"^\s*(?:\d{1,2}[.、)）]|[(（]\d{1,2}[)）])(?!\d)")

_CN_ORD = "一二三四1-4"
_PERIOD_RE = re.compile(
    rf"""
    \d{{4}}\s?[-—–~至/]\s?\d{{2,4}}\s?年(?:度)?
    |截至[^，,。；;]{{1,20}}?的(?:季度|财年|年度|半年|财季)|截至[^，,。；;]{{1,20}}?(?:止|末|底)
    |(?:(?:今年|去年|明年|前年|本年|当年|同年|\d{{4}}\s?年)(?:全年|度)?)?
      (?:第?[{_CN_ORD}]季度|[前后][{_CN_ORD}]季度|[上下]半年|前\d{{1,2}}个?月|\d{{1,2}}[-—至~]\d{{1,2}}月|\d{{1,2}}月份?|全年|年内|年末|年底|年初)
    |去年同期|上年同期|(?:今年|去年|明年|本年|当年)
    |\d{{4}}\s?年(?:全年|度)?|报告期内|报告期
    |最新(?:一个)?(?:季度|财季|财年)|上一?季度|本季度|同期
    |(?:Q[1-4]|H[12])\s?(?:FY)?\d{{2,4}}|\d{{4}}\s?(?:Q[1-4]|H[12])|FY\s?\d{{2,4}}|fiscal(?:\syear)?\s\d{{4}}
    |(?:the\s)?(?:first|second|third|fourth|latest|last|previous|past)\s(?:fiscal\s)?(?:quarter|half)(?:\sof\s(?:\d{{4}}|the\syear|this\syear|last\syear))?
    |(?:in|by|through|since|during)\s(?:{_MONTHS}\s)?(?:\d{{1,2}},\s)?\d{{4}}
    |(?:last|this|next|the\sprevious|the\sprior)\s(?:year|quarter|month|week)
    |a\syear\s(?:earlier|ago)|year[-\s]on[-\s]year|year[-\s]over[-\s]year
    """,
    re.VERBOSE,
)

# ---------------------------------------------------------------- qualifiers

_APPROX_BEFORE_ZH = re.compile(
    r"(超过|超|将近|接近|近|大约|约为|约|逾|不到|不足|至少|多达|高达|达近|达约)\s?$"
)
_APPROX_AFTER_ZH = re.compile(r"^(左右|上下|以上|以下|多|余)")
_APPROX_BEFORE_EN = re.compile(
    r"\b(more than|less than|fewer than|at least|up to|close to|upwards of|as many as"
    r"|as much as|about|around|approximately|roughly|nearly|almost|over|under|some|an estimated)\s+$",
    re.IGNORECASE,
)
_APPROX_AFTER_EN = re.compile(r"^(?:\s?or more|-plus|\+)")

_CHANGE_ZH = re.compile(
    r"(负增长|同比(?:增长|增加|提升|上升|上涨|下降|下滑|减少|回落|下跌)|环比(?:增长|下降)"
    r"|增长|增加|提升|提高|上升|上涨|上扬|攀升|跃升|回升|翻倍|翻番|扩大|增速|增幅|涨幅|大增|增至|升至|涨至|增|涨"
    r"|下滑|下降|减少|回落|下跌|下挫|缩减|缩水|萎缩|收窄|降幅|跌幅|降至|跌至|降低|减至|跌|降|减)"
)
_ZH_DOWN = ("负增长", "下滑", "下降", "减少", "回落", "下跌", "下挫", "缩减", "缩水", "萎缩",
            "收窄", "降幅", "跌幅", "降至", "跌至", "降低", "减至", "跌", "降", "减")
_CHANGE_EN = re.compile(
    r"\b(rose|rise[ns]?|rising|up|increase[sd]?|increasing|grew|grow(?:s|n|ing)?|growth|gain(?:ed|s)?"
    r"|jump(?:ed|s)?|climb(?:ed|s)?|surge[ds]?|soar(?:ed|s)?|boost(?:ed|s|ing)?|higher|raise[ds]?|raising"
    r"|fell|fall(?:s|en|ing)?|down|decline[ds]?|declining|drop(?:ped|s)?|decrease[sd]?|sank|sink(?:s|ing)?"
    r"|slid|slump(?:ed|s)?|plunge[ds]?|lower(?:ed|ing)?|reduc(?:e[sd]?|ing|tion)|cut(?:s|ting)?|shr[ai]nk(?:s)?"
    r"|eliminat(?:e[sd]?|ing))\b",
    re.IGNORECASE,
)
_EN_DOWN_PREFIXES = ("fel", "fal", "dow", "dec", "dro", "san", "sin", "sli", "slu", "plu",
                     "low", "red", "cut", "shr", "eli")

# ---------------------------------------------------------------- subjects

_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n“”\"「」（）()]")
_ZH_LEADING = re.compile(
    r"^(?:其中|或者|或|预计|预期|有望|来看|看来|而言|来说|而且|而|但是|但|同时|此外|另外|另一方面|不过|例如|比如|譬如|据|对于|从|在|截至|目前|当前"
    r"|其|并且|并|且|以及|及|与|和|总体来看|整体来看|具体来看|具体而言|相比之下|相对而言)+"
)
# Multi-character words that end a subject: the predicate starts here.
_ZH_PREDICATE = re.compile(
    r"同比|环比|同增|同降|同减|净增|净减|YoY|yoy|QoQ|qoq|\+|较上年|较去年|比上年|比去年|增长|增加|提升|提高|上升|上涨|下滑|下降|减少|回落|下跌|达到|实现|录得"
    r"|取得|获得|完成|占比|超过|接近|约为|分别|包括|包含|做到|达成|突破|放大|缩小|降低|翻倍|增至|降至|升至|跌至"
    r"|只有|仅有|共有|拥有|合计|累计|总计|共计|预计|预期|有望|将近|或许|可能|已经|依然|仍然|始终|需要|已达"
)
# Single-character predicate words count only when jieba keeps them as a word.
_ZH_PREDICATE_CHARS = frozenset("为达约近超逾是有至到则也将已仍只仅共均都还又再才就被在较")
# Verbs whose object, not their subject, is what the number measures ("公司实现营收100亿元").
_ZH_OBJECT_VERBS = ("实现", "录得", "取得", "获得", "完成", "达成")
_ZH_TRIM = "的之了着和与及、 \t"

_EN_LEADING = re.compile(
    r"^(?:however|moreover|meanwhile|separately|overall|in addition|in fact|for context|for example"
    r"|still|also|and|but|so|yet|while|whereas|although|though|by contrast|in total|in all)\b[\s,]*",
    re.IGNORECASE,
)
_EN_VERBS = frozenset(
    """is are was were be been being has have had will would could can may might should must did does do
    totaled totalled totals reached reaches rose rises fell falls grew grows increased increases decreased
    decreases declined declines dropped drops jumped jumps climbed climbs surged surges soared soars sank
    slid hit hits topped tops exceeded exceeds stood stands came comes reported reports posted posts
    generated generates earned earns made makes paid pays cost costs spent spends raised raises received
    receives saw sees said says projects projected estimated estimates expects expected accounts accounted
    represents represented includes included puts put gives gave gets got sold sells left registered
    entered closed boosted boosts reduce reduces reduced shows showed found finds amounted amounts
    remained remains sits sat held holds marks marked plans planned announced delivered delivers
    added adds lost loses won wins needs needed takes took brought brings claims claimed
    sinking rising falling growing dropping climbing reaching totaling totalling jumping declining""".split()
)
_EN_REPORTING = frozenset("claims claimed says said estimates estimated projects projected expects expected believes".split())
_EN_OBJECT_VERBS = re.compile(
    r"\b(?:reduce[sd]?|reducing|increase[sd]?|increasing|boost(?:ed|s|ing)?|raise[sd]?|raising|cut(?:s|ting)?"
    r"|lower(?:ed|s|ing)?|lift(?:ed|s|ing)?|grow(?:s|ing)?|grew|expand(?:ed|s|ing)?|shrink(?:s|ing)?|trim(?:med|s)?"
    r"|push(?:ed|es)?|drive[sn]?|drove|hurt(?:s|ing)?)\s+(.+?)\s+by\s*$",
    re.IGNORECASE,
)
_EN_STOP_NP = frozenset(
    """along toward towards across against among under within without via per amid including like such
    because while when where about around between each respectively in on at for to from by with of as than that which who and or but through over since during
    into after before per a an the is are was were has have had will would this that these those it
    its their his her our your they we he she you i""".split()
)
_EN_PRONOUN_SUBJECTS = frozenset("it that this they he she we there which who what".split())


@dataclass(slots=True)
class _Match:
    """A number found in one sentence, before subjects are resolved."""

    start: int
    end: int
    value: float | tuple[float, float] | None
    unit: str | None
    approx: str | None
    kind: str
    is_baseline: bool = False  # "from X to Y": X is where it started
    scale: float = 1.0


def extract_figures(
    sentences: Sequence[str], *, lang: str, key_indices: frozenset[int]
) -> tuple[Figure, ...]:
    """Every number in `sentences`; key figures ranked 1..n (best first), dates and ids unranked."""
    found: list[Figure] = []
    for index, sentence in enumerate(sentences):
        found.extend(_sentence_figures(sentence, index, lang))
    return _rank(found, key_indices)


def _rank(figures: list[Figure], key_indices: frozenset[int]) -> tuple[Figure, ...]:
    """Key sentences first, then figures with a subject and a change; ties keep text order."""

    def importance(item: tuple[int, Figure]) -> tuple[float, int]:
        position, fig = item
        score = 4.0 * (fig.sentence_index in key_indices)
        score += 2.0 * (fig.subject is not None) + 2.0 * (fig.change is not None)
        score += 1.0 * (fig.unit is not None) + 0.5 * (fig.period is not None)
        return (-score, position)

    ranked = sorted(
        ((i, f) for i, f in enumerate(figures) if f.kind == "figure"), key=importance
    )
    rank_of = {position: rank for rank, (position, _) in enumerate(ranked, start=1)}
    result = []
    for position, fig in enumerate(figures):
        if position in rank_of:
            fig = _replace(fig, rank=rank_of[position])
        result.append(fig)
    return tuple(result)


def _replace(fig: Figure, **changes: object) -> Figure:
    from dataclasses import replace

    return replace(fig, **changes)


# ---------------------------------------------------------------- per sentence


def _sentence_figures(sentence: str, index: int, lang: str) -> list[Figure]:
    shadow = sentence.translate(_SHADOW)
    if not any(ch.isdigit() or ch in _CN_DIGITS or ch == "位" for ch in shadow):
        return []
    is_zh = lang != "en"
    matches = _find_numbers(shadow, is_zh)
    if not matches:
        return []
    periods = [(m.start(), m.end(), sentence[m.start():m.end()]) for m in _PERIOD_RE.finditer(shadow)]
    # Dates and ids are blanked out of subjects like periods ("预计2019-2021年公司营收").
    blanks = periods + [(m.start, m.end, "") for m in matches if m.kind != "figure"]
    figures: list[Figure] = []
    linked: list[bool] = []  # joined to the previous figure by 、/and/or/to only
    previous: _Match | None = None
    last_subject: str | None = None
    for match in matches:
        text = sentence[match.start:match.end]
        context, clause_start = _clause(sentence, match.start, match.end)
        if match.kind != "figure":
            figures.append(Figure(text=text, value=match.value, unit=match.unit, approx=None,
                                  change=None, period=None, subject=None, context=context,
                                  sentence_index=index, kind=match.kind))
            linked.append(False)
            continue
        is_linked = previous is not None and _only_connectors(shadow[previous.end:match.start], is_zh)
        subject = last_subject if is_linked else None
        if subject is None:
            subject = _subject(sentence, shadow, match, clause_start, blanks, is_zh,
                               previous.end if previous else -1)
        if subject is None:
            # Carried over from an earlier clause of the same sentence.
            subject = last_subject or _earlier_clause_subject(sentence, clause_start, blanks, is_zh)
        last_subject = subject or last_subject
        change = None if match.is_baseline else _change(shadow, match, clause_start, is_zh)
        if change is None and previous is not None and figures and re.fullmatch(
                r"\s*(?:至|到|to)\s*", shadow[previous.end:match.start]):
            change = figures[-1].change  # "同增37.21%至14.47亿元", "rose 5% to $2 billion"
        figures.append(Figure(
            text=text, value=match.value, unit=match.unit, approx=match.approx, change=change,
            period=_period(periods, match, clause_start, len(sentence)), subject=subject,
            context=context, sentence_index=index, kind="figure",
        ))
        linked.append(is_linked)
        previous = match
    # "a 20% and 16% improvement": the first of linked figures takes the subject named after the last.
    for i in range(len(figures) - 2, -1, -1):
        if linked[i + 1] and figures[i].subject is None and figures[i + 1].subject is not None:
            figures[i] = _replace(figures[i], subject=figures[i + 1].subject)
    return figures


def _find_numbers(shadow: str, is_zh: bool) -> list[_Match]:
    """All numbers in one sentence, classified; spans never overlap."""
    taken: list[tuple[int, int]] = []
    results: list[_Match] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(m: _Match) -> None:
        taken.append((m.start, m.end))
        results.append(m)

    for m in _ID_RE.finditer(shadow):
        if any(ch.isdigit() for ch in m.group()):
            add(_Match(m.start(), m.end(), None, None, None, "id"))
    lead = _LIST_ORDINAL_RE.match(shadow)
    if lead and free(lead.start(), lead.end()):
        add(_Match(lead.start(), lead.end(), None, None, None, "id"))
    for m in _DATE_RE.finditer(shadow):
        if free(m.start(), m.end()) and _not_inside_number(shadow, m.start(), m.end()):
            add(_Match(m.start(), m.end(), None, None, None, "date"))
    for m in _DURATION_RE.finditer(shadow):
        if free(m.start(), m.end()) and _not_inside_number(shadow, m.start(), m.end()):
            if not any(ch.isdigit() for ch in m.group()) and m.group()[0] in "一两二三四五六七八九":
                continue  # "一年前", "两年": prose, not worth keeping
            add(_Match(m.start(), m.end(), None, None, None, "date"))
    for m in _DIGIT_COUNT_RE.finditer(shadow):
        if free(m.start(), m.end()):
            digits = 1 if m.group(1) == "个" else int(cn2an.cn2an(m.group(1), "smart"))
            add(_Match(m.start(), m.end(), (10.0 ** (digits - 1) if digits > 1 else 0.0, 10.0 ** digits),
                       "%" if m.group().startswith("百分比") else "位数", None, "figure"))
    for m in _CN_PERCENT_RE.finditer(shadow):
        if free(m.start(), m.end()):
            add(_Match(m.start(), m.end(), float(cn2an.cn2an(m.group(1), "smart")), "%", None, "figure"))
    for m in _NUMBER_RE.finditer(shadow):
        if not m.group("arabic") and not m.group("cn"):
            continue
        if not free(m.start(), m.end()) or not _not_inside_number(shadow, m.start(), m.end()):
            continue
        built = _build(shadow, m, is_zh)
        if built is not None and free(built.start, built.end):
            add(built)
    results.sort(key=lambda r: r.start)
    _share_list_units(shadow, results)
    return results


def _share_list_units(shadow: str, results: list[_Match]) -> None:
    """"216.5、239.3、253.3亿元", "29/26/23 倍": the unit written once at the end counts for all."""
    for i in range(len(results) - 2, -1, -1):
        this, nxt = results[i], results[i + 1]
        if this.kind != "figure" or nxt.kind != "figure" or this.unit is not None or this.scale != 1.0:
            continue
        if nxt.unit is None and nxt.scale == 1.0:
            continue
        if shadow[this.end:nxt.start].strip() not in ("、", "/", ",", "，", "和", "及"):
            continue
        if isinstance(this.value, float):
            this.value *= nxt.scale
        this.unit, this.scale = nxt.unit, nxt.scale


def _not_inside_number(shadow: str, start: int, end: int) -> bool:
    before = shadow[start - 1] if start else ""
    after = shadow[end] if end < len(shadow) and shadow[end - 1].isdigit() else ""
    return not (before.isdigit() or (before == "." and start > 1 and shadow[start - 2].isdigit())
                or after.isdigit())


def _build(shadow: str, m: re.Match[str], is_zh: bool) -> _Match | None:
    """Turn a raw number match into a figure: value, scale, unit, range, approx."""
    start, end = m.start(), m.end()
    arabic, cn = m.group("arabic"), m.group("cn")
    vague = m.group("vague") or m.group("vague2")
    scale_word = (m.group("scale") or "").strip()
    if cn:
        if shadow[start - 1:start] == "第":
            return None
        base = _cn_value(cn)
        if base is None:
            return None
    else:
        base = float(arabic.replace(",", ""))
    # English scale words need care: "5 m" is metres, "5m" is million only right after a currency.
    if scale_word in ("m", "b", "k") and not m.group("cur"):
        end -= len(m.group("scale"))
        scale_word = ""
        if m.group("vague2"):
            end -= len(m.group("vague2"))
            vague = m.group("vague")
    scale = _SCALE_VALUES.get(scale_word.lower(), 1.0) if scale_word else 1.0
    step = _vague_step(arabic, cn) if vague else None
    value: float | tuple[float, float] | None
    if step is not None:
        value = (base * scale, (base + step) * scale)
    else:
        value = base * scale
    unit = _CURRENCY_UNITS.get((m.group("cur") or "").strip())
    tail = shadow[end:]
    unit_text, unit_len = _unit_after(tail, is_zh)
    if unit_text is not None and unit is None:
        unit = unit_text
        end += unit_len
        tail = shadow[end:]
    if cn and not vague and isinstance(value, float) and value < 10 and unit not in ("倍", "成", "个百分点", "%"):
        return None  # "两家", "三个": prose
    if cn and unit is None and not scale_word:
        return None  # a bare Chinese numeral is a word, not a figure
    # Explicit ranges: "20%-30%", "20-30%", "5%至5.25%".
    rng = _RANGE_SEP_RE.match(tail)
    if rng and arabic:
        second = re.match(_ARABIC, tail[rng.end():])
        if second:
            after_second = tail[rng.end() + second.end():]
            unit2, unit2_len = _unit_after(after_second, is_zh)
            scale2 = re.match(_ZH_SCALE + "|" + _EN_SCALE, after_second)
            if unit2 == unit or (unit is None and unit2 is not None) or scale2:
                extra = 0
                scale_second = scale
                if scale2 and not scale_word:
                    scale_second = _SCALE_VALUES.get(scale2.group().strip().lower(), 1.0)
                    scale = scale_second
                    extra = scale2.end()
                    unit2, unit2_len = _unit_after(after_second[extra:], is_zh)
                low = base * scale
                high = float(second.group().replace(",", "")) * scale_second
                if low < high:
                    value = (low, high)
                    unit = unit or unit2
                    end += rng.end() + second.end() + extra + (unit2_len if unit2 else 0)
                    tail = shadow[end:]
    negative = bool(m.group("neg"))
    if negative and isinstance(value, float):
        value = -value
    start_text = start
    approx = None
    before = shadow[max(0, start - 12):start]
    after_m = (_APPROX_AFTER_ZH if is_zh else _APPROX_AFTER_EN).match(tail)
    before_m = (_APPROX_BEFORE_ZH if is_zh else _APPROX_BEFORE_EN).search(before)
    if vague:
        approx = vague
    elif before_m:
        approx = before_m.group(1).lower() if not is_zh else before_m.group(1)
    elif after_m:
        approx = after_m.group().strip()
        if is_zh:
            end += after_m.end()
    baseline = bool(re.search(r"(?:\bfrom|由|从)\s*$", before, re.IGNORECASE))
    return _Match(start_text, end, value, unit, approx, "figure", is_baseline=baseline,
                  scale=scale if scale_word or scale != 1.0 else 1.0)


def _cn_value(cn: str) -> float | None:
    try:
        return float(cn2an.cn2an(cn, "smart"))
    except (ValueError, KeyError, IndexError):
        return None


def _vague_step(arabic: str | None, cn: str | None) -> float | None:
    """十几 -> 10, 一百多 -> 100, 20多 -> 10: the size of the last written unit."""
    if arabic:
        digits = arabic.replace(",", "")
        if "." in digits:
            return 1.0
        zeros = len(digits) - len(digits.rstrip("0"))
        return 10.0 ** zeros
    assert cn is not None
    for char, step in (("千", 1000.0), ("百", 100.0), ("十", 10.0)):
        if cn.endswith(char):
            return step
    return 1.0


def _unit_after(tail: str, is_zh: bool) -> tuple[str | None, int]:
    skip = 1 if tail[:1] == " " and is_zh else 0  # "11.17 亿元" in research notes
    for unit in _ZH_UNITS:
        if tail.startswith(unit, skip):
            return unit, len(unit) + skip
    if tail.startswith("%"):
        return "%", 1
    if not is_zh or tail[:1].isascii():
        m = _EN_UNIT_RE.match(tail)
        if m:
            return _EN_UNIT_CANON[m.group(1)], m.end()
    return None, 0


def _clause(sentence: str, start: int, end: int) -> tuple[str, int]:
    """The clause around a span, and where it starts; parentheses do not end a clause."""
    left = start
    while left > 0 and not _is_break(sentence, left - 1):
        left -= 1
    right = end
    while right < len(sentence) and not _is_break(sentence, right):
        right += 1
    return sentence[left:right].strip(), left


def _is_break(sentence: str, i: int) -> bool:
    ch = sentence[i]
    if ch in "，；;。！？!?\n“”\"「」":
        return True
    if ch in ",.":  # "1,200" and "3.5" are not clause breaks; "U.S." is not either
        before = sentence[i - 1] if i else ""
        after = sentence[i + 1] if i + 1 < len(sentence) else ""
        if ch == ".":
            return after in (" ", "") and not before.isupper() and not before.isdigit()
        return not (before.isdigit() and after.isdigit())
    if ch in "：:":
        return not (sentence[i - 1:i].isdigit() and sentence[i + 1:i + 2].isdigit())
    return False


def _only_connectors(between: str, is_zh: bool) -> bool:
    """Two figures joined by 、/和/or/to share one subject ("50分、60分", "0.25 percent or $63.1 billion")."""
    stripped = between.strip()
    if is_zh:
        return bool(re.fullmatch(r"[、和或及与至到]?(?:再到)?", stripped))
    return bool(re.fullmatch(r"(?:,|and|or|to|-|–)?", stripped, re.IGNORECASE))


def _change(shadow: str, match: _Match, clause_start: int, is_zh: bool) -> str | None:
    if match.value is not None and isinstance(match.value, float) and match.value < 0:
        return "down"
    before = shadow[clause_start:match.start]
    after = shadow[match.end:match.end + (6 if is_zh else 14)]
    if shadow[match.start - 1:match.start] == "+" or before.endswith("+"):
        return "up"
    if is_zh:
        after_m = re.match(r"(?:的)?(增长|增幅|涨幅|下降|下滑|降幅|跌幅|负增长)", after)
        if after_m:
            return "down" if after_m.group(1) in _ZH_DOWN else "up"
        hits = [h for h in _CHANGE_ZH.finditer(before)
                if len(h.group()) > 1 or len(before) - h.end() <= 2]
        if not hits:
            return None
        word = hits[-1].group()
        return "down" if any(word.endswith(d) or word == d for d in _ZH_DOWN) else "up"
    after_m = re.match(r"\s*(?:increase|rise|gain|growth|jump|higher|more|decline|drop|fall|decrease|lower|less|cut)\b",
                       after, re.IGNORECASE)
    if after_m:
        word = after_m.group().strip().lower()
        return "down" if word in ("decline", "drop", "fall", "decrease", "lower", "less", "cut") else "up"
    hits = list(_CHANGE_EN.finditer(before))
    if not hits:
        return None
    word = hits[-1].group().lower()
    return "down" if word.startswith(_EN_DOWN_PREFIXES) else "up"


def _period(periods: list[tuple[int, int, str]], match: _Match, clause_start: int,
            sentence_len: int) -> str | None:
    """The nearest period stated before the figure in the sentence, else after it in the clause."""
    adjacent = [p for p in periods if 0 <= p[0] - match.end <= 1]
    if adjacent:  # "$19.5 billion the previous year"
        return adjacent[0][2]
    before = [p for p in periods if p[1] <= match.start]
    if before:
        return before[-1][2]
    after = [p for p in periods if p[0] >= match.end and p[0] - match.end < 40]
    return after[0][2] if after else None


# ---------------------------------------------------------------- subject resolution


def _subject(sentence: str, shadow: str, match: _Match, clause_start: int,
             periods: list[tuple[int, int, str]], is_zh: bool, previous_end: int) -> str | None:
    start = max(clause_start, previous_end) if previous_end > clause_start else clause_start
    if is_zh:
        return _zh_subject(sentence, shadow, match, start, periods)
    return _en_subject(sentence, match, start, periods)


def _earlier_clause_subject(sentence: str, clause_start: int,
                            periods: list[tuple[int, int, str]], is_zh: bool) -> str | None:
    """The subject of the nearest earlier clause of the sentence that has one."""
    end = clause_start - 1
    while end > 0:
        _, start = _clause(sentence, end - 1, end - 1)
        chunk = sentence[start:end]
        if is_zh:
            subject = _zh_cut(_blank_spans(chunk, start, periods))
        else:
            subject = _en_clause_subject(chunk)
        if subject:
            return subject
        end = start - 1
    return None


def _blank_spans(text: str, offset: int, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for s, e, _ in spans:
        for i in range(max(s, offset), min(e, offset + len(text))):
            chars[i - offset] = " "
    return "".join(chars)


def _zh_subject(sentence: str, shadow: str, match: _Match, start: int,
                periods: list[tuple[int, int, str]]) -> str | None:
    prefix = _blank_spans(sentence[start:match.start], start, periods)
    # Drop a parenthesis opened just before the figure: "营收100亿元（同比+20%）".
    paren = max(prefix.rfind("（"), prefix.rfind("("))
    if paren >= 0 and ")" not in prefix[paren:] and "）" not in prefix[paren:]:
        inner = prefix[paren + 1:]
        prefix = inner if _zh_cut(inner) else ""
    # "兖州20万吨特种纸项目": a noun right after the figure names what it measures,
    # unless a predicate in front already tied the figure to its subject.
    following = _zh_following_noun(sentence[match.end:])
    if following and not _ZH_PREDICATE.search(prefix) and not re.search(r"[为是达占]\s*$", prefix):
        return following
    subject = _zh_cut(prefix)
    if subject:
        return subject
    if following:
        return following
    # Nothing before the figure: the thing counted follows it ("共有1.5万家企业").
    following = re.match(r"的?([\u4e00-\u9fffA-Za-z]{2,8})", sentence[match.end:])
    if following:
        candidate = _zh_cut(following.group(1))
        if candidate and not _ZH_PREDICATE.match(following.group(1)):
            return candidate
    return None


def _zh_following_noun(after: str) -> str | None:
    """Nouns directly after a figure ("…万吨高档箱板纸和…" -> "高档箱板纸"), via jieba POS on a few characters."""
    if not after or not ("\u4e00" <= after[0] <= "\u9fff") or after[0] in "的之和与及等或至到":
        return None
    import jieba.posseg as pseg

    words = []
    for word, flag in pseg.cut(re.split(r"[，,。；;、：:（(“”\s]", after[:10], maxsplit=1)[0]):
        if flag[:1] in "vpcudrmxyefzt" or (flag[:1] == "q" and not words) or word in "和与及等或的":
            break
        words.append(word)
        if len(words) == 3:
            break
    noun = "".join(words)
    return noun if len(noun) >= 2 and not _ZH_PREDICATE.match(noun) else None


def _zh_cut(prefix: str) -> str | None:
    """The noun phrase a Chinese clause prefix starts with, cut where the predicate begins."""
    import jieba

    text = re.sub(r"\s+", "", prefix)  # blanked periods, and research notes spaced "营 收"
    text = _ZH_LEADING.sub("", text).strip()
    if not text:
        return None
    # 把/将 move the object in front of the verb: "把照片放大一百多倍".
    ba = re.search(r"[把将](?=[\u4e00-\u9fff])", text)
    if ba and ba.start() > 0:
        text = text[ba.end():]
    for verb in _ZH_OBJECT_VERBS:
        pos = text.find(verb)
        if pos >= 0 and len(text) - pos - len(verb) >= 2:
            obj = _zh_cut(text[pos + len(verb):])
            if obj:
                return obj
    # "X的比例为9%": everything before a final copula is the subject.
    copula = re.search(r"(?:为|是|达|达到|约为|高达|仅为|只有)\s*$", text)
    if copula and "的" in text[:copula.start()] and not _ZH_PREDICATE.search(text[:copula.start()]):
        subject = text[:copula.start()].strip().strip(_ZH_TRIM)
        if len(subject) >= 2:
            return re.sub(r"\s+", "", subject)
    cut = len(text)
    m = _ZH_PREDICATE.search(text)
    if m:
        cut = m.start()
    position = 0
    for word in jieba.lcut(text[:cut], HMM=False):
        if position > 0 and len(word) == 1 and word in _ZH_PREDICATE_CHARS:
            cut = position
            break
        position += len(word)
    subject = text[:cut].strip().strip(_ZH_TRIM).strip()
    subject = re.sub(r"[\s/|]+", "", subject)
    subject = re.sub(r"[则也都均还又仍已将]$", "", subject)
    if len(subject) < 2 or subject in ("其", "这", "该", "此", "我们", "他们", "公司的"):
        return None
    return subject


def _en_subject(sentence: str, match: _Match, start: int,
                periods: list[tuple[int, int, str]]) -> str | None:
    after = sentence[match.end:]
    # "36% of imports from China", "$2 billion in cash reserves": the thing measured follows.
    of_m = re.match(r"\s+(?:of|in|for|toward|towards)\s+((?:the\s)?[A-Za-z][\w’'.\-]*(?:\s[\w’'\-]+){0,5})", after)
    if of_m and not _PERIOD_RE.match(of_m.group(0).strip()) and not re.match(
            r"(?:the\s)?(?:\d|past|next|last|first|second|third|fourth|previous|same|year|month|week|quarter|time|total|all)\b",
            of_m.group(1)):
        np = _en_np(of_m.group(1))
        if np:
            return np
    # "300 school districts closed", "a 9% funding increase": what the number counts follows it.
    if not after.startswith((",", ".", ";", ":")):
        np = _en_np(re.sub(r"^\s*dollars?\b", "", after).strip())
        if np and not _PERIOD_RE.match(np) and not re.match(
                r"(?:previous|prior|last|next|this|same|year|month|week|quarter)\b", np, re.IGNORECASE):
            return np
    prefix = _blank_spans(sentence[start:match.start], start, periods)
    prefix = re.sub(r"[(（]\s*$", "", prefix).strip()
    prefix = re.sub(_APPROX_BEFORE_EN.pattern, "", prefix, flags=re.IGNORECASE).strip()
    obj = _EN_OBJECT_VERBS.search(prefix)
    if obj:
        return _en_np(obj.group(1)) or obj.group(1)
    return _en_clause_subject(prefix)


def _en_clause_subject(prefix: str) -> str | None:
    """The noun phrase before the first verb of an English clause (after a last "that")."""
    if re.search(r"\b(?:that|because|if|when|as)\s", prefix):
        prefix = re.split(r"\b(?:that|because|if|when|as)\s", prefix)[-1]
    prefix = _EN_LEADING.sub("", prefix.strip())
    prefix = re.sub(r"^(?:with|which|who|where)\s+", "", prefix, flags=re.IGNORECASE)
    subject_words: list[str] = []
    words = prefix.split()
    for position, word in enumerate(words):
        if word.lower().strip(",.;:’'\"") in _EN_VERBS:
            following = words[position + 1].lower() if position + 1 < len(words) else ""
            if word.lower() in _EN_REPORTING and following in _EN_VERBS:
                return None  # "which Nissan claims is a 20% improvement": the subject is elided
            break
        subject_words.append(word)
    else:
        # No verb before the number: "revenue of $5 billion" or nothing useful.
        of_m = re.search(r"([\w’'\-]+(?:\s[\w’'\-]+){0,3})\s+of\s*$", prefix)
        return _en_np(of_m.group(1)) if of_m else None
    subject = " ".join(subject_words).strip(" ,")
    subject = re.sub(r"(?:’s|'s)$", "", subject)
    subject = re.sub(r"(?:\s+(?:in|on|at|of|for|to|by|from|with|the|a|an))+$", "", subject)
    if not subject or subject.lower() in _EN_PRONOUN_SUBJECTS or len(subject.split()) > 10:
        return None
    if subject.split()[0].lower() in ("that", "this", "these", "those", "it", "its") and len(subject.split()) <= 2:
        return None
    if subject.split()[0].lower() in ("to", "of", "for", "with", "in", "on", "at", "by", "never", "not"):
        return None
    return subject


def _en_np(text: str) -> str | None:
    """Leading noun phrase: words up to the first preposition, verb or punctuation (max 5)."""
    words: list[str] = []
    for raw in text.split():
        word = raw.strip("“”\"")
        bare = word.lower().rstrip(",.;:")
        if bare in _EN_VERBS or (bare in _EN_STOP_NP and words) or not re.match(r"[\w$]", word):
            break
        if bare in _EN_STOP_NP:
            if bare in ("the", "a", "an"):
                continue
            break
        words.append(word.rstrip(",.;:"))
        if word != word.rstrip(",.;:") or len(words) == 5:
            break
    if not words:
        return None
    return " ".join(words)
