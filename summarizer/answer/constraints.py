"""What a question requires of its answer: the entity, the period and the metric it states.

A sentence that shares words with the question is not yet an answer. "腾讯第三季度营收"
is not answered by another company's figure, nor by Tencent's second quarter, nor
by its net profit. `parse_constraints` reads the three from the question;
`check` tests one number of one sentence against them, reading the sentence with
its article's context (the title, the first sentences, the sentences just before),
because "公司前三季度营收…" often names neither the company nor the year.

The checks are precise rather than generous: a wrong figure is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.answer.asked import Constraints, parse_constraints
from summarizer.answer.counted_kind_en import counted_kind_ok
from summarizer.answer.kind_word_zh import other_kind
from summarizer.answer.combined import asks_combined, of_combined
from summarizer.answer.changes import bases_in, compound_rate, basis_at, is_change, is_ratio, last_month_named, only_other_bases, \
    opposite_move, ref_years
from summarizer.answer.durations import duration_ok
from summarizer.answer.brackets import in_closed_aside, in_closed_bracket
from summarizer.answer.classifiers import classifier_ok, counted_by, counted_noun_ok
from summarizer.answer.en_words import words_ok
from summarizer.answer.metrics import COMPATIBLE as _COMPATIBLE
from summarizer.answer.metrics import METRIC_OF, METRICS, metric_spans  # noqa: F401  (re-exported)
from summarizer.answer.forecast_words import FORECAST_ASKED as _FORECAST_ASKED
from summarizer.answer.forecast_stated import later_per_share
from summarizer.answer.forecast_stated import ANALYSTS, FORECAST_BEFORE as _FORECAST_BEFORE, PLAN_BEFORE as _PLAN_BEFORE, \
    RESULT_AFTER as _RESULT_AFTER, WILL_BEFORE as _WILL_BEFORE, forecast_stated, guidance_by_analysts
from summarizer.answer.metric_at import metric_ok as _metric_ok
from summarizer.answer.names import Entity, entity_in, rival_names
from summarizer.answer.context import Context
from summarizer.answer.clause_owners import generic_after_other, measure_code
from summarizer.answer.names import occurrences as _occurrences
from summarizer.answer.money_kinds import currency_ok, kind_ok
from summarizer.answer.named_here import NamedHere
from summarizer.answer.base_period import base_period_ok, impact_only
from summarizer.answer.peers import category_among_peers, forecast_lead, foreign_subjects, peer_missing
from summarizer.answer.days import day_ok
from summarizer.answer.tenors import tenor_ok as _tenor_ok
from summarizer.answer.title_lead import title_leads_with_another
from summarizer.answer.level_moves import month_name, moved_to
from summarizer.answer.siblings import other_opening_name, sibling_before as _sibling_model_before
from summarizer.answer.period_checks import full_year_stated, listed_reach, over_span, period_at, period_ok
from summarizer.answer.rate_stem import rate_stated_as_amount
from summarizer.answer.narrowed_after_en import narrowed_after
from summarizer.answer.respective import respective_ok
from summarizer.answer.statement_subject import outside_statement
from summarizer.answer.qualifiers import narrowing_ok, per_share_earnings
from summarizer.answer.scope import asks_segment, category_subject, part_ok, segment_scoped
from summarizer.answer.sides import (
    EXCLUDED_RE,
    excluded_before,
    counted_ok,
    deal_reversed,
    english_metric_narrowed,
    english_part_named,
    other_part_named,
    qualified,
    region_narrowed,
    round_ok,
    subgroup_named,
)
from summarizer.answer.subjects import (
    GENERIC_SUBJECT as _GENERIC_SUBJECT, SHARES_OF as _SHARES_OF, SOURCE_OF_ESTIMATES as _SOURCE_OF_ESTIMATES,
    about_someone_else as _about_someone_else, asked_at as _asked_at, context_subject_is_asked as _context_subject_is_asked,
    described_by_products, is_asked as _is_asked, market_clause as _market_clause, named_within as _named_within,
    role_named as _role_named, weak as _weak,
)
from summarizer.answer.text import pos_cut as _pos_cut
from summarizer.answer.units import en_amount_asked
from summarizer.answer.measure_head import RATE_ASKED as _RATE_ASKED, head_ok as _head_ok, percent as _percent, points as _points

__all__ = ["METRICS", "METRIC_OF", "Constraints", "Context", "Entity", "Verdict", "check", "entity_in",
           "metric_spans", "parse_constraints"]

@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a number satisfies the question; `missing` names the first constraint it fails."""

    ok: bool
    missing: str | None = None  # "entity", "metric", "scope", "period", "outlook", "ratio", "change" or "basis"
    parts: frozenset[str] = frozenset()
    years: frozenset[int] = frozenset()
    basis: str | None = None  # the basis the sentence states, when "basis" is missing


