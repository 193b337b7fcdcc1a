"""Words of a question that narrow what it asks, and that the answer must therefore say.

"What was Norland's test and measurement revenue?" is not answered by the company's total
revenue: the words between the possessive and the measure name a part of the company, and an
English sentence that never says them is about something else. "What was Aster's revenue this
year?" is not answered by "had revenue of $1.9 billion last year". "中创新源1-10月累计装车量"
names its subject before the period; a sentence about 我国's cumulative total never names it.
Each check is narrow on purpose: it only refuses a sentence, it never picks one.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from summarizer.answer.sectors_en import sector_part_ok
from summarizer.answer.changes import PRIOR_LEVEL_ASKED
from summarizer.answer.en_words import words_ok
from summarizer.answer.metrics import COMPATIBLE, metric_spans
from summarizer.answer.owned_words import owned_words_named
from summarizer.answer.enumerations import only_listed, other_category
from summarizer.answer.prior import prior_period_ok
from summarizer.answer.units import money_not_count
from summarizer.answer.word_numbers import counted_word_spans

if TYPE_CHECKING:
    from summarizer.answer.requirements import Constraints
    from summarizer.answer.context import Context

logger = logging.getLogger(__name__)

_CJK = re.compile(r"[\u3400-\u9fff]")
# Words between the possessive and the measure that narrow nothing: periods, reporting words.
_NEUTRAL = frozenset(
    "the a an and of its total overall group net gross fiscal full year annual quarterly quarter half first second "
    "third fourth latest reported current this last same comparable period".split())
_PERIODISH = re.compile(r"^(?:\d{2,4}|q[1-4]|h[12]|fy\d*|\w+-(?:quarter|half|year|month)|\w*(?:quarter|month|year)s?)$")


# Where an English sentence turns to another subject or measure: "Bookings … rose 9% to $402 million,
# while revenue in … grew 17%".
_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas)\s+|;\s*|,\s+with\s+")


_BASIS_WORDS = re.compile(r"\b(?:adjusted|underlying|organic|non-gaap)\b")


def modifiers(question: str, metric_start: int) -> list[str]:
    """The content words between "X's" and the measure's first word ("test", "measurement")."""
    head = question[:metric_start]
    cut = head.rfind("'s ")
    if cut < 0:
        return []
    words = re.findall(r"[a-z][a-z\-]*", head[cut + 3:])
    return [w for w in words if w not in _NEUTRAL and not _PERIODISH.match(w) and len(w) > 2]


def modifiers_named(question: str, metric_start: int | None, sentence: str, at: int) -> bool:
    """Does the clause of an English sentence that holds the number say every narrowing word the
    question puts before its measure? A stem will do ("smartphone" for "smartphones")."""
    if metric_start is None or _CJK.search(sentence) or _CJK.search(question):
        return True
    start, stop = _clause(sentence, at)
    folded = sentence[start:stop].lower()
    # "adjusted earnings per share" is one spelling of the measure, yet a GAAP figure does not answer it.
    for word in [*modifiers(question, metric_start), *_BASIS_WORDS.findall(question)]:
        stem = word[:max(4, len(word) - 2)]
        if word == "new" and (_NEW_LEVEL.search(sentence[max(start, at - 80):at].lower()) or _NOW_EXPECTS.search(folded)):
            continue  # "the new quarterly dividend": the level it was "raised … to"; the forecast it "now expects"
        if not re.search(r"\b" + re.escape(stem), folded):
            return False
    # Nor does an adjusted figure answer for the reported one: "What was X's EPS?" is not answered by
    # "Adjusted earnings per share were $1.95" when the clause names no other.
    # EBITDA is itself an adjusted measure: "underlying EBITDA" is what companies guide on, and the line shown says so;
    # so is adjusted EPS ("What is X's EPS forecast?": "now expects adjusted earnings per share of $2.10 to $2.20").
    return not (_BASIS_WORDS.search(folded[:max(0, at - start)]) and not _BASIS_WORDS.search(question)
                and not re.search(r"\bebitda\b|\b(?:forecast|guidance|outlook|expect(?:ed|s)?)\b", question))


