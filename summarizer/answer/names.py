"""Names: the entity a question is about, and the names in a sentence that can own
its numbers.

The entity comes from the question's opening words (Chinese: "口子窖前三季度收入" →
口子窖), its capitalised names (English: "McClatchy's"), and the alias table. In a
sentence, the names that can own a number are people, places and organisations
(jieba's tags and the alias table) and capitalised English names that are not the
object of a preposition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.answer.metrics import METRIC_RE, metric_spans
from summarizer.answer.periods import mentions
from summarizer.answer.text import _aliases, _jieba, fold, pos_cut
from summarizer.answer.pair_words import chinese_name_pattern, has_chinese_name, pair_rivals

__all__ = ["Entity", "chinese_subject", "claimers", "english_names", "entity_in", "has_name", "occurrences",
           "subject_start"]


@dataclass(frozen=True, slots=True)
class Entity:
    """A company, product, person or place the question is about.

    `candidates` are the spellings to look for, longest first: "海葵一号主甲板" may be
    asked as one phrase, and only "海葵一号" is a name in the articles; trailing plain
    nouns may be dropped, never a number or a letter ("海葵二号" is not 海葵).
    `aliases` are other names of the same thing (Intel / 英特尔). An English phrase
    ("Nissan Juke") matches only where all its words are.
    """

    text: str
    candidates: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    # False when the question may not name an entity at all ("收盘时沪指…"): then an
    # article that does not mention it does not make the question unanswerable.
    sure: bool = True
    # The question's subject, whose number is asked for ("腾讯的营收"), as opposed to
    # a name it mentions in passing ("与中国石化签订的合同", "exports to China").
    subject: bool = True

    def spellings(self) -> tuple[str, ...]:
        return (*self.candidates, *self.aliases)


# The last word of an organisation's name: never dropped ("招商证券" is not 招商).
_ORG_SUFFIXES = frozenset("""证券 银行 集团 股份 控股 科技 公司 汽车 电子 能源 新能源 时代 保险 基金 地产 医药 药业 电气 电力
    建设 通信 半导体 资本 国际 实业 酒业 食品 化工 航空 物流 钼业 矿业 钢铁 光电 传媒 网络 软件 智能 生物 环保 农业
    石化 石油 人寿 财险 信托 租赁 动力 乳业 游戏 建筑 机场 港口 航运 重工 机械 电器 水泥 材料 装备 制药 医疗 影视
    文化 旅游 酒店 环境 交通 铁路 高速 燃气 水务 证券 期货 传媒 家居 纺织 服饰 有色 黄金 煤业 电网 中铁 中建 重汽
    家电 厨电 日化 纸业 啤酒 白酒 饮料 服装 鞋业 船舶 造船 航天 军工 通讯 数码 照明 新材 锂业 锂电 锂能 精密 置业
    精工 光学 微电子 电讯 电信""".split())
# An area's last word is never dropped either ("江北新区" is not 江北, whose 江北临港产业园 is another area), but it
# ends no company: only the reading of a question's name uses it.
_NAME_ENDS = _ORG_SUFFIXES | frozenset("新区 高新区 开发区 经开区".split())
_ORG_SUFFIX_TUPLE = tuple(_ORG_SUFFIXES)
_LEADING_SKIP = re.compile(r"^(?:请问|那么|所以|关于)")
_BOUNDARY = re.compile(r"对(?=[^，。？?]{1,12}(?:怎么看|如何看待|如何评价|看法|观点|说了什么|表示了什么))|(?:到|截至|截止)(?=(?:19|20)\d{2}年)|股东应占|拥有人应占|应占|归属于|[一二再终]审|的|有|是|正在|多少|多大|多高|多长|多重|几|什么|哪|谁|怎么|如何|预计|预测|预期|将|(?<![模虚比])拟|转股价|了|在|可以|能够|能否|能处理|每|一天|同比|环比|本季度|本季|当季|本期|当期|本月|当月|本年度")
_EN_STOP_NAMES = frozenset(
    """what which who whom how when where why is are was were do does did the a an in on at of for to by from with
    and or but if this that these those it its q1 q2 q3 q4 h1 h2 fy will would can could should shall might must
    has have had january february march april may june july august september october november december""".split())  # a month
_NOUNISH = ("n", "nr", "ns", "nt", "nz", "eng", "j", "x", "m", "vn", "nrt", "nrfg", "b")


def subject_start(folded: str) -> int:
    """Where a Chinese question's subject would start: after a leading period."""
    text = _LEADING_SKIP.sub("", folded)
    offset = len(folded) - len(text)
    leading = [m for m in mentions(text) if m.start == 0]
    if leading:
        offset += leading[0].end
    while offset < len(folded) and folded[offset] in "，, ":
        offset += 1
    return offset


