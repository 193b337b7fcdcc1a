"""Names that open a clause of a list of several companies' figures, and what narrows a figure
to less than the whole it is asked about.

An industry flash lists its companies clause by clause: "华曜能源前三季度营业收入158.2亿元，…；
归母净利润3.8亿元，…", "星米出货量1,180万台，…，市场份额16.6%". Neither jieba nor the alias table
knows 华曜能源 or 星米, so they owned nothing, and the figures after them answered for the company
the title names first. A made-up word written where a subject stands, right before the metric,
is another company: `clause_subjects` finds it, so that its figures (and those of the clauses
continuing its statement) are its own.

The same module holds the other small readings of one sentence that decide whose, or of what,
a figure is: a sub-market set before it ("在600美元以上的高端市场，锐果的份额达到52%"), a target
("维持全年营业收入400亿元的经营目标"), a forecast whose verb closes the clause before
("多家券商预计，…将达到46亿元"), and a quarter written after the number that dates only the
sub-clause it opens ("归母净利润5.3亿元，其中第三季度单季…2.1亿元").
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.answer.requirements import Constraints
from summarizer.answer.metrics import metric_spans
from summarizer.answer.names import _ORG_SUFFIXES
from summarizer.answer.periods import mentions
from summarizer.answer.text import pos_cut

__all__ = ["clause_subjects", "forecast_lead", "opens_statement", "sub_period_after", "submarket_narrowed", "target_at"]

# Where a clause starts, and what may open it before its subject.
_CLAUSE_START = re.compile(r"(?:^|(?<=[，,；;。：:]))(?:其中|此外|另外|同时|而|但|并且)?[，,]?")
# Words that end the subject: a verb or an adverb of the statement, or a period word jieba knows.
_SUBJECT_END = re.compile(r"实现|录得|取得|完成|累计|合计|单季|单月|当季|当月|本期|期内|报告期|今年|去年|全年|上半年|下半年"
                          r"|同期|共|的|在|于|为|是|将|已|约|达|占|应占|海外|国内|境外|境内|美国|欧洲|平均|类")
# Not companies: generic and market words, kinds of thing, and words that qualify a metric.
_NOT_SUBJECTS = re.compile(r"^(?:年化|公司|该|本|其|集团|我国|全国|国内|海外|境外|境内|全球|行业|市场|整体|综合|合并|主营|核心"
                           r"|单季|全年|累计|平均|加权|归母|扣非|非|利息|手续费|营业|经营|销售|出口|进口|线上|线下|国际"
                           r"|中国|美国|欧洲|亚洲|日本|新增|存量|总|净|毛|同比|环比|前|上|下|第)")
# "同期竞争对手蓝岭乳业营收为60亿元": words that present a peer before its name; the name after them
# opens the clause as its subject (without this, 同期 ended the subject before it began).
_PEER_LEAD = re.compile(r"(?:同期|同样|相比之下)?(?:主要|国内|海外)?(?:竞争对手|竞品|对手|同行|同业|友商|可比公司|龙头企业|行业龙头)")
_NAMEISH_FLAGS = ("nr", "ns", "nt")
_FUNCTION_FLAGS = frozenset({"p", "c", "r", "d"})


@lru_cache(maxsize=4096)
def _name_like(name: str) -> bool:
    """A made-up company name: jieba's dictionary knows none of it but a company ending (星/米,
    华/曜/能源, 驰/远/汽车) or a name's part; a common word (股东应占, 纯电车型, 锂电隔膜, 锂/盐) is a
    kind of thing or a phrase, not a company."""
    pieces = list(pos_cut(name, hmm=False))
    # "或由毛利率…", "以明阳为…", "与恒大分红…", "这对…": a preposition, conjunction, pronoun or adverb
    # opens a phrase; a name that starts with one (以岭药业, 与德通讯) ends as a company does.
    if len(pieces[0].word) == 1 and pieces[0].flag in _FUNCTION_FLAGS and not (
            len(pieces) >= 3 and pieces[-1].word in _ORG_SUFFIXES):
        return False
    # A word jieba knows opens a name only as its first two characters (沐川 of 沐川锂业, tagged nz).
    if any(len(p.word) >= 2 and p.word not in _ORG_SUFFIXES and not p.flag.startswith(_NAMEISH_FLAGS)
           and not (i == 0 and len(p.word) == 2 and p.flag == "nz" and len(pieces) > 1) for i, p in enumerate(pieces)):
        return False
    singles = [p for p in pieces if len(p.word) == 1]
    return any(p.flag not in ("n", "nz", "vn", "v") for p in singles) or any(
        len(p.word) >= 2 and p.flag.startswith(_NAMEISH_FLAGS) for p in pieces) or (
        len(pieces) > 1 and len(pieces[0].word) == 2 and pieces[0].flag == "nz")


@lru_cache(maxsize=8192)
def clause_subjects(folded: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each made-up name that opens a clause right before its metric
    (a period or 实现 may stand between): "星米出货量1,180万台" → 星米, "华曜能源前三季度营业收入…" → 华曜能源."""
    if not re.search(r"[\u4e00-\u9fff]", folded):
        return ()
    spans = metric_spans(folded)
    found: list[tuple[int, int, str]] = []
    for clause in _CLAUSE_START.finditer(folded):
        start = clause.end()
        metric = next((m for m in spans if m[0] >= start), None)
        if metric is None or re.search(r"[，,；;。：:]", folded[start:metric[0]]):
            continue
        run = folded[start:metric[0]].removesuffix("平" if folded.startswith("均", metric[0]) else "\0")
        lead = _PEER_LEAD.match(run)
        presented = bool(lead and lead.end() < len(run))
        if presented:
            start, run = start + lead.end(), run[lead.end():]
        cut = len(run)
        for m in mentions(run):
            cut = min(cut, m.start)
        stop = _SUBJECT_END.search(run)
        if stop:
            cut = min(cut, stop.start())
        name = run[:cut].strip("“”\"' ")
        # Presented as a peer, it is a company whatever its words (松岩酿造: 酿造 is a common word).
        if (not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", name) or _NOT_SUBJECTS.match(name)
                or not (presented or _name_like(name))):
            continue
        found.append((start, start + len(name), name))
    return tuple(found)


