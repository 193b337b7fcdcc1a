"""Scope: the part of a company a question asks about, and the part a number is about.

"青禾乳业奶粉业务毛利率" asks for one business's margin: the group's 34.6% is not it.
"金穗农业的毛利率" asks for the group's: "种业业务…毛利率为45.3%" is one business's.
`part_of_question` reads the words between the company and the metric (奶粉业务, 储能电池,
纯电车型, automotive); `part_ok` checks that a number's metric carries them, and
`segment_scoped` that a number asked for the whole company is not a segment's.
All functions take folded text (see `text.fold`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.answer.metrics import metric_spans
from summarizer.answer.names import _ORG_SUFFIX_TUPLE, _ORG_SUFFIXES
from summarizer.answer.periods import mentions
from summarizer.answer.text import _jieba, fold, pos_cut

__all__ = ["asks_segment", "category_subject", "part_of_question", "part_ok", "segment_scoped"]

# Words that narrow nothing: "公司整体毛利率" asks for the group.
_GENERIC = re.compile(r"的|之|公司|集团|整体|总体|合计|累计|单季度?|全年|全公司|旗下|主营|实现|共|总|其|今年|去年|本期|报告期内?|期内"
                      r"|预计|预测|预期|同比|环比|大约|大概|双十一|双11|双十二|双12|618|春节|国庆|五一|中秋|黑五")
_ATTRIBUTABLE = re.compile(r"(?:控股)?股东应占|(?:公司)?(?:拥有人|权益持有人|普通股股东)应占|归属于?(?:母公司|上市公司|本行|本公司)?"
                           r"(?:普通股)?股东(?:的)?|应占")
_SEGMENT_WORD = re.compile(r"业务|板块|分部|事业部|事业群")
# A business or segment that owns a metric: "种业业务收入", "EPC业务实现营业收入", "automotive segment".
_SEGMENT_ZH = re.compile(r"([\u4e00-\u9fffa-z0-9]{1,8}?)(?:业务|板块|分部|事业部|事业群|服务|市场)(?:实现|的)?")
_NOT_SEGMENTS = ("主营", "核心", "全部", "整体", "各项", "各", "总", "公司")
_SEGMENT_EN = re.compile(r"\b(?:segment|division|unit)\b")
# A clause that ends on a part of a company: a relative clause after it is about that part.
_PART_ENDS_EN = re.compile(r"\b(?:segment|division|unit|business|arm|subsidiary|operations?)\s*$")
# Words before a metric that still mean the whole company's ("Total revenue", "Group sales").
_EN_WHOLE = frozenset("""total net gross group overall consolidated quarterly annual reported adjusted organic
    underlying company company's firm's its their combined paid paying gaap""".split())
# Words before a metric that do not narrow it: articles, pronouns, verbs, prepositions.
_EN_NOT_MODIFIERS = frozenset("""the a an its their his her our this that these those of in on at for to from with by and or
    but as was were is are be been had has have said says say posted posts post reports report book books record records
    generate generates saw see sees expects expect forecast forecasts while when after before than over under about
    also only still now then its record-high quarter's year's company's group's firm's
    it they we he she which who""".split())
_EN_VERBS = frozenset("rose fell grew was were is are rise rises fall falls grow grows hit came stood totalled".split())
# Metrics a company reports by line of business (not GDP or a share price).
_LINES = frozenset("revenue net_profit adjusted_profit loss volume orders backlog users output power_output gross_profit gross_margin "
                   "operating_profit".split())
_SEGMENT_LEAD = re.compile(r"\s*(?:其中|分业务看|分板块看|分产品看|分业务|分板块|分产品)?\s*[，,:：]?\s*")


def part_of_question(folded: str, subject_end: int, metric_start: int) -> str | None:
    """The words between the question's subject and its metric, less periods and words
    that narrow nothing: "奶粉业务" in "青禾乳业奶粉业务毛利率"; None when nothing is left."""
    if subject_end < 0 or metric_start <= subject_end:
        return None
    chars = list(folded[subject_end:metric_start])
    for mention in mentions(folded):  # periods of the whole question ("中期股息" is a period)
        for i in range(max(mention.start, subject_end), min(mention.end, metric_start)):
            chars[i - subject_end] = " "
    between = re.sub(r"^\s*['’]s\b", " ", "".join(chars))  # "青禾生物's revenue": whose, no part
    if re.match(r"\s*(?:与|和|及|对|在|向|从|占|比|较|为|跟|同)", between):
        return None  # "腾讯金融科技与企业服务收入", "AI对百度智能云收入的贡献": not a part of the subject
    # Whose share of the profit ("股东应占", "公司拥有人应占", "归属于母公司股东"): the whole company's, not a part.
    between = _ATTRIBUTABLE.sub(" ", between)
    between = _GENERIC.sub(" ", between)
    words = [w for w in re.split(r"[\s,，、?？]+", between) if w]
    # Only what names a thing narrows it: "这次签的合同" asks about the contract, not a part.
    part = "".join(p.word for w in words for p in pos_cut(w)
                   if not _NOT_PART_FLAG.match(p.flag) or p.flag == "vn"
                   or p.flag == "v" and p.word not in _ACTIONS and w.endswith(p.word))  # "付费用户": 付费 narrows
    if part in _ORG_SUFFIXES:  # "东岳控股" asked where the articles say 东岳: the same company
        return None
    if len(part) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", part) and any(
            p.flag.startswith("n") for p in pos_cut(part)) and folded[metric_start - 1:metric_start] == part:
        return part  # "金产量", "煤销量": one character names the product
    if len(part) < 2 or re.fullmatch(r"[\d.%]+", part) or _SEGMENT_WORD.fullmatch(part):
        return None
    return part


_NOT_PART_FLAG = re.compile(r"[rdpcuyeov]|t$|m$|q$")
_ACTIONS = frozenset("签 签订 签署 签下 获得 拿下 中标 实现 录得 完成 卖 卖出 卖了 是 有 达到 公布 发布 披露".split())


def _core(part: str) -> str:
    core = _SEGMENT_WORD.sub("", part)
    return core if len(core) >= 2 or (core and not core.isascii()) else part


def _window(sentence: str, at: int) -> str:
    """The text a number's metric is named in: from a little before the nearest metric
    before the number, up to the number."""
    before = [span for span in metric_spans(sentence) if span[1] <= at]
    if not before:  # "2~3亿元的新品订单": the metric follows the number
        after = [span for span in metric_spans(sentence) if span[0] >= at]
        # "以18.6亿元现金收购星澜科技100%股权": the metric's object, to the clause's end, goes with it.
        tail = re.split(r"[，。；,;]", sentence[at:])[0] if after and not re.search(
            r"[，。；,;]", sentence[at:after[0][0]]) else ""
        return re.split(r"[。；;]", sentence[:at])[-1] + tail
    start = before[-1][0]
    clause_start = max(sentence.rfind(c, 0, start) for c in "，,；;。") + 1
    return sentence[max(0, min(clause_start, start - 12)):at]


@lru_cache(maxsize=4096)
def _words(part: str) -> tuple[str, ...]:
    """The part's words that must all be there ("外卖日" is 外卖 and 日: "外卖的日订单量")."""
    if part.isascii():
        return (_core(part),)
    words = [w for w in _jieba().cut(part) if not _SEGMENT_WORD.fullmatch(w)]
    long = [w for w in words if len(w) >= 2]
    return tuple(long or words or [part])