_EN_FRAME_RE = re.compile(r"(?:what|how|which|who|when|where|did|does|do|was|were|is|are)\b[\x00-\x7f]*?([\u4e00-\u9fff]+)")
def has_name(text: str, name: str) -> bool:
    if name.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text) is not None
    return has_chinese_name(text, name)  # "出口" is not found in "进出口"


# A comparison period asked before the metric, which jieba reads as one noun (去年同期/n).
_PERIOD_WORDS = re.compile(r"(?:去年|上年|今年|本年|上一?年度?|前一?年)?同期|报告期内?|本期|上期|当期|本报告期")


def chinese_subject(folded: str, metrics: tuple[tuple[int, int, str], ...]) -> Entity | None:
    """The words before the first period, metric or question word: "口子窖前三季度收入" → 口子窖."""
    text = _LEADING_SKIP.sub("", folded)
    offset = len(folded) - len(text)
    leading = [m for m in mentions(text) if m.start == 0]
    if leading:  # "一季度中国…": the subject may follow a leading period
        text, offset = text[leading[0].end:], offset + leading[0].end
    text = text.lstrip("，, ")
    framed = _EN_FRAME_RE.match(text)
    if framed:  # "how much revenue did 青禾生物 make": an English question names a Chinese company
        text, offset = framed.group(1), offset + framed.start(1)
    cut = len(text)
    found = _BOUNDARY.search(text)
    if found:
        cut = found.start()
    for item in mentions(text):
        cut = min(cut, item.start)
    for start, _, _ in metrics:
        if start - offset >= 0:
            cut = min(cut, start - offset)
    # A shopping festival or holiday is when, not who ("美悦家电双十一销售额").
    festival = re.search(r"双十一|双11|双十二|双12|618|春节|国庆|五一|中秋|黑五", text[:cut])
    if festival and festival.start() >= 2:
        cut = festival.start()
    prefix = re.sub(r"[上中里内]$", "", text[:cut].strip(" ，,？?“”\"'"))
    prefix = re.sub(r"(?<=[\u4e00-\u9fff])\s*['’]s$", "", prefix)  # "青禾生物's revenue": whose
    # "宁德时代跌了多少", "比亚迪涨幅": how it moved is asked, not part of the name.
    prefix = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:大涨|大跌|上涨|下跌|涨|跌)(?:了|幅)?$", "", prefix)
    prefix = re.sub(r"(?:降准|降息|加息|减息|升息)(?:了|幅度)?$", "", prefix)  # "9月降准多少": the act, not who did it
    annual = _ANNUAL.search(prefix)  # "华坚集团年营收", "华坚年出口创汇": 年 is "a year's", no part of the name
    prefix = prefix[:annual.start()] if annual else prefix
    strong = cut < len(text) and not (found and found.start() == cut and found.group() not in ("的", "有", "是", "拟"))
    when = re.match(r"[\u4e00-\u9fff]{2,4}?(之后|之前|以后|以前|以来|期间|后|前)", prefix)
    if when and [p.word for p in pos_cut(prefix[:when.end()])][-1:] == [when.group(1)]:
        prefix = prefix[when.end():]  # "降准后…准备金率", "上市以来股价": when, not who (前海人寿 is one word)
    if len(prefix) < 2 or re.match(r"^[\d.%]", prefix) or _PERIOD_WORDS.fullmatch(prefix):
        return None  # "去年同期营收多少": when, not who
    _jieba()
    aliases = _aliases()
    tokens = [(p.word, p.flag) for p in pos_cut(prefix)]
    # "远航物流", "星汉游戏": jieba reads the first word as a verb or a time, but a short run
    # that ends with an organisation's last word is one name.
    ends_org = next((i for i, (w, _) in enumerate(tokens[:3]) if i and w in _NAME_ENDS), None)
    # jieba also reads such a first word as a state (鼎盛/z), a distinction word or a plain
    # noun (台光/n), or cuts it into characters (港/丰/集团); a place (恒川/ns) is kept apart
    # below, where a place may be meant.
    if ends_org and (tokens[0][1][:1] in ("v", "a", "d", "t", "f", "s", "z", "b", "n")
                     and tokens[0][1] not in ("ns", "nr", "nt") and len(tokens[0][0]) >= 2
                     or ends_org >= 2 and all(len(w) == 1 for w, _ in tokens[:ends_org])) \
            and len("".join(w for w, _ in tokens[:ends_org + 1])) <= 6:
        tokens = [("".join(w for w, _ in tokens[:ends_org + 1]), "nt"), *tokens[ends_org + 1:]]
    if not tokens or tokens[0][1][:1] in ("p", "c", "u", "d", "r", "t", "f"):
        return None
    # A short name jieba cuts up or mistags (飞力/达, 招行 as a verb): the words up to
    # the first real verb are one name.
    head = 0
    while head < len(tokens) and not (len(tokens[head][0]) >= 2 and tokens[head][1][:1] in ("v", "a", "d")
                                      and tokens[head][1] != "vn"):
        head += 1
    tokens = _whole_names(tokens, aliases.names_longest_first)
    head = min(head, len(tokens))  # known names joined: "宁德时代跌了多少" has fewer words than it was cut into
    if len(tokens) == 1 and len(prefix) <= 5:
        tokens = [(prefix, "nz")]
    elif 1 < head and len("".join(w for w, _ in tokens[:head])) <= 5 and any(len(w) == 1 for w, _ in tokens[:head]):
        # Up to the last one-character piece: "口子/窖/新品" is 口子窖 and 新品.
        last = max(i for i in range(head) if len(tokens[i][0]) == 1)
        if last > 0 or head == 2:
            last = max(last, 1)
            tokens = [("".join(w for w, _ in tokens[:last + 1]), "nz"), *tokens[last + 1:]]
    ends: list[int] = []  # where each kept token ends in `prefix`
    position = 0
    for word, flag in tokens:
        if word.strip() and (not flag.startswith(_NOUNISH) or word in _ZH_GENERIC or word == "文章"):
            break
        position += len(word)
        ends.append(position)
    if not ends:
        return None
    # Longest first; trailing words may be dropped ("长青股份湖北基地" → 长青股份,
    # "河南玉米高产示范区" → 河南), but never a number or a letter code ("海葵二号" is
    # not 海葵, "麒麟990 5G" not 麒麟990) nor the last word of an organisation's
    # name ("招商证券" is not 招商).
    words = [prefix[a:b] for a, b in zip([0, *ends], ends)]
    candidates = [prefix[:ends[-1]].strip()]
    while len(words) > 1:
        last = words[-1].strip()
        if last in ("业务", "板块", "分部", "事业部", "事业群", "部门") and len(words) > 2:
            # "…化工板块", "星河电子汽车电子业务": the segment's own name goes with it, whatever
            # its words (汽车 and 电子 end companies' names too); every shorter prefix may be
            # the company, longest first.
            words.pop()
            words.pop()
            candidates.append("".join(words).strip())
            # Down to two words, or one that is a whole name already ("星河电子").
            while len(words) > 2 or len(words) == 2 and len(words[0]) >= 4 and words[0].endswith(_ORG_SUFFIX_TUPLE):
                words.pop()
                candidates.append("".join(words).strip())
            break
        if not last or re.search(r"[\da-z一二三四五六七八九十]", last):
            break
        # "招商证券" is not 招商; but "正岳新材锂电隔膜" may still shrink to 正岳新材, a name that
        # ends like a company before the last word does.
        if last in _NAME_ENDS and not any(
                i and w in _ORG_SUFFIXES or len(w) >= 4 and w.endswith(_ORG_SUFFIX_TUPLE)
                for i, w in enumerate(words[:-1])):
            break
        words.pop()
        candidates.append("".join(words).strip())
    # A name never shrinks to the place it starts with ("中国天衡石化" is not 中国, "上海明川电气"
    # not 上海), unless the rest is plain nouns about the place ("美国工业" is about the US).
    about_place = _place_and_nouns(candidates[0])
    candidates = [c for c in candidates if len(c) >= 2 and c not in ("中国", "全球")
                  and (c == candidates[0] or about_place or not _is_place(c))
                  or c in aliases.entity_groups and (c == candidates[0] or about_place or not _is_place(c))]
    if candidates and candidates[-1].endswith(("公司", "集团")) and len(candidates[-1]) > 3 \
            and not _is_place(candidates[-1][:-2]):
        candidates.append(candidates[-1][:-2])  # 苹果公司 → 苹果
    place = _PLACE_WRITTEN.match(candidates[0]) if candidates else None
    if place and place.group(1) not in candidates and _PLACE_STATISTIC.match(candidates[0], place.end()):
        candidates.append(place.group(1))  # "岑州市第二产业增加值": the city, written with its 市, is the subject
    if not candidates:
        return None
    # Sure of it when it is a known name or ends where the question plainly moves on
    # (a period, a metric, 的/有/是): then no article naming it means nobody does.
    # So is a name ending with an organisation's last word (上海电气, 远航物流), or one the
    # question's metric follows at once ("上海电气在手订单": 在 is not "at" there).
    sure = strong or any(c in aliases.entity_groups for c in candidates) \
        or candidates[0].endswith(_ORG_SUFFIX_TUPLE) \
        or any(start - offset == len(prefix) for start, _, _ in metrics)
    group = next((aliases.entity_groups[c] for c in candidates if c in aliases.entity_groups), ())
    if not group:  # "谷歌云业务": also any spelling of the known name it starts with
        # A place only where it is a word of its own and no organisation's name follows: "美国工业"
        # is about the US, but "中国联通" (one word) and "北京银行" are companies, not China or Beijing.
        known = next((n for n in aliases.names_longest_first if not n.isascii() and len(n) >= 2
                      and candidates[-1].startswith(n) and (not _is_place(n) or len(n) in ends
                                                            and not candidates[-1].endswith(_ORG_SUFFIX_TUPLE)
                                                            and _place_and_nouns(candidates[-1]))), None)
        group = aliases.entity_groups[known] if known else ()
    return Entity(candidates[0], tuple(dict.fromkeys(candidates)), tuple(a for a in group if a not in candidates),
                  sure=sure)