def check(constraints: Constraints, ctx: Context, span: tuple[int, int] | None) -> Verdict:
    """Does the number at `span` of the sentence (or the sentence, when None) satisfy
    every constraint? Entity first, then metric, then period."""
    at = span[0] if span else len(ctx.sentence)
    if constraints.entities:
        if not all(_present(entity, ctx) for entity in constraints.entities):
            return Verdict(False, "entity")
        if span and any(e.subject for e in constraints.entities) and not _owned(constraints, ctx, at):
            return Verdict(False, "entity")
        if span and outside_statement(constraints, ctx):
            return Verdict(False, "entity")  # "…PPI同比下降1.9%…；环比上涨0.1%。" is PPI's, not the 非食品 of the line before
        if span and other_opening_name(constraints, ctx):
            return Verdict(False, "entity")  # "Kentucky Democrats beat…" is no figure for the Virginia asked
        if span and of_combined(ctx.sentence, at) and not asks_combined(constraints.question):
            return Verdict(False, "entity")  # "The combined company will have sales of $9.5 billion": not Alder's
        if span is None and any(e.subject for e in constraints.entities) and (_about_someone_else(
                constraints, ctx, constraints.holder) or constraints.metric and not ctx.claimers()
                and title_leads_with_another(constraints, ctx)):
            return Verdict(False, "entity")  # "Adjusted EBITDA was $452 million" after Marlow's lines is not Carrick's
    if span and (_other_model_before(constraints, ctx, at) or _sibling_model_before(constraints, ctx, at)):
        return Verdict(False, "entity")
    # A question with no number to check ("净利润同比变化？") needs its metric in the sentence,
    # not as the last one of it ("…，主要受原材料价格上涨影响").
    if constraints.metric and not (_metric_ok(constraints.metric, ctx, at) or constraints.metric == "eps" and span and
                                   per_share_earnings(ctx.original, span) or span is None and any(
            sp[2] in _COMPATIBLE.get(constraints.metric, frozenset({constraints.metric}))
            for sp in metric_spans(ctx.sentence))):
        return Verdict(False, "metric")
    names = tuple(s for e in constraints.entities for s in e.spellings())
    if constraints.qualifier and span and not qualified(constraints.qualifier, ctx, at, names):
        return Verdict(False, "metric")
    if span and "业务" in constraints.question and constraints.entities and _other_business(constraints, ctx, at):
        return Verdict(False, "scope")  # "互联网广告业务实现收入3.06亿元" does not answer for 个人办公服务订阅业务
    if span and not respective_ok(constraints.question, ctx.sentence, at):
        return Verdict(False, "scope")  # "博士研究生" is the third value of a 分别 list, not the first
    if span and constraints.words and not words_ok(constraints.words, ctx.sentence):
        return Verdict(False, "metric")  # "unemployment rate" is not answered by the benchmark interest rate
    if span and other_kind(constraints.question, ctx.sentence, at, names):
        return Verdict(False, "metric")  # "宽带客户" is not answered by "移动客户达3.38亿户"
    if span and not counted_kind_ok(constraints.question, ctx.sentence, span):
        return Verdict(False, "metric")  # "prepaid subscribers" are not "412,000 postpaid phone subscribers"
    if span and narrowed_after(constraints.question, constraints.words or tuple(
            ctx.sentence[a:b] for a, b, k in metric_spans(ctx.sentence)
            if k in _COMPATIBLE.get(constraints.metric or "", {constraints.metric}) and b <= at)[-1:],
                               ctx.sentence, at):
        return Verdict(False, "scope")  # "Net inflows into exchange-traded funds were…" are not the firm's net inflows
    if span and not (currency_ok(constraints.question, ctx.sentence, span) and kind_ok(constraints.question, ctx.sentence, at)):
        return Verdict(False, "metric")  # an amount in another currency; the price paid for the gain on a sale
    if span and not narrowing_ok(constraints, ctx, at):
        return Verdict(False, "scope")  # "test and measurement revenue" is not the company's revenue
    if span and not counted_ok(constraints, ctx.sentence, at):
        return Verdict(False, "metric")  # "How many smartphones…" is not answered by 交付新车10.8万辆
    if constraints.holder and not _role_named(constraints.holder, ctx, here=True):
        return Verdict(False, "entity")  # "Who is the CFO?" is not answered by a sentence naming no CFO
    if not round_ok(constraints, ctx.sentence, (*ctx.preceding[:2], ctx.title)):
        return Verdict(False, "metric")  # "B轮融资多少" is not answered by the C round's 15亿元
    if constraints.head and span and not _head_ok(constraints.head, constraints.head_qualifier, ctx, span):
        return Verdict(False, "metric")
    if constraints.role and not _role_named(constraints.role, ctx):
        return Verdict(False, "entity")
    if not _topic_ok(constraints.question, ctx):
        return Verdict(False, "metric")
    if rate_stated_as_amount(constraints.question, ctx.sentence, span):
        return Verdict(False, "metric")  # "新业务价值率" is not answered by "新业务价值为98.3亿元" (no 率 of it stated)
    amount_head = constraints.metric is None and bool(constraints.head and _AMOUNT_HEAD.search(constraints.head))
    if (span and (constraints.metric in _AMOUNTS | _PRICES or amount_head) and not constraints.change
            and not constraints.ratio and _percent(ctx.sentence, span)
            and (constraints.metric != "gdp" or is_change(ctx.sentence, *span))):
        # An amount is never a percentage: "营收是多少" is not answered by "营收可望季增5%至10%"
        # (a rate of change), nor "创新药收入是多少" by "创新药收入占比提升至46%" (a share). GDP is
        # also spoken of as a share of itself ("reduce GDP by 0.3 percent"): only its growth is out.
        return Verdict(False, "metric")
    if constraints.metric == "deal_value" and deal_reversed(constraints, ctx.sentence):
        # "How much is Tidewater paying for Halvern?" is not answered by "Halvern agreed to buy Tidewater".
        return Verdict(False, "entity")
    if (span and (constraints.head and _AMOUNT_HEAD_RE.search(constraints.head)
                  or en_amount_asked(constraints.question))
            and not constraints.change and not constraints.ratio and _percent(ctx.sentence, span)):
        # "网上零售额是多少" is an amount: not answered by "网上零售额同比增长8.1%"; nor "What is the average teacher
        # salary?" by "a 9% funding increase was needed to boost average teacher pay".
        return Verdict(False, "metric")
    if not EXCLUDED_RE.search(constraints.question) and (any(
            (x := next((g for g in m.groups() if g), "").strip()) and x in constraints.question
            for m in EXCLUDED_RE.finditer(ctx.sentence)) or span and excluded_before(ctx.sentence, at, constraints.question)):
        # "除汽车以外的消费品零售额" is everything but the cars asked about; "Excluding fuel, retail sales
        # rose 0.9%" is not how much retail sales rose.
        return Verdict(False, "scope")
    if EXCLUDED_RE.search(constraints.question) and not EXCLUDED_RE.search(ctx.sentence):
        # "retail sales excluding autos" is not answered by a sentence about autos or about all sales.
        return Verdict(False, "scope")
    if span and constraints.head and _RATE_HEAD_RE.search(constraints.head) and not _percent(ctx.sentence, span):
        # "存款准备金率是多少" is a rate: not answered by the 1万亿元 the cut released.
        return Verdict(False, "metric")
    if (span and not constraints.change and _POINTS_AFTER_RE.match(ctx.sentence, span[1])
            and is_change(ctx.sentence, *span)):
        # A level asked ("存款准备金率是多少") is not answered by how far it moved (下调0.5个百分点).
        return Verdict(False, "change")
    if span and not constraints.change and (_POINTS_END_RE.search(ctx.sentence, span[0], span[1])
                                            or _POINTS_AFTER_RE.match(ctx.sentence, span[1])):
        # Points are a move, however the verb is written ("下滑4.51个百分点", "略增0.6pct"): never the level.
        return Verdict(False, "metric")
    if (span and not constraints.change and not constraints.ratio and _percent(ctx.sentence, span)
            and _SHARE_OF_RE.search(ctx.sentence[max(0, at - 30):at])):
        # "已完成全年目标的92%", "占总营收的35%": a share of something, not the thing: "全年目标是多少"
        # is not answered by it (a question about the share asks 占比 or 完成率).
        return Verdict(False, "metric")
    if span and (not constraints.ratio and not constraints.change and _COUNT_ASKED.search(constraints.question) and _percent(
            ctx.sentence, span) or _points(ctx.sentence, span) and not _RATE_ASKED.search(constraints.question)):
        # "研发人员有多少人" asks a head count ("占比超过35%" is a share); "门店增了多少" no "提升3.2个百分点" (a rate's move).
        return Verdict(False, "metric")
    if span and compound_rate(constraints.question, ctx.sentence, at):
        return Verdict(False, "metric")  # "21-25年CAGR14%" is no size, nor one year's growth
    if span and not counted_noun_ok(constraints.question, ctx.sentence, span):
        return Verdict(False, "metric")  # "新增无症状感染者多少例" is not answered by 境外输入病例27例
    if span and not classifier_ok(constraints.question, ctx.sentence, span):
        return Verdict(False, "metric")  # "新增了几幅土地" is counted in 幅: not answered by a sales growth of 12.7%
    if span and not duration_ok(constraints.question, ctx.sentence, span):
        return Verdict(False, "metric")  # "How long is the festival?" asks days, not "800 meters of rope"
    if span and not _tenor_ok(constraints.question, ctx.sentence, at):
        return Verdict(False, "metric")
    if span and _BEFORE_ASKED.search(constraints.question) and not _STARTING_FIGURE.search(ctx.sentence[max(0, at - 16):at]):
        # "下调前1年期LPR是多少" asks the level before the cut: "1年期LPR为2.85%，…均较上一期下降10个基点"
        # states the level after it, and only a starting figure (由3.1%降至…) answers.
        return Verdict(False, "metric")
    if span and _REVISED_FROM.search(ctx.sentence, 0, at) and not _OLD_ASKED.search(constraints.question):
        return Verdict(False, "metric")  # "lowered her estimate to $2.40 per share from $2.95": the old one
    if span and constraints.part and not part_ok(constraints.part, ctx.sentence, at,
                                                 tuple(s for e in constraints.entities for s in e.spellings()
                                                       if constraints.part not in s)):
        return Verdict(False, "scope")
    if (span and constraints.metric and constraints.metric != "market_share" and not constraints.part and not constraints.qualifier
            and segment_scoped(ctx.sentence, at, tuple(s for e in constraints.entities for s in e.spellings()),
                               constraints.question, ctx.original)
            and not asks_segment(constraints.question) and not english_part_named(constraints, ctx.sentence, at)):
        return Verdict(False, "scope")  # a segment's figure, asked for the whole company (a share is of a market)
    if (span and constraints.metric and not constraints.part and not constraints.qualifier
            and subgroup_named(constraints, ctx.sentence, at)):
        return Verdict(False, "scope")  # 阿里国际数字商业集团收入 is one business group's, not Alibaba's
    if span and english_metric_narrowed(constraints, ctx.sentence, at):
        return Verdict(False, "scope")  # 汽车毛利率 is the vehicles' margin, not the company's
    if span and (constraints.metric or constraints.head) not in (None, "market_share") and region_narrowed(constraints, ctx.sentence, at):
        return Verdict(False, "scope")  # 国际市场游戏收入 is one market's games revenue
    if span and constraints.metric and other_part_named(constraints, ctx.sentence, at):
        return Verdict(False, "scope")  # another segment's figure
    if span and (peer := peer_missing(constraints, bool(_FORECAST_ASKED.search(constraints.question)), ctx.sentence, span,
                                       ctx.title)):
        return Verdict(False, peer)  # a sub-market's share, a target, one company's figure for the market's
    if span and _PLAN_BEFORE.search(ctx.sentence, 0, at) and not _FORECAST_ASKED.search(constraints.question):
        return Verdict(False, "metric")  # "had initially planned to raise $1 billion": not the amount raised
    if span and _forecast_at(ctx, at) and not _FORECAST_ASKED.search(constraints.question) \
            and not later_per_share(constraints.question, constraints.period.years, ctx.year_now):
        # "How much did revenue rise?" is not answered by "expects revenue to rise 6% to 8%"; the refusal
        # says the articles give only an outlook, and shows it as the nearest fact. So for a later year asked
        # without a forecast word ("北辰材料2027年营业收入"): "预计…2027年营业收入将超过80亿元" is shown, labelled.
        return Verdict(False, "outlook")
    if span and not base_period_ok(constraints.question, ctx.sentence, at):
        # "去年同期营收多少" asks the base a change is measured from: "营业收入45.2亿元，较上年同期的38.1亿元增长"
        # is answered by 38.1亿元 alone, never by this year's 45.2亿元.
        return Verdict(False, "period")
    if span and impact_only(constraints.question, ctx.sentence, at):
        # "取得投资收益1.44亿元，影响归母净利润8119.49万元": what a deal adds to the profit is not the profit.
        return Verdict(False, "metric")
    if span and _FORECAST_REQUIRED.search(constraints.question) and (
            not forecast_stated(ctx.sentence, at, ctx.title, ctx.preceding)
            or guidance_by_analysts(constraints.question, ctx.sentence, at)):
        # "Lumora's subscriber target", "2027年净利润预测": a figure that happened is not a forecast; a company's
        # 业绩预告 ("发布2021年度业绩预告。…净亏损为423亿元至433亿元") is its own.
        return Verdict(False, "forecast")
    counted = _COUNTED_NOUN.search(constraints.question)
    if counted and re.search(r"[\u3400-\u9fff]", ctx.sentence) and counted.group("noun") not in ctx.sentence and not (
            span and counted_by(constraints.question, ctx.sentence, span)):
        # "临江市有多少5G基站" asks a count of 5G基站: a sentence that never names them does not answer it
        # (but "机队规模达到386架" counts the 架 of "多少架飞机").
        return Verdict(False, "metric")
    if span and _NOW_ASKED.search(constraints.question) and (_forecast_at(ctx, at) or _TARGET_BEFORE.search(
            ctx.sentence[:at]) or any(int(y) > ctx.year_now for y in re.findall(r"(?<!\d)(20\d{2})年", ctx.sentence[:at])
                                       if ctx.year_now)):
        # "目前有多少5G基站" is not answered by "到2028年，全市累计建成5G基站4.2万个": a target is not what is.
        return Verdict(False, "forecast")
    if ANALYSTS.search(constraints.question) and not _ANALYSTS_SAID.search(ctx.sentence):
        # "What did analysts expect Orion's revenue to be?" is not answered by Orion's own outlook.
        return Verdict(False, "forecast")
    if span and not day_ok(constraints.question, ctx, at):
        return Verdict(False, "period")  # "2月2日新增确诊病例多少" is not answered by 2月1日's report
    years, parts = period_at(ctx, at, constraints.question)
    if constraints.period.parts == {"FY"} and full_year_stated(ctx, at):
        parts = frozenset({"FY"})  # "…Q1-Q4增速…，全年按照15%…": the nearest period before it is the year
    if constraints.period and (not period_ok(constraints.period, years, parts) or span and over_span(ctx.sentence, at, constraints.period)):
        # A year no text around writes out ("this year", "in April" read against the day it was stored) is a
        # reading, not what the article says: it is not named to the reader.
        said = any(str(y) in t for y in years for t in (ctx.sentence, ctx.title, *ctx.opening, *ctx.preceding[:4]))
        return Verdict(False, "period", parts, years if said else frozenset())
    if span and constraints.ratio and not is_ratio(ctx.sentence, *span):
        return Verdict(False, "ratio", parts, years)
    if span and constraints.change:
        if not (is_change(ctx.sentence, *span) or moved_to(ctx.sentence, *span)) or opposite_move(constraints.question, ctx.sentence, span[0]):
            return Verdict(False, "change", parts, years)  # "周涨多少" is not answered by "周跌3.1%"
        stated = basis_at(ctx.sentence, *span)
        found = stated or _listed_basis(ctx)
        # A change with no basis stated is year on year; one on the previous period says so.
        if constraints.basis and found != constraints.basis and not (
                found is None and constraints.basis == "yoy" and not only_other_bases(ctx.sentence)
                or last_month_named(constraints.basis, found, ctx.sentence, span, constraints.period.parts)):
            return Verdict(False, "basis", parts, years, found)
        if constraints.basis == "ref" and not ref_years(constraints.question) <= ref_years(ctx.sentence):
            return Verdict(False, "basis", parts, years, found)  # "较2018年" is not answered by "较2019年同期"
        if constraints.basis is None and stated is None and found == "seq":
            # "蛋类价格下降了多少": "蛋类价格下降2.0%；" in a list led by "…环比下降0.7%" is a
            # month-on-month fall that the cited sentence does not show as one.
            return Verdict(False, "basis", parts, years, found)
    elif span is None and constraints.basis:
        stated = bases_in(ctx.sentence)
        if constraints.basis not in stated and (constraints.basis != "yoy" or stated):
            return Verdict(False, "basis", parts, years, next(iter(sorted(stated)), None))
    return Verdict(True, None, parts, years)