def part_ok(part: str, sentence: str, at: int, names: tuple[str, ...] = ()) -> bool:
    """Is the number at `at` about the part asked ("其中储能电池出货量为4.2GWh")? The
    company's own `names` do not count ("蓝峰储能…动力电池" is not 储能电池)."""
    window = _window(sentence, at)
    for name in names:
        window = window.replace(name, " " * len(name))
    if part in window or all(w in window for w in _words(part)):
        # "商场收入为12.1亿港元，写字楼收入为6.3亿港元，按年上升2.4%": another kind's metric
        # stands between the part and the number, and the number is that one's.
        named = window.rfind(part)
        if named < 0 or not _other_kind_between(window[named + len(part):]):
            return True
    # "锂电隔膜出货量同比大幅增长，全年出货量预计超过18亿平方米": named in an earlier clause
    # of the same statement, with no other part named between it and the number.
    statement = re.split(r"[。；;]", sentence[:at])[-1]
    found = statement.rfind(part)
    end = found + len(part)
    words = _words(part)
    if found < 0 and len(words) > 1 and not part.isascii():
        # "核心商业" asked, "核心本地商业分部收入…，经营利润为…" stated: its words, in order, in one run.
        masked = statement
        for name in names:  # "蓝峰储能…动力电池" holds 储能 and 电池, but 储能 is the company's
            masked = masked.replace(name, " " * len(name))
        found = masked.rfind(words[0])
        end = found
        for word in words:
            end = masked.find(word, end) if end >= 0 else -1
            end = end + len(word) if end >= 0 else -1
        if found < 0 or end < 0 or end - found > len(part) + 6:
            found = -1
    # "汽车电子业务收入…，该业务毛利率为24.3%": 该业务 is the part named before, not another one.
    rest = _BACK_TO_PART.sub(lambda m: " " * len(m.group()), statement[end:]) if found >= 0 else ""
    if found >= 0 and not re.search(r"其中|另外|此外|而|分别|但", statement[found:]) and not _segment_in(
            rest) and not _other_kind_between(rest):
        return True
    if part.isascii():  # English: the part anywhere in the clause before the number
        clause = re.split(r"[;]\s|\.\s", sentence[:at])[-1]
        return _core(part) in clause
    return False


