"""What a question states: the entity, the period, the metric and the other marks of what it
asks (a change, a basis, a ratio, a part, a role, the measure it names), read once per question.
`summarizer.answer.constraints.check` then tests candidate numbers against them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.answer.changes import asked_basis, asks_change, asks_ratio, without_ref
from summarizer.answer.en_qualifiers import bare_qualifier, priced_thing, trailing_part
from summarizer.answer.en_words import asked_words, what_measure
from summarizer.answer.forecasters import forecaster
from summarizer.answer.metrics import METRIC_OF, METRICS, metric_spans  # noqa: F401  (re-exported)
from summarizer.answer.names import _ORG_SUFFIX_TUPLE, Entity
from summarizer.answer.names import chinese_subject as _chinese_subject
from summarizer.answer.names import english_names as _english_names
from summarizer.answer.names import has_name as _has_name
from summarizer.answer.names import subject_start as _subject_start
from summarizer.answer.periods import mentions, period_of
from summarizer.answer.requirements import Constraints
from summarizer.answer.named_here import rater_named_here
from summarizer.answer.routes import route_asked
from summarizer.answer.scope import part_of_question
from summarizer.answer.text import _aliases, _jieba, fold
from summarizer.answer.text import pos_cut as _pos_cut

__all__ = ["Constraints", "parse_constraints"]


_BASE_PERIOD = re.compile(r"(?:较|比|相比|对比|相较)(?:上半年|下半年|\d{1,2}月(?:份|末|底)?|[一二三四]季度末?|第[一二三四]季度末?"
                          r"|上季度?末?|年初|上年末|去年末)")

def parse_constraints(question: str) -> Constraints:
    """The entity, period and metric a question states (pure; cached)."""
    return _parse(question.strip())


@lru_cache(maxsize=4096)
def _parse(raw: str) -> Constraints:
    folded = fold(raw)
    # "净息差较上半年变化了多少": the half after 较 is what the change is measured against, not the period asked.
    period = period_of(without_ref(_BASE_PERIOD.sub(" ", folded)))
    # "revenue from acquired businesses" asks for revenue; "收购…的价格" for the deal's price.
    metrics = tuple(m for m in metric_spans(folded) if m[2] != "deal_value") or metric_spans(folded)
    metrics = metric_spans(folded) if {m[2] for m in metrics} == {"price"} else metrics
    metric = metrics[-1][2] if metrics else None
    if metrics and folded[metrics[-1][0]:metrics[-1][1]] == "sales":
        metric = "sales"
    elif metrics and folded[metrics[-1][0]:metrics[-1][1]] in ("销售额", "销售金额"):
        metric = "sales_zh"
    if metric == "loss" and folded[metrics[-1][0]:metrics[-1][1]] in ("lose", "lost") and _HOW_MANY.search(folded):
        metric = None  # "How many jobs did manufacturing lose?" counts jobs: no loss of money
    entities: list[Entity] = []
    chinese = bool(re.search(r"[\u3400-\u9fff]", folded))
    who = forecaster(folded) if chinese else None
    if who:  # "券商预计星衡科技…": the subject follows the forecaster
        subject = _chinese_subject(folded[who.end:], tuple((a - who.end, b - who.end, k) for a, b, k in metrics
                                                           if a >= who.end))
        if subject:
            entities.append(subject)
    elif chinese:
        subject = route_asked(folded) or _chinese_subject(folded, metrics)
        if subject and subject.text in _ROLES_IN_A_ROUND:
            subject = None  # "领投方是谁": who led, not a company called 领投方
        # Only for the deal's own price: for a profit or a gain, the sold company's figures stand beside the
        # seller's and its name alone cannot tell them apart ("…能赚多少钱" is refused, never the unit's profit).
        deal = _DEAL_VERB.search(subject.text, 2) if subject and metric == "deal_value" else None
        if subject and deal and len(subject.text) - deal.end() >= 2:
            # "鼎泰实业出售鼎泰物流": the seller is the subject, what it sells is named in passing.
            entities.append(Entity(subject.text[:deal.start()], (subject.text[:deal.start()],)))
            subject = Entity(subject.text[deal.end():], (subject.text[deal.end():],), subject=False)
        if subject:
            entities.append(subject)
    else:
        entities += rater_named_here(folded, _english_names(raw, folded))
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
            if chinese and not name.isascii() and not _starts_a_word(folded, name):
                continue  # "华锦阿美的持股比例": 阿美 + 的, not 美的 (Midea)
            # A known name is the subject only where a subject stands: first.
            first = not entities and folded.find(name) == start
            entities.append(Entity(name, (name,), tuple(a for a in group if a != name), subject=first))
            covered += " " + " ".join(group)
    qualifier = _qualifier(folded, metrics, entities, chinese) if metrics else None
    if metrics and not chinese and qualifier is None:
        qualifier = _rest_of_name(entities)
    if metrics and not chinese and qualifier is None:
        names = [w for e in entities for spelling in e.spellings() for w in spelling.split()]
        qualifier = (trailing_part(folded, metrics[-1][1], _EN_NOT_QUALIFIERS)
                     or bare_qualifier(folded, metrics[-1][:2], names)
                     or (None if entities else priced_thing(folded, metrics[-1][:2], _EN_NOT_QUALIFIERS, names)))
    part = None
    subject = next((e for e in entities if e.subject), None)
    if chinese and metrics and subject is not None and not qualifier and folded.find(subject.text) >= 0:
        part = part_of_question(folded, folded.find(subject.text) + len(subject.text), metrics[-1][0])
        if part and metric == "deal_value" and _DEAL_VERB.match(part):
            part = None  # "出售鼎泰物流": the deal the figure comes from, not a part of the company
    if chinese and metrics and subject is None and not qualifier:
        part = _region_asked(folded[:metrics[0][0]])
    head, head_qualifier = (_measure_head(folded, entities, metric is None) if chinese and metric is None
                            else (None, None))
    # The forecaster is checked as a role; the rest keeps its verb (a forecast is asked).
    asked = folded[who.end - 2:] if who else folded
    return Constraints(tuple(entities), period, metric, asked, qualifier, asks_change(folded), asked_basis(folded),
                       part, asks_ratio(folded), head, head_qualifier, _asked_role(folded) or (who.role if who else ()),
                       _asked_holder(folded),
                       funding_round(folded), None if chinese else _counted(folded),
                       asked_words(folded, entities) if not chinese and metric is None and (_NUMBER_ASKED.search(folded) or what_measure(folded))
                       else ())


def _starts_a_word(folded: str, name: str) -> bool:
    """Does a Chinese name of the alias table start a word of the question somewhere it is written?"""
    starts = {start for _, start, _ in _jieba().tokenize(folded)}
    return any(m.start() in starts for m in re.finditer(re.escape(name), folded))


# A deal's verb inside what a question names ("鼎泰实业出售鼎泰物流…"): the one acting comes before it.
_DEAL_VERB = re.compile(r"出售|收购|转让|卖出|并购|认购|增持|减持")


# A market named before the metric of a question with no company ("海外销量同比增长多少"): the answer
# must be that market's, never the whole's figure standing next to it. (国内 is left out: a Chinese article
# often names its home market as 中国…市场 or not at all.) The cited side is sides._REGION, which
# also lists 国内 and single countries: a question naming a market narrows less than a sentence does.
_REGION_ASKED = re.compile(r"海外|境外|国际|欧洲|北美|东南亚|拉美|中东")


def _region_asked(before_metric: str) -> str | None:
    found = _REGION_ASKED.search(before_metric)
    return found.group() if found else None


# An English question for a number ("how much", "how many", "what is X's …").
_NUMBER_ASKED = re.compile(r"\bhow (?:much|many|high|low|big|large)\b|\bwhat (?:is|was|were|are)\b")


# Roles: a question about what one of them said is answered only by a statement of theirs.
_ROLES: tuple[tuple[str, ...], ...] = (
    ("董事长", "chairman", "chairwoman", "chair", "主席"),
    ("首席执行官", "ceo", "chief executive", "总裁", "行政总裁"),
    ("总经理", "general manager", "managing director"),
    ("首席财务官", "cfo", "chief financial officer", "财务总监"),
    ("财政部长", "财长", "finance minister", "minister of finance"),
    ("市长", "mayor"), ("省长", "governor"), ("局长", "director"), ("行长", "governor"),
    ("发言人", "spokesperson", "spokesman", "spokeswoman"), ("董秘", "董事会秘书"),
    ("首席运营官", "coo", "chief operating officer"), ("首席技术官", "cto", "chief technology officer"),
    ("首席科学家", "chief scientist"), ("首席科学官", "cso", "chief scientific officer"), ("船长", "captain"), ("创始人", "founder", "co-founder", "联合创始人"),
)
_SAID_ASKED = re.compile(r"说了?什么|表示了?什么|怎么说|如何评价|怎么看|如何看待|看法|观点|谈到|提到"
                         r"|\b(?:say|said|says|think|thinks|view|comment|comments|tell|told)\b")


def _asked_role(folded: str) -> tuple[str, ...]:
    """The spellings of the role whose words are asked for, if the question asks what one said."""
    if not _SAID_ASKED.search(folded):
        return ()
    return _role_in(folded)


_WHO_ASKED = re.compile(r"谁|哪位|\bwho\b")


def _role_in(folded: str) -> tuple[str, ...]:
    for group in _ROLES:
        for word in group:
            if word.isascii() and re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", folded) or (
                    not word.isascii() and word in folded):
                return group
    return ()


def _asked_holder(folded: str) -> tuple[str, ...]:
    """The spellings of the role whose holder a who-question asks for ("Who is X's CFO?", "X的董事长是谁")."""
    if not _WHO_ASKED.search(folded) or _SAID_ASKED.search(folded):
        return ()
    return _role_in(folded)


_ROUND = re.compile(r"(天使|种子|pre-?[a-h]\+{0,2}|[a-h]\+{0,2}|[a-h]\d|战略|首)轮|\bseries\s+([a-h])\b|\b(seed|angel)\s+round\b")


def funding_round(folded: str) -> str | None:
    """The funding round a text names, normalised ("c" for C轮 and Series C), or None."""
    found = _ROUND.search(folded)
    if found is None:
        return None
    name = next(g for g in found.groups() if g)
    return {"天使": "angel", "种子": "seed"}.get(name, name.replace("-", ""))


_ROLES_IN_A_ROUND = frozenset({"领投方", "领投机构", "牵头方", "跟投方", "投资方"})
_HOW_MANY = re.compile(r"\bhow many\s+((?:[a-z][a-z\-]*\s+){0,2}?[a-z][a-z\-]*)\s+(?:did|does|do|is|are|was|were|has|have|had|will|can)\b")


def _counted(folded: str) -> str | None:
    """The thing an English "how many" question counts ("smartphones" in "How many smartphones did
    Xiaomi ship?"), unless it is a metric of its own (users, employees)."""
    found = _HOW_MANY.search(folded)
    if found is None:
        return None
    words = [w for w in found.group(1).split() if w not in METRIC_OF]
    return " ".join(words) or None if len(words) == len(found.group(1).split()) else None


# "比去年增长", "同比下降了": how a change is asked, after the measure.
_CHANGE_TAIL = re.compile(r"(?:(?:比|较|跟|和|与)(?:去年|上年|上月|上季度?|上周|\d{1,2}月份?|[一二三四五六七八九十]{1,2}月份?)(?:同期)?(?:相?比)?"
                          r"|同比|环比|按年|按月)?"
                          r"(?:(?:增长|增加|下降|减少|上涨|下跌|上升|提升|下滑|回落|变化|变动|增减|扩大|收窄|涨|跌|降|增|少|多|高|低)?了?"
                          r"|(?:上调|下调)的?幅度)$")
_MEASURE_CUE = re.compile(r"(?:是|有|为|达到|达)?(?:多少|几)")
_MEASURE_HEAD = re.compile(r"(?:量|率|额|数|价|值|人次|规模|时长|里程|面积|产能|容量|份额|指数|性能|功耗|能耗|算力|续航|速率|成本|额度|基准)$")


def _measure_head(folded: str, entities: list[Entity], asked: bool) -> tuple[str | None, str | None]:
    """The measure a number question names when the metric table does not know it
    ("星澜航空前三季度货邮运输量是多少" → 运输量, qualified by 货邮), else (None, None)."""
    cue = _MEASURE_CUE.search(folded)
    if not asked or cue is None:
        return None, None
    text = _CHANGE_TAIL.sub("", folded[:cue.start()]).rstrip("的")
    start = 0
    known = _aliases().entity_groups
    for entity in entities:  # the words after the entity's name, unless the name is the measure itself
        # "国金证券两融余额": the company is the spelling that ends like a company (or a known name);
        # "第二产业用电量" names no company, and the whole of it is the measure.
        names = [s for s in entity.spellings() if s.endswith(_ORG_SUFFIX_TUPLE) or s in known]
        if not names and any(text.endswith(spelling) for spelling in entity.spellings()):
            continue
        for spelling in names or entity.spellings():
            found = text.find(spelling)
            if found >= 0 and found + len(spelling) < len(text):
                end = found + len(spelling)
                # "瑞嘉控股派息总额" asked where the name is 瑞嘉: its suffix (控股) is still the name.
                suffix = next((x for x in sorted(_ORG_SUFFIX_TUPLE, key=len, reverse=True)
                               if text.startswith(x, end) and end + len(x) < len(text)), "")
                start = max(start, end + len(suffix))
                break
    for mention in mentions(text):
        if mention.start <= start + 1:
            start = max(start, mention.end)
    rest = re.sub(r"^(?:累计|合计|共计|总计|今年以来|年初以来|年初至今|今年|年内)+", "", text[start:])  # when, not which kind
    if start and re.match(r"[末底]", rest) and text[start - 1] in "月年季":
        rest = rest[1:]  # "10月末人民币贷款余额": the month's end is when, 末 is no kind of 余额
    words = [p.word for p in _pos_cut(rest)]
    if not words or len(words[-1]) < 2 or not _MEASURE_HEAD.search(words[-1]):
        return None, None
    head = words[-1]
    if len(words) >= 3 and words[1] in ("后", "前", "以后", "以前", "之后", "之前", "以来", "期间"):
        words = words[2:]  # "降准后加权平均存款准备金率": when it is asked, not a kind of the rate
    qualifier = "".join(words[:-1]).strip(" ，,的")
    if qualifier[-1:] in ("未", "非", "无", "不") and len(qualifier) <= 1:
        head, qualifier = qualifier + head, ""  # "未就业率" is another rate than 就业率, not a qualified one
    # "全球EDA市场规模": a Latin name inside the qualifier is part of it ("全球AI市场规模" is another market).
    if len(qualifier) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+(?:[a-z][a-z0-9]*[\u4e00-\u9fff]+)*", qualifier):
        qualifier = None
    return head, qualifier


_EN_NOT_QUALIFIERS = frozenset(
    """what was is were are did does do how much many the a an its their his her our of for in on at to by and
    raise cut pay declare report post have has had will would can could be been its
    total overall annual quarterly monthly yearly net gross full whole same""".split())


# Words that date an outlook, not narrow its measure ("the new EBITDA outlook", "its revised revenue forecast").
_OUTLOOK_DATERS = frozenset("new latest current updated revised raised lowered previous prior old original".split())
_OUTLOOK_AFTER = re.compile(r"\s+(?:outlook|forecast|guidance|target|estimate|projection)s?\b")


def _rest_of_name(entities: list[Entity]) -> str | None:
    """"Xiaomi EV revenue": the name read as "xiaomi ev" is Xiaomi, and EV narrows the metric."""
    for entity in entities:
        for alias in entity.aliases:
            if alias.isascii() and entity.text.startswith(alias + " "):
                rest = entity.text[len(alias) + 1:]
                words = rest.split()
                if words and not any(w in _EN_NOT_QUALIFIERS or period_of(w) for w in words):
                    return rest
    return None


def _qualifier(folded: str, metrics: tuple[tuple[int, int, str], ...], entities: list[Entity],
               chinese: bool) -> str | None:
    """The word right before the question's metric that narrows it, if any."""
    start = metrics[-1][0]
    if chinese:
        # Only a common noun asked as the subject ("粗钢产量", "生猪出栏量"), not a name.
        subject = next((e for e in entities if e.subject), None)
        if (subject is None or subject.aliases or not folded[:start].endswith(subject.text)
                or subject.text.endswith(_ORG_SUFFIX_TUPLE)):
            return None
        import jieba.posseg as pseg

        flags = [p.flag for p in pseg.cut(subject.text)]
        names = ("nr", "nrfg", "nrt", "ns", "nt", "nz", "eng", "x", "m", "j")
        common = flags and not any(f in names for f in flags) and any(f.startswith("n") or f == "vn" for f in flags)
        return subject.text if common else None
    # After a possessive, an article or the entity's name ("Dunmore's online sales", "the
    # subscription revenue", "Tessaly subscription revenue"); "tariffs reduce GDP" has none.
    # Up to three words back to the owner: "Rexford's data center gross margin" → "data center".
    found = re.search(r"(\S+)\s+((?:[a-z][a-z\-]+\s+){0,2}[a-z][a-z\-]+)\s+$", folded[:start])
    if found is None:
        return None
    owner, words = found.groups()
    names = [w for e in entities for spelling in e.spellings() for w in spelling.split()]
    while not (re.search(r"['’]s$", owner) or owner in ("the", "its", "their") or owner in names):
        if " " not in words:
            return None
        owner, words = words.split(" ", 1)
    if any(w in _EN_NOT_QUALIFIERS or w.endswith("ed") and "-" not in w for w in words.split()):
        return None  # "did Kavel deliver", "raise its dividend": verbs and pronouns narrow nothing
    word = words
    if word in _OUTLOOK_DATERS and _OUTLOOK_AFTER.match(folded, metrics[-1][1]):
        return None  # "the new EBITDA outlook": "new" dates the outlook, it is no kind of EBITDA
    if (word in _EN_NOT_QUALIFIERS or word in names or period_of(word)
            or re.search(r"quarter|half|year|annual|fiscal|month", word)):
        return None  # "Orion revenue": the company, not a kind of revenue
    return word


# ---------------------------------------------------------------------------
# Checking one number of one sentence