# Prices and per-share amounts are levels too: "What price per share is X offering?" is not answered by "a premium of 41%".
_PRICES = frozenset("price share_price target_price market_value eps dividend total_assets".split())
# A level before a change is asked ("下调前", "调整前的", "此前"): only a starting figure answers.
_BEFORE_ASKED = re.compile(r"(?:调整|下调|上调|调降|调升|降准|降息|加息|变动|改革|变更)前|\bbefore the (?:cut|hike|increase|change)\b")
_REVISED_FROM = re.compile(r"\b(?:lowered|raised|cut|lifted|trimmed|revised|reduced|increased)\b[^,;]{0,60}\bto\s+[$€£]?\d[^,;]{0,30}\s+from\s+$")
_OLD_ASKED = re.compile(r"\b(?:previous|prior|earlier|old|original|initial|before|from)\b")  # the value a revision started from
_STARTING_FIGURE = re.compile(r"(?:由|从|原为|此前为|调整前为|下调前为|上调前为|上一期的|上期的|上月的|\bfrom)\s*[^，,；;。]{0,10}$")


# A view asked on a topic ("何立新对投资收益怎么看", "What did the CEO say about layoffs?").
_TOPIC_ZH = re.compile(r"对(?P<topic>[^，。？?]{2,12}?)(?:怎么看|如何看待|如何评价|有何看法|的看法|的观点|说了什么|表示了什么)")
_TOPIC_EN = re.compile(r"\b(?:say|said|think|thinks|comment|comments)\b.*?\babout\s+(?:the\s+|its\s+|their\s+)?(?P<topic>[a-z][a-z\- ]{2,40}?)\s*\??$")