# A level set by a change: "raised its quarterly dividend to 45 cents", "cut the rate to 4.25%".
_NEW_LEVEL = re.compile(r"\b(?:raised|raises|raising|increased|increases|lifted|boosted|hiked|cut|cuts|lowered|reduced|set|sets)"
                        r"\b[^.;]*\bto\s+(?:about\s+)?[$€£¥]?\s*$")
_NOW_EXPECTS = re.compile(r"\bnow\s+(?:expects|sees|forecasts|projects|anticipates|estimates|targets|predicts)\b")
_THIS_YEAR = re.compile(r"\b(?:this year|the current year|so far this year)\b")
# A year before the one written about, however it is said.
_PRIOR_YEAR = r"a year (?:earlier|ago|before)|year-ago|year-earlier|prior year|previous year"
_LAST_YEAR = re.compile(rf"\b(?:last year|{_PRIOR_YEAR})\b")


def relative_year_ok(question: str, sentence: str) -> bool:
    """"...this year" is not answered by a sentence that dates its figure last year (and says nothing
    of this year)."""
    if not _THIS_YEAR.search(question) or _LAST_YEAR.search(question):
        return True
    folded = sentence.lower()
    return not (_LAST_YEAR.search(folded) and not _THIS_YEAR.search(folded))


# A Chinese question whose first words come right before its period: "中创新源1-10月累计装车量是多少".
_LEADING = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,8}?)(?:\d{1,2}(?:[-至到]\d{1,2})?月|前[一二三四]季度|[一二三四]季度|第[一二三四]季度|"
    r"上半年|下半年|全年|今年|去年|(?:19|20)\d{2}年)")
# A question word or a verb's particle: "多少家券商预告了2021年度业绩" opens with no subject.
_NOT_A_NAME = re.compile(r"多少|几|哪|什么|谁|如何|怎么|了|的|是|在|有|为|和|与|及")
_GENERIC = frozenset("公司 该公司 本公司 集团 全国 我国 国内 全球 行业 全市 全省".split())


def leading_subject(question: str) -> str | None:
    """The subject a Chinese question names before its period, unless it is a generic one."""
    m = _LEADING.match(question)
    # "公司股价今年跌了多少": the article's own company and a measure, no name to find.
    if m is None or m.group("who") in _GENERIC or _company_and_measure(m.group("who")) \
            or _NOT_A_NAME.search(m.group("who")) \
            or m.group("who").endswith(("比", "较", "跟")):
        return None  # "营收比去年同期增长多少": 营收比 is a metric and a comparison, nobody's name
    return m.group("who")


def _company_and_measure(who: str) -> bool:
    """"公司股价": the article's own company and a measure; "公司烟包业务" names a business of it."""
    rest = re.sub(r"^(?:该|本)?公司", "", who)
    return rest != who and any(s == 0 and e == len(rest) for s, e, _ in metric_spans(rest))


_SCOPE_WORDS = re.compile(r"我国|全国|国内|全行业|全球")
# (Not "the economy" or "the country": a question about Ostland's economy is answered by "the economy expanded 1.8%".)
_WHOLE_EN = re.compile(r"\bthe (?:whole |entire |wider |broader )?(?:industry|sector|market)\b|\bindustry-wide\b",
                       re.IGNORECASE)
# "公司在全国共有门店412家": where the company's own stores are, not the whole country's figure.
_COMPANY_REACH = re.compile(r"(?:公司|集团|该行|本行|其)(?:在|于)(?:全国|国内|全球)")


def _whole_scope(text: str) -> bool:
    return _SCOPE_WORDS.search(_COMPANY_REACH.sub("", text)) is not None


