"""Which number of a cited sentence answers the question, when the sentence holds several that pass every check.

A wrong bold number is a wrong fact shown, even in the right sentence. Three classes found by the eighteenth round:

- a sum of money asked (月费, 批价, 收入) is answered by a sum of money when the sentence has one, never by a duration
  ("临时停车1小时内免费") or a digit of a name ("青20"), and not by a tariff by the hour ("8元/小时") unless asked;
- the question's own noun written before a number picks it: "小型车辆每月150元，大型车辆每月800元" answers 大型车辆 with
  800元, and "青花汾酒实现收入61亿元，占总营收153亿元的40%" answers 青花汾酒 with 61亿元;
- a year range ("预计2022-2024年…归母净利润78.47/104.99/133.47亿元") places its values in order like a slash list of
  years, without 分别: 2023 is the second value of the metric's own run.

Kept apart from `verify` (near the module cap); pure functions of the sentence.
"""

from __future__ import annotations

import re

from summarizer.answer.metrics import COMPATIBLE, METRIC_OF, metric_spans
from summarizer.answer.periods import Period, mentions
from summarizer.answer.results import Question

__all__ = ["own_number", "slash_runs"]

# A sum of money asked: a fee, a price, an income. Not a ratio of one ("销售费用率", "价格涨幅").
_MONEY_ASKED = re.compile(r"费|价|租金|收入|营收|金额|多少钱|工资|薪|收费")
_NOT_AMOUNT = re.compile(r"率|占比|比例|比重|增速|增长|增幅|涨幅|跌幅|同比|环比|倍|指数")
_MONEY = re.compile(r"(?:元|美元|港元|欧元|英镑|日元|块|角)$|^[$¥￥€£]")
# Where a number's own label starts: a clause mark or the end of the number before it.
_BOUNDARY = re.compile(r"[，,；;：:。、（(）)]")
_PER_TIME = re.compile(r"\s*/\s*(?:小时|时|分钟|天|日|次)")
_STATEMENT_END = re.compile(r"[。；;]")
_LIST_UNIT = re.compile(r"(?:\s*[、/]\s*[+\-]?\d[\d.,]*)+\s*[十百千万亿]*\s*(?:元|美元|港元|欧元|英镑|日元)")
# Between two values of a list: a slash or 、, after the first value's own bracket ("56.26%（同比+0.94pct）/44.18%").
_LIST_JOIN = re.compile(r"\s*(?:[（(][^（()）]*[）)])?\s*[/、]\s*")