def _topic_ok(question: str, ctx: Context) -> bool:
    """A view on a topic is answered only by a statement that names it ("谈到价格竞争，…价格战…"):
    what he said about 渠道改革 is not his view on 投资收益, even after a sentence on 投资收益率."""
    found = _TOPIC_ZH.search(question) or _TOPIC_EN.search(question)
    if not found:
        return True
    # Whose view: "何立新对…" is answered by what 何立新 said, not by a figure near the topic.
    speaker = question[:found.start()].strip()
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", speaker) and not any(speaker in t for t in (ctx.sentence, *ctx.preceding[:1])):
        return False
    topic = found.group("topic")
    if topic.isascii():
        words = [w.rstrip("s") for w in topic.split() if len(w) > 3]
    else:
        words = [p.word for p in _pos_cut(topic) if len(p.word) >= 2] or [topic]
    return not words or any(w in ctx.sentence for w in words)


# A count asked in units ("有多少人", "多少家门店", "how many"): a percentage does not answer it.
_COUNT_ASKED = re.compile(r"(?:多少|几)(?:名|人|家|台|辆|个|套|户|位|座|艘|架|部|款|间|所)|\bhow many\b")
# A product model written in Latin letters in a Chinese sentence: "Book Pro", "X9", "Mate 70", "A18 Pro"
# (not a quarter, a half or a fiscal year: Q3, H1, FY2026).
_MODEL_RE = re.compile(r"(?<![A-Za-z0-9])(?!(?:Q|H|FY)\d)[A-Z][A-Za-z]*(?:\d+[A-Za-z]*|(?: [A-Z0-9][A-Za-z0-9]*)+)(?![A-Za-z0-9])")


