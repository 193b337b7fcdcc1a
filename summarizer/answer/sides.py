"""Which side or part of a statement a number belongs to: the buyer's or the target's in a deal,
the part a sentence excludes (除汽车以外), and the segment an English question names in Chinese.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.answer.appositive_en import without_descriptions
from summarizer.answer.deed_object import deed_object
from summarizer.answer.asked import funding_round
from summarizer.answer.requirements import Constraints
from summarizer.answer.changes import _clause_before
from summarizer.answer.headings import own_topic
from summarizer.answer.lead_investor import refers_to_round
from summarizer.answer.metrics import METRIC_OF, metric_spans
from summarizer.answer.names import Entity
from summarizer.answer.peers import opens_statement
from summarizer.answer.periods import mentions
from summarizer.answer.scope import part_ok
from summarizer.answer.text import _aliases, fold, pos_cut

if TYPE_CHECKING:
    from summarizer.answer.context import Context

__all__ = ["EXCLUDED_RE", "GENERIC_HEADS", "counted_ok", "deal_reversed", "english_metric_narrowed", "english_part_named", "excluded_before",
           "other_part_named",
           "qualified", "region_narrowed", "round_ok", "subgroup_named"]

EXCLUDED_RE = re.compile(r"除(?:去|了)?([^，,。；;]{1,12}?)(?:以外|之外|外)|\b(?:excluding|except|ex-)\s*(?:the\s+)?([a-z][\w-]*)",
                          re.IGNORECASE)



# "Union representatives in Germany, where Quillon employs about 1,300 people, said…": one place's number.
_PLACE_WHERE_RE = re.compile(r"\bin\s+(?:the\s+)?([a-z][a-z.\-]*(?:\s+[a-z][a-z.\-]*){0,2}),\s+where\s+[^,;]*$")


def excluded_before(sentence: str, at: int, question: str = "") -> bool:
    """An exclusion stated before the number ("Excluding fuel, retail sales rose 0.9%", "除汽车以外的
    零售额增长…"): the figure is of everything but that, not of the measure asked. So is a place the
    number is told of ("in Germany, where it employs 1,300 people"), unless the question names it."""
    if EXCLUDED_RE.search(sentence[:at]) is not None:
        return True
    place = _PLACE_WHERE_RE.search(sentence[:at])
    return place is not None and place.group(1) not in question


DEAL_VERB_RE = re.compile(r"\b(?:pay(?:s|ing)?|paid|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)"
                           r"|take\s+over|takes\s+over|taking\s+over)\b|收购|买下|购买|并购")
PASSIVE_DEAL_RE = re.compile(r"\b(?:be|been|being|is|was|are|were)\s+(?:\w+\s+)?$|被[^，,。；;]{0,30}$")


def deal_reversed(constraints: Constraints, sentence: str) -> bool:
    """Buyer and target swapped: the one the question has paying stands where the sentence puts
    the company bought ("Halvern agreed to buy Tidewater" asked as "Tidewater paying for Halvern")."""
    asked = fold(constraints.question)
    verb = DEAL_VERB_RE.search(asked)
    stated = DEAL_VERB_RE.search(sentence)
    if verb is None or stated is None or asked[verb.start() - 1:verb.start()] == "的" or re.match(
            r"价|对价|金额|作价|price", asked[verb.end():].lstrip()):
        return False  # "星澜科技的收购价": the price it was bought at, not a buyer

    def first(text: str, entity: Entity) -> int | None:
        found = [text.find(s) for s in entity.spellings() if s and text.find(s) >= 0]
        return min(found) if found else None

    buyers = [e for e in constraints.entities if (at := first(asked, e)) is not None and at < verb.start()]
    buyer = first(sentence, buyers[0]) if buyers else None
    if buyer is None:
        return False
    passive = PASSIVE_DEAL_RE.search(sentence[:stated.start()])
    if passive and passive.group().startswith("被"):  # "星澜科技被星河科技以18.6亿元收购": the buyer follows 被
        return buyer < passive.start()
    if passive:  # "Tidewater will be acquired by Halvern": the buyer follows the verb
        return buyer < stated.start()
    return buyer > stated.start() and not any(
        (at := first(sentence, e)) is not None and at < stated.start() for e in buyers)



_CJK = re.compile(r"[\u4e00-\u9fff]")
_SEGMENT_WORDS = re.compile(r"业务|板块|分部|事业部")


def _english_parts(constraints: Constraints, sentence: str, at: int) -> tuple[str, list[list[str]]] | None:
    """For an English question asked of a Chinese sentence: the clause before the number, and the
    Chinese spellings of each of the question's words that is not a metric (EV -> 电动汽车…)."""
    if not _CJK.search(sentence) or _CJK.search(constraints.question):
        return None
    terms = _aliases().terms
    asked = [alts for word in re.findall(r"[a-z][a-z\-]+", constraints.question.lower())
             if word not in METRIC_OF and (alts := [a for a in terms.get(word, ()) if len(a) >= 2 and a not in METRIC_OF])]
    return _clause_before(sentence, at), asked


def english_part_named(constraints: Constraints, sentence: str, at: int) -> bool:
    """"What was Xiaomi's EV revenue?" asks for the segment a Chinese sentence names before its number
    (智能电动汽车业务收入为97亿元): an English word of the question, in Chinese, stands in that clause."""
    parts = _english_parts(constraints, sentence, at)
    return parts is not None and any(a in parts[0] for alts in parts[1] for a in alts)


def other_part_named(constraints: Constraints, sentence: str, at: int) -> bool:
    """"What was Xiaomi's smartphone revenue?" is not answered by 智能电动汽车业务收入为97亿元: the clause
    names a segment, and none of the question's English words, in Chinese, is in it."""
    parts = _english_parts(constraints, sentence, at)
    if parts is None or not _SEGMENT_WORDS.search(parts[0]):
        return False
    return bool(parts[1]) and not any(a in parts[0] for alts in parts[1] for a in alts)


GENERIC_HEADS = frozenset("公司 集团 企业 本公司 期内 同期 其中 当期 全年 单季 累计 合计 总".split())

# How Chinese results name the segments and things an English question narrows a metric by, beyond the
# alias table's terms: "smartphone revenue" is 手机业务收入, "international games" 国际市场游戏.
_EN_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "smartphone": ("手机",), "smartphones": ("手机",), "phone": ("手机",), "phones": ("手机",),
    "handset": ("手机",), "handsets": ("手机",),
    "car": ("车",), "cars": ("车",), "vehicle": ("车",), "vehicles": ("车",), "auto": ("汽车",),
    "autos": ("汽车",), "automotive": ("汽车",), "ev": ("电动汽车", "电动车", "新能源车", "新能源汽车"),
    "evs": ("电动汽车", "电动车", "新能源车", "新能源汽车"),
    "cloud": ("云",), "iot": ("iot", "物联网"), "internet": ("互联网",), "services": ("服务",), "service": ("服务",),
    "value-added": ("增值",), "games": ("游戏",), "game": ("游戏",), "gaming": ("游戏",),
    "international": ("国际", "海外", "境外"), "overseas": ("海外", "境外", "国际"), "foreign": ("海外", "境外", "国际"),
    "domestic": ("国内", "境内", "本土"), "fintech": ("金融科技",), "advertising": ("广告",), "ad": ("广告",),
    "ads": ("广告",), "online": ("线上", "网上", "在线"), "offline": ("线下",), "e-commerce": ("电商",),
    "ecommerce": ("电商",), "enterprise": ("企业",), "business": ("业务",), "consumer": ("消费",),
    "energy storage": ("储能",), "storage": ("储能", "存储"), "power battery": ("动力电池",),
    "power batteries": ("动力电池",), "battery": ("电池",), "batteries": ("电池",), "chip": ("芯片",),
    "chips": ("芯片",), "server": ("服务器",), "servers": ("服务器",), "pc": ("电脑", "pc"), "pcs": ("电脑", "pc"),
    "laptop": ("笔记本", "笔电"), "laptops": ("笔记本", "笔电"), "tablet": ("平板",), "tablets": ("平板",),
    "solar": ("光伏", "太阳能"), "wind": ("风电",), "property": ("物业", "地产"), "retail": ("零售",),
    "wealth management": ("财富管理",), "insurance": ("保险",), "life": ("寿险",), "robot": ("机器人",),
    "robots": ("机器人",), "drug": ("药",), "drugs": ("药",), "software": ("软件",), "hardware": ("硬件",),
}