_BACK_TO_PART = re.compile(r"该(?:业务|板块|分部|部门|事业部|产品线)")


def _other_kind_between(text: str) -> bool:
    """After the part's own metric, another metric narrowed by a noun of its own
    ("物业销售收入为98.3亿港元，租金收入为27.4亿港元，按年上升3.2%": the rise is 租金收入's)."""
    for start, _, _ in metric_spans(text)[1:]:
        clause_start = max(text.rfind(c, 0, start) for c in "，,、") + 1
        before = text[max(clause_start, start - 6):start]
        tokens = [(p.word, p.flag) for p in pos_cut(before)] if before else []
        if tokens and tokens[-1][1].startswith("n") and len(tokens[-1][0]) >= 2 \
                and tokens[-1][0] not in ("公司", "集团", "期内", "同期", "全年", "单季", "累计", "合计", "整体"):
            return True
    return False


def _segment_in(text: str, question: str = "") -> bool:
    """A business or segment named right before a metric ("奶粉业务收入"), unless the
    question names it too ("腾讯金融科技与企业服务收入…" asks for that line)."""
    starts = {span[0] for span in metric_spans(text)}
    for match in _SEGMENT_ZH.finditer(text):
        owner = match.group(1)
        if owner.endswith(("及", "和", "与", "、", "的")) or owner.endswith(_NOT_SEGMENTS):
            continue
        if question and _as_asked(re.sub(r"(?:实现|的)$", "", match.group())) in _as_asked(question):
            continue  # "中国智能手机市场出货量" is what "国内智能手机出货量" asks
        # "海外市场11月交付4120辆": a period between the segment and its metric.
        gap = _GAP_PERIOD.match(text, match.end())
        reach = gap.end() if gap else match.end()
        if any(match.end() <= start <= reach + 2 for start in starts):
            return True
    return False


def _as_asked(text: str) -> str:
    """A market as a question names it: 中国 is 国内 to a Chinese reader, and "市场" may go unsaid."""
    return text.replace("市场", "").replace("中国", "国内")


def asks_segment(folded_question: str) -> bool:
    """The question itself is about a segment ("the unit's sales", "云业务收入")."""
    return bool(_SEGMENT_EN.search(folded_question) or _SEGMENT_WORD.search(folded_question))