def leading_subject_ok(question: str, names: tuple[str, ...], sentence: str, context: tuple[str, ...],
                       at: int) -> bool:
    """A Chinese sentence that does not name the company asked answers for it only when its context
    does and the sentence is not itself about the whole country, industry or market before its number
    ("1-10月，我国动力电池累计装车量为…" is no one maker's). With no name the question parser knows,
    the words before the question's period name what is asked."""
    if not _CJK.search(sentence):
        # "Analysts estimate that the industry faces $180 billion in sales at risk" is no figure of the company asked.
        return not (names and not any(n.lower() in sentence.lower() for n in names) and _WHOLE_EN.search(sentence[:at]))
    if names:
        return any(name in sentence for name in names) or not _whole_scope(sentence[:at])
    who = leading_subject(question)
    if who is None:
        return _opening_named(question, sentence, at)
    if who in sentence:
        return True
    return any(who in text for text in context if text) and not _SCOPE_WORDS.search(sentence)


_PERIOD_WORDS = re.compile(r"\d{1,2}(?:[-至到]\d{1,2})?月份?|(?:19|20)\d{2}年度?|前[一二三四]季度|[一二三四]季度|第[一二三四]季度|"
                           r"上半年|下半年|全年|今年|去年|本月|上月")


def _opening_named(question: str, sentence: str, at: int) -> bool:
    """A sentence about the whole country or industry ("10月我国动力电池装车量为68.4GWh") answers a question
    that does not ask about the country only when it names what the question opens with ("动力电池…");
    "中创新源装车量同比增长多少" opens with a maker it never names."""
    if not _SCOPE_WORDS.search(sentence[:at]) or _SCOPE_WORDS.search(question):
        return True
    run = re.match(r"[\u4e00-\u9fff]{2,}", _PERIOD_WORDS.sub("", question).strip(" -，,"))
    return run is None or _NOT_A_NAME.match(run.group()) is not None or run.group()[:2] in sentence


def _clause(sentence: str, at: int) -> tuple[int, int]:
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    return start, next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, at)), len(sentence))


def clause_metric_ok(metric: str | None, sentence: str, at: int) -> bool:
    """In an English sentence, the clause holding the number names the measure it measures: when it
    names known measures and none of them is the one asked, the number is another measure's, however
    near the asked one is named in the next clause."""
    if not metric or _CJK.search(sentence):
        return True
    start, stop = _clause(sentence, at)
    named = {name for _, _, name in metric_spans(sentence[start:stop])}
    return not named or metric in named or bool(named & COMPATIBLE.get(metric, frozenset()))


_FROM_BEFORE = re.compile(r"\b(?:from|compared with|compared to|versus|vs\.?|against)\s+(?:about\s+|roughly\s+)?$")
_PRIOR_AFTER = re.compile(rf"\b(?:{_PRIOR_YEAR})\b")


def prior_level_ok(question: str, change: bool, sentence: str, at: int) -> bool:
    """"What was net income a year earlier?" is answered by the earlier figure of a comparison
    ("from $355 million", "$355 million a year earlier"), never by this period's figure beside it."""
    if change or _CJK.search(question) or not PRIOR_LEVEL_ASKED.search(question):
        return True
    _, stop = _clause(sentence, at)
    after = re.split(r",\s+(?:or|and)\b|,\s+(?=[a-z]+ (?:rose|fell|grew|was|were))", sentence[at:stop])[0]
    # "widened to 58.4% from 56.9%" does not say which earlier period 56.9% was.
    return bool(_PRIOR_AFTER.search(sentence)) and (bool(_FROM_BEFORE.search(sentence[max(0, at - 24):at]))
                                                   or bool(_PRIOR_AFTER.search(after)))


# Measures that are rates or shares: their values are written as percentages or points.
_RATE_METRICS = frozenset("retention npl_ratio provision_coverage nim cet1 tier1_ratio capital_ratio lpr gross_margin operating_margin yield "
                          "net_margin roe market_share debt_ratio".split())
_RATE_UNIT = re.compile(r"[$€£]?\d[\d.,]*\s*(?:%|％|percent|per cent|个百分点|百分点|个基点|基点|pct|percentage points?|bps?\b|"
                        r"basis points?|成|pp\b)")