def _english_pieces(words: str) -> list[tuple[str, tuple[str, ...]]]:
    """An English qualifier cut into the longest known phrases, each with its Chinese spellings
    ("internet services" -> internet: 互联网, services: 服务); an unknown word keeps only itself."""
    terms = _aliases().terms
    tokens = words.split()
    pieces: list[tuple[str, tuple[str, ...]]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(3, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i:i + n])
            chinese = (*_EN_QUALIFIERS.get(phrase, ()),
                       *(a for a in terms.get(phrase, ()) if _CJK.search(a) and a not in METRIC_OF))
            if chinese or n == 1:
                pieces.append((phrase, tuple(dict.fromkeys((phrase, *chinese)))))
                i += n
                break
    return pieces


def _english_qualified(words: str, sentence: str, at: int, names: tuple[str, ...]) -> bool:
    """Is the number of a Chinese sentence about what an English question narrows it to? Each of
    its words, in Chinese, must stand in the number's own statement before it (智能手机业务收入为
    482.6亿元 for "smartphone revenue"; not 互联网服务业务…毛利率为77.2% for "smartphone gross
    margin", nor 金融科技及企业服务业务收入为582.6亿元，…来自云服务 for "cloud revenue")."""
    return all(any(part_ok(a, sentence, at, names) for a in alts if a) for _, alts in _english_pieces(words))