def _other_model_before(constraints: Constraints, ctx: Context, at: int) -> bool:
    """Does a Chinese sentence give the number to another product model than the one asked, which it
    does not name: "星衡Book Air起售价为5999元" for 星衡Book Pro's price, "…笔记本星衡Book Pro，起售价为8999元"
    for the X9 chip's? A launch story prices several products; the title's is not every one's."""
    if not re.search(r"[\u3400-\u9fff]", ctx.sentence) or len(ctx.original) != len(ctx.sentence):
        return False
    subjects = [e for e in constraints.entities if e.subject]
    if not subjects or any(entity_in(e, ctx.sentence) for e in subjects):
        return False
    asked = " ".join(s for e in constraints.entities for s in e.spellings())
    clause_start = max(ctx.original.rfind(c, 0, at) for c in "。；;")
    for model in _MODEL_RE.finditer(ctx.original, max(0, clause_start), at):
        if model.group().lower() not in asked:
            return True
    return False


def _present(entity: Entity, ctx: Context) -> bool:
    """Named in the sentence or its context (title, sentences just before, opening); a route only in the sentence."""
    texts = (ctx.sentence,) if isinstance(entity, NamedHere) else (ctx.sentence, ctx.title, *ctx.preceding[:3], *ctx.opening)
    return any(entity_in(entity, t) for t in texts if t)