_ANNUAL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![青少老中成童壮新百千万周嘉去今明前后同当丰延光流经上下本])年(?=[\u4e00-\u9fff]|$)")
# A place written with its level (岑州市, 江岭省, 云台县), not "上海市场" or "市值".
_PLACE_WRITTEN = re.compile(r"([\u4e00-\u9fff]{2,4}?[省市县])(?![场值民委面况盈销])")
# What a statistics bureau reports of a place: "岑州市第二产业增加值" is the city's, the rest is the measure.
_PLACE_STATISTIC = re.compile(r"第[一二三]产业|社会消费品|地区生产总值|gdp|规模以上|固定资产|进出口|一般公共预算|常住人口"
                              r"|居民人均|工业增加值|外贸")


def _whole_names(tokens: list[tuple[str, str]], known: tuple[str, ...]) -> list[tuple[str, str]]:
    """Keep a name whole where jieba cuts it after a place: a known name ("中国平安" is
    中国/平安 to jieba), or a place glued to a word that is not a plain noun ("中国天衡石化",
    "中国中免"): the company, not China."""
    text = "".join(w for w, _ in tokens)
    name = next((n for n in known if len(n) >= 3 and not n.isascii() and text.startswith(n)), None)
    if name is not None:
        out: list[tuple[str, str]] = [(name, "nt")]
        rest, position = tokens, 0
        for index, (word, _) in enumerate(rest):
            position += len(word)
            if position >= len(name):
                if position > len(name):  # the name ends inside a word: cut it there
                    return [*out, (text[len(name):position], rest[index][1]), *rest[index + 1:]]
                return [*out, *rest[index + 1:]]
        return out
    if len(tokens) < 2 or tokens[0][1] != "ns" or not _is_place(tokens[0][0]):
        return tokens
    glued, index = tokens[0][0], 1
    while index < len(tokens) and (len(tokens[index][0]) == 1 and tokens[index][1] not in ("u", "p", "c", "uj", "ul")
                                   or tokens[index][1] in ("nr", "nrfg", "nrt", "nz", "j", "a", "x", "eng")):
        glued += tokens[index][0]
        index += 1
    if index == 1:
        return tokens
    return [(glued, "nt"), *tokens[index:]]