# A number written as money: "$16.99", "US$3 billion", "16.99元", "3亿美元".
_MONEY_AT = re.compile(r"(?:us|hk|a|c|s)?[$€£¥]|[\d.,]+\s*(?:[十百千万亿]+\s*)?(?:元|美元|港元|欧元|英镑|日元)")
_MONEY_COUNTED = re.compile(r"dollar|euro|yuan|pound|cent|yen|rupee|peso|franc|money|cash")


_EMPLOYS_BEFORE = re.compile(r"\bemploy(?:s|ed|ing)?\s+(?:(?:about|some|around|nearly|roughly|almost|over|more\s+than)\s+)?$")


def counted_ok(constraints: Constraints, sentence: str, at: int) -> bool:
    """Is the number of a sentence a count of what an English "how many" question counts? Never an amount of
    money; and in Chinese, "How many smartphones did Xiaomi ship?" is not answered by 交付新车10.8万辆."""
    if constraints.counted and _MONEY_AT.match(sentence, at) and not _MONEY_COUNTED.search(constraints.counted):
        return False  # "How many Prime members…" is not answered by "$16.99 a pound"
    if constraints.counted in ("jobs", "job", "positions", "roles") and _EMPLOYS_BEFORE.search(sentence[:at]):
        return False  # "How many jobs is it cutting in Germany?" is not answered by "where it employs 1,300 people"
    if not constraints.counted or not _CJK.search(sentence) or _CJK.search(constraints.question):
        return True
    pieces = _english_pieces(constraints.counted)
    known = [alts for _, alts in pieces if len(alts) > 1]
    if not known:
        return True  # a thing we cannot spell in Chinese: the ranking's words decide
    names = tuple(s for e in constraints.entities for s in e.spellings())
    clause = re.split(r"[。；;]", sentence[:at])[-1]
    for name in names:
        clause = clause.replace(name, " ")
    unit = re.match(r"[\d.,]*\s*[万亿千百]?(辆|台|部|架|艘)", sentence[at:at + 16])
    # Chinese may name the thing after its count: "放下了103亿个晶体管".
    after = re.match(r"[^，。；,;]{0,14}", sentence[at:]).group()
    return all(any(a in clause or a in after for a in alts[1:])
               or unit is not None and unit.group(1) == "辆" and "车" in alts[1:] for alts in known)


# Where a figure is one market's: "国际市场游戏收入", "其中海外销量", "国内营收".
_REGION = re.compile(r"国际|海外|境外|国内|境内|本土|内地|欧洲|北美|美国|东南亚|日本|印度|拉美|中东")
_REGION_EN = {"国际": ("international", "overseas", "foreign", "global"), "海外": ("overseas", "international", "foreign"),
              "境外": ("overseas", "international", "foreign"), "国内": ("domestic", "china", "chinese"),
              "境内": ("domestic", "china"), "本土": ("domestic", "local", "home"), "内地": ("mainland", "china"),
              "欧洲": ("europe", "european"), "北美": ("north america", "north american"),
              "美国": ("us", "u.s.", "united states", "america", "american"), "东南亚": ("southeast asia",),
              "日本": ("japan",), "印度": ("india",), "拉美": ("latin america",), "中东": ("middle east",)}