def _owned(constraints: Constraints, ctx: Context, at: int) -> bool:
    """Is the number at `at` about one of the question's entities? The nearest name
    before it decides; a generic "公司"/"the company", or no name at all, refers to
    the subject of the context. In English the subject may follow the number
    ("6 million Sentra vehicles"), so there a name anywhere in the sentence will do."""
    # A name in a bracket closed before the number ("（在广东）；本土病例12例") is a detail of its clause: it owns nothing.
    here = [(s, e) for entity in constraints.entities for s, e, _ in _occurrences(entity, ctx.sentence)
            if not in_closed_bracket(ctx.sentence, s, e, at)]
    before: list[tuple[int, bool | None]] = [(s, True) for s, e in here if s < at and not month_name(ctx.sentence[s:e])]
    previous, described = (-1, -1, ""), described_by_products(ctx.sentence, at)
    for start, end, name in ctx.claimers():
        # "其中沙特阿美持股比例为35%": jieba's 沙特 + 阿美 are one name, not the 阿美 of an asked 华锦阿美.
        whole = previous[2] + name if previous[1] == start and re.fullmatch(r"[\u4e00-\u9fff]+", previous[2] + name) else name
        previous = (start, end, name)
        if start >= at or any(s <= start < e or start <= s < end for s, e in (*here, *described)) \
                or in_closed_bracket(ctx.sentence, start, end, at) or _SOURCE_OF_ESTIMATES.match(ctx.sentence, end) \
                or in_closed_aside(ctx.sentence, start, at) or measure_code(name, (ctx.original, *ctx.around)):
            continue  # ("above Wall Street estimates, … and its shares jumped 11%": a yardstick's source owns nothing)
        # "Home loans grew 4.5%, while business lending rose 7.8%": a weak opening word owns nothing.
        # "Occupancy was 71.5%": an opening word the question holds as its measure, not as a name, is not the one asked.
        weak_word = _weak(start, end, name, ctx.original) and not _named_within(ctx.original[start:end], ctx)
        asked = _asked_at(whole, start - len(whole) + len(name), ctx.sentence, constraints) and not (
            weak_word and not any(entity_in(e, name) for e in constraints.entities))
        before.append((start, asked or (None if weak_word else False)))
    before += [(m.start(), None) for m in _GENERIC_SUBJECT.finditer(ctx.sentence[:at])] + [(a, None) for a, _ in described]
    before += [(m.start(), _is_asked((m.group(1) or m.group(2)).lower(), constraints)) for m in _SHARES_OF.finditer(ctx.original)
               if m.start() < at and len(ctx.original) == len(ctx.sentence) and (m.group(1) or m.group(2)) != "Shares"]
    spellings = tuple(s for entity in constraints.entities for s in entity.spellings())
    before += [(start, False) for start, _, _ in rival_names(ctx.sentence, spellings) if start < at]
    before += [(start, _is_asked(n, constraints)) for start, end, n in foreign_subjects(ctx.sentence, spellings) if start < at]
    if before:
        owner = max(before, key=lambda b: b[0])[1]
        if owner is not None:
            return owner
        # "公司" is the article's company: an entity, if named earlier in the sentence.
        if any(s < at for s, _ in here):
            return True
        if generic_after_other(ctx.sentence, at, before):
            return False  # "同日，南屿港务披露，11月公司完成…": 公司 is the other company just named
    elif here and not re.search(r"[\u3400-\u9fff]", ctx.sentence):
        return True
    # Named only after the number ("…增长29%，显著超越古井贡酒"), the entity is an
    # object or a comparison: the number is the context's subject's. A subject of the
    # sentence's own that is a kind of thing (折叠屏手机…, 国内…) takes over from the
    # sentence before: only the title or the opening can still make it the company's.
    if _market_clause(constraints, ctx, at):
        return False
    if category_among_peers(ctx.sentence, at, ctx.preceding, spellings):
        return False  # "折叠屏手机出货量为280万台" after several makers' clauses is the market's
    own = any(category_subject(ctx.sentence, at, e.spellings()) for e in constraints.entities if e.subject)
    return _context_subject_is_asked(constraints, ctx, skip_preceding=own)