def _place_and_nouns(phrase: str) -> bool:
    """A place followed only by plain nouns ("美国工业", "中国出口"), not a company's name
    that starts with a place ("中国天衡石化", "上海明川电气", "北京银行")."""
    tokens = [(p.word, p.flag) for p in pos_cut(phrase)]
    if not tokens or tokens[0][1] != "ns" or phrase.endswith(_ORG_SUFFIX_TUPLE):
        return False
    return all(len(w) >= 2 and not f.startswith(("nr", "nz", "nt", "j", "x", "eng")) for w, f in tokens[1:])


@lru_cache(maxsize=1024)
def _is_place(word: str) -> bool:
    """A place name as jieba tags it (中国, 美国, 北京), one word."""
    import jieba.posseg as pseg

    _jieba()
    tokens = [(p.word, p.flag) for p in pseg.cut(word)]
    return len(tokens) == 1 and tokens[0][1] == "ns"


_EN_NAME = re.compile(r"\b[A-Z][A-Za-z0-9&+]*(?:\.[A-Z]\.?)*(?:['’]s\b)?"
                      r"(?:\s+(?:[A-Z][A-Za-z0-9&+]*(?:\.[A-Z]\.?)*|\d+[A-Za-z]*)(?:['’]s\b)?)*")


def english_names(raw: str, folded: str) -> list[Entity]:
    """Capitalised names of an English question ("McClatchy's", "Nissan Juke", "U.S.").

    A possessive ends a name ("Tencent's AI revenue" is about Tencent); a short
    acronym that is not a known name (AI, GPU) is a word, not an entity. A phrase
    holding a known name ("Baidu AI Cloud") also matches that name's spellings.
    """
    out = []
    aliases = _aliases()
    for match in _EN_NAME.finditer(raw):
        for piece in re.split(r"(?<=['’]s)\s+", match.group()):
            words = [re.sub(r"['’]s$", "", w) for w in piece.split()]
            while words and words[0].lower() in _EN_STOP_NAMES:
                words = words[1:]
            if not words:
                continue
            name = fold(" ".join(words))
            if METRIC_RE.fullmatch(name) or re.fullmatch(r"[qh][1-4]|[1-4][qh]|\d+|fy\d{2,4}", name):  # "3Q", "FY25": periods
                continue
            if len(words) == 1 and re.fullmatch(r"[A-Z]{2,4}", words[0]) and name not in aliases.entity_groups:
                continue
            group: tuple[str, ...] = aliases.entity_groups.get(name, ())
            if not group:
                for known in aliases.names_longest_first:
                    if known.isascii() and len(known) > 2 and has_name(name, known) and not re.search(  # Latin America: no America
                            r"\b(?:latin|north|south|central|east|west|northern|southern|eastern|western|new)\s+$", name[:name.find(known)]):
                        group = aliases.entity_groups[known]
                        break
            out.append(Entity(name, (name,), tuple(a for a in group if a != name), subject=not out))
    return out