def own_number(question: Question, sentence: str, spans: list[tuple[int, int]],
               every: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans among `spans` (the passing ones) that may be highlighted; `every` is all the sentence's numbers."""
    if question.lang != "zh" or len(spans) < 2:
        return spans
    asked = question.constraints.question or question.text
    if _MONEY_ASKED.search(asked) and not _NOT_AMOUNT.search(asked):
        # "1.99/9.79/35.94/4.13亿元", "70.59、90.16、108.82亿元": a list's values share the unit written after its last.
        money = [span for span in spans if _MONEY.search(sentence[span[0]:span[1]]) or _LIST_UNIT.match(sentence, span[1])]
        spans = money or spans
        if not re.search(r"每|/|单价|时费|per\b", asked):
            # "超过1小时按8元/小时收费" is a tariff by the hour, not the month's fee asked.
            whole = [span for span in spans if not _PER_TIME.match(sentence, span[1])]
            spans = whole or spans
    if len(spans) < 2:
        return spans
    placed = _range_listed(sentence, spans, every, question.constraints.period)
    if placed is not None:
        return [placed]
    named = _names_listed(question, sentence, spans, every) or _metrics_listed(question, sentence, spans, every)
    if named is not None:
        return [named]
    if RESPECTIVE_CUE.search(sentence):
        return spans  # a list's place (a period's) is `verify`'s to find
    own = [span for span in spans if any(sentence[:span[0]].endswith(name) for name in _asked_names(question))]
    if own:
        return own  # "本土病例12例（广东5例，…）": 广东's own number is the one its name is written right before
    band = [span for span in spans if any(b in re.split(r"[，,；;。]", sentence[:span[0]])[-1]
                                          for b in _AGE_BAND.findall(question.text))]
    if band and len(band) < len(spans):
        return band  # "减少约500万人，其中21—35岁育龄妇女减少约300万人": the age band asked is the 300万人's
    return _labelled(question, sentence, spans, every)


def _labelled(question: Question, sentence: str, spans: list[tuple[int, int]],
              every: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the numbers whose own label (the words since the clause mark or number before) names the most of the
    question's terms, when that singles some out."""
    # The entity asked is the setting ("益民村的…小型车辆月缴费150元"), not what tells the numbers apart.
    named = [spelling for entity in question.constraints.entities for spelling in entity.spellings()]
    words = {alt for term in question.terms if not term.number and not term.entity
             for alt in (term.text, *term.alternatives)
             if len(alt) >= 2 and not alt.isascii() and not any(alt in name for name in named)}
    if not words:
        return spans
    labels, counts = [], []
    for start, _ in spans:
        ends = [end for _, end in every if end <= start]
        marks = [m.end() for m in _BOUNDARY.finditer(sentence, 0, start)]
        labels.append(_VERB_AT_END.sub("", sentence[max([0, *ends, *marks]):start]))
        counts.append(sum(1 for word in words if word in labels[-1]))
    best = max(counts)
    if best == 0 or counts.count(best) == len(counts):
        return spans
    kept = [label for label, count in zip(labels, counts) if count == best]
    first = min(_clause(sentence, span[0]) for span, count in zip(spans, counts) if count == best)
    # Only labels of one pattern tell items apart ("小型车辆月缴费" / "大型车辆月缴费"), a share's whole ("占总营收") is
    # never the part asked, and a later clause that names nothing asked ("大型车月租费为300元，…24小时80元封顶") adds
    # to the one that does; "目标价由56.28港元下调至55.2港元" or "交付新车…交付量超5万辆" are left to the others.
    if not all(label.startswith("占") or any(_common_end(label, k) >= 2 for k in kept)
               or count == 0 and _clause(sentence, span[0]) > first
               for span, label, count in zip(spans, labels, counts) if count < best):
        return spans
    return [span for span, count in zip(spans, counts) if count == best]


# "分别", "respectively", and 各 before values ("于3月和9月各下调…0.25个百分点和0.5个百分点"): the values go in order.
RESPECTIVE_CUE = re.compile(r"分别|respectively|各(?=[^\d。；，,]{0,12}\d)")
_VERB_AT_END = re.compile(r"(?:为|是|达到?|约为?|大约是?|超过|分别)+$")


def _clause(sentence: str, at: int) -> int:
    return len(re.findall(r"[，,；;。]", sentence[:at]))


def _common_end(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _range_listed(sentence: str, spans: list[tuple[int, int]], every: list[tuple[int, int]],
                  asked: Period) -> tuple[int, int] | None:
    """The value of the year asked in a run of slash-joined values after a year range, in the run that holds the
    passing numbers (the metric's own run, not the revenue run before it)."""
    if len(asked.years) != 1 or asked.parts or re.search(r"分别|respectively", sentence):
        return None
    year = next(iter(asked.years))
    for m in mentions(sentence):
        if len(m.years) < 2 or m.parts or year not in m.years or "/" in sentence[m.start:m.end]:
            continue
        labels = sorted(m.years)
        end = _STATEMENT_END.search(sentence, m.end)
        after = [span for span in every if span[0] >= m.end and (end is None or span[0] < end.start())]
        for run in slash_runs(sentence, after):
            if len(run) == len(labels) and any(span in run for span in spans):
                chosen = run[labels.index(year)]
                return chosen if chosen in spans else None
    return None
def slash_runs(sentence: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """`spans` (in text order) grouped into runs joined by "/" ("78.47/104.99/133.47"): a list of values, one per
    label of a year range or a slash list of years."""
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and re.fullmatch(r"\s*/\s*", sentence[runs[-1][-1][1]:span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _asked_names(question: Question) -> list[str]:
    return [s for e in question.constraints.entities for s in e.spellings() if len(s) >= 2]


def _names_listed(question: Question, sentence: str, spans: list[tuple[int, int]],
                  every: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"微处理器芯片/智能视频芯片/存储芯片/模拟与互联芯片分别实现营收1.99/9.79/35.94/4.13亿元": names joined by "/" before
    分别 and as many values after it pair up in order, so 存储芯片 asked is the 35.94, not the last value with the unit."""
    words = {alt for term in question.terms if not term.number and not term.entity
             for alt in (term.text, *term.alternatives) if len(alt) >= 2 and not alt.isascii()}
    for cue in (m.start() for m in re.finditer("分别", sentence)):  # each list its own 分别
        labels = re.split(r"[，,；;：:。]", sentence[:cue])[-1].split("/")
        if sum(1 for label in labels if mentions(label)) >= 2:
            continue  # "Q1/Q2/Q3/Q4收入增速分别为…": periods, whose places `verify` finds
        # Only a word that tells the labels apart: not the measure written after the last one ("电源芯片毛利率",
        # "Q4收入增速").
        telling = {word for word in words if word not in METRIC_OF and not labels[-1].endswith(word)
                   and not all(word in label for label in labels)}
        counts = [sum(1 for word in telling if word in label) for label in labels]
        if len(labels) < 2 or max(counts) == 0 or counts.count(max(counts)) > 1:
            continue
        end = _STATEMENT_END.search(sentence, cue)
        after = [span for span in every if span[0] > cue and (end is None or span[0] < end.start())
                 and sentence.count("（", 0, span[0]) + sentence.count("(", 0, span[0])
                 == sentence.count("）", 0, span[0]) + sentence.count(")", 0, span[0])]  # not inside a bracket
        runs: list[list[tuple[int, int]]] = []
        for span in after:
            if runs and _LIST_JOIN.fullmatch(sentence[runs[-1][-1][1]:span[0]]):
                runs[-1].append(span)
            else:
                runs.append([span])
        run = next((run for run in runs if len(run) == len(labels) and any(span in run for span in spans)), None)
        if run is not None:
            chosen = run[counts.index(max(counts))]
            return chosen if chosen in spans else None
    return None


def _metrics_listed(question: Question, sentence: str, spans: list[tuple[int, int]],
                    every: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"上半年实现收入、净利润28.48亿元/3.53亿元": measures joined by "、" or "/" right before as many values joined by "/"
    pair up in order, so 净利润 asked is the 3.53, not the first value."""
    asked = question.constraints.metric
    if asked is None:
        return None
    wanted = COMPATIBLE.get(asked, frozenset({asked}))
    runs: list[list[tuple[int, int]]] = []
    for span in every:  # values joined by "/", each may carry its unit ("28.48 亿元/3.53 亿元")
        if runs and _UNIT_SLASH.fullmatch(sentence[runs[-1][-1][1]:span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    for run in runs:
        if len(run) < 2 or not any(span in run for span in spans):
            continue
        label = _LIST_TAIL.sub("", re.split(r"[，,；;：:。（(]", sentence[:run[0][0]])[-1])
        labels = re.split(r"[、/]", label)
        if len(labels) != len(run):
            continue
        kinds = [next((m[2] for m in reversed(metric_spans(part))), None) for part in labels]
        places = [i for i, kind in enumerate(kinds) if kind in wanted]
        if len(places) == 1 and None not in kinds:
            chosen = run[places[0]]
            return chosen if chosen in spans else None
    return None


# An age band a question names ("21—35岁育龄妇女"): the number whose clause writes it is the band's.
_AGE_BAND = re.compile(r"\d+\s*[—–\-~～至到]\s*\d+\s*周?岁")
_UNIT_SLASH = re.compile(r"\s*[十百千万亿]*\s*(?:元|美元|港元|欧元|%)?\s*/\s*")
# What may stand between a list of measures and its values: "分别为", "为", "达".
_LIST_TAIL = re.compile(r"(?:分别)?(?:为|是|达到|达)?\s*$")