# Metrics measured as an amount: a question for their level is not answered by a change.
_AMOUNTS = frozenset("revenue sales_zh contract_sales net_profit loss adjusted_profit operating_profit total_profit gross_profit output power_output volume "
                     "orders backlog users dau mau investment deal_value cash_flow rd_expense gdp".split())
# A measure named by the question's own words that is an amount (增加值, 旅客运输量, 出货量, 投资规模), not a
# rate or a share (客座率, 占比, 比重, 份额): "数字经济核心产业增加值是多少" is not answered by its share of GDP.
_AMOUNT_HEAD = re.compile(r"(?:(?<!峰|均)值|量|额|规模|人次|(?<![指系倍比分])数)$")  # 指数, 系数: index points, often in %


def _listed_basis(ctx: Context) -> str | None:
    """The basis a "；"-listed statement states once for all its items ("4月份，食品价格环比下降0.7%。
    食品中，鲜菜价格下降3.7%…；蛋类价格下降2.0%…；": 环比 for each), else None."""
    if not (ctx.sentence.rstrip().endswith(("；", ";")) or ctx.preceding and ctx.preceding[0].rstrip().endswith(("；", ";"))):
        return None
    for text in ctx.preceding[:listed_reach(ctx)]:
        stated = bases_in(text)
        if stated:
            return next(iter(stated)) if len(stated) == 1 else None
    return None