def segment_scoped(sentence: str, at: int, names: tuple[str, ...] = (), question: str = "",
                   original: str = "") -> bool:
    """Is the number at `at` a segment's ("其中种业业务收入21.6亿元…，毛利率为45.3%", "the
    automotive segment posted revenue of $910 million"), not the whole company's?"""
    window = _window(sentence, at)
    if not re.search(r"[\u4e00-\u9fff]", sentence):
        if _SEGMENT_EN.search(window):
            return True
        # "The packaged-meals segment grew fastest, with sales up 8%": a with-clause is its subject's.
        clauses = re.split(r"[,;]", sentence[:at])
        if len(clauses) > 1 and re.match(r"\s*with\b", clauses[-1]) and _SEGMENT_EN.search(clauses[-2]):
            return True
        # "exploring a sale of its lighting business, which had revenue of about $900 million": the part's.
        if len(clauses) > 1 and re.match(r"\s*(?:which|that)\b", clauses[-1]) and _PART_ENDS_EN.search(clauses[-2]):
            return True
        before = [span for span in metric_spans(sentence) if span[1] <= at]
        if not before:
            return False
        start, end, group = before[-1]
        # "Deliveries of the Ardent sedan totalled…", "Advertising revenue grew…": one line's figure.
        line = re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?!about|some|nearly|almost|around|over|more|up|a\s|an\s)"
                        r"([a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3})", sentence[end:])
        if line and re.match(r"\s+of\s+(?:[a-z]{1,3}\s?)?[$€£¥\d]", sentence[end:]):
            line = None  # "net profit of A$1.42 billion", "revenue of US$2bn": an amount, not a line
        if line and group == "share_price" and len(original) == len(sentence) and original[end + line.start(1)].isupper():
            return False  # "Shares of Harbor Freight fell 8.3%": the company's own shares, no line of it
        if line:  # unless the question asks for that line ("How many Ardent sedans…")
            words = line.group(1).split()
            verb = next((i for i, w in enumerate(words) if w.endswith("ed") or w in _EN_VERBS), len(words))
            words = words[:verb] or words
            named = [i for i, w in enumerate(words) if any(w in n.split() for n in names)]
            if named and named[-1] == len(words) - 1:
                return False  # "Sales of its arthritis drug Velamab": the line is the one asked about
            return not any(len(w) > 3 and w.rstrip("s") in question and not any(w in n.split() for n in names)
                           for w in words)
        # The word right before the metric, when it narrows it ("comparable sales", "Advertising
        # revenue"), unless the question asks for it ("How many smartphones…").
        opener = re.search(r"(?:^|\s)([a-z][a-z\-]+)\s+$", sentence[:start])
        if not opener or group not in _LINES or re.search(r"\b(?:and|or)\s+$", sentence[:opener.start(1)]):
            return False  # "oil and gas production" names the whole
        word = opener.group(1)
        if len(original) == len(sentence) and opener.start(1) > 0 and original[opener.start(1)].isupper():
            return False  # "Kestrel Motors delivered…": a name, not a kind of the metric
        return word not in _EN_WHOLE and word not in _EN_NOT_MODIFIERS and not word.endswith("ed") \
            and not mentions(word) and not any(word in name.split() for name in names) \
            and word.rstrip("s") not in question
    if _segment_in(window, question) or _line_revenue(sentence, at, names, question):
        return True
    # "分业务看，物业管理服务收益为21.7亿港元", "…收入4.35亿元，占总收入的33.9%": a breakdown's line,
    # or a part stated with its share of the whole, is not the whole company's.
    clause = re.split(r"[。；;]", sentence[:at])[-1]
    breakdown = _BREAKDOWN.search(clause)
    if breakdown and not any(fold(name) in clause[breakdown.end():] for name in names if len(fold(name)) >= 2) \
            or _SHARE_OF_WHOLE.match(sentence[at:at + 30]) and not _asked_line(clause, names):
        # (unless the line asked about is the one named: "分产品看，新能源汽车产量98.6万辆" answers
        # "新能源汽车产量是多少")
        return True
    # A statement that opens with a segment ("其中种业业务收入…") is about it to its end.
    statement = re.split(r"[。；;]", sentence[:at])[-1]
    lead = _SEGMENT_LEAD.match(statement)
    head = statement[lead.end() if lead else 0:]
    opening = re.split(r"[，,]", head)[0]
    return _segment_in(opening) and _SEGMENT_ZH.match(opening) is not None and not re.search(
        r"公司|集团|整体|合计|总", head[len(opening):])


def _asked_line(clause: str, names: tuple[str, ...]) -> bool:
    """"上半年青花汾酒实现收入61亿元，占总营收…": the part whose share is given is the one asked about when its name
    (the question's) is written right before the metric, past a report verb."""
    before = metric_spans(clause)
    if not before:
        return False
    head = re.sub(r"(?:实现|录得|的|营业|销售)+$", "", clause[:before[-1][0]])
    return any(len(fold(name)) >= 2 and head.endswith(fold(name)) for name in names)


# What may stand before a bare 收入/收益 and still mean the whole company's: time, the company, a verb.
_WHOLE_WORDS = (r"(?:期内|本期|当期|本季度?|当季|单季|本月|当月|报告期内?|全年|上半年|下半年|前三季度|[一二三四1-4]季度|\d{1,2}月份?|今年|去年|本年"
                r"|公司|集团|本行|该行|本集团|总|整体|合计|累计|主营|营业|实现|的|为|共|其中|同期|此外|另外|期间)+")
_WHOLE_AT_END = re.compile(_WHOLE_WORDS + "$")
_WHOLE_AT_START = re.compile("^" + _WHOLE_WORDS)


