"""What a question requires of its answer: the entity, the period and the metric it states.

A sentence that shares words with the question is not yet an answer. "腾讯第三季度营收"
is not answered by another company's figure, nor by Tencent's second quarter, nor
by its net profit. `parse_constraints` reads the three from the question;
`Checker` tests one number of one sentence against them, reading the sentence with
its article's context (the title, the first sentences, the sentences just before),
because "公司前三季度营收…" often names neither the company nor the year.

The checks are precise rather than generous: a wrong figure is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.answer.periods import Mention, Period, mentions, period_of
from summarizer.answer.text import _aliases, _jieba, fold

__all__ = ["METRICS", "METRIC_OF", "Constraints", "Entity", "metric_spans", "parse_constraints"]

# Metric groups: every spelling that names the same measure, folded. Longest
# spellings win ("营业利润" is never 利润, "每股盈利" is never 盈利).
METRICS: dict[str, tuple[str, ...]] = {
    "revenue": ("营业总收入", "营业收入", "销售收入", "总收入", "营收", "收入", "销售额", "revenues", "revenue",
                "sales", "turnover"),
    "net_profit": ("归属于上市公司股东的净利润", "归属于母公司股东的净利润", "归属于母公司的净利润", "归属母公司净利润",
                   "归母净利润", "归母净利", "扣非净利润", "净利润", "净利", "纯利", "盈利", "net profit", "net income",
                   "profits", "profit", "earnings"),
    "loss": ("净亏损", "亏损", "net loss", "losses", "loss", "lose", "lost"),
    "operating_profit": ("营业利润", "operating profit", "operating income"),
    "total_profit": ("利润总额", "pretax profit", "pre-tax profit"),
    "gross_margin": ("综合毛利率", "毛利率", "gross margin"),
    "gross_profit": ("毛利", "gross profit"),
    "net_margin": ("净利率", "net margin"),
    "eps": ("摊薄每股收益", "每股收益", "每股盈利", "earnings per share", "eps"),
    "roe": ("加权平均净资产收益率", "净资产收益率", "return on equity", "roe"),
    "cash_flow": ("经营性现金流", "经营现金流", "现金流", "cash flow"),
    "gdp": ("国内生产总值", "gross domestic product", "gdp"),
    "market_value": ("总市值", "市值", "market value", "market cap", "market capitalization"),
    "target_price": ("目标价", "target price", "price target"),
    "price": ("售价", "价格", "股价", "price", "cost", "costs"),
    "debt_ratio": ("资产负债率", "debt ratio"),
    "pe": ("市盈率", "p/e"),
    "dividend": ("现金红利", "分红", "股息", "dividends", "dividend"),
    "output": ("发电量", "产量", "output", "production"),
    "volume": ("出货量", "交付量", "销量", "shipments", "deliveries", "units sold"),
}
# A question about profit is answered by a loss, and the other way round.
# English "sales" is money or units: 销售额 and 销量 both answer it.
_COMPATIBLE = {"net_profit": frozenset({"net_profit", "loss"}), "loss": frozenset({"loss", "net_profit"}),
               "sales": frozenset({"revenue", "volume"})}
_METRIC_LABEL = {
    "zh": {"revenue": "营收", "net_profit": "净利润", "loss": "亏损", "operating_profit": "营业利润",
           "total_profit": "利润总额", "gross_margin": "毛利率", "gross_profit": "毛利", "net_margin": "净利率",
           "eps": "每股收益", "roe": "净资产收益率", "cash_flow": "现金流", "gdp": "GDP", "market_value": "市值",
           "target_price": "目标价", "price": "价格", "debt_ratio": "资产负债率", "pe": "市盈率", "dividend": "分红",
           "output": "产量", "volume": "销量"},
    "en": {k: next(s for s in v if s.isascii()) for k, v in METRICS.items()},
}


def _metric_regex() -> re.Pattern[str]:
    spellings = sorted(((s, k) for k, v in METRICS.items() for s in v), key=lambda p: -len(p[0]))
    parts = [rf"(?<![a-z0-9]){re.escape(s)}(?![a-z0-9])" if s.isascii() else re.escape(s) for s, _ in spellings]
    return re.compile("|".join(parts))


_METRIC_RE = _metric_regex()
METRIC_OF = {s: k for k, v in METRICS.items() for s in v}
_METRIC_OF = METRIC_OF


@lru_cache(maxsize=16384)
def metric_spans(folded: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, metric group) of every metric named in `folded`, in order."""
    return tuple((m.start(), m.end(), _METRIC_OF[m.group()]) for m in _METRIC_RE.finditer(folded))


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


