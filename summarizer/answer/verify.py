"""Checking ranked candidates against the question's constraints, and saying what is missing.

Ranking finds sentences that share the question's words; this module keeps only
those whose figure belongs to the entity, the metric and the period the question
names (`constraints.check`), reading each sentence with its article's context.
When none is left, it builds the abstention: which constraint failed, what was
asked, what the articles have instead, and the nearest fact (labelled, never the
answer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from summarizer.answer.announcer import announcing_sentence
from summarizer.answer.generic_title import descriptor_title, generic_title, untitled_company
from summarizer.answer.changes import asked_kind, in_named_clause
from summarizer.answer.kinds import narrowed_kind
from summarizer.answer.misstated import misstated
from summarizer.answer.own_clause_words import prefer_own_clause
from summarizer.answer.level_reached import no_move_to_level, prefer_level_reached
from summarizer.answer.asked_words_en import other_rate_named
from summarizer.answer.rate_heads_en import bare_rate_of_another_kind
from summarizer.answer.doers_en import doers_own
from summarizer.answer.part_opened import part_not_asked
from summarizer.answer.payees import named_only_as_payee
from summarizer.answer.share_whole_en import share_of_another_whole
from summarizer.answer.subject_part import in_subjects_part
from summarizer.answer.forecast_stated import later_outlook
from summarizer.answer.credit_measures import amount_for_rate, other_credit_measure, total_for_one_month
from summarizer.answer.zh_channels import other_channel, other_listed_measure, stake_not_asked
from summarizer.answer.prior_level_en import prior_level_missing
from summarizer.answer.trade_sides_en import other_side
from summarizer.answer.consideration_parts import other_part_of_price
from summarizer.answer.own_measure import measure_noun_missing, other_measure_heads
from summarizer.answer.price_kinds import other_price
from summarizer.answer.range_span import whole_range
from summarizer.answer.sum_asked_en import count_for_money, not_money
from summarizer.answer.last_season_en import season_for_year
from summarizer.answer.other_party_en import other_partys, partys_own
from summarizer.answer.running_total import one_month_for_total
from summarizer.answer.share_classes import other_class
from summarizer.answer.head_deed import other_deed_of_head
from summarizer.answer.unnamed_periods import unnamed_periods_list
from summarizer.answer.short_names import with_full_names
from summarizer.answer.deal_direction import reversed_deal
from summarizer.answer.case_status import status_ok_en
from summarizer.answer.measured import dropped_why, measured_ok
from summarizer.answer.durations import age_of_another, age_of_asked, asks_age, is_age, subjects_age
from summarizer.answer.per_unit import per_unit
from summarizer.answer.classifiers import asks_money, counted_by, wrong_kind_of_number
from summarizer.answer.named_after import named_after
from summarizer.answer.constraints import (
    _COUNTED_NOUN,
    _FORECAST_REQUIRED,
    Constraints,
    Context,
    Entity,
    Verdict,
    check,
    entity_in,
)
from summarizer.answer.evidence import (
    _NUMBER_IN_TEXT,
    _ORDINAL_EN,
    _STOCK_CODE,
    _figures_here,
    _is_date_like,
    _nearest_number,
    not_a_value,
)
from summarizer.answer.periods import Period, mentions, part_label
from summarizer.answer.own_number import own_number
from summarizer.answer.other_subjects import another_subjects
from summarizer.answer.listed_periods import listed_for
from summarizer.answer.named_sums import named_sum
from summarizer.answer.plans import plan_owner
from summarizer.answer.ranks import asks_rank, place_after_name, rank_checked_at, rank_of_other, rank_spans
from summarizer.answer.results import (
    Answer,
    AnswerSentence,
    Citation,
    Passage,
    Question,
)
from summarizer.answer.scope import part_of_question
from summarizer.answer.spelling_pref import under_asked_spelling
from summarizer.answer.text import fold
from summarizer.answer.word_numbers import counted_word_spans, prefer_counted

__all__ = ["Checked", "abstention", "resolve_entities", "verify"]

# Metrics that are totals: never answered by an amount per unit (per share, per watt, per ton).
_TOTALS = frozenset("revenue sales_zh net_profit loss adjusted_profit operating_profit total_profit gross_profit "
                    "output power_output volume orders backlog investment cash_flow rd_expense".split())  # a deal price is often per share

_PER_ASKED = re.compile(r"\bper\b|\ba share\b|每|单[瓦吨台位辆件股]|/")

# How many ranked candidates are checked before giving up: the answer, if any, is
# nearly always among the first few; each check may run jieba on the sentence.
MAX_CHECKED = 15


@dataclass(frozen=True, slots=True)
class Checked:
    passage: Passage
    ok: bool
    missing: str | None
    highlight: tuple[int, int] | None
    verdict: Verdict
    depth: int  # how far it got: 0 entity failed, 1 metric, 2 scope, 3 period, 4 change, 5 basis, 6 passed


_DEPTH = {"entity": 0, "metric": 1, "forecast": 1, "scope": 2, "period": 3, "outlook": 3, "ratio": 4, "change": 4, "basis": 5,
          None: 6}
_BASIS_LABEL = {"zh": {"yoy": "同比", "seq": "环比", "ref": "与某一年份相比", "other": "与其他时点相比"},
                "en": {"yoy": "year-on-year", "seq": "quarter-on-quarter (sequential)", "ref": "against a named year",
                       "other": "other comparisons"}}


def resolve_entities(constraints: Constraints, passages: Sequence[Passage]) -> tuple[Constraints, Entity | None]:
    """The first entity that no candidate article mentions at all, if any: then
    nothing can answer ("火星上的营收", "海葵二号")."""
    texts: list[str] = []
    seen_articles: set[object] = set()
    for passage in passages:
        texts.append(fold(passage.text))
        if passage.article_id not in seen_articles:
            seen_articles.add(passage.article_id)
            if passage.title:
                texts.append(fold(passage.title))
            texts.extend(fold(s) for s in passage.article)
    corpus = "\n".join(texts)
    kept = []
    part = constraints.part
    # A Latin name in a Chinese question ("Kestrel的毛利率") is written as the articles would write it.
    chinese_question = re.search(r"[\u4e00-\u9fff]", constraints.question) is not None
    for entity in constraints.entities:
        if entity.subject and part and not entity.text.isascii() and f"{entity.text}{part}" in corpus:
            # "钢研高纳上半年营收" cut as 钢研 + a part 高纳: the articles write 钢研高纳 as one name.
            entity = replace(entity, text=entity.text + part, candidates=(entity.text + part,))
            part = None
        spelling = entity_in(entity, corpus)
        if spelling:
            entity = with_full_names(entity, corpus)  # "江屿城市建设投资集团有限公司（简称“江屿城投”）"
            kept.append(entity)
            # "瑞能动力储能电池出货量" where only 瑞能动力 is a name (or "谷歌云业务" where only
            # 谷歌 is): the rest is the part asked about.
            name = max((s for s in entity.spellings() if s != entity.text and not s.isascii()
                        and entity.text.startswith(s) and s in corpus), key=len, default=None)
            # "河南粮食播种面积": the measure's qualifier is what follows the name the articles use (粮食).
            found = name or spelling
            head_qualifier = constraints.head_qualifier
            if entity.subject and head_qualifier and not found.isascii() and head_qualifier.startswith(found) \
                    and len(head_qualifier) > len(found):
                constraints = replace(constraints, head_qualifier=head_qualifier[len(found):])
            if entity.subject and name and spelling != entity.text and constraints.qualifier in (None, entity.text):
                rest = part_of_question(entity.text + "|", len(name), len(entity.text))
                if constraints.head and entity.text.endswith(constraints.head):
                    rest = None  # "岑州市社会消费品零售总额": the rest is the measure asked, checked as one, no part
                part = (rest or "") + (part or "") or None
                qualifier = None if constraints.qualifier == entity.text else constraints.qualifier
                constraints = replace(constraints, qualifier=qualifier)
        elif place := plan_owner(entity.text, corpus):  # "临江市新基建行动方案": the place's plan
            kept.append(replace(entity, text=place, candidates=(place,)))
        elif not entity.sure and (code := re.fullmatch(r"[\u4e00-\u9fff]{1,4}([a-z][a-z0-9]{1,5})", entity.text)) \
                and re.search(rf"(?<![a-z]){code.group(1)}(?![a-z])", corpus):
            return constraints, entity  # "核心PPI" where the articles state only PPI (and 核心CPI): a kind no one gives
        elif entity.sure and (not entity.text.isascii() or chinese_question or not entity.subject or _mostly_latin(corpus)):
            return constraints, entity  # (a place or part asked, "sales in Europe", is named in no article of the chat)
        # Otherwise it cannot be checked here (an English name with no Chinese
        # spelling asked of Chinese articles, a phrase that may not be a name).
    return replace(constraints, entities=tuple(kept), part=part), None


def _mostly_latin(text: str) -> bool:
    return len(re.findall(r"[a-z]{3,}", text)) > len(re.findall(r"[\u4e00-\u9fff]", text)) / 4


def _context(passage: Passage, by_position: dict[tuple[object, int], str]) -> Context:
    index = passage.sentence_index
    if passage.article and index < len(passage.article) and passage.article[index].strip() == passage.text.strip():
        before = [passage.article[i] for i in range(index - 1, max(index - 5, -1), -1)]
        opening = [s for i, s in enumerate(passage.article[:2]) if i < index]
    else:
        before = [by_position[(passage.article_id, i)] for i in range(index - 1, max(index - 5, -1), -1)
                  if (passage.article_id, i) in by_position]
        opening = [by_position[(passage.article_id, i)] for i in range(min(index, 2))
                   if (passage.article_id, i) in by_position]
    generic = generic_title(passage.title) or descriptor_title(passage.title)
    if passage.article and (own := announcing_sentence(passage.article, None if generic else passage.title)) is not None \
            and own not in opening and not passage.text.strip().startswith(own):
        opening = [*opening, own]  # a title-less note names its company only where it announces
    year = int(passage.date[:4]) if passage.date and passage.date[:4].isdigit() else None
    raw = (*before[:3], passage.title or "", *opening)
    heading = index == 0 or passage.text.strip() == (passage.title or "").strip()
    lead = tuple(fold(passage.article[i]) for i in range(index + 1, min(index + 3, len(passage.article)))) \
        if heading and passage.article else ()
    # A title naming no company reads as the company its body names ("业绩快报" over 青禾乳业's figures).
    company = untitled_company(passage.title, passage.article) if generic else None
    title = f"{passage.title or ''} {company}".strip() if company else passage.title or ""
    return Context(fold(passage.text), passage.text, fold(title), tuple(fold(s) for s in before),
                   tuple(fold(s) for s in opening), year, lead=lead, raw=raw, around=raw)


def _number_spans(passage: Passage, question: Question, folded: str) -> list[tuple[int, int]]:
    """The numbers of the sentence a number question could be asking for."""
    text = passage.text
    if asks_rank(question.text):
        # "排名第几" is answered by the place ("排名第二"), not by the amount beside it.
        names = tuple(s for e in question.constraints.entities for s in e.spellings())
        return [span for span in rank_spans(text) if not rank_of_other(folded, span, names)]
    asked = fold(question.text)
    periods = [(m.start, m.end) for m in mentions(folded)]
    # A figure the analysis keeps as a date ("10月30日公告") is when it happened, not what was asked.
    spans = {(text.find(f.text), text.find(f.text) + len(f.text)) for f in _figures_here(passage)
             if not not_a_value(f) and fold(f.text) not in asked and not _STOCK_CODE.match(text, text.find(f.text))}
    # What the analysis keeps as a code or a date (601877.SH, 01188.HK, 10月30日) is never a value either.
    kept = [(text.find(f.text), text.find(f.text) + len(f.text)) for f in _figures_here(passage) if not_a_value(f)]
    # "新增土地储备4幅" for "新增了几幅土地": a bare number the analysis keeps as a code is a count when the
    # measure word the question counts by follows it.
    if asks_age(question.text):
        # "31岁" is kept as a code beside the figures (an age is no key figure), but it answers "多大年纪".
        kept = [span for span in kept if not is_age(text, span, chinese=True)]
    counting = {span: counted_by(question.text, text, span) for span in kept if span[0] >= 0}
    counts = [count for count in counting.values() if count]
    kept = [span for span in kept if not counting.get(span)]
    spans |= {m.span() for m in _NUMBER_IN_TEXT.finditer(text)
              if not _is_date_like(text, m) and fold(m.group()).strip() not in asked
              and not _STOCK_CODE.match(text, m.start()) and not any(a <= m.start() < b for a, b in kept if a >= 0)}
    spans |= set(counted_word_spans(question.text, text))  # "thirty artworks" for "How many artworks…"
    spans |= set(counts)
    # "12，472.84万元~13，512.24万元", "1%至1.25%": a range the analysis reads whole; its pieces are no numbers of their own.
    whole = [(text.find(f.text), text.find(f.text) + len(f.text)) for f in _figures_here(passage)
             if isinstance(f.value, tuple) and not not_a_value(f) and (any(ch in f.text for ch in "，~～至")
                                                                      or "-" in f.text and _CJK_RE.search(text))
             or not not_a_value(f) and re.search(r"\d，\d{3}", f.text)]  # "8，652.3亿元": one number, not 8 and 652.3
    spans = {(a, b) for a, b in spans if not any(x <= a and b <= y and (a, b) != (x, y) for x, y in whole)}
    if not asks_age(question.text):
        # "a 55-year-old man" says how old he is: it counts no deaths nor people.
        spans = {s for s in spans if not is_age(text, s)}
    # "连续第十个季度": an ordinal counts places, it is no value of anything.
    return sorted(s for s in spans if s[0] >= 0 and s[1] > s[0] and not any(
        a <= s[0] < b or s[0] <= a < s[1] for a, b in periods) and text[max(0, s[0] - 1):s[0]] != "第"
        and not _DIGITS_PLACES.match(text, s[0]) and not _ORDINAL_EN.match(text, s[1]))


_CJK_RE = re.compile(r"[\u3400-\u9fff]")  # "目标价16.34-16.70元/股": a Chinese range with a hyphen is whole too
# "实现三位数增长", "两位数的增速": how many digits a growth rate has, not a figure.
_DIGITS_PLACES = re.compile(r"[一二两三四五六七八九十双几多]+位数")


def verify(question: Question, passage: Passage, by_position: dict[tuple[object, int], str],
           weights: Sequence[float]) -> Checked:
    """Check one candidate: for a number question, each of its numbers; the highlight
    is the best number that satisfies every constraint."""
    ctx = _context(passage, by_position)
    constraints = question.constraints
    if named_only_as_payee(constraints.question, ctx.sentence, tuple(s for e in constraints.entities for s in e.spellings())):
        return Checked(passage, False, "entity", None, Verdict(False, "entity"), _DEPTH["entity"])  # Velisse is owed, not fined
    if question.kind == "number":
        spans = _number_spans(passage, question, ctx.sentence)
        if len(ctx.sentence) != len(passage.text):
            spans = []  # folding changed the length: positions would not line up
        # "…due on January 27", "Officers arrested Tom Reed, 33, who…": only a date, a code or an age is no answer.
        dated = any(not_a_value(f) for f in _figures_here(passage))
        if not spans and (constraints.metric or constraints.change or constraints.head or question.strict_number
                          or dated or _FORECAST_REQUIRED.search(constraints.question)) \
                and len(ctx.sentence) == len(passage.text):
            # "How much did it grow?" is not answered by a sentence without a number.
            return Checked(passage, False, "metric", None, Verdict(False, "metric"), _DEPTH["metric"])
        names = tuple(spelling for entity in constraints.entities for spelling in entity.spellings())
        ranked = asks_rank(question.text)
        verdicts = [(span, check(constraints, ctx, rank_checked_at(ctx.sentence, span, names) if ranked else span))
                    for span in spans]
        if asks_age(question.text):
            # "31岁的Heather Morgan": an age written with the asked name is theirs, though the name follows it.
            verdicts = [(span, check(replace(constraints, entities=()), ctx, span)
                         if verdict.missing == "entity" and (age_of_asked(passage.text, span, names)
                                                             or subjects_age(passage.text, span, names)) else verdict)
                        for span, verdict in verdicts]
        passing = [span for span, verdict in verdicts if verdict.ok]
        if passing and question.lang == "zh":
            passing = [span for span in passing
                       if not another_subjects(passage, ctx.sentence, span, names, constraints.question)]
        if passing and constraints.metric in _TOTALS and not _PER_ASKED.search(constraints.question):
            passing = [span for span in passing if not per_unit(passage.text, span)]  # 0.07元/W is no profit
        if passing and question.lang == "zh":
            passing = [s for s in passing if measured_ok(question, ctx.sentence, s, ctx)  # 确诊 is not 治愈, 例 not 个
                       and not narrowed_kind(constraints.question, ctx.sentence, s[0], names)  # 新能源汽车 is no 汽车
                       and not misstated(constraints.question, ctx.sentence, s[0])  # 虚增营业收入 is no 营业收入
                       and not other_class(constraints.question, ctx.sentence, s[0])  # C类's 0.18元 is not A's, 现金管理类 not 固收类
                       and not wrong_kind_of_number(constraints.question, ctx.sentence, s)  # 412万元 for 多少名
                       and not other_channel(constraints.question, ctx.sentence, s[0])  # 出口 is no 零售
                       and not other_credit_measure(constraints.question, ctx.sentence, s[0])  # M2's 余额, not 新增贷款
                       and not amount_for_rate(constraints.question, ctx.sentence, s)  # 增加4,470亿元 is no 增速
                       and not total_for_one_month(constraints.question, ctx.sentence, s[0], ctx.preceding[0] if ctx.preceding else "")
                       and not stake_not_asked(constraints.question, ctx.sentence, s[1])  # 100%股权 is no 评估值
                       and not other_deed_of_head(constraints.head, constraints.head_qualifier, ctx.sentence, s[0])  # 到期的规模
                       and not unnamed_periods_list(constraints.period, ctx.sentence)  # "报告期各期…分别为" names no period
                       and not (constraints.metric is None and constraints.head is None
                                and other_listed_measure(constraints.question, ctx.sentence, s[0]))]  # 营业收入, not 评估值
        elif passing:
            passing = doers_own(constraints, question.text, ctx.sentence, [s for s in passing if status_ok_en(question.text, ctx.sentence, s)])
            passing = [s for s in passing if not other_rate_named(constraints.question, ctx.original, s[0])  # the U-6 rate, not unemployment
                       and not other_side(constraints.question, ctx.sentence, s[0])  # imports, not exports
                       and not prior_level_missing(constraints.question, ctx.sentence, *s)  # this week's, not the week before
                       and not share_of_another_whole(constraints.question, ctx.sentence, s[0])  # the market's 60%
                       and not not_money(constraints.question, ctx.sentence, s, passing)  # 44 million shares, not raised
                       and not count_for_money(constraints.question, ctx.sentence, s)  # its 64 stores are no revenue
                       and not season_for_year(constraints.question, ctx.sentence)  # the Christmas period is no full year
                       and not other_partys(constraints.question, ctx.sentence, s[0])]  # the regulator's minimum of 7%
            passing = partys_own(constraints.question, ctx.sentence, passing)  # the $5.4 billion analysts had expected
            if not constraints.metric:  # "net income fell to 612 million" is no sum set aside for bad loans
                passing = [s for s in passing if not other_measure_heads(constraints.words, ctx.sentence, s[0])
                           and not measure_noun_missing(constraints.words, ctx.sentence)]  # imports are no inventories
        if passing:
            passing = [s for s in passing if not one_month_for_total(constraints.question, ctx.sentence, s[0])  # 11月 is no 累计
                       and not part_not_asked(constraints.question, ctx.sentence, ctx.original, s[0], names)  # 其中外贸 is a part
                       and not no_move_to_level(constraints.question, ctx.sentence, s[0])  # 初始转股价格 is no 下修至
                       and not other_price(constraints.question, ctx.sentence, s[0])  # an issue price is no share price
                       and not other_part_of_price(constraints.question, ctx.sentence, s[0])]  # 作价 is no 现金对价
        if passing and asks_age(question.text):
            passing = [s for s in passing if not age_of_another(passage.text, s, names)]  # "52-year-old Grace"
        if passing and constraints.metric == "deal_value" and reversed_deal(constraints.question, ctx.sentence):
            passing = []  # "收购…花了多少钱" is not answered by a sale's price
        if passing and (counted := _COUNTED_NOUN.search(constraints.question)):
            # "玄武X3有多少个晶体管": the number its noun follows ("约190亿个晶体管"), not another in the line.
            passing = [s for s in passing if counted.group("noun") in ctx.sentence[s[1]:s[1] + 12]] or passing
        if passing:
            passing = prefer_counted(question.text, passage.text, passing)  # "five of the 10 Democrats": five
            passing = named_after(passage.text, passing, tuple(
                s for e in constraints.entities if not e.subject for s in e.spellings()))  # "5.6% in the Midwest"
        if passing and constraints.metric:
            passing = under_asked_spelling(fold(constraints.question), ctx.sentence, passing)  # 总投资, not 完成投资
        if passing:
            passing = own_number(question, ctx.sentence, passing, spans)  # 大型车辆's own 800元, not 150元
            passing = in_subjects_part(ctx.sentence, passing, tuple(s for e in constraints.entities if e.subject
                                                                  for s in (e.text, *e.candidates)))  # WTI's, not Brent's
            passing = prefer_level_reached(constraints.question, ctx.sentence, passing, bool(constraints.change))  # 调整为1.30%
            passing = named_sum(constraints.question, ctx.sentence, passing)  # 罚款's 1，360万元, not 违法所得's
            passing = prefer_own_clause(constraints.question, ctx.sentence, passing, names)  # "at a load factor of 90.2%"
            listed = listed_for(ctx.sentence, passing, constraints.period, ctx.preceding[0] if ctx.preceding else "")
            best = listed or (place_after_name(passing, ctx.sentence, names) if asks_rank(question.text) else None) \
                or _nearest_number(
                in_named_clause(asked_kind(passing, passage.text, constraints.change, question.text), ctx.sentence,
                                names), passage.text, question, weights)
            verdict = next(v for s, v in verdicts if s == best)
            return Checked(passage, True, None, best, verdict, _DEPTH[None])
        if verdicts:
            span, verdict = max(verdicts, key=lambda sv: _DEPTH[sv[1].missing])
            if verdict.missing == "period":  # each of a 分别 list dated by its own year: the refusal names them all
                verdict = replace(verdict, parts=frozenset().union(*(v.parts for _, v in verdicts if v.missing == "period")),
                                  years=frozenset().union(*(v.years for _, v in verdicts if v.missing == "period")))
            return Checked(passage, False, verdict.missing, span, verdict, _DEPTH[verdict.missing])
    verdict = check(constraints, ctx, None)
    if verdict.ok and question.lang == "en" and bare_rate_of_another_kind(constraints.question, ctx.sentence):
        verdict = Verdict(False, "metric")  # "the rate" asked is not the unemployment rate
    return Checked(passage, verdict.ok, verdict.missing, None, verdict, _DEPTH[verdict.missing])


def _informative(checked: Checked, asked: Period) -> int:
    """A failure that shows another period of the kind asked about (a quarter for a
    quarter, a year for a year) makes the better "only … figures" message; a part of
    another kind (a month carried from a cocoa-price line, for a quarter asked) less so."""
    if checked.missing != "period":
        return 0
    if asked.parts:
        shown = checked.verdict.parts - {"FY"}
        kinds = {part[:1] for part in asked.parts}
        return 2 if any(part[:1] in kinds for part in shown) else int(bool(shown))
    return int(bool(checked.verdict.years))


def period_label(period: Period, lang: str) -> str:
    years = sorted(period.years)
    parts = [part_label(p, lang) for p in sorted(period.parts) if p != "FY" or period.parts == {"FY"}]
    if lang == "zh":
        return "、".join(f"{y}年" for y in years) + "、".join(parts) if (years or parts) else ""
    return " ".join([*parts, ", ".join(map(str, years))] if years else parts)  # "2009, 2018", not "2009 2018"


def abstention(question: Question, failures: Sequence[Checked], confidence: float) -> Answer:
    """The answer that says no: which constraint failed, and the nearest fact when
    only the period is wrong (same entity, same metric)."""
    lang = question.lang
    constraints = question.constraints
    # (At one depth, another period's actual figure is the truth where "only a forecast" would not be.)
    best = max(failures, key=lambda c: (c.depth, later_outlook(c.missing, c.passage.date, constraints.period.years),
                                        _informative(c, constraints.period), c.missing != "outlook")) if failures else None
    missing = best.missing if best else "entity"
    asked: str | None = None
    available: tuple[str, ...] = ()
    nearest = None
    if missing == "entity":
        asked = ", ".join(_as_written(e.text, question.text) for e in constraints.entities) or None
    elif missing in ("metric", "outlook"):
        # "宁德时代的营收": the sentences that name the company give no such figure, which says more than "营收".
        asked = constraints.metric_label(lang)
        named = [_as_written(e.text, question.text) for e in constraints.entities if e.subject]
        if asked and named:
            asked = _whose(named[0], asked, lang)
        if missing == "outlook" and best is not None:
            nearest = _nearest(best)  # "预计2021年度净利润1.57亿元-2.12亿元": what there is, labelled
    elif missing == "scope":
        asked = constraints.part or constraints.qualifier or _business_asked(constraints, best, question.text, lang)
        if asked is None and not constraints.entities:  # no company whose segment it could be: "卖了多少钱"
            missing, asked = "metric", constraints.metric_label(lang) or (("金额" if lang == "zh" else "the amount")
                                                                        if asks_money(question.text) else None)
    elif missing in ("change", "ratio"):
        asked = constraints.metric_label(lang) or None
    elif missing == "basis" and best is not None:
        asked = _BASIS_LABEL[lang].get(constraints.basis or "")
        available = (_BASIS_LABEL[lang][best.verdict.basis],) if best.verdict.basis else ()
        nearest = _nearest(best)
    elif missing == "period" and best is not None:
        asked = period_label(constraints.period, lang)
        found = Period(best.verdict.years if constraints.period.years else frozenset(),
                       best.verdict.parts if constraints.period.parts or constraints.period.years else frozenset())
        label = period_label(found, lang)
        if not label and constraints.period.years and not constraints.period.parts:
            label = "、".join(part_label(p, lang) for p in sorted(best.verdict.parts)) if lang == "zh" else \
                " ".join(part_label(p, lang) for p in sorted(best.verdict.parts))
        available = (label,) if label else ()
        nearest = _nearest(best)
    if best is not None and best.missing is None and best.highlight and lang == "zh" and (why := dropped_why(
            question, fold(best.passage.text), best.highlight, _context(best.passage, {}), lang)):
        missing, asked = why  # a number dropped by what it measures (`measured`): say which part or measure
    return Answer(question.text, abstained=True, reason="constraint", kind=question.kind,
                  confidence=round(confidence, 6), missing=missing, asked=asked, available=available,
                  nearest=nearest)


def _business_asked(constraints: Constraints, best: Checked | None, question: str, lang: str) -> str | None:
    """What was asked, when the figure that failed on scope is not a part of the company asked.

    "only a segment's figure, not the whole company's" is true of "腾讯金融科技与企业服务收入" asked
    "腾讯的营收", and false of "腾讯云的客户包括…80%" asked "腾讯云的营收": there the name is followed by
    的, not by the name of one of its businesses, so the answer says what it could not find."""
    if best is None:
        return None
    seen = fold(best.passage.text)
    for entity in constraints.entities:
        if not entity.subject:
            continue
        spots = [m.end() for name in {fold(n) for n in (entity.text, *entity.candidates)} if name
                 for m in re.finditer(re.escape(name), seen)]
        if any(end < len(seen) and _SEGMENT_NAME_RE.match(seen, end) for end in spots):
            return None
        named, metric = _as_written(entity.text, question), constraints.metric_label(lang)
        return _whose(named, metric, lang) if metric else named
    return None


# A name that goes on into the name of one of its parts: 腾讯|金融科技, 阿里|云; not 腾讯云|的客户.
_SEGMENT_NAME_RE = re.compile(r"(?![的之在于与和及或等称说对将已也都是为从向把被])[\u4e00-\u9fffA-Za-z]")


def _whose(name: str, metric: str, lang: str) -> str:
    """"宁德时代的营收", "Kestrel Foods' net profit", "Disney's revenue"; never "中间价的中间价"."""
    if metric in name:
        return metric
    if lang == "zh":
        return f"{name}的{metric}"
    return f"{name}' {metric}" if name.endswith("s") else f"{name}'s {metric}"


def _as_written(name: str, question: str) -> str:
    """The name as the question writes it ("Disney", not the folded "disney")."""
    at = question.lower().find(name.lower())
    return question[at:at + len(name)] if at >= 0 else name


def _nearest(best: Checked) -> AnswerSentence:
    """The closest stored fact, shown labelled as not the answer."""
    passage = best.passage
    return AnswerSentence(
        text=passage.text, citation=Citation(passage.title, passage.url, passage.date, passage.article_id),
        sentence_index=passage.sentence_index, score=0.0, coverage=0.0,
        highlight=whole_range(passage.text, best.highlight))


def unknown_entity(question: Question, entity: Entity) -> Answer:
    return Answer(question.text, abstained=True, reason="unknown_entity", kind=question.kind,
                  missing="entity", asked=re.sub(r"\s+", " ", _as_written(entity.text, question.text)))