def _line_revenue(sentence: str, at: int, names: tuple[str, ...], question: str) -> bool:
    """"物业销售收入为42.7亿港元", "租金收入按年增长3.2%": a bare 收入/收益 right after the name of a line of
    business is that line's revenue, not the company's (营业收入, 期内收入, 公司收入 are the whole)."""
    before = [span for span in metric_spans(sentence) if span[1] <= at]
    if not before or before[-1][2] != "revenue" or sentence[before[-1][0]:before[-1][1]] not in (
            "收入", "收益", "销售收入", "营收"):
        return False
    # "其中纸制精品包装2021年营收…": the line's name may stand before the period of its figure.
    head = sentence[:before[-1][0]]
    gap = _PERIOD_AT_END.search(head)
    head = head[:gap.start()] if gap else head
    for name in sorted(names, key=len, reverse=True):  # the company's own name is no line ("联晶半导体今日公布…")
        head = head.replace(fold(name), " ") if name else head
    run = re.search(r"[\u4e00-\u9fff]{2,8}$", head)
    if run is None or run.group().endswith(_ORG_SUFFIX_TUPLE):
        return False  # "阿里云智能集团收入": a group's name, left to the check of subgroups
    if run.group()[-2:] + sentence[before[-1][0]:before[-1][1]] in question:
        return False  # the line asked about ("AI对百度智能云收入的贡献比例")
    # What a report verb introduces is the company's own ("今日公布11月营收"): only the words after it can narrow.
    words = re.split(r"公布|发布|披露|公告|宣布|实现|录得|报告|显示|达到|公司|集团|本行|预计|预期|预测|指引|是", run.group())[-1]
    # "…公布10月合并营收": a time word cut off by digits ("月") or 合并 (consolidated) narrows nothing.
    words = _WHOLE_AT_START.sub("", _WHOLE_AT_END.sub("", re.sub(r"合并$", "", words)))
    words = re.sub(r"^[年月日号度]", "", words)
    return len(words) >= 2 and words not in question


_PERIOD_AT_END = re.compile(r"(?:\d{2,4}年度?|\d{2}Q[1-4]|Q[1-4]|\d{1,2}月份?|第?[一二三四1-4]季度?|上半年|下半年|前三季度|全年)+$", re.I)
_GAP_PERIOD = re.compile(r"(?:\d{1,2}月份?|1-\d{1,2}月|[一二三四1-4]季度|上半年|下半年|前三季度|全年|今年|去年|\d{4}年)+")
_BREAKDOWN = re.compile(r"分(?:业务|板块|产品|地区|区域|行业|渠道|品类|部门|市场)(?:来)?看[,，:：]")
_SHARE_OF_WHOLE = re.compile(r"[0-9.,]+[^\s，,；;。0-9]{0,4}[，,]?(?:约)?占(?:公司|集团|本行)?(?:总|整体|全部|全年总)")


# Where a sentence's own subject may begin: connectives and time words, not a subject.
_LEAD_IN = re.compile(r"^(?:(?:其中|此外|另外|同时|同期|与此同时|而|但|数据显示|[0-9一二三四五六七八九十]+月份?|今年|去年|本季度?|当季)[,，、]?)+")
# A market or a whole industry as a subject: "国内手机出货量", "行业营收".
_MARKET = re.compile(r"^(?:国内|全国|全球|全市场|市场|行业|全行业|整体|海内外|境内外|中国市场|国内市场|全球市场)")


def category_subject(sentence: str, at: int, spellings: tuple[str, ...]) -> bool:
    """Does the sentence open with a subject of its own that is a kind of thing, not the
    company asked about? "折叠屏手机出货量为240万部" is the whole market's foldable
    phones, not 青曜手机's (a company named in the sentence before): its subject ends with
    the company's own category word (手机) or is a market (国内…, 行业…). Such a number
    is the company's only where the article as a whole (title, opening) is about it.

    `sentence` is folded; `at` is where the number starts; `spellings` are the
    company's names ("青曜手机", "青曜")."""
    metrics = [m for m in metric_spans(sentence) if m[1] <= at and m[2] != "deal_value"]
    # With no metric word ("国内充电桩保有量为320万台"), the subject ends at the verb.
    head = sentence[:metrics[0][0]] if metrics else re.split(r"为|达到|达|约|共计|共|是|同比|环比", sentence[:at])[0]
    subject = _LEAD_IN.sub("", head).rstrip("的")
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", subject) or _GENERIC.search(subject):
        return False
    if any(s and s in subject for s in spellings):
        return False
    if _MARKET.match(subject):
        return True
    # The company's category is the last word of its name: 青曜手机 -> 手机, 北屿汽车 -> 汽车.
    heads = {name[-2:] for name in spellings if len(name) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", name)}
    return any(subject.endswith(head) and len(subject) > len(head) for head in heads)