# "在600美元以上的高端市场，", "在高端市场中，": a market narrower than the whole, set before the figure.
_SUBMARKET = re.compile(r"(?:^|[，,；;。])在(?P<market>[^，,；;。]{2,20}?)(?:市场|领域|细分市场|价位段|渠道)(?:中|上|里|内)?[，,]")


def submarket_narrowed(question: str, sentence: str, at: int) -> bool:
    """Is the figure at `at` stated for a sub-market the question does not ask about? "锐果市场份额"
    is not answered by its 52% of the high-end market."""
    for m in _SUBMARKET.finditer(sentence[:at]):
        words = [p.word for p in pos_cut(m.group("market")) if len(p.word) >= 2 and not p.word.isdigit()]
        key = [w for w in words if not re.search(r"\d|以上|以下|美元|元", w)] or words
        if key and not any(w in question for w in key):
            return True
    return False


# "维持全年营业收入400亿元的经营目标", "目标为…", "力争…": a target, not a result.
_TARGET_AFTER = re.compile(r"\s*(?:左右|以上)?的?(?:经营|业绩|销售|收入|营收|年度|全年)?目标")
_TARGET_IN_CLAUSE = re.compile(r"目标|力争|计划实现|争取")


def target_at(sentence: str, at: int, end: int) -> bool:
    """Is the number from `at` to `end` a target the sentence sets? A target states what is
    hoped for, so it never answers what was achieved (only a question about the target)."""
    clause = re.split(r"[，,；;。]", sentence[:at])[-1]
    return bool(_TARGET_AFTER.match(sentence, end) or _TARGET_IN_CLAUSE.search(clause))


# "多家券商预计，…", "公司预计：…": the forecast's verb closes the clause before the figure's.
_FORECAST_LEAD = re.compile(r"(?:预计|预测|预期|预估)[，,：:]\s*$")
# "收入符合我们预期，", "业绩超预期，": a result measured against the forecast, which is still a result.
# The comparison stands right before the forecast's word ("超过半数机构预计，" is still a forecast).
_MEASURED_AGAINST = re.compile(r"(?:符合|超出|超过|超|高于|低于|好于|优于|差于|不及|弱于|强于|逊于)了?"
                               r"(?:我们|市场|此前|机构|分析师|一致|的|之前){0,3}$")


def forecast_lead(sentence: str, at: int) -> bool:
    """Is the figure in a clause led by a forecast whose verb ends the clause before it? The
    clause check of a forecast reads only the figure's own clause, so "多家券商预计，…将达到46亿元"
    would pass for a result; a result judged against the forecast ("符合预期，") is still one."""
    clauses = re.split(r"(?<=[，,：:；;。])", sentence[:at])
    if len(clauses) < 2 or re.search(r"[；;。]", clauses[-2]):
        return False
    lead = _FORECAST_LEAD.search(clauses[-2])
    return bool(lead) and not _MEASURED_AGAINST.search(clauses[-2][:lead.start()]) or _forecast_list(clauses)


# A clause that opens a forecast with its figures: "预计21-23年营收为72.62/100.15/126.63亿元，" (or "我们预计公司…").
_FORECAST_OPENS = re.compile(r"^\s*(?:我们|公司|并|同时|另外|此外)?\s*(?:预计|预测|预期|预估)[^，,：:；;。]*\d")
# A clause that states what happened: it ends what the forecast before it covers.
_RESULT_CLAUSE = re.compile(r"实现|完成|录得|实际|已经|已")
# A company's own preannouncement (业绩预告) is judged as it was before: its growth answers a result asked.
_PREANNOUNCEMENT = re.compile(r"业绩预告|预告")