def rate_written(metric: str | None, sentence: str, at: int) -> bool:
    """A share or a margin asked ("市场占有率是多少") is not answered by the amount beside it in the same
    sentence ("装车量为29.6GWh，市场份额为43.3%"): only a number written as a rate is one."""
    return metric not in _RATE_METRICS or bool(_RATE_UNIT.match(sentence, at))


_NUMBER = r"[$€£]?\d[\d.,]*(?:\s+(?:million|billion|trillion))?"
_PER_SHARE_ASKED = re.compile(r"\bper (?:[a-z]+ )?share\b|\ba share\b")
_PER_SHARE_AFTER = re.compile(_NUMBER + r"\s+(?:a|per)\s+(?:[a-z]+\s+)?share\b")


def _among(pattern: re.Pattern[str], sentence: str, at: int) -> bool:
    """Is the number at `at` one of those the pattern finds, when it finds any?"""
    starts = {m.start() for m in pattern.finditer(sentence)}
    return not starts or at in starts


def counted_here(question: str, counted: str | None, sentence: str, at: int) -> bool:
    """"How many warehouses…" is answered by the number written before "warehouses" ("close 14 warehouses"),
    not by the 4,200 jobs of the same sentence; "…per Aster share" by "$48 a share", not the $3.4 billion."""
    if _CJK.search(sentence):
        return True
    folded = sentence.lower()
    if _PER_SHARE_ASKED.search(question) and not _among(_PER_SHARE_AFTER, folded, at):
        return False
    noun = (counted or "").split()[-1:]
    if not noun or len(noun[0]) < 3:
        return True
    if any(start == at for start, _ in counted_word_spans(question, sentence)):
        return True  # "five of the 10 Democrats", "thirty artworks": a count in words
    stem = re.escape(noun[0][:max(3, len(noun[0]) - 2)])
    # "close 150 of its 1,900 stores": the part counts the stores asked about, not the whole.
    partitive = re.compile(_NUMBER + r"(?=\s+of\s+(?:its|the|their|our)\s+" + _NUMBER + r"\s+(?:[a-z\-]+\s+){0,2}?" + stem + ")")
    if any(m.start() == at for m in partitive.finditer(folded)):
        return True
    return _among(re.compile(_NUMBER + r"\s+(?:[a-z\-]+\s+){0,2}?" + stem), folded, at) and not any(
        m.end() < at <= m.end() + 40 and re.fullmatch(r"\s+of\s+(?:its|the|their|our)\s+", folded[m.end():at])
        for m in partitive.finditer(folded))


def words_in_clause(words: tuple[str, ...], sentence: str, at: int) -> bool:
    """The measure an English question names in its own words ("inflation") is named in the clause of the
    number: "…eased to 1.9% in October, while the unemployment rate climbed to 7.1%" gives no inflation
    figure after "while"."""
    if not words or _CJK.search(sentence):
        return True
    start, stop = _clause(sentence, at)
    # Only a clause with a subject of its own that is a thing ("while the unemployment rate…"), not a
    # name whose shares are the measure ("while Halvern fell 3%").
    if (start, stop) == (0, len(sentence)) or not sentence.startswith("the ", start):
        return True
    return words_ok(words, sentence[start:stop])


