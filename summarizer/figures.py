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

import math
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
    """个百分点 百分点 个点 个基点 基点 点 个月 个小时 个交易日 个工作日 位数 倍 成
    亿元 万元 千元 元人民币 人民币 美元 港元 港币 欧元 日元 英镑 韩元 卢布 元 块钱 块 角 分钱
    万辆 辆 台 部 架 艘 列 个 家 人次 人 名 位 户 只 头 条 件 款 项 次 场 所 座 套 张 份 篇 批 支 枚 颗 根 股 手
    吨 千克 公斤 克 斤 公里 千米 米 厘米 毫米 纳米 平方公里 平方米 平米 亩 公顷 立方米 升 毫升
    千瓦时 度电 千瓦 兆瓦 吉瓦 瓦 GW MW kW kWh GWh 帧 英寸 寸 核 级 分 岁 倍速 标准箱 箱 桶 盎司
    """.split(),
    key=len,
    reverse=True,
)
_ZH_UNIT_RE = re.compile("|".join(re.escape(u) for u in _ZH_UNITS))
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

# Every pattern below opens with a lookahead listing the characters it can start
# with: without it, Python's regex engine tries every alternative at every
# character of a Chinese sentence, which costs ten times as much.
_NUMBER_RE = re.compile(
    rf"""
    (?=[-−UHACSR$€£¥￥0-9{_CN_DIGITS}])
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
_DIGIT_COUNT_RE = re.compile(r"(?=[百一两二三四五六七八九十个])(?:百分比)?([一两二三四五六七八九十个])位数")
_CN_PERCENT_RE = re.compile(rf"百分之({_CN_NUM}(?:点[{_CN_DIGITS}]+)?)")
_PER_UNIT_RE = re.compile(r"/(?:辆|小时|月|年|天|日|次|人|户|吨|桶|股|件|台|平方米|平米|千瓦时|度|公斤|克|个"
                          r"|(?:[kKMGT]?Wh|[kKMG]?W|kg|t|[GT]B|sqm)(?![A-Za-z]))")
_FULL_WIDTH_RE = re.compile("[０-９％．＋－～＄]")
_ANY_NUMBER_RE = re.compile(rf"[0-9{_CN_DIGITS}位]")
_RANGE_SEP_RE = re.compile(r"\s?(?:-|–|—|~|至|到)\s?")
_EN_RANGE_TO_RE = re.compile(r"\s(to|and)\s(?=[$€£¥]?\d)")
# "from 15% to 20%", "rose 0.2% to 4.1%": a change and where it ended, not a range.
_EN_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:from|by|rose|rise|rises|rising|fell|fall|falls|falling|climbed|climbs|jumped|jumps|gained|gains"
    r"|grew|grows|increased|increases|decreased|decreases|declined|declines|dropped|drops|slipped|slips"
    r"|eased|eases|surged|surges|soared|soars|sank|sinks|slid|slides|cut|cuts|raised|raises|lowered|lowers"
    r"|lifted|lifts|trimmed|trims|added|adds|lost|loses|up|down|higher|lower)\s*$",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- dates, ids, periods

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_RE = re.compile(
    rf"""
    (?=[0-9JFMASONDQH])(?:
    \d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}
    |\d{{4}}\s?[-—–~至/]\s?\d{{2,4}}\s?年(?:度)?
    |\d{{1,2}}\xad*[-—–~至]\xad*\d{{1,2}}月(?:份)?
    |\d{{2,4}}\s?年(?:\d{{1,2}}月(?:\d{{1,2}}[日号])?)?(?:[初底末中]|上旬|中旬|下旬)?
    |\d{{1,2}}\s?月(?:\d{{1,2}}[日号])?(?:份|[初底末中]|上旬|中旬|下旬)?
    |\d{{1,2}}[日号](?![元])|[1-4]\s?季度
    |\d{{1,2}}[:：]\d{{2}}(?:\s?[ap]\.?m\.?)?
    |\d{{1,2}}\s?[ap]\.m\.
    |\d{{1,2}}时(?:\d{{1,2}}分)?
    |{_MONTHS}\s\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,\s\d{{4}})?
    |(?<!\d)\d{{1,2}}\s{_MONTHS}(?:\s\d{{4}})?
    |{_MONTHS}\s\d{{4}}
    |(?<![\d$])(?:19|20)\d{{2}}(?:s|'s)?(?![\d%.,]\d|\s?(?:%|percent|million|billion|亿|万|元|美元|人|家|个|辆|台))
    |(?:Q[1-4]|H[12])\s?(?:FY)?\d{{2,4}}|\d{{4}}\s?(?:Q[1-4]|H[12])|FY\s?\d{{2,4}}
    )""",
    re.VERBOSE,
)
_DURATION_RE = re.compile(
    rf"""(?=[0-9{_CN_DIGITS}])(?:{_ARABIC}|[{_CN_DIGITS}]+)(?:多|余|几)?\s?(?:-|\s)?
    (?:个多?月|个多?小时|个?星期|周年|周|天|日|年|小时|分钟|秒钟|秒
      |(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?)\b)""",
    re.VERBOSE,
)
_ID_RE = re.compile(
    r"""
    (?=[A-Za-z0-9(（+\#第_.%\-:：\s])(?:
    https?://\S+|www\.\S+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.]+
    |(?:\+?86[-\s]?)?(?<!\d)1[3-9]\d{9}(?!\d)
    |(?<!\d)\d{3,4}-\d{7,8}(?!\d)|\(\d{3}\)\s?\d{3}-\d{4}|(?<!\d)\d{3}-\d{3}-\d{4}(?!\d)
    |(?<!\d)[036]\d{5}(?:\.(?:SH|SZ|SS|sh|sz))(?!\w)|(?<!\d)\d{4,5}\.HK
    |(?<=[(（])[036]\d{5}(?=[)）])|(?<=代码)[:：]?\s?\d{6}
    |第\s?\d+|No\.\s?\d+|\#\d+|(?<!\w)\d+(?:st|nd|rd|th)\b
    |\d{3,6}(?=(?:市民)?(?:服务)?(?:热线|专线|电话))
    |(?:(?<=标普)|(?<=沪深)|(?<=中证)|(?<=上证)|(?<=深证)|(?<=恒生)|(?<=富时)|(?<=日经)|(?<=MSCI)|(?<=FTSE)|(?<=标准普尔)|(?<=S&P\s))\d{2,4}
    |\d+(?:\.\d+){2,}
    |[A-Za-z]+-?\d+[A-Za-z\d]*|\d+[A-Za-z]+\d[A-Za-z\d]*|(?<![\w.])\d[Gg](?![a-zA-Z])|\d+[DK]\b
    |(?<![A-Za-z0-9.])\d+(?!(?:[kKMGT]?Wh|[kKMGT]?W|[kKMG]?[Bb]|kg|km|[mM])(?![A-Za-z]))[A-Za-z]{1,3}
     (?=[\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]|$)
    )""",
    re.VERBOSE,
)
_URL_RE = re.compile(r"(?=[hw])(?:https?://\S+|www\.\S+)")
_LIST_ORDINAL_RE = re.compile(r"^\s*(?:\d{1,2}[.、)）]|[(（]\d{1,2}[)）])(?!\d)")

_CN_ORD = "一二三四1-4"
_PERIOD_RE = re.compile(
    rf"""
    (?=[截今去明前本当同第一二三四后上下全年最报0-9QHFfitsflpbdnay])(?:
    \d{{4}}\s?[-—–~至/]\s?\d{{2,4}}\s?年(?:度)?
    |截至[^，,。；;]{{1,20}}?的(?:季度|财年|年度|半年|财季)|截至[^，,。；;]{{1,20}}?(?:止|末|底)
    |(?:(?:今年|去年|明年|前年|本年|当年|同年|\d{{4}}\s?年)(?:全年|度)?)?
      (?:第?[{_CN_ORD}]季度|[前后][{_CN_ORD}]季度|[上下]半年|前\d{{1,2}}个?月|\d{{1,2}}[-—至~]\d{{1,2}}月|\d{{1,2}}月份?|全年|年内|年末|年底|年初)
    |去年同期|上年同期|(?:今年|去年|明年|本年|当年)
    |\d{{2,4}}\s?年(?:全年|度|末|底|初)?|报告期内|报告期
    |最新(?:一个)?(?:季度|财季|财年)|上一?季度|本季度|同期
    |(?:Q[1-4]|H[12])\s?(?:FY)?\d{{2,4}}|\d{{4}}\s?(?:Q[1-4]|H[12])|FY\s?\d{{2,4}}|fiscal(?:\syear)?\s\d{{4}}
    |(?:the\s)?(?:first|second|third|fourth|latest|last|previous|past)\s(?:fiscal\s)?(?:quarter|half)(?:\sof\s(?:\d{{4}}|the\syear|this\syear|last\syear))?
    |(?:in|by|through|since|during)\s(?:{_MONTHS}\s)?(?:\d{{1,2}},\s)?\d{{4}}
    |(?:last|this|next|the\sprevious|the\sprior)\s(?:year|quarter|month|week)
    |a\syear\s(?:earlier|ago)|year[-\s]on[-\s]year|year[-\s]over[-\s]year
    )""",
    re.VERBOSE,
)

# ---------------------------------------------------------------- qualifiers

_APPROX_BEFORE_ZH = re.compile(
    r"(超过|超|将近|接近|近|大约|约为|约|逾|不到|不足|至少|多达|高达|达近|达约)(?:要|将|可|能)?(?:达到|达|为|有)?\s?$"
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
    r"|上调|下调|增长|增加|提升|提高|上升|上涨|上扬|攀升|跃升|回升|翻倍|翻番|扩大|增速|增幅|涨幅|大增|增至|升至|涨至|增|涨"
    r"|下滑|下降|减少|回落|下跌|下挫|缩减|缩水|萎缩|收窄|降幅|跌幅|降至|跌至|降低|减至|跌|降|减)"
)
_ZH_DOWN = ("下调", "负增长", "下滑", "下降", "减少", "回落", "下跌", "下挫", "缩减", "缩水", "萎缩",
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
    r"^(?:近年来|近年|近期|近来|近日|日前|迄今|今年以来|年初以来|其中|或者|预计|预期|有望|来看|较(?:此前|上年|去年|上月|前一[年月日]|上一交易日)?"
    r"|比(?:此前|上年|去年|上月)|看来|而言|来说|而且|但是|同时|此外|另外|另一方面|不过|例如|比如|譬如|对于|截至|目前|当前"
    r"|并且|以及|总体来看|整体来看|具体来看|具体而言|相比之下|相对而言)+"
)
_ZH_CLASSIFIERS = frozenset("个家名位只条项款座所")
_ZH_LEADING_CHARS = frozenset("在从据其并且与和及而或但")
_ZH_REPORTING_RE = re.compile(r"预测|预计|认为|表示|指出|显示|表明|称")
# Multi-character words that end a subject: the predicate starts here.
_ZH_PREDICATE = re.compile(
    r"同比|环比|上调|下调|同增|同降|同减|净增|净减|YoY|yoy|QoQ|qoq|\+|较上年|较去年|比上年|比去年|增长|增加|提升|提高|上升|上涨|下滑|下降|减少|回落|下跌|达到|实现|录得"
    r"|取得|获得|完成|占比|超过|接近|约为|分别|包括|包含|做到|达成|突破|放大|缩小|降低|翻倍|增至|降至|升至|跌至"
    r"|只有|仅有|共有|拥有|合计|累计|总计|共计|预计|有望|将达|将会|将要|预将|收于|收报|报收|将近|或许|可能|已经|依然|仍然|始终|需要|已达"
)
# Single-character predicate words count only when jieba keeps them as a word.
_ZH_PREDICATE_CHARS = frozenset("为达约近超逾是有至到则也将已仍只仅共均都还又再才就被在较从报涨跌升降增减")
# "国际能源署的报告显示，…": a clause that only introduces a source is no subject.
_ZH_REPORTING_END = re.compile(r"(?:显示|表明|表示|称|指出|认为|介绍|透露|说|看|来看|而言|来说)$")
# Verbs whose object, not their subject, is what the number measures ("公司实现营收100亿元").
_ZH_OBJECT_VERBS = ("实现", "录得", "取得", "获得", "完成", "达成", "导致", "造成", "使得")
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
    replaces replaced delivers delivered offers offered features featured
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
_EN_CHANGE_NOUNS = frozenset("hit increase rise cut drop gain loss boost reduction decline improvement".split())
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
    words = _SentenceWords(sentences, lang)
    for index, sentence in enumerate(sentences):
        found.extend(_sentence_figures(sentence, index, lang, words))
    return _rank(found, key_indices, _lead(sentences))


def _lead(sentences: Sequence[str]) -> frozenset[int]:
    """The lead sentence: the first one, or the one after a headline line (no end mark)."""
    if not sentences:
        return frozenset()
    headline = sentences[0].rstrip()[-1:] not in ".!?。！？；;…”\"'）)"
    return frozenset({0, 1} if headline and len(sentences) > 1 else {0})


class _SentenceWords:
    """jieba's words of each sentence, with their offsets.

    The tokens come from `summarizer.tokenize`, whose cache already holds the POS
    pass `analyze` made over these very sentences, so reading them costs nothing.
    """

    def __init__(self, sentences: Sequence[str], lang: str) -> None:
        self._sentences = tuple(sentences)
        self._lang = lang
        self._tokens: tuple | None = None
        self._cache: dict[int, _Words] = {}

    def __getitem__(self, index: int) -> _Words:
        if index not in self._cache:
            if self._tokens is None:
                from summarizer.tokenize import tokenize_sentences

                self._tokens = tokenize_sentences(self._sentences, "zh")
            self._cache[index] = _Words.build(self._sentences[index], self._tokens[index])
        return self._cache[index]


@dataclass(frozen=True, slots=True)
class _Words:
    starts: dict[int, tuple[str, str]]  # offset -> (word, POS flag)

    @classmethod
    def build(cls, sentence: str, tokens: Sequence[tuple[str, str]]) -> _Words:
        starts = {}
        cursor = 0
        for word, flag in tokens:
            # Tokens are the sentence's characters in order, whitespace dropped.
            while cursor < len(sentence) and sentence[cursor].isspace():
                cursor += 1
            starts[cursor] = (word, flag)
            cursor += len(word)
        return cls(starts)

    def is_single_word(self, offset: int) -> bool:
        word = self.starts.get(offset)
        return word is not None and len(word[0]) == 1

    def ending_at(self, end: int, start_limit: int) -> list[tuple[int, str, str]]:
        """Words that end at `end` and before it, nearest first, not before `start_limit`."""
        by_end = {start + len(word): (start, word, flag) for start, (word, flag) in self.starts.items()}
        result = []
        while end in by_end and by_end[end][0] >= start_limit:
            item = by_end[end]
            result.append(item)
            end = item[0]
        return result

    def following(self, offset: int, limit: int) -> list[tuple[str, str]]:
        """Up to `limit` words from `offset` on, in order (empty when no word starts there)."""
        result = []
        while offset in self.starts and len(result) < limit:
            word, flag = self.starts[offset]
            result.append((word, flag))
            offset += len(word)
        return result


def _rank(figures: list[Figure], key_indices: frozenset[int], lead: frozenset[int] = frozenset()) -> tuple[Figure, ...]:
    """Figures of key sentences and of the lead first, then those with a subject and a
    change; ties keep text order. A figure that repeats one ranked above it (the headline's
    "增长23%" again in the lead) goes to the end, so the top three are three facts."""

    def importance(item: tuple[int, Figure]) -> tuple[float, int]:
        position, fig = item
        score = 4.0 * (fig.sentence_index in key_indices)
        # News puts its headline numbers in the first sentences (the key sentences
        # prefer statements to data, so the lead is often not among them).
        score += 6.0 * (fig.sentence_index in lead)
        score += 2.0 * (fig.subject is not None) + 2.0 * (fig.change is not None)
        score += 1.0 * (fig.unit is not None) + 0.5 * (fig.period is not None)
        return (-score, position)

    ranked = sorted(
        ((i, f) for i, f in enumerate(figures) if f.kind == "figure"), key=importance
    )
    seen: set[tuple[object, str | None]] = set()
    fresh, repeats = [], []
    for item in ranked:
        value = item[1].value
        key = (tuple(value) if isinstance(value, list) else value, item[1].unit)
        (repeats if key in seen else fresh).append(item)
        seen.add(key)
    ranked = fresh + repeats
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


def _sentence_figures(sentence: str, index: int, lang: str, all_words: _SentenceWords) -> list[Figure]:
    shadow = sentence.translate(_SHADOW) if _FULL_WIDTH_RE.search(sentence) else sentence
    if not _ANY_NUMBER_RE.search(shadow):
        return []
    is_zh = lang != "en"
    matches = _find_numbers(shadow, is_zh)
    if not matches:
        return []
    periods = [(m.start(), m.end(), sentence[m.start():m.end()]) for m in _PERIOD_RE.finditer(shadow)]
    # Dates and ids are blanked out of subjects like periods ("预计2019-2021年公司营收").
    blanks = periods + [(m.start, m.end, "") for m in matches if m.kind != "figure"]
    words = all_words[index] if is_zh else _Words({})
    figures: list[Figure] = []
    linked: list[bool] = []  # joined to the previous figure by 、/and/or/to only
    baselines: set[int] = set()  # "from X to Y": X
    matches_by_figure: list[_Match] = []
    previous: _Match | None = None
    last_subject: str | None = None
    for match in matches:
        if not _finite(match.value):
            continue  # "1" and 500 zeros overflows a float: not a number we can show or compare
        text = sentence[match.start:match.end]
        context, clause_start = _clause(sentence, match.start, match.end)
        if match.kind != "figure":
            figures.append(Figure(text=text, value=match.value, unit=match.unit, approx=None,
                                  change=None, period=None, subject=None, context=context,
                                  sentence_index=index, kind=match.kind))
            linked.append(False)
            matches_by_figure.append(match)
            continue
        is_linked = previous is not None and _only_connectors(shadow[previous.end:match.start], is_zh)
        subject = last_subject if is_linked else None
        if subject is None:
            subject = _subject(sentence, match, clause_start, blanks, words, is_zh,
                               previous.end if previous else -1)
        if subject is None:
            # Carried over from an earlier clause of the same sentence.
            subject = last_subject or _earlier_clause_subject(sentence, clause_start, blanks, words, is_zh)
        last_subject = subject or last_subject
        change = None if match.is_baseline else _change(shadow, match, clause_start, is_zh)
        if change is None and previous is not None and figures and re.fullmatch(
                r"\s*(?:至|到|to)\s*", shadow[previous.end:match.start]):
            change = figures[-1].change  # "同增37.21%至14.47亿元", "rose 5% to $2 billion"
        figures.append(Figure(
            text=text, value=match.value, unit=match.unit, approx=match.approx, change=change,
            period=_period(periods, match, clause_start, shadow), subject=subject,
            context=context, sentence_index=index, kind="figure",
        ))
        linked.append(is_linked)
        matches_by_figure.append(match)
        if match.is_baseline:
            baselines.add(len(figures) - 1)
        previous = match
    # "下跌232.79点，或0.68%": a figure joined by 或/、/and says the same as the one before.
    for i in range(1, len(figures)):
        if (linked[i] and figures[i].change is None and figures[i - 1].change is not None
                and not re.search(r"(?:至|到|\bto)\s*$", shadow[:matches_by_figure[i].start])):
            figures[i] = _replace(figures[i], change=figures[i - 1].change)
    # "a 20% and 16% improvement": the first of linked figures takes the subject named after the last.
    for i in range(len(figures) - 2, -1, -1):
        if linked[i + 1] and figures[i].subject is None and figures[i + 1].subject is not None:
            figures[i] = _replace(figures[i], subject=figures[i + 1].subject)
        if (linked[i + 1] and figures[i].change is None and figures[i + 1].change is not None
                and i not in baselines):
            figures[i] = _replace(figures[i], change=figures[i + 1].change)
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

    # URLs first (a date inside a URL is part of the URL), then dates ("Q2 2024"), then other ids.
    for m in _URL_RE.finditer(shadow):
        add(_Match(m.start(), m.end(), None, None, None, "id"))
    lead = _LIST_ORDINAL_RE.match(shadow)
    if lead and free(lead.start(), lead.end()):
        add(_Match(lead.start(), lead.end(), None, None, None, "id"))
    for m in _DATE_RE.finditer(shadow):
        if free(m.start(), m.end()) and _not_inside_number(shadow, m.start(), m.end()):
            add(_Match(m.start(), m.end(), None, None, None, "date"))
    for m in _ID_RE.finditer(shadow):
        if any(ch.isdigit() for ch in m.group()) and free(m.start(), m.end()):
            add(_Match(m.start(), m.end(), None, None, None, "id"))
    for m in _DURATION_RE.finditer(shadow):
        if free(m.start(), m.end()) and _not_inside_number(shadow, m.start(), m.end()):
            if not any(ch.isdigit() for ch in m.group()) and m.group()[0] in "一两二三四五六七八九":
                continue  # "一年前", "两年": prose, not worth keeping
            add(_Match(m.start(), m.end(), None, None, None, "date"))
    for m in _DIGIT_COUNT_RE.finditer(shadow):
        if free(m.start(), m.end()):
            count = 1.0 if m.group(1) == "个" else _cn_value(m.group(1))
            if count is None:
                continue
            digits = int(count)
            add(_Match(m.start(), m.end(), (10.0 ** (digits - 1) if digits > 1 else 0.0, 10.0 ** digits),
                       "%" if m.group().startswith("百分比") else "位数", None, "figure"))
    for m in _CN_PERCENT_RE.finditer(shadow):
        value = _cn_value(m.group(1))
        if free(m.start(), m.end()) and value is not None:
            add(_Match(m.start(), m.end(), value, "%", None, "figure"))
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
        if not (vague or scale_word) and len(cn) == 1 and cn not in "十百千":
            unit_text, _ = _unit_after(shadow[end:], is_zh)
            if unit_text not in ("倍", "成", "个百分点", "%"):
                return None  # "一个", "两家", "三年": prose, not figures
        unit_text, _ = _unit_after(shadow[end:], is_zh)
        if not (vague or scale_word) and unit_text in (None, "分", "点"):
            return None  # a bare Chinese numeral is a word ("十分" is "very"), not a figure
        if cn in ("百", "千") and not (scale_word and unit_text):
            # "百亿元", "千万元" are amounts; 千瓦, 千家万户, 百万富翁, 百亿补贴 and
            # "千万不要" are words.
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
        per = _PER_UNIT_RE.match(tail)  # "150元/辆", "5元/小时", "80美元/桶"
        if per:
            unit += per.group()
            end += per.end()
            tail = shadow[end:]
    if cn and not vague and isinstance(value, float) and value < 10 and unit not in ("倍", "成", "个百分点", "%"):
        return None  # "两家", "三个": prose
    if cn and unit is None and not scale_word:
        return None  # a bare Chinese numeral is a word, not a figure
    # Explicit ranges: "20%-30%", "20-30%", "5%至5.25%".
    rng = _RANGE_SEP_RE.match(tail)
    if rng is None and not is_zh:
        # "15% to 20%", "between 15% and 20%"; but "from 15% to 20%" is a change, not a range.
        lead_in = shadow[max(0, start - 12):start]
        words = _EN_RANGE_TO_RE.match(tail)
        if words and (words.group(1) == "to") != bool(re.search(r"\bbetween\s*$", lead_in, re.IGNORECASE)) \
                and not _EN_CHANGE_BEFORE_RE.search(lead_in):
            rng = words
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
    before = shadow[max(0, start - (12 if is_zh else 24)):start]
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
        if approx in ("多", "余") and isinstance(value, float):  # "3倍多", "100万元余"
            value = (value, value + _vague_step(arabic, cn) * scale)
    baseline = bool(re.search(r"(?:\bfrom|由|从)\s*$", before, re.IGNORECASE))
    return _Match(start_text, end, value, unit, approx, "figure", is_baseline=baseline,
                  scale=scale if scale_word or scale != 1.0 else 1.0)


def _finite(value: float | tuple[float, float] | None) -> bool:
    """A value that is a real number (or range of them), or no value at all."""
    if value is None:
        return True
    return all(math.isfinite(v) for v in (value if isinstance(value, tuple) else (value,)))


def _cn_value(cn: str) -> float | None:
    """Value of a Chinese numeral; a bare leading unit means one of it (百亿 = 一百亿, 千 = 一千)."""
    if cn[:1] in ("百", "千", "万", "亿"):
        cn = "一" + cn
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
    zh = _ZH_UNIT_RE.match(tail, skip)
    if zh:
        return zh.group(), zh.end()
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
        return bool(re.fullmatch(r"[、和或及与至到]?(?:再到)?|[，,]\s*或", stripped))
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
    # "a 9% funding increase", "a $75.3 billion dollar hit": a change noun right after.
    after = shadow[match.end:match.end + 40]
    after_m = re.match(r"(?:\s|-)*(?:[a-z\-]+\s){0,2}?(increases?|rises?|gains?|growth|jumps?|higher|improvements?|boosts?"
                       r"|declines?|drops?|falls?|decreases?|lower|cuts?|hits?|loss|losses|reductions?)\b",
                       after, re.IGNORECASE)
    if after_m:
        word = after_m.group(1).lower()
        return "down" if word.startswith(("decl", "drop", "fall", "decr", "low", "cut", "hit", "loss", "redu")) else "up"
    # A change word counts only close in front (the last ten words, not across a parenthesis).
    before = re.split(r"[(（]", before)[-1]
    before = " ".join(before.split()[-10:])
    hits = list(_CHANGE_EN.finditer(before))
    if not hits:
        return None
    word = hits[-1].group().lower()
    return "down" if word.startswith(_EN_DOWN_PREFIXES) else "up"


def _starting_point(shadow: str, period: tuple[int, int, str]) -> bool:
    """"从2010年就开始", "于今年2月20日启用", "since 2019": when something began, not a period."""
    before, after = shadow[:period[0]], shadow[period[1]:period[1] + 8]
    if re.match(r"(?:来看|看来|看)", after):
        return False
    return bool(re.search(r"(?:从|自|于|since|from)\s*$", before)
                or re.match(r"[^，,。]{0,4}?(?:起|开始|以来|启用|开通|上线|投产)", after))


def _period(periods: list[tuple[int, int, str]], match: _Match, clause_start: int,
            shadow: str) -> str | None:
    """The nearest period stated before the figure in the sentence, else after it in the clause."""
    adjacent = [p for p in periods if 0 <= p[0] - match.end <= 1]
    if adjacent:  # "$19.5 billion the previous year"
        return adjacent[0][2]
    # "美国从2010年就开始…，安排了75亿美元": a starting point only dates its own clause.
    before = [p for p in periods if p[1] <= match.start
              and (p[0] >= clause_start or not _starting_point(shadow, p))]
    if before:
        return before[-1][2]
    after = [p for p in periods if p[0] >= match.end and p[0] - match.end < 40]
    return after[0][2] if after else None


# ---------------------------------------------------------------- subject resolution


def _subject(sentence: str, match: _Match, clause_start: int, blanks: list[tuple[int, int, str]],
             words: _Words, is_zh: bool, previous_end: int) -> str | None:
    start = max(clause_start, previous_end) if previous_end > clause_start else clause_start
    if is_zh:
        return _zh_subject(sentence, match, start, blanks, words)
    return _en_subject(sentence, match, start, blanks)


def _earlier_clause_subject(sentence: str, clause_start: int, blanks: list[tuple[int, int, str]],
                            words: _Words, is_zh: bool) -> str | None:
    """The subject of the nearest earlier clause of the sentence that has one."""
    end = clause_start - 1
    while end > 0:
        _, start = _clause(sentence, end - 1, end - 1)
        if is_zh:
            chunk = sentence[start:end].rstrip()
            subject = None if _ZH_REPORTING_END.search(chunk) else _zh_cut(
                *_compact(sentence, start, end, blanks), words)
        else:
            subject = _en_clause_subject(sentence[start:end])
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


def _compact(sentence: str, start: int, end: int,
             blanks: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """sentence[start:end] without blanked spans and spaces, with each kept character's offset."""
    hidden = set()
    for s, e, _ in blanks:
        hidden.update(range(max(s, start), min(e, end)))
    offsets = [i for i in range(start, end) if i not in hidden and not sentence[i].isspace()]
    return "".join(sentence[i] for i in offsets), offsets


def _zh_subject(sentence: str, match: _Match, start: int,
                blanks: list[tuple[int, int, str]], words: _Words) -> str | None:
    text, offsets = _compact(sentence, start, match.start, blanks)
    # "连续加息十次": a count of times counts the action in front of it.
    if match.unit in ("次", "轮", "回") and offsets:
        before = words.ending_at(match.start, start)[:2]
        if before and before[0][2].startswith("v"):
            action = [w for _, w, f in reversed(before) if f.startswith(("v", "d", "ad"))]
            return "".join(action) if len("".join(action)) >= 2 else None
    # "按照15%缴纳所得税": the rate is of the noun after the verb that follows.
    if re.search(r"(?:按照|按|依照|依|以)$", text):
        after = words.following(match.end, 4)
        if after and after[0][1].startswith("v"):
            noun = "".join(w for w, f in after[1:3] if f[:1] in "nj")
            if len(noun) >= 2:
                return noun
    # "…高速增长助力公司税前利润增速在Q1/Q2分别达到…": the noun phrase right before 分别.
    each = text.find("分别")
    predicates = list(_ZH_PREDICATE.finditer(text, 0, each)) if each > 0 else []
    if predicates:
        tail = text[predicates[-1].end():each].strip(_ZH_TRIM).rstrip("在均都也还")
        if len(tail) >= 2:
            return tail
    # A parenthesis opened just before the figure: "营收100亿元（同比+20%）".
    paren = max(text.rfind("（"), text.rfind("("))
    if paren >= 0 and ")" not in text[paren:] and "）" not in text[paren:]:
        inner = (text[paren + 1:], offsets[paren + 1:])
        text, offsets = inner if _zh_cut(*inner, words) else ("", [])
    # "兖州20万吨特种纸项目": a noun right after the figure names what it measures,
    # unless a predicate in front already tied the figure to its subject.
    following = _zh_following_noun(words, match.end, classifier=match.unit in _ZH_CLASSIFIERS)
    if following and not _ZH_PREDICATE.search(text) and not re.search(r"[为是达占]$", text):
        return following
    subject = _zh_cut(text, offsets, words)
    if subject or _ZH_PREDICATE.search(text):
        return subject  # "跃升至238亿元": an elided subject is carried over, not guessed from what follows
    return following


def _zh_following_noun(words: _Words, end: int, classifier: bool = False) -> str | None:
    """Nouns directly after a figure ("…万吨高档箱板纸和…" -> "高档箱板纸")."""
    nouns = []
    for word, flag in words.following(end, 4):
        if (flag[:1] in "vpcudrmxyefzt" or (flag[:1] == "q" and not nouns) or word in "和与及等或的"
                or not "\u4e00" <= word[0] <= "\u9fff"):
            break
        nouns.append(word)
        if len(nouns) == 3:
            break
    noun = "".join(nouns)
    if len(noun) == 1 and classifier:
        return noun  # "15个州"
    return noun if len(noun) >= 2 and not _ZH_PREDICATE.match(noun) else None


def _zh_cut(text: str, offsets: list[int], words: _Words) -> str | None:
    """The noun phrase a Chinese clause prefix starts with, cut where the predicate begins.

    `offsets` maps each character of `text` back to the sentence, so single-character
    predicate words (为, 则, 在…) count only where jieba made them a word of their own.
    """
    while text:
        lead = _ZH_LEADING.match(text)
        if lead and lead.end():
            text, offsets = text[lead.end():], offsets[lead.end():]
        elif text[0] in _ZH_LEADING_CHARS and words.is_single_word(offsets[0]):
            text, offsets = text[1:], offsets[1:]  # 在/从/据 as words, not "在岸人民币"
        else:
            break
    if not text:
        return None
    # "ING预测人民币将达到6.54": what is forecast, not who forecasts.
    said = list(_ZH_REPORTING_RE.finditer(text))
    if said and len(text) - said[-1].end() >= 2:
        text, offsets = text[said[-1].end():], offsets[said[-1].end():]
    # 把/将 move the object in front of the verb: "把照片放大一百多倍" (but 将 is also "will").
    ba = re.search(r"[把将](?=[\u4e00-\u9fff])", text)
    if ba and ba.start() > 0:
        obj = _zh_cut(text[ba.end():], offsets[ba.end():], words)
        if obj:
            return obj
    for verb in _ZH_OBJECT_VERBS:
        pos = text.find(verb)
        if pos >= 0 and len(text) - pos - len(verb) >= 2:
            obj = _zh_cut(text[pos + len(verb):], offsets[pos + len(verb):], words)
            if obj:
                return obj
    # "X的比例为9%": everything before a final copula is the subject.
    copula = re.search(r"(?:为|是|达|达到|约为|高达|仅为|只有)$", text)
    if copula and "的" in text[:copula.start()] and not _ZH_PREDICATE.search(text[:copula.start()]):
        subject = text[:copula.start()].strip(_ZH_TRIM)
        if len(subject) >= 2:
            return subject
    cut = len(text)
    m = _ZH_PREDICATE.search(text)
    if m:
        cut = m.start()
    for i in range(1, cut):
        if text[i] in _ZH_PREDICATE_CHARS and words.is_single_word(offsets[i]):
            cut = i
            break
    subject = text[:cut].strip(_ZH_TRIM)
    subject = re.sub(r"[/|]+", "", subject)
    subject = re.sub(r"[则也都均还又仍已将]$", "", subject)
    if len(subject) < 2 or subject in ("其", "这", "该", "此", "我们", "他们", "公司的"):
        return None
    return subject


def _en_subject(sentence: str, match: _Match, start: int,
                periods: list[tuple[int, int, str]]) -> str | None:
    after = sentence[match.end:]
    # "36% of imports from China", "$2 billion in cash reserves": the thing measured follows.
    of_m = re.match(r"\s+(?:of|in|for|toward|towards)\s+((?:the\s)?[A-Za-z][\w’'.\-]*(?:\s[\w’'\-]+){0,5})", after)
    if of_m and not _PERIOD_RE.match(of_m.group(0).strip()) and not _PERIOD_RE.match(of_m.group(1)) and not re.match(
            r"(?:the\s)?(?:\d|past|next|last|first|second|third|fourth|previous|same|year|month|week|quarter|time|total|all)\b",
            of_m.group(1)):
        np = _en_np(of_m.group(1), phrase=True)
        if np:
            return np
    # "300 school districts closed", "a 9% funding increase": what the number counts follows it.
    # "2.0-liter, naturally-aspirated four-cylinder engine": a compound adjective may be
    # followed by more adjectives after a comma; "$6.99-a-month service": a rate.
    if "-" in sentence[match.start:match.end] and after.startswith(", "):
        after = after[1:]
    after = re.sub(r"^-(?:a|an|per)-\w+", "", after)
    determined = bool(re.search(r"\b(?:a|an|the)\s+$", sentence[:match.start]))
    if not after.startswith((",", ".", ";", ":")):
        np = _en_np(re.sub(r"^\s*dollars?\b", "", after).strip(), nominal=determined)
        if np and not _PERIOD_RE.match(np) and not re.match(
                r"(?:previous|prior|last|next|this|same|year|month|week|quarter)\b", np, re.IGNORECASE):
            return np
    prefix = _blank_spans(sentence[start:match.start], start, periods)
    prefix = re.sub(r"[(（]\s*$", "", prefix).strip()
    prefix = re.sub(_APPROX_BEFORE_EN.pattern, "", prefix, flags=re.IGNORECASE).strip()
    prefix = re.sub(r"\b(?:a|an|the)$", "", prefix).strip()
    obj = _EN_OBJECT_VERBS.search(prefix)
    if obj:
        return _en_np(obj.group(1)) or obj.group(1)
    # "Google Cloud revenue of $9.19 billion", "a margin of 20 points".
    of_m = re.search(r"((?:[A-Z][\w’'\-]*\s){0,3}[\w’'\-]+)\s+of$", prefix)
    if of_m and of_m.group(1).split()[-1].lower() not in _EN_STOP_NP | {"tune", "total", "sum", "amount"}:
        return of_m.group(1)
    # "a state Trump won by 30 points".
    won = re.search(r"([A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?)\s+(?:won|lost|led|trailed|leads|wins)\s+by$", prefix)
    if won:
        return won.group(1)
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


def _en_np(text: str, *, nominal: bool = False, phrase: bool = False) -> str | None:
    """Leading noun phrase: words up to the first preposition, verb or punctuation (max 5).

    `nominal` (the number follows a/an/the) means the words after it are nouns even when
    they could be verbs ("a $75.3 billion hit on economic growth"); a change noun then
    keeps its "on/of/to" complement.
    """
    words: list[str] = []
    raw_words = text.split()
    for position, raw in enumerate(raw_words):
        word = raw.strip("“”\"")
        bare = word.lower().rstrip(",.;:")
        if phrase and words and bare in ("from", "in", "at", "for") and len(raw_words) > position + 1:
            # "36% of imports from China": keep one prepositional phrase.
            tail = _en_np(" ".join(raw_words[position + 1:position + 4]))
            if tail:
                words += [bare, tail]
            break
        if nominal and words and bare in ("on", "of", "to", "in") and words[-1].lower() in _EN_CHANGE_NOUNS:
            tail = _en_np(" ".join(raw_words[position + 1:position + 4]))
            if tail:
                words += [bare, tail]
            break
        if (bare in _EN_VERBS and not nominal) or (bare in _EN_STOP_NP and words) or not re.match(r"[\w$]", word):
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