@dataclass(frozen=True, slots=True)
class Constraints:
    entities: tuple[Entity, ...] = ()
    period: Period = field(default_factory=Period)
    metric: str | None = None
    question: str = ""  # folded: a name the question itself uses never owns a rival's number

    def __bool__(self) -> bool:
        return bool(self.entities or self.period or self.metric)

    def metric_label(self, lang: str) -> str:
        if self.metric == "sales":
            return "销售" if lang == "zh" else "sales"
        return _METRIC_LABEL[lang].get(self.metric or "", self.metric or "")


# The last word of an organisation's name: never dropped ("招商证券" is not 招商).
_ORG_SUFFIXES = frozenset("""证券 银行 集团 股份 控股 科技 公司 汽车 电子 能源 新能源 时代 保险 基金 地产 医药 药业 电气 电力
    建设 通信 半导体 资本 国际 实业 酒业 食品 化工 航空 物流 钼业 矿业 钢铁 光电 传媒 网络 软件 智能 生物 环保 农业""".split())
_LEADING_SKIP = re.compile(r"^(?:请问|那么|所以|关于)")
_BOUNDARY = re.compile(r"的|有|是|正在|多少|几|什么|哪|谁|怎么|如何|预计|预测|预期|将|了|在|可以|能够|能否|能处理|每|一天|同比|环比")
_EN_STOP_NAMES = frozenset(
    """what which who whom how when where why is are was were do does did the a an in on at of for to by
    from with and or but if this that these those it its q1 q2 q3 q4 h1 h2 fy""".split())
_NAME_FLAGS = ("nr", "ns", "nt", "nz")
_NOUNISH = ("n", "nr", "ns", "nt", "nz", "eng", "j", "x", "m", "vn", "nrt", "nrfg", "b")


def parse_constraints(question: str) -> Constraints:
    """The entity, period and metric a question states (pure; cached)."""
    return _parse(question.strip())


@lru_cache(maxsize=4096)
def _parse(raw: str) -> Constraints:
    folded = fold(raw)
    period = period_of(folded)
    metrics = metric_spans(folded)
    metric = metrics[-1][2] if metrics else None
    if metrics and folded[metrics[-1][0]:metrics[-1][1]] == "sales":
        metric = "sales"
    entities: list[Entity] = []
    chinese = bool(re.search(r"[\u3400-\u9fff]", folded))
    if chinese:
        subject = _chinese_subject(folded, metrics)
        if subject:
            entities.append(subject)
    else:
        entities += _english_names(raw, folded)
    start = _subject_start(folded)
    # Alias-table names anywhere in the question (腾讯, Intel, 美国).
    aliases = _aliases()
    covered = " ".join(s for e in entities for s in e.spellings())
    for name in aliases.names_longest_first:
        if _has_name(folded, name) and not _has_name(covered, name):
            group = aliases.entity_groups[name]
            if any(_has_name(e.text, name) or _has_name(name, e.text) for e in entities):
                continue
            if any(m[0] <= folded.find(name) < m[1] for m in metrics):
                continue  # "GDP", "EPS": a metric, not a name
            # A known name is the subject only where a subject stands: first.
            first = not entities and folded.find(name) == start
            entities.append(Entity(name, (name,), tuple(a for a in group if a != name), subject=first))
            covered += " " + " ".join(group)
    return Constraints(tuple(entities), period, metric, folded)


def _subject_start(folded: str) -> int:
    """Where a Chinese question's subject would start: after a leading period."""
    text = _LEADING_SKIP.sub("", folded)
    offset = len(folded) - len(text)
    leading = [m for m in mentions(text) if m.start == 0]
    if leading:
        offset += leading[0].end
    while offset < len(folded) and folded[offset] in "，, ":
        offset += 1
    return offset