def _forecast_list(clauses: list[str]) -> bool:
    """"预计21-23年营收为72.62/100.15/126.63亿元，归母净利润15.21/15.73/20.62亿元": the figures of the clauses that
    go on from a forecast's clause, in the same statement, are forecast too, until a clause says what happened."""
    for clause in reversed(clauses[:-1]):
        if re.search(r"[；;。]", clause):
            return False
        if _FORECAST_OPENS.search(clause):
            return not _RESULT_CLAUSE.search(clauses[-1]) and not _PREANNOUNCEMENT.search("".join(clauses))
        if _RESULT_CLAUSE.search(clause):
            return False
    return False


def sub_period_after(sentence: str, start: int, at: int) -> bool:
    """Is the period mention at `start`, written after the number at `at`, the period of a
    sub-clause it opens ("…5.3亿元，其中第三季度单季…")? Then it does not date the number."""
    if start < at or not re.search(r"[\u4e00-\u9fff]", sentence):
        return False
    between = sentence[at:start]
    if not re.search(r"[，,；;]", between):
        return False
    tail = re.split(r"[，,；;]", between)[-1]
    return bool(re.fullmatch(r"\s*(?:其中|而|但)?\s*", tail)) and bool(
        re.search(r"其中\s*$", tail) or re.match(r"[^，,；;。]{0,8}?(?:单季|单月|当季)", sentence[start:]))


def opens_statement(name: str, sentence: str, at: int) -> bool:
    """Is `name` the subject of the statement the number at `at` belongs to: written at the start
    of a clause of the same sentence part (no "；" between), with no other clause subject after it?
    "锐果出货量1,350万台，同比增长8.4%，市场份额19.0%" gives 锐果's share."""
    head = sentence[:at]
    start = head.rfind(name)
    if start < 0 or re.search(r"[；;。]", head[start:]):
        return False
    if not re.search(r"(?:^|[，,；;。：:])(?:其中|此外|另外|同时|而|但)?[，,]?$", head[:start]):
        return False
    return not any(start < s < at for s, _, _ in clause_subjects(sentence))


# A question about a market, a region or an industry as a whole: no one company's figure answers it.
_MARKET_ASKED = re.compile(r"国内|境内|全国|全球|全市|全省|我国|中国|海外|境外|行业|市场|整体|全行业|板块|大盘|指数")


def peer_missing(constraints: Constraints, forecast_asked: bool, sentence: str, span: tuple[int, int],
                 title: str = "") -> str | None:
    """What the figure at `span` fails, read from this module, or None: a sub-market's share
    ("scope"), a target given for a result ("forecast"), or, asked about no company, one company's
    figure given for the market's ("三季度国内智能手机出货量" is not 星米's 1,180万台: "entity").

    The company the article's title names is what a question naming no company and no market
    asks about ("股价涨了多少", "市值多少" after reading 云帆科技's results): its figure answers."""
    at, question, asks_entity = span[0], constraints.question, bool(constraints.entities)
    if submarket_narrowed(question, sentence, at):
        return "scope"
    if not forecast_asked and target_at(sentence, at, span[1]):
        return "forecast"
    if not asks_entity:
        part = re.split(r"[；;。]", sentence[:at])[-1]
        base = at - len(part)
        the_articles = "" if _MARKET_ASKED.search(question) else title
        if any(s >= base and name not in question and name not in the_articles
               for s, _, name in clause_subjects(sentence) if s < at):
            return "entity"
        # "星衡科技旗下品牌“衡星”出货量640万台": a brand in quotes opens the clause.
        clause = re.split(r"[，,]", part)[-1]
        metric = next((m[0] for m in metric_spans(clause)), len(clause))
        if any(name not in question for name in re.findall(r"“([^”]{1,8})”", clause[:metric])):
            return "entity"
    return None


def foreign_subjects(folded: str, spellings: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The clause subjects that are not a unit of an asked company: 华岳人寿 and 华岳财险 are
    华岳保险's own subsidiaries (named after it), whose figures the checks of the parts judge."""
    stems = {s[:2] for s in spellings if re.match(r"[\u4e00-\u9fff]{2}", s)}
    return [c for c in clause_subjects(folded) if c[2][:2] not in stems]


_LEAD = re.compile(r"^(?:其中|此外|另外|同时|同期|而|但)?[，,]?")
_GENERIC_HEAD = re.compile(r"公司|集团|该|本|其|旗下|整体|合计|累计|单季|全年")


def category_among_peers(sentence: str, at: int, preceding: tuple[str, ...], spellings: tuple[str, ...]) -> bool:
    """Does the sentence open with a kind of thing as its own subject ("折叠屏手机出货量为280万台") in
    an article that lists several companies' figures (a made-up name other than the one asked opens
    a clause just before)? Then the number is the kind's, the whole market's, not the asked company's
    because the title or a sentence before named it."""
    metric = next((m for m in metric_spans(sentence) if m[1] <= at), None)
    if metric is None:
        return False
    head = _LEAD.sub("", sentence[:metric[0]]).rstrip("的")
    for m in mentions(head):
        if m.start == 0:
            head = head[m.end:].lstrip("，,")
    if (not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", head) or _GENERIC_HEAD.search(head) or _name_like(head)
            or any(s and s in head for s in spellings)):
        return False
    return any(foreign_subjects(text, spellings) for text in preceding[:4])