_AMOUNT_HEAD_RE = re.compile(r"(?:额|总额|金额|收入|销量|产量|销售量|交付量|出货量)$")


_RATE_HEAD_RE = re.compile(r"(?:率|比例|比率|占比|比重|\brate|\bratio|\bmargin)$")
_POINTS_AFTER_RE = re.compile(r"\s*(?:个百分点|百分点|个基点|基点|pct|bps?|pp|percentage points?|basis points?)")
_POINTS_END_RE = re.compile(r"(?:个百分点|百分点|个基点|基点|pct|bps?|pp)\s*$")
_SHARE_OF_RE = re.compile(r"(?:完成(?:了)?|占|达到|相当于)[^，,。；;]{0,14}的\s*(?:约|近|超|逾)?\s*$")


# Words that make a question ask for a forecast, a target or guidance (not "project", "will").
_FORECAST_REQUIRED = re.compile(r"\b(?:expects?|expected|forecasts?|guidance|outlook|predict(?:s|ed)?|estimates?|targets?"
                                r"|projections?)\b|预计|预测|预期|预估|指引|展望|目标")
# A sentence also gives the market's expectation as "estimates" or by its source (彭博, Wind); a question
# asking "estimates" may mean the company's own, so only ANALYSTS reads the question.
_ANALYSTS_SAID = re.compile(ANALYSTS.pattern + r"|\bestimates?\b|彭博|wind", re.IGNORECASE)
# What a Chinese count question counts, named after 多少 ("有多少5G基站", "多少个重点项目").
_COUNTED_NOUN = re.compile(r"多少(?:个|家|座|台|辆|架|艘|名|位)?(?:[万亿千百](?=[\u4e00-\u9fff]*元[?？]?$))?"
                           r"(?P<noun>(?![个家座台辆架艘名位])[0-9a-z]*[\u4e00-\u9fff]{2,8}|元)[?？]?$")  # "多少万元" asks 元, "多少美元" 美元
# A question about what is now: a target or a plan does not answer it.
_NOW_ASKED = re.compile(r"目前|现在|当前|现有|如今|至今|截至目前|眼下|\b(?:currently|so far|to date|right now|today)\b")
_TARGET_BEFORE = re.compile(r"目标|力争|计划|规划|方案提出|到(?:19|20)\d{2}年|\bby (?:the end of )?20\d{2}\b|\btarget")


def _forecast_at(ctx: Context, at: int) -> bool:
    """Is the number in a clause that states a forecast ("expects revenue to rise 6%")?"""
    if re.search(r"[\u4e00-\u9fff]", ctx.sentence):
        clause = re.split(r"[，；。,;]", ctx.sentence[:at])[-1]
    else:
        clause = _RESULT_AFTER.split(re.split(r"[,;]\s", ctx.sentence[:at] + " ")[-1])[-1]
        if _WILL_BEFORE.search(clause):
            return True  # "Gross margin will likely dip to about 41%": what is to come, not what was
    return bool(_FORECAST_BEFORE.search(clause)) or forecast_lead(ctx.sentence, at)


_OWN_BUSINESS = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,}业务(?:板块)?(?:实现|的|营收|收入|营业收入)")


def _other_business(constraints: Constraints, ctx: Context, at: int) -> bool:
    """A business asked ("个人办公服务订阅业务收入") that the sentence does not name, while the number's clause is
    about a business of its own: that business's figure, not the one asked."""
    if any(s in ctx.sentence for e in constraints.entities for s in (e.text, *e.aliases) if len(s) >= 2):
        return False
    clause = ctx.sentence[max(ctx.sentence.rfind(c, 0, at) for c in "，,；;。") + 1:at]
    own = _OWN_BUSINESS.search(clause)
    name = own.group().split("业务")[0] if own else ""
    # ("青禾乳业奶粉业务收入" and "奶粉业务收入…", "小米手机业务" and "智能手机业务": the same business.)
    return bool(own) and not any(name[-n:] in constraints.question for n in range(2, min(len(name), 6) + 1))