def _has_name(text: str, name: str) -> bool:
    if name.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text) is not None
    return name in text


def _chinese_subject(folded: str, metrics: tuple[tuple[int, int, str], ...]) -> Entity | None:
    """The words before the first period, metric or question word: "口子窖前三季度收入" → 口子窖."""
    text = _LEADING_SKIP.sub("", folded)
    offset = len(folded) - len(text)
    leading = [m for m in mentions(text) if m.start == 0]
    if leading:  # "一季度中国…": the subject may follow a leading period
        text, offset = text[leading[0].end:], offset + leading[0].end
    text = text.lstrip("，, ")
    cut = len(text)
    found = _BOUNDARY.search(text)
    if found:
        cut = found.start()
    for item in mentions(text):
        cut = min(cut, item.start)
    for start, _, _ in metrics:
        if start - offset >= 0:
            cut = min(cut, start - offset)
    prefix = re.sub(r"[上中里内]$", "", text[:cut].strip(" ，,？?“”\"'"))
    strong = cut < len(text) and not (found and found.start() == cut and found.group() not in ("的", "有", "是"))
    if len(prefix) < 2 or re.match(r"^[\d.%]", prefix):
        return None
    import jieba.posseg as pseg

    _jieba()
    aliases = _aliases()
    tokens = [(p.word, p.flag) for p in pseg.cut(prefix)]
    if not tokens or tokens[0][1][:1] in ("p", "c", "u", "d", "r", "t", "f"):
        return None
    # A short name jieba cuts up or mistags (飞力/达, 招行 as a verb): the words up to
    # the first real verb are one name.
    head = 0
    while head < len(tokens) and not (len(tokens[head][0]) >= 2 and tokens[head][1][:1] in ("v", "a", "d")
                                      and tokens[head][1] != "vn"):
        head += 1
    if len(tokens) == 1 and len(prefix) <= 5:
        tokens = [(prefix, "nz")]
    elif 1 < head and len("".join(w for w, _ in tokens[:head])) <= 5 and any(len(w) == 1 for w, _ in tokens[:head]):
        tokens = [("".join(w for w, _ in tokens[:head]), "nz"), *tokens[head:]]
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
        if not last or re.search(r"[\da-z一二三四五六七八九十]", last) and not _HAS_HAN_NOUN.fullmatch(last) \
                or last in _ORG_SUFFIXES:
            break
        words.pop()
        candidates.append("".join(words).strip())
    candidates = [c for c in candidates if len(c) >= 2 and c not in ("中国", "全球") or c in aliases.entity_groups]
    if candidates and candidates[-1].endswith(("公司", "集团")) and len(candidates[-1]) > 3:
        candidates.append(candidates[-1][:-2])  # 苹果公司 → 苹果
    if not candidates:
        return None
    # Sure of it when it is a known name or ends where the question plainly moves on
    # (a period, a metric, 的/有/是): then no article naming it means nobody does.
    sure = strong or any(c in aliases.entity_groups for c in candidates)
    group = next((aliases.entity_groups[c] for c in candidates if c in aliases.entity_groups), ())
    if not group:  # "谷歌云业务": also any spelling of the known name it starts with
        known = next((n for n in aliases.names_longest_first if not n.isascii() and len(n) >= 2
                      and candidates[-1].startswith(n)), None)
        group = aliases.entity_groups[known] if known else ()
    return Entity(candidates[0], tuple(dict.fromkeys(candidates)), tuple(a for a in group if a not in candidates),
                  sure=sure)


# A word with a digit-like character that is still a plain noun ("良种" is tagged m).
_HAS_HAN_NOUN = re.compile(r"[\u4e00-\u9fff]*[良种][\u4e00-\u9fff]*")


_EN_NAME = re.compile(r"\b[A-Z][A-Za-z0-9&+]*(?:\.[A-Z]\.?)*(?:['’]s\b)?"
                      r"(?:\s+(?:[A-Z][A-Za-z0-9&+]*(?:\.[A-Z]\.?)*|\d+[A-Za-z]*)(?:['’]s\b)?)*")