def narrowing_ok(constraints: Constraints, ctx: Context, at: int) -> bool:
    """Every check of this module for the number at `at` of the context's sentence."""
    question = constraints.question
    start = next((s for s, _, name in metric_spans(question) if name == constraints.metric), None) \
        if constraints.metric else None
    return (modifiers_named(question, start, ctx.original, at) and relative_year_ok(question, ctx.original)
            and rate_written(constraints.metric, ctx.original, at)
            and counted_here(question, constraints.counted, ctx.original, at)
            and words_in_clause(constraints.words, ctx.sentence, at)
            and owned_words_named(question, constraints.metric, ctx.original[slice(*_clause(ctx.original, at))],
                                  ctx.original[:at])
            and prior_level_ok(question, constraints.change, ctx.sentence, at)
            and prior_period_ok(question, constraints.change, ctx, at)
            and money_not_count(question, ctx.original, at) and sector_part_ok(question, ctx.sentence, at)
            and mean_named(question, constraints.metric, ctx.sentence, at)
            and not only_listed(_asked_names(constraints), ctx.sentence, at)
            and not other_category(_asked_names(constraints) + ((constraints.part,) if constraints.part else ()),
                                   ctx.sentence, at)
            and (clause_metric_ok(constraints.metric, ctx.sentence, at) or constraints.metric == "eps"
                 and per_share_earnings(ctx.original, _number_at(ctx.original, at)))
            and leading_subject_ok(question, tuple(s for e in constraints.entities if e.subject for s in e.spellings()),
                                   ctx.sentence, (ctx.title, *ctx.preceding[:3], *ctx.opening), at))


def _asked_names(constraints: Constraints) -> tuple[str, ...]:
    """The spellings of the question's subjects and its qualifier."""
    return tuple(s for e in constraints.entities if e.subject for s in e.spellings()) + (
        (constraints.qualifier,) if constraints.qualifier else ())


# "$1.63 per diluted share", "earnings were $1.91 per share": an amount per share after an earnings word.
# "$1.87 per share", "92 cents a share", "41 pence per diluted share".
_PER_SHARE = re.compile(r"[^\s,;]*(?:\s+(?:cents?|pence|p))?\s+(?:a|per)\s+(?:diluted\s+|basic\s+)?share\b")
_EARNINGS_BEFORE = re.compile(r"\b(?:earnings|earned|net income|profit|net loss|loss)\b")
_NOT_EARNINGS = re.compile(r"\b(?:dividends?|pay|paying|paid|offer|offered|price|priced|buy|acquire|buyback|payout|"
                           r"book value|cash flow|revenue|sales)\b")


def per_share_earnings(sentence: str, span: tuple[int, int]) -> bool:
    """Is the English number at `span` an earnings per share the sentence writes as an amount "per share"
    after an earnings word ("Net income rose to $412 million, or $1.63 per diluted share")? Not a
    dividend, an offer or a price per share."""
    if _CJK.search(sentence) or not _PER_SHARE.match(sentence, span[1]):
        return False
    start, _ = _clause(sentence, span[0])
    before = sentence[start:span[0]].lower()
    return bool(_EARNINGS_BEFORE.search(before)) and not _NOT_EARNINGS.search(before)


def _number_at(sentence: str, at: int) -> tuple[int, int]:
    m = re.compile(r"[$€£]?\d[\d.,]*\d|[$€£]?\d").match(sentence, at)
    return (at, m.end()) if m else (at, at)


# A mean asked of a measure: "目标价均值", "平均目标价", "average target price".
_MEAN = r"(?:均值|平均值|平均数|平均|average|mean)"


def mean_named(question: str, metric: str | None, sentence: str, at: int) -> bool:
    """"公司目标价均值是多少" asks the mean of two targets: "…PE均值31x，…目标价38.67元" gives one target (the
    均值 there is the peers' PE's), and only "取目标价均值39.77元" answers. When the question joins a mean word to its
    metric, the metric nearest before the number must carry one too."""
    if not metric:
        return True
    spans = [sp for sp in metric_spans(question) if sp[2] == metric]
    if not spans or not any(re.match(r"\s*(?:的)?\s*" + _MEAN, question[sp[1]:], re.I)
                            or re.search(_MEAN + r"\s*(?:的)?\s*$", question[:sp[0]], re.I) for sp in spans):
        return True
    before = [sp for sp in metric_spans(sentence) if sp[1] <= at]
    if not before:
        return False
    start, end, _ = before[-1]
    return bool(re.match(r"\s*(?:的)?\s*" + _MEAN, sentence[end:at], re.I)
                or re.search(_MEAN + r"\s*(?:的)?\s*$", sentence[max(0, start - 6):start], re.I))