def entity_in(entity: Entity, text: str) -> str | None:
    """The spelling of `entity` found in folded `text`, if any."""
    for spelling in entity.spellings():
        if " " in spelling and spelling.isascii():
            if all(has_name(text, word) for word in spelling.split() if len(word) > 1):
                return spelling
        elif has_name(text, spelling):
            return spelling
    return None


def occurrences(entity: Entity, text: str) -> list[tuple[int, int, str]]:
    found = []
    for spelling in entity.spellings():
        pattern = rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])" if spelling.isascii() else chinese_name_pattern(spelling)
        if " " in spelling and spelling.isascii():
            pattern = "|".join(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])" for w in spelling.split() if len(w) > 1)
        found += [(m.start(), m.end(), spelling) for m in re.finditer(pattern, text)]
    return found


# ---------------------------------------------------------------------------
# Names in a sentence: who a number belongs to

_EN_CLAIMER = re.compile(r"\b[A-Z][A-Za-z0-9&\-]*(?:\.[A-Z]\.?)*(?:\s+[A-Z][A-Za-z0-9&\-]*)*")
_EN_NOT_NAMES = frozenset(
    """the a an in on at of for to by from with and or but as it its this that these those he she they we i
    his her their our there here if when while after before since meanwhile moreover however separately also
    other most some any each all both more less no not one two three four five ten what which who how why
    january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
    q1 q2 q3 q4 h1 h2 ceo cfo gdp eps""".split())