_HOME = frozenset({"国内", "境内", "本土", "内地"})


def region_narrowed(constraints: Constraints, sentence: str, at: int) -> bool:
    """Is the number one market's (国际市场游戏收入为208.4亿元, 其中海外销量为8.4万辆) when the question
    asks for the company's figure without naming that market? "What was Tencent's games revenue?" is
    not answered by the international games' 208.4亿元, nor "比亚迪销量" by its overseas sales.

    A question naming no company is the whole's too ("How much did revenue grow?" is not answered by
    海外收入同比增长52%), but there 国内 and its kin may be the whole a market report is about
    (国内智能手机出货量): only a market abroad narrows it."""
    if not _CJK.search(sentence):
        return False
    home_is_whole = not any(e.subject for e in constraints.entities)
    clause = re.split(r"[，。；,;]", sentence[:at])[-1]
    metrics = metric_spans(clause)
    if metrics:
        clause = clause[:metrics[-1][0]]
    for start, end, _ in metrics:  # "国内生产总值(GDP)增速": 国内 is the metric's own word, not a market
        clause = clause[:start] + " " * (end - start) + clause[end:]
    for name in (s for e in constraints.entities for s in e.spellings()):
        clause = clause.replace(name, " ")
    asked = constraints.question
    for found in _REGION.finditer(clause):
        region = found.group()
        if home_is_whole and region in _HOME:
            continue
        if region in asked or any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", asked) for w in _REGION_EN[region]):
            continue
        return True
    return False


_NARROWING_FLAGS = ("n", "vn", "nz")


def _before_metric(sentence: str, at: int) -> str | None:
    """What the clause of the number at `at` says before its last metric (汽车 of 汽车毛利率), or None
    when the clause names no metric."""
    clause = re.split(r"[，。；,;]", sentence[:at])[-1]
    metrics = metric_spans(clause)
    return clause[:metrics[-1][0]] if metrics else None


def english_metric_narrowed(constraints: Constraints, sentence: str, at: int) -> bool:
    """Is the number of a Chinese sentence a narrower measure than an English question asks for? A
    common noun right before the metric (汽车毛利率, 车辆销售收入) makes it one line's: "What was NIO's gross
    margin?" is not answered by its vehicle margin, nor "Li Auto's revenue" by its vehicle sales."""
    if (not _CJK.search(sentence) or _CJK.search(constraints.question) or constraints.qualifier
            or constraints.counted or not constraints.metric):
        return False
    head = _before_metric(sentence, at)
    if head is None:
        return False
    for name in (s for e in constraints.entities for s in e.spellings() if s):
        head = head.replace(name, " ")
    for mention in reversed(mentions(head)):
        head = head[:mention.start] + " " + head[mention.end:]
    tokens = [p for p in pos_cut(head[-8:]) if p.word.strip()]
    if not tokens or head[-1:].isspace():
        return False
    word, flag = tokens[-1].word, tokens[-1].flag
    if len(word) < 2 or not flag.startswith(_NARROWING_FLAGS) or flag.startswith(("nr", "ns", "nt")) \
            or word in GENERIC_HEADS or _GENERIC_WORD.fullmatch(word):
        return False
    asked = [a for _, alts in _english_pieces(re.sub(r"[^a-z0-9\- ]", " ", constraints.question)) for a in alts[1:]]
    return not any(a in head or word in a for a in asked)


_GENERIC_WORD = re.compile(r"集团|公司|整体|总体|合计|累计|全年|单季度?|期内|报告期|本期|当期|同期|主营|核心|全部|综合|应占|股东")


def round_ok(constraints: Constraints, sentence: str, before: tuple[str, ...] = ()) -> bool:
    """A funding round asked (B轮, Series C) is answered only by a sentence about that round; "本轮由…领投",
    "The round was led by…" is about the round the nearest sentence before it (or the title) names."""
    if constraints.funding_round is None:
        return True
    named = funding_round(sentence)
    if named is None and refers_to_round(sentence):
        named = next((r for r in map(funding_round, before) if r), None)
    return named == constraints.funding_round