def _english_names(raw: str, folded: str) -> list[Entity]:
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
            if _METRIC_RE.fullmatch(name) or re.fullmatch(r"[qh][1-4]|\d+", name):
                continue
            if len(words) == 1 and re.fullmatch(r"[A-Z]{2,4}", words[0]) and name not in aliases.entity_groups:
                continue
            group: tuple[str, ...] = aliases.entity_groups.get(name, ())
            if not group:
                for known in aliases.names_longest_first:
                    if known.isascii() and len(known) > 2 and _has_name(name, known):
                        group = aliases.entity_groups[known]
                        break
            out.append(Entity(name, (name,), tuple(a for a in group if a != name), subject=not out))
    return out


# ---------------------------------------------------------------------------
# Checking one number of one sentence


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a number satisfies the question; `missing` names the first constraint it fails."""

    ok: bool
    missing: str | None = None  # "entity", "period" or "metric"
    parts: frozenset[str] = frozenset()
    years: frozenset[int] = frozenset()


@dataclass(slots=True)
class Context:
    """One sentence with what its article says around it (all folded)."""

    sentence: str
    original: str
    title: str = ""
    preceding: tuple[str, ...] = ()  # nearest first
    opening: tuple[str, ...] = ()
    year_now: int | None = None
    # The same texts as written (case kept, for English names): title, preceding, opening.
    raw: tuple[str, ...] = ()
    _claimers: list[tuple[int, int, str]] | None = None

    def claimers(self) -> list[tuple[int, int, str]]:
        if self._claimers is None:
            self._claimers = list(_claimers_cached(self.sentence, self.original))
        return self._claimers


def entity_in(entity: Entity, text: str) -> str | None:
    """The spelling of `entity` found in folded `text`, if any."""
    for spelling in entity.spellings():
        if " " in spelling and spelling.isascii():
            if all(_has_name(text, word) for word in spelling.split() if len(word) > 1):
                return spelling
        elif _has_name(text, spelling):
            return spelling
    return None


def check(constraints: Constraints, ctx: Context, span: tuple[int, int] | None) -> Verdict:
    """Does the number at `span` of the sentence (or the sentence, when None) satisfy
    every constraint? Entity first, then metric, then period."""
    at = span[0] if span else len(ctx.sentence)
    if constraints.entities:
        if not all(_present(entity, ctx) for entity in constraints.entities):
            return Verdict(False, "entity")
        if span and any(e.subject for e in constraints.entities) and not _owned(constraints, ctx, at):
            return Verdict(False, "entity")
    if constraints.metric and not _metric_ok(constraints.metric, ctx, at):
        return Verdict(False, "metric")
    years, parts = _period_at(ctx, at)
    if constraints.period and not _period_ok(constraints.period, years, parts):
        return Verdict(False, "period", parts, years)
    return Verdict(True, None, parts, years)


def _present(entity: Entity, ctx: Context) -> bool:
    """Named in the sentence or its context (title, sentences just before, opening)."""
    return any(entity_in(entity, t) for t in (ctx.sentence, ctx.title, *ctx.preceding[:3], *ctx.opening) if t)


def _owned(constraints: Constraints, ctx: Context, at: int) -> bool:
    """Is the number at `at` about one of the question's entities? The nearest name
    before it decides; a generic "公司"/"the company", or no name at all, refers to
    the subject of the context. In English the subject may follow the number
    ("6 million Sentra vehicles"), so there a name anywhere in the sentence will do."""
    here = [(s, e) for entity in constraints.entities for s, e, _ in _occurrences(entity, ctx.sentence)]
    before: list[tuple[int, bool | None]] = [(s, True) for s, e in here if s < at]
    for start, end, name in ctx.claimers():
        if start >= at or any(s <= start < e or start <= s < end for s, e in here):
            continue
        before.append((start, _is_asked(name, constraints)))
    before += [(m.start(), None) for m in _GENERIC_SUBJECT.finditer(ctx.sentence[:at])]
    if before:
        owner = max(before, key=lambda b: b[0])[1]
        if owner is not None:
            return owner
        # "公司" is the article's company: an entity, if named earlier in the sentence.
        if any(s < at for s, _ in here):
            return True
    elif here and not re.search(r"[\u3400-\u9fff]", ctx.sentence):
        return True
    # Named only after the number ("…增长29%，显著超越古井贡酒"), the entity is an
    # object or a comparison: the number is the context's subject's.
    return _context_subject_is_asked(constraints, ctx)


# "公司"/"该公司"/"the company" stand for the article's subject; "子公司"/"有限公司" do not.
_GENERIC_SUBJECT = re.compile(r"(?<![限子分母股总团市])(?:该|本)?公司|它|\bthe (?:company|firm|group)\b")


def _is_asked(name: str, constraints: Constraints) -> bool:
    return bool(any(entity_in(e, name) for e in constraints.entities) or _has_name(constraints.question, name))


def _context_subject_is_asked(constraints: Constraints, ctx: Context) -> bool:
    """Is one of the question's entities what the context is about? The nearest
    earlier sentence naming anyone decides by the first name it gives (the subject
    comes first: "…营业收入为52亿元，增速超过同行蓝海科技" is not about 蓝海科技), then the
    title, then the article's opening. A leading attribution ("中信证券研报指出，…")
    names the source, not the subject; "公司" defers to what came before."""
    texts = (*ctx.preceding[:3], ctx.title, *ctx.opening)
    raws = ctx.raw if len(ctx.raw) == len(texts) else texts
    for text, raw in zip(texts, raws, strict=True):
        if not text:
            continue
        cut = _ATTRIBUTION.match(text)
        if cut and len(raw) == len(text):
            text, raw = text[cut.end():], raw[cut.end():]
        names: list[tuple[int, bool | None]] = [
            (s, True) for entity in constraints.entities for s, _, _ in _occurrences(entity, text)]
        names += [(s, _is_asked(n, constraints)) for s, _, n in _claimers_cached(text, raw)]
        names += [(m.start(), None) for m in _GENERIC_SUBJECT.finditer(text)]
        if names:
            first = min(names, key=lambda n: n[0])[1]
            if first is not None:
                return first
    return False


_ATTRIBUTION = re.compile(r"^[^,，。;；]{0,24}?(?:研报|报告|报道|数据|分析师)?(?:指出|指|表示|称|认为|显示|介绍|透露)[,，:：]")


def _occurrences(entity: Entity, text: str) -> list[tuple[int, int, str]]:
    found = []
    for spelling in entity.spellings():
        pattern = rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])" if spelling.isascii() else re.escape(spelling)
        if " " in spelling and spelling.isascii():
            pattern = "|".join(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])" for w in spelling.split() if len(w) > 1)
        found += [(m.start(), m.end(), spelling) for m in re.finditer(pattern, text)]
    return found


def _metric_ok(metric: str, ctx: Context, at: int) -> bool:
    accepted = _COMPATIBLE.get(metric, frozenset({metric}))
    spans = metric_spans(ctx.sentence)
    if not spans:
        if metric == "price" and re.match(r"[$¥€£]|\d[\d.,]*\s*(?:元|美元|港元|欧元)", ctx.sentence[at:at + 12]):
            return True  # "$6.99-a-month": a price needs no word
        previous = metric_spans(ctx.preceding[0]) if ctx.preceding else ()
        return bool(previous) and previous[-1][2] in accepted
    before = [s for s in spans if s[1] <= at]
    if not before:
        # English names the measure after the number less often than Chinese, but
        # "$63 billion in revenue" happens: the first metric after it then counts.
        return spans[0][2] in accepted
    # "收入/盈利同比下降0.15%/1.80%": metrics joined by slashes share the numbers.
    group = [before[-1]]
    for item in reversed(before[:-1]):
        if re.fullmatch(r"\s*[/、和及与]\s*", ctx.sentence[item[1]:group[-1][0]]):
            group.append(item)
        else:
            break
    return any(g[2] in accepted for g in group)


def _period_at(ctx: Context, at: int) -> tuple[frozenset[int], frozenset[str]]:
    """The years and parts that hold for a number at `at`: those stated before it in
    the sentence, else anywhere in the sentence, else in the nearest sentence before
    it that states one, else in the title or the article's opening."""
    here = mentions(ctx.sentence, ctx.year_now)
    before = [m for m in here if m.start < at]
    chosen: list[Mention] = before if before else list(here)
    years = frozenset(y for m in chosen for y in m.years)
    parts = frozenset(p for m in chosen for p in m.parts)
    if not here:
        for text in ctx.preceding[:2]:
            found = mentions(text, ctx.year_now)
            if found:
                parts = frozenset(p for m in found for p in m.parts)
                break
    if not years:
        for text in (*ctx.preceding[:4], ctx.title, *ctx.opening):
            found = [y for m in mentions(text, ctx.year_now) for y in m.years] if text else []
            if found:
                years = frozenset(found)
                break
        else:
            # No year anywhere near: a news report is about its own year.
            years = frozenset({ctx.year_now}) if ctx.year_now else frozenset()
    return years, parts