_NATIONALITIES = frozenset("""chinese american european japanese british german french russian canadian indian
    korean mexican australian italian spanish""".split())
# A market a line of business is named after ("North American sales rose 6%"): no owner of the figure.
_REGION_ADJECTIVES = frozenset(("north american", "latin american", "south american", "asia pacific", "asia-pacific",
                                "middle eastern", "southeast asian", "east asian", "north america", "latin america",
                                "asian", "african", "international", "domestic", "emea", "apac"))
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:in|to|from|at|on|for|of|with|by|into|across|as|than|over|under|outside|inside|near|beyond|within|throughout|toward|towards)"
                                 r"(?:\s+the)?\s*[“\"']?)$", re.I)
_ZH_GENERIC = frozenset("""公司 本公司 上市公司 子公司 母公司 企业 机构 券商 政府 我国 全国 国内 海外 全球 行业 市场 我们 记者
    分析师""".split())
# Finance words jieba tags as names (归母 as a person, 上市 as a place): never owners.
_ZH_NOT_NAMES = frozenset("上市 增持 减持 买入 卖出 跑赢 中性 评级 预期 业绩 归母 扣非 单季 同增 同降 入市 退市 开市 休市 收市 闭市 降准 降息 加息 减息 升息"
                          .split())


# Kinds of thing, not names: "新能源汽车销量", "国产汽车", "头部券商…".
_NOT_COMPANY_PREFIXES = frozenset("""新能源 国产 纯电 电动 智能 传统 合资 自主 商用 乘用 豪华 国内 海外 全球 中国 上市
    头部 龙头 主要 相关 其他 多家 部分 一些 我国 各家 这家 该 燃油 混动 二手 进口 出口 民营 国有 外资 中资 地方
    旗下 单季 期内 同期 母 子 整体 全体 本 公司 金融 动力 消费 锂离子 多晶 发行人""".split())