_SUBGROUP_TAIL = re.compile(r"(?:集团|事业群|事业部|分部|板块)$")


# Words that complete a company's name before 集团 (阿里云 + 智能集团), not a business of its own.
_NAME_FILLERS = re.compile(r"(?:智能|科技|控股|技术|网络|信息|数字|电子|股份|实业|有限)*")
_GROUP_OPENING = re.compile(r"^([\u4e00-\u9fffa-z]{2,8}?)(?:集团|事业群)")
_NOT_GROUP_NAMES = re.compile(r"^(?:本|该|全|整个|母|公司|上市|其|我们|我|期内|当期|同期|报告期|期末|年内|季内|今年|去年|上年|单季)")


def subgroup_named(constraints: Constraints, sentence: str, at: int) -> bool:
    """Is the number one business group's (阿里国际数字商业集团收入, 阿里云智能集团收入 or 淘天集团客户管理收入,
    asked as Alibaba's revenue)? Either the company's name, then words of its own ending in 集团/事业群,
    then the metric; or a clause that opens with another group's name."""
    if not _CJK.search(sentence):
        return False
    head = _before_metric(sentence, at)
    if head is None:
        return False
    spellings = sorted((s for e in constraints.entities for s in e.spellings() if s and not s.isascii()),
                       key=len, reverse=True)
    for name in spellings:
        found = head.rfind(name)
        if found < 0:
            continue
        between = head[found + len(name):]
        group = _SUBGROUP_TAIL.search(between)
        own = re.sub(r"[^\u4e00-\u9fffa-z]", "", between[:group.start()]) if group else ""
        return bool(own) and not _NAME_FILLERS.fullmatch(own)
    opening = head
    for mention in reversed(mentions(head)):
        opening = opening[:mention.start] + " " * (mention.end - mention.start) + opening[mention.end:]
    opening = re.sub(r"^[\s,，、]*(?:其中|此外|另外|同时)?[\s,，、]*", "", opening)
    named = _GROUP_OPENING.match(opening)
    return bool(spellings) and named is not None and not _NOT_GROUP_NAMES.match(named.group(1)) \
        and not any(s in named.group() for s in spellings)


def qualified(qualifier: str, ctx: Context, at: int, names: tuple[str, ...] = ()) -> bool:
    """Does the metric nearest before the number carry the question's qualifier, or at
    least no other one ("生铁产量" for 粗钢产量, "comparable sales" for online sales)?"""
    chinese = bool(re.search(r"[\u4e00-\u9fff]", ctx.sentence))
    if qualifier.isascii() and chinese:
        # An English word asked of a Chinese sentence ("Xiaomi's smartphone revenue"): its Chinese
        # spelling must narrow this number, or the number is another segment's or the group's.
        return _english_qualified(qualifier, ctx.sentence, at, names)
    topic = own_topic(ctx.sentence) if chinese else None
    if topic is not None:
        # "3）前驱体产销大幅增长：…毛利率为14%" is the precursor's margin, whatever came before, and
        # only the precursor's.
        return qualifier in topic or qualifier in ctx.sentence[max(0, at - len(qualifier) - 4):at]  # "生产电铜4.27万吨"
    spans = [sp for sp in metric_spans(ctx.sentence) if sp[1] <= at] or list(metric_spans(ctx.sentence))[:1]
    if not spans:  # ("What was the gasoline price?" is not answered by "crude … settled at $71.45", nor in English)
        return qualifier in ctx.sentence
    start = spans[-1][0]
    if qualifier in ctx.sentence[max(0, start - len(qualifier) - 8):start]:
        return True
    if not chinese:  # "the automotive segment posted revenue of…": anywhere in the clause before it
        return part_ok(qualifier, without_descriptions(ctx.sentence, ctx.original), at)  # not in "X, the … store chain,"
    if qualifier in ctx.sentence[:at]:
        # Named, but not for this number, unless it is the subject of the statement the number ends.
        return opens_statement(qualifier, ctx.sentence, at) or deed_object(qualifier, ctx.sentence, at)  # 销售客车4567辆
    import jieba.posseg as pseg

    tokens = [(p.word, p.flag) for p in pseg.cut(ctx.sentence[max(0, start - 6):start])]
    last = tokens[-1] if tokens else ("", "")
    return not (last[1].startswith("n") and last[0] not in GENERIC_HEADS)