def _period_ok(asked: Period, years: frozenset[int], parts: frozenset[str]) -> bool:
    if asked.years and not asked.years & years:
        return False
    sub_periods = parts - {"FY"}
    if asked.parts:
        return bool(asked.parts & sub_periods)
    # A year asked without a part is a whole year: a quarter's figure does not answer
    # it, a year-end one does ("四季度末"/"年末").
    return not (asked.years and sub_periods) or "FY" in parts


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
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:in|to|from|at|on|for|of|with|by|into|across|as|than|over|under)"
                                 r"(?:\s+the)?\s*[“\"']?)$", re.I)
_ZH_GENERIC = frozenset("公司 本公司 我国 全国 国内 海外 全球 行业 市场 我们 记者 分析师".split())
# Finance words jieba tags as names (归母 as a person, 上市 as a place): never owners.
_ZH_NOT_NAMES = frozenset("上市 增持 减持 买入 卖出 跑赢 中性 评级 预期 业绩 归母 扣非 单季 同增 同降".split())


@lru_cache(maxsize=8192)
def _claimers_cached(folded: str, original: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(_claimers(folded, original))


def _claimers(folded: str, original: str) -> list[tuple[int, int, str]]:
    """Names in the sentence that can own the numbers after them: people, places,
    organisations (jieba's tags and the alias table) and capitalised English names
    that are not the object of a preposition ("in the U.S.")."""
    out: list[tuple[int, int, str]] = []
    if re.search(r"[\u3400-\u9fff]", folded):
        import jieba.posseg as pseg

        _jieba()
        position = 0
        for pair in pseg.cut(folded, HMM=False):
            word, flag = pair.word, pair.flag
            start = folded.find(word, position)
            position = start + len(word) if start >= 0 else position
            if start >= 0 and 2 <= len(word) <= 8 and word not in _ZH_GENERIC and word not in _ZH_NOT_NAMES \
                    and not word.startswith(("同比", "环比")) \
                    and (flag.startswith(("nr", "ns", "nt")) or word in _aliases().entity_groups):
                out.append((start, start + len(word), word))
        busy = [(a, b) for a, b, _ in metric_spans(folded)] + [(m.start, m.end) for m in mentions(folded)]
        out = [c for c in out if not any(a < c[1] and c[0] < b for a, b in busy)]
    if len(original) == len(folded) and not re.search(r"[\u3400-\u9fff]", folded):
        # In Chinese text, Latin words are mostly codes and terms (TFM, LME, YoY).
        for match in _EN_CLAIMER.finditer(original):
            words = match.group().split()
            while words and words[0].lower().strip(".") in _EN_NOT_NAMES:
                words = words[1:]
            if not words or _PREPOSITION_BEFORE.search(original[:match.start()]) \
                    or re.fullmatch(r"[A-Z][a-z]+-[a-z][a-z\-]*", " ".join(words)) \
                    or len(words) == 1 and words[0].lower() in _NATIONALITIES:
                continue
            start = match.end() - len(" ".join(words))
            out.append((start, match.end(), fold(" ".join(words))))
    return sorted(out)