def rival_names(folded: str, spellings: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Names shaped like an asked one that open a clause: "远航汽车累计交付21.5万辆" asked of 星辰汽车.

    Neither jieba nor the alias table knows 远航汽车, so it owned nothing, and the number after it
    answered for the 星辰汽车 its article named earlier. Another name with the asked name's company
    suffix, written where a subject stands, is another company of the same kind.
    """
    suffixes = {x for spelling in spellings for x in _ORG_SUFFIXES if spelling.endswith(x) and len(spelling) > len(x) + 1}
    found = []
    for suffix in suffixes:
        for m in re.finditer(rf"(?:^|(?<=[，,。；;：:、]))([\u4e00-\u9fff]{{2,3}}?){re.escape(suffix)}", folded):
            name, prefix = m.group(), m.group(1)
            if (prefix in _NOT_COMPANY_PREFIXES or any(name in sp or sp in name for sp in spellings)
                    or any(p.flag[:1] in "tfrcmpdbqu" for p in pos_cut(prefix, hmm=False))):
                continue
            found.append((m.start(), m.end(), name))
    # 鼎泰物流 asked of 鼎泰实业 (or the reverse): the asked name's own stem with another trade's word is
    # another company, often its subsidiary or parent, whose figures are not the asked one's.
    stems = {sp[:-len(x)] for sp in spellings for x in suffixes if sp.endswith(x) and len(sp) - len(x) >= 2}
    for stem in stems:
        for m in re.finditer(rf"(?:^|(?<=[，,。；;：:、]))(?:此前|其中|同时|另外|而)?({re.escape(stem)}[\u4e00-\u9fff]{{2,3}})", folded):
            name = next((stem + x for x in _ORG_SUFFIXES if m.group(1).startswith(stem + x)), None)
            if name and not any(name in sp or sp in name for sp in spellings):
                found.append((m.start(1), m.start(1) + len(name), name))
    return found + pair_rivals(folded, spellings)  # "进出口" owns its number, not the 出口 asked


# A government office named right after its place ("临川市统计局"): the place's, not an owner of its own.
_OFFICE = re.compile(r"统计局|统计厅|人民政府|政府|发改委|发展改革委|财政局|财政厅|商务局|商务厅|国资委|税务局|海关")
_PLACE_ENDS = tuple("省市县区州")
# 在/于 right before a place, or before a list of places ("在杭州、成都").
_WHERE_BEFORE = re.compile(r"(?:在|于)(?:[\u4e00-\u9fff]{2,4}、)*$")
_WITH = ("与", "同", "跟")
# What two parties do together ("与某企业签订…", "与X合作"): the one after 与 is the other party.
_JOINT_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:签订|签署|签约|达成|合作|合资|共同|联合)")


@lru_cache(maxsize=8192)
def claimers(folded: str, original: str, subjects_only: bool = False) -> tuple[tuple[int, int, str], ...]:
    """See `_claimers`; `subjects_only` leaves out places that are not known names
    ("湖北基地" is where, not who: it does not make a sentence about Hubei)."""
    return tuple(_claimers(folded, original, subjects_only))


@lru_cache(maxsize=1)
def _company_names() -> re.Pattern[str]:
    """The alias table's Chinese names other than places, longest first, as one pattern: a place opens
    many longer names (美国联邦储备委员会), so only companies and the like are looked for."""
    names = []
    for name in _aliases().names_longest_first:
        if name.isascii() or len(name) < 2 or name in _ZH_GENERIC or name in _ZH_NOT_NAMES:
            continue
        tags = list(pos_cut(name, hmm=False))
        if not (len(tags) == 1 and tags[0].flag.startswith("ns")):
            names.append(re.escape(name))
    return re.compile("|".join(names) or r"(?!)")


def _claimers(folded: str, original: str, subjects_only: bool = False) -> list[tuple[int, int, str]]:
    """Names in the sentence that can own the numbers after them: people, places,
    organisations (jieba's tags and the alias table) and capitalised English names
    that are not the object of a preposition ("in the U.S.")."""
    out: list[tuple[int, int, str]] = []
    if re.search(r"[\u3400-\u9fff]", folded):
        _jieba()
        position = 0
        starts: set[int] = set()
        for pair in pos_cut(folded, hmm=False):  # (a word right after a digit is its unit: "3纳米工艺")
            word, flag = pair.word, pair.flag
            start = folded.find(word, position)
            position = start + len(word) if start >= 0 else position
            starts.add(start)
            if start >= 0 and 2 <= len(word) <= 8 and word not in _ZH_GENERIC and word not in _ZH_NOT_NAMES \
                    and not word.startswith(("同比", "环比")) and not folded[start - 1:start].isdigit() \
                    and (flag.startswith(("nr", "ns", "nt")) or word in _aliases().entity_groups) \
                    and not (subjects_only and flag.startswith("ns") and word not in _aliases().entity_groups) \
                    and not (flag.startswith("nr") and re.search(r"[约等为达在于和与及的了是有将]", word)):
                out.append((start, start + len(word), word))
        # A known name jieba cuts apart ("小鹏汽车" as 小/鹏/汽车, 蔚来 as 蔚/来) still names who the numbers
        # after it are; one that starts inside a word of its own ("完美的") is not that name.
        for at in starts:
            found = _company_names().match(folded, at)
            if found and not any(a < found.end() and found.start() < b for a, b, _ in out):
                out.append((found.start(), found.end(), found.group()))
        out.sort()
        busy = [(a, b) for a, b, _ in metric_spans(folded)] + [(m.start, m.end) for m in mentions(folded)]
        out = [c for c in out if not any(a < c[1] and c[0] < b for a, b in busy)]
        # "临川市统计局发布数据，前三季度全市…": the place's own office publishes its figures; and in
        # "公司与中东某能源企业签订…合同，合同金额约12.4亿元" the other party of a deal owns nothing after it.
        # "嘉禾地产在杭州、成都新增2宗土地": a place after 在 is where the subject acts, not a subject.
        out = [c for c in out if not (_is_place(c[2]) and _WHERE_BEFORE.search(folded, 0, c[0]))]
        out = [c for c in out if not (_OFFICE.fullmatch(c[2]) and (folded[c[0] - 1:c[0]] in _PLACE_ENDS
                                                                  or any(b == c[0] for _, b, _ in out)))
               and not (folded[c[0] - 1:c[0]] in _WITH and _JOINT_AFTER.match(folded, c[1]))]
    if len(original) == len(folded) and not re.search(r"[\u3400-\u9fff]", folded):
        # In Chinese text, Latin words are mostly codes and terms (TFM, LME, YoY).
        for match in _EN_CLAIMER.finditer(original):
            words = match.group().split()
            while words and words[0].lower().strip(".") in _EN_NOT_NAMES:
                words = words[1:]
            if not words or _PREPOSITION_BEFORE.search(original[:match.start()]) \
                    or re.fullmatch(r"[A-Z][a-z]+-[a-z][a-z\-]*", " ".join(words)) \
                    or len(words) == 1 and words[0].lower() in _NATIONALITIES \
                    or " ".join(words).lower() in _REGION_ADJECTIVES:
                continue
            start = match.end() - len(" ".join(words))
            # "Turnover for…", "Net income rose…", "Advertising revenue grew…": a capitalised
            # word that is, or opens, the metric at the start of a sentence is not a name.
            if len(words) == 1 and any(a <= start < b or b > start and a == match.end() + 1
                                       for a, b, _ in metric_spans(folded)):
                continue
            # "Software maker Tessaly…", "Smartphone shipments in Southeast Asia…": a capitalised
            # first word before a lowercase one, with a name later on, is a common word.
            if start == 0 and len(words) == 1 and re.match(r"\s+[a-z]", original[match.end():]) \
                    and not re.match(r"\s+(?:[a-z]+(?:ed|s)|said|says|sold|saw|won|lost|made|took|cut|set|had|has|will"
                                     r"|would|is|was|now|also|plans?|expects?)\b", original[match.end():]) \
                    and not re.search(r"[a-z][A-Z]", words[0]) and any(
                    m.start() > match.end() and len(m.group()) > 2 for m in _EN_CLAIMER.finditer(original)):
                continue
            out.append((start, match.end(), fold(" ".join(words))))
    return sorted(out)
