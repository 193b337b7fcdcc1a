"""A third look at each figure against its sentence, after `summarizer.figure_second_look`, for the
classes of wrong or unclear key figure that the twelfth audit of news written for the purpose found
(benchmarks/data/figures_written12.json). As there, a rule either names what the sentence says
plainly or takes the doubtful part away; a number that states nothing becomes an id.

- subject: a row of a results table ("- Net interest income: $6.42 billion, down 2%", "Book value per
  share: $61.08, down 3%") is about its label; a numbered row of a ranking ("1. 中筑地产，销售额212.6亿元")
  about the name it opens with; "Its revenue rose 27% to £96 million" about revenue; "About 38% of revenue came from subscriptions" about the
  share of revenue from subscriptions; the price a move ends at ("rose 2.1% to $64.35") about what moved; "about 1,900 of those accounts" about accounts; "X
  swung to a loss of $64 million" about X's loss; "Unemployment is projected to peak at 4.6%" about
  unemployment; "QDII基金方面，…平均下跌0.93%" about the topic named first; a brand in quotation marks
  before its 销量 ("“极光”销量为8,105辆"); a figure right before 目标 ("完成全年50万辆销量目标") is the
  target; a clause's own subject ("但全年销售规模预计仍将下降约两成") over one carried from before; a
  subject that is only a number ("48" of "60% of the 48,000 claims") or only a change word ("decline")
  names nothing and is taken away;
- subject, found by its holdout: "11.9% of those on a placebo", "the $369 million the utility had requested"
  (the amount requested), "set the allowed return on equity at 9.45%" and its ", or 35 basis points lower", a
  row whose value carries a unit ("3.46 million TEU, up 4.1%"), a row of any list opened by a colon ("区域为：" then
  "滨江新区，成交412套"), a product named before a size in parentheses ("N型硅片（182mm）均价"), a total after a
  per-share payout ("每10股派2.45元，合计约157亿元": the dividend's total), and a later figure of the sentence whose
  subject was the one set right; another figure's unit is no subject ("using 700 kilowatt-hours a month will pay
  about $6.80": not the kilowatt-hours);
- no key figure: a cut or rise someone voted for ("voted for a 25 basis point cut") is no move of the rate; an
  old range a forecast was narrowed from; a case or docket number; a product's size in parentheses;
- direction: "pay down $150 million of debt" is no fall, a target ("its 2% target") does not move, and a
  level a figure was revised down to ("revised down to show 92,000 jobs added") is no fall of it;
- subject: a number-word taken out of the subject ("the CrispPro -quart … models") is put back as written;
- period: "up from 0.9 gigawatt-hours in 2025" is dated by its own year, not by the clause before; "the 66.5%
  reported in the third quarter" by that quarter; "second-quarter revenue of $4.2 billion in July" by the quarter,
  not the month it was reported in;
- owner: a bare metric of a sentence that opens on a rival ("Rival Haltek Networks … after second-quarter
  revenue fell 3%") is the rival's, not the company the story is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_second_look import figure_place
from summarizer.figure_subjects_en import possessive
from summarizer.figure_respectively import respective_subjects
from summarizer.model import Figure

__all__ = ["third_look"]

# A table row: an optional bullet, a short capitalised label, a colon, then the row's values.
_EN_ROW = re.compile(r"^\s*(?:[-–—•*·]\s*)?([A-Z][A-Za-z0-9'&/\- ]{2,60}?)(?:\s*\((?:in\s+)?[^)]{0,30}\))?:\s+")
# What may stand between the label and a figure of the row: other values and their change words.
_EN_ROW_BETWEEN = re.compile(r"^(?:[\s,;$€£¥()%.\d]|[ACHKUS]{1,2}\$|billion|million|bn|mn|up|down|flat|versus|vs\.?|"
                             r"compared\s+with|from|about|roughly|nearly|approximately|a\s+share|per\s+[A-Za-z\-]+|"
                             r"[A-Z]{2,6}\b|tonnes|tons|ounces|barrels|units|vehicles|passengers|points)*$")
_EN_VERBS_IN_LABEL = re.compile(r"\b(?:said|says|rose|fell|was|were|is|are|has|have|had|will|would|expects?|reported)\b")
_EN_ITS = re.compile(r"^\W*(?:Its|Their)\s+((?:[a-z][a-z\-]*\s+){0,3}?[a-z][a-z\-]*)\s+(?:rose|fell|grew|jumped|climbed|"
                     r"increased|decreased|declined|dropped|slipped|gained|surged|slumped|was|were|totaled|totalled|"
                     r"reached|came\s+in\s+at|stood\s+at)\b")
_EN_MOVE_TO = re.compile(r"\b(?:rose|fell|gained|lost|jumped|climbed|dropped|slipped|slid|sank|surged|added|shed|"
                         r"increased|decreased|declined|advanced|eased)\s+([\d.,]+%)\s+to\s+$")
_EN_SHARE_FROM = re.compile(r"^\s+of\s+(?:its\s+|the\s+|their\s+)?([a-z][a-z\-]+)\s+(?:came|comes|come|was|is)\s+"
                            r"(?:from|generated\s+by)\s+(?:its\s+|the\s+)?([a-z][a-z\- ]{2,30}?)(?=[.,;]|\s+(?:in|last|this)\b|$)")
_EN_OF_THOSE = re.compile(r"^\s+of\s+(?:those|these|the|its|their)\s+([a-z][a-z\-]{2,}s)(?=[.,;]|\s+(?:were|was|are|is|had|"
                          r"have|will|would|could|can|remain|remained)\b)")
_EN_SWUNG = re.compile(r"\b(?:its|the|their|whose)\s+((?:[a-z][a-z\-]*\s+){0,4}?[a-z][a-z\-]*)\s+(?:swung|swang|turned|"
                       r"slid|fell|sank|plunged|tipped|returned)\s+(?:in)?to\s+an?\s+(loss|profit)\s+of\s+(?:about\s+)?$")
_EN_PROJECTED = re.compile(r"(?:^|[.;,]\s+)((?:The\s+)?[A-Z][a-z]+(?:\s+[a-z]+){0,3}?)\s+(?:is|are|was|were)\s+"
                           r"(?:projected|expected|forecast|seen|estimated|set)\s+to\s+(?:peak|bottom|top|reach|hit|"
                           r"rise|fall|climb|settle|average)\s+(?:out\s+)?(?:at|to|near)\s+(?:about\s+|around\s+)?$")
_EN_CHANGE_WORDS = frozenset(("decline", "declines", "increase", "increases", "rise", "rises", "gain", "gains",
                              "drop", "drops", "fall", "falls", "to peak", "peak", "instead"))
_EN_REVISED = re.compile(r"\brevised\s+(?:down|up|downward|upward|lower|higher)\s+to\s+(?:show\s+)?(?:about\s+)?$")
_EN_REPORTED_IN = re.compile(r"^\s+(?:reported|recorded|posted)\s+(?:in|for)\s+(the\s+(?:first|second|third|fourth)\s+quarter"
                             r"|the\s+(?:first|second)\s+half|(?:19|20)\d\d)\b")
# A month alone as a figure's period, and a quarter named before the figure in its sentence.
_EN_MONTH = re.compile(r"(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)")
# (or a year: "had forecast 2024 revenue of $4.8 billion in February" is dated 2024, not February)
_EN_QUARTER_BEFORE = re.compile(r"\b(?:first|second|third|fourth)[- ]quarter\b|\b(?:19|20)\d\d(?=\s+(?:[a-z\-]+\s+)?(?:revenue|"
                                r"sales|earnings|profit|net\s+income|deliveries|shipments)\b)", re.IGNORECASE)
_EN_FORECAST_FOR = re.compile(r"\bforecast\s+for\s+((?:[a-z][a-z\-]*\s+){0,3}?[a-z][a-z\-]*)\s+to\b")
_EN_OLD_RANGE = re.compile(r"\b(?:narrowed|widened|tightened|changed|revised)\s+from\s+(?:a\s+range\s+of\s+)?"
                           r"(?:[^\s;]+\s+(?:billion|million)?\s*to\s+)?$")
_EN_GROUP_OF = re.compile(r"^\s+of\s+(those|patients|people|participants|adults|children)\s+(on|in|taking|given|receiving)\s+"
                          r"((?:a|an|the)\s+)?([a-z][a-z\-]+)")
# "kilowatt-hours a month": the rate of use another figure of the sentence is counted in.
_EN_RATE_OF_UNIT = re.compile(r"(?:[a-z][a-z\-]*\s+){1,3}(?:a|per|each)\s+(?:day|week|month|year)")
_EN_GROUPS = frozenset(("those", "patients", "people", "participants", "adults", "children"))
_EN_ASKED_FOR = re.compile(r"^\s+(?:the\s+)?(?:[a-z]+\s+)?(?:had\s+|has\s+|have\s+)?(requested|sought|asked\s+for|proposed)\b")
_EN_SET_AT = re.compile(r"\bset\s+(?:the\s+|its\s+|their\s+)?(?:[\w]+['’]s\s+)?((?:[a-z][a-z\-]*\s+){0,4}?[a-z][a-z\-]*)\s+at\s+"
                        r"(?:about\s+|roughly\s+)?$")
_EN_ID_BEFORE = re.compile(r"\b(?:case|docket|file|reference|permit|licen[cs]e|patent|flight|order)\s+(?:number\s+|no\.\s*|#\s*)?"
                           r"(?:is\s+|was\s+)?$", re.IGNORECASE)
_EN_VOTED = re.compile(r"\bvot(?:ed|ing|e)\s+(?:for|in\s+favou?r\s+of|to\s+(?:cut|raise|lower|hike))\s+(?:an?\s+|the\s+)?$")
_EN_PAY_DOWN = re.compile(r"\b(?:pay|pays|paid|paying)\s+down\s+(?:about\s+|roughly\s+)?$")
_EN_OWN_YEAR = re.compile(r"^(?:\s+[a-z][a-z\-]*){0,2}\s+in\s+((?:19|20)\d{2})\b")
_LIST_MARKER = re.compile(r"\s*(?:\d{1,2}[.、)）]|[（(]\d{1,2}[)）]|[①-⑳])\s*")
_ZH_VERBS = re.compile(r"公布|发布|实现|完成|表示|宣布|披露|增长|下降|上涨|下跌|显示|认为|指出|预计|称")
_ZH_ROW_SHAPE = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z]{2,10})[，,：:]")
# A ranking's row, its list marker already taken off: a company's name alone, then its figures.
_ZH_ROW = re.compile(r"^\s*([\u4e00-\u9fff]{2,8}(?:地产|置业|控股|集团|股份|公司|银行|证券|基金|科技|汽车|实业|发展|资本|保险|"
                     r"能源|电子|医药|物业|建设|城投))[，,：:]")
_ZH_TOPIC = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z0-9]{2,12}?)方面[，,]")
_ZH_BARE_SUBJECTS = frozenset(("平均", "整体", "总体", "合计", "累计", "共计", "总计"))
_ZH_OWN_HEAD = re.compile(r"^(?:但|而|并|且|同时)?((?:全年|全月|全季|当年|今年|明年)?[\u4e00-\u9fff]{0,6}?"
                          r"(?:规模|销售额|销量|收入|营收|利润|产量|金额|总额))(?:预计|有望|将|仍|或|可能|也|则)")


def _list_rows(sentences: Sequence[str]) -> set[int]:
    """The sentences that are rows of a list opened by a colon ("排名前三的区域为：" then "滨江新区，成交412套；"):
    a short name alone, then its figures; the list marker is already taken off."""
    rows: set[int] = set()
    for i, sentence in enumerate(sentences):
        # (a row is short and opens with a name: "公司公布业绩快报，2018年收入…" after "事件：" is no row)
        if len(sentence) > 40 or not (name := _ZH_ROW_SHAPE.match(sentence)) or _ZH_VERBS.search(name.group(1)):
            continue
        marker = i > 0 and bool(_LIST_MARKER.fullmatch(sentences[i - 1]))  # "1." split off as its own sentence
        j = i - 1 - marker
        # (a row goes on a list after its marker or after a row ended by a semicolon, not after its last row)
        if j >= 0 and (re.search(r"[：:]\s*$", sentences[j])
                       or j in rows and (marker or re.search(r"[；;]\s*$", sentences[j]))):
            rows.add(i)
    return rows


# A sentence about a competitor, named after the word ("Rival Haltek Networks, which reported last week, …").
_EN_RIVAL = re.compile(r"^\W*(?:(?:Smaller|Larger|Bigger)\s+)?(?:Rival|Competitor|Peer)\s+((?:[A-Z][\w&'\-]*\s+){0,3}"
                       r"[A-Z][\w&'\-]*)")


def third_look(figures: Sequence[Figure], sentences: Sequence[str], lang: str) -> list[Figure]:
    """`figures` with the classes of the module docstring set right, made ids, or stripped of a doubtful part."""
    rows = _list_rows(sentences) if lang != "en" else set()
    out: list[Figure] = []
    seen: dict[int, list[Figure]] = {}
    named: dict[int, list[str | None]] = {}  # each looked-at figure's subject before this look, by sentence
    for figure in figures:
        was = figure.subject
        if place := figure_place(figure, sentences):
            sentence, before, after = place
            same = seen.get(figure.sentence_index, ())
            if lang == "en":
                figure = _english(figure, sentence, before, after, same)
            else:
                figure = _chinese(figure, sentence, before, after, figure.sentence_index in rows)
            if figure.subject == was and was and (renamed := next(
                    (f.subject for f, old in zip(same, named.get(figure.sentence_index, ()))
                     if old == was and f.subject != old), None)):
                figure = replace(figure, subject=renamed)  # "N型硅片（182mm）均价为1.05元/片，环比下降2.8%"
        out.append(figure)
        if figure.kind == "figure":
            seen.setdefault(figure.sentence_index, []).append(figure)
            named.setdefault(figure.sentence_index, []).append(was)
    return respective_subjects(out, sentences) if lang != "en" else out


def _english(figure: Figure, sentence: str, before: str, after: str, same: Sequence[Figure]) -> Figure:
    """The English rules of the module docstring."""
    subject = (figure.subject or "").strip()
    if _EN_VOTED.search(before):
        return replace(figure, kind="id", rank=None)  # "voted for a 25 basis point cut"
    if _EN_OLD_RANGE.search(before) and (re.match(r"^\s+to\s", after) or re.search(r"\bto\s+$", before)):
        return replace(figure, kind="id", rank=None)  # "narrowed from $1.5 billion to $2.5 billion": the old range
    if _EN_ID_BEFORE.search(before):
        return replace(figure, kind="id", rank=None)  # "The case number is 24-0917."
    if subject and same and _EN_RATE_OF_UNIT.fullmatch(subject) and any(f.text != figure.text and re.search(
            re.escape(f.text) + r"\s+" + re.escape(subject.split()[0]) + r"\b", sentence) for f in same):
        figure, subject = replace(figure, subject=None), ""  # "using 700 kilowatt-hours a month will pay about $6.80"
    if subject and (re.fullmatch(r"[\d.,:;\s]+", subject) or subject.lower() in _EN_CHANGE_WORDS):
        # "48: more than 60%", "decline: 1% to 2%": the forecast's own noun when the sentence names it
        named = _EN_FORECAST_FOR.search(before)
        figure, subject = replace(figure, subject=named.group(1) if named else None), named.group(1) if named else ""
    if not subject and (row := _EN_ROW.match(sentence)) and row.end() <= len(before) \
            and _EN_ROW_BETWEEN.match(before[row.end():]) and not _EN_VERBS_IN_LABEL.search(row.group(1)):
        figure = replace(figure, subject=row.group(1).strip())  # "- Total revenue: $11.6 billion, up 5%"
    elif not subject and (its := _EN_ITS.match(before)):
        figure = replace(figure, subject=its.group(1))  # "Its revenue rose 27% to £96 million"
    elif not subject and (moved := _EN_MOVE_TO.search(before)) and same and same[-1].text == moved.group(1) \
            and same[-1].subject:
        figure = replace(figure, subject=same[-1].subject)  # "Its shares … rose 2.1% to $64.35"
    elif figure.unit == "%" and (source := _EN_SHARE_FROM.match(after)):
        figure = replace(figure, subject=f"share of {source.group(1)} from {source.group(2)}")  # "38% of revenue came from"
    elif (group := _EN_GROUP_OF.match(after)) and figure.unit == "%" and (not subject or re.search(r"\d", subject) or subject.lower() in _EN_GROUPS):
        figure = replace(figure, subject=" ".join(w for w in group.groups() if w).replace("  ", " ").strip())
    elif (asked := _EN_ASKED_FOR.match(after)) and figure.unit not in (None, "%"):
        figure = replace(figure, subject=f"amount {asked.group(1)}")  # "58% of the $369 million the utility had requested"
    elif (set_at := _EN_SET_AT.search(before)) and set_at.group(1) not in subject:
        figure = replace(figure, subject=set_at.group(1))  # "set the company's allowed return on equity at 9.45%"
    elif not subject and re.search(r",\s+or\s+$", before) and re.match(r"^\s+(?:lower|higher|less|more)\b", after) \
            and (named := next((f.subject for f in reversed(same) if f.subject), None)):
        figure = replace(figure, subject=named)  # "at 9.45%, down from 9.8%, or 35 basis points lower"
    elif (of := _EN_OF_THOSE.match(after)) and of.group(1) not in subject.lower() and not figure.unit:
        figure = replace(figure, subject=of.group(1))  # "about 1,900 of those accounts were later linked …"
    elif (swung := _EN_SWUNG.search(before)) and subject.lower() in ("", "loss", "profit", "a loss", "a profit"):
        figure = replace(figure, subject=f"{swung.group(1)} {swung.group(2)}")  # "its … book swung to a loss of"
    elif (projected := _EN_PROJECTED.search(before)) and projected.group(1).lower() not in subject.lower():
        figure = replace(figure, subject=projected.group(1))  # "Unemployment is projected to peak at 4.6%"
    if subject and re.search(r"(?:^|\s)-[a-z]", subject):
        # "the Penfold CrispPro 5-quart and 8-quart models" read with its numbers taken out: the words as written
        written = re.search(re.escape(subject).replace(r"\-", r"[\d.,]+-"), sentence)
        figure = replace(figure, subject=written.group() if written else None)
    if subject in ("reported", "recorded", "posted") and (then := _EN_REPORTED_IN.match(after)):
        # "would be about 64%, below the 66.5% reported in the third quarter": the metric before, that quarter's
        named = next((f.subject for f in reversed(same) if f.subject), None)
        figure = replace(figure, subject=named, period=then.group(1))
    elif figure.period and _EN_MONTH.fullmatch(figure.period) and (quarter := _EN_QUARTER_BEFORE.search(before)):
        figure = replace(figure, period=quarter.group())  # "second-quarter revenue of $4.2 billion in July"
    if figure.change and _EN_REVISED.search(before):
        figure = replace(figure, change=None)  # "was revised down to show 92,000 jobs added": a level, not a fall
    if figure.change == "down" and _EN_PAY_DOWN.search(before):
        figure = replace(figure, change=None)  # "use the proceeds to pay down $150 million of debt"
    if re.match(r"^\s+(?:inflation\s+)?target\b", after) and figure.unit == "%":
        figure = replace(figure, subject="target", change=None, period=None)  # "before falling to its 2% target"
    if figure.period and (year := _EN_OWN_YEAR.match(after)) and year.group(1) not in figure.period:
        figure = replace(figure, period=year.group(1))  # "up from 0.9 gigawatt-hours in 2025"
    if (figure.subject or "")[:1].islower() and "'s " not in figure.subject and (rival := _EN_RIVAL.match(sentence)):
        # "Rival Haltek Networks … cut its forecast after second-quarter revenue fell 3%": Haltek's revenue,
        # not that of the company the story is about
        figure = replace(figure, subject=f"{possessive(rival.group(1))} {figure.subject}")
    return figure


def _chinese(figure: Figure, sentence: str, before: str, after: str, in_list: bool) -> Figure:
    """The Chinese rules of the module docstring; `in_list`: the sentence is a row of a list."""
    subject = (figure.subject or "").strip()
    head = re.split(r"[，,；;。]", before)[-1]
    if figure.unit in ("mm", "cm", "英寸", "寸") and re.search(r"[（(]\s*$", before) and re.match(r"^\s*[）)]", after):
        return replace(figure, kind="id", rank=None)  # "N型硅片（182mm）": a size naming the product
    row = _ZH_ROW.match(sentence) or (_ZH_ROW_SHAPE.match(sentence) if in_list else None)
    if row and row.end() <= len(before) and row.group(1) not in subject:
        figure = replace(figure, subject=f"{row.group(1)}{subject}")  # "1. 中筑地产，销售额212.6亿元"
    # (Each rule that builds a pattern from the subject is tried only when its bracket stands before the
    # subject: a new pattern per figure cost a third of the analysis time on the corpus.)
    elif subject and ("）" + subject in head or ")" + subject in head) and (aside := re.match(r"^\s*([\u4e00-\u9fffA-Za-z0-9]{2,12}?)[（(][^）)]{1,16}[）)]" + re.escape(subject), head)) \
            and not re.search(r"\d{2}|年|月|季度", aside.group(1)):  # ("2026财年（截至…）总收入": a period, not a product)
        figure = replace(figure, subject=f"{aside.group(1)}{subject}")  # "N型硅片（182mm）均价为1.05元/片"
    elif re.match(r"^(?:合计|共计|总计)", head) and not re.search(r"合计|共计|总计", subject) and subject not in head:
        total = re.search(r"(?:派发|发放|分配|拟派|实施)?(?:\d{4}年度?|年度|中期|末期)?([\u4e00-\u9fff]{0,4}?(?:股利|分红|股息|金额|"
                          r"资金|补贴))", before[:len(before) - len(head)])
        figure = replace(figure, subject=f"{total.group(1)}合计" if total else None)  # "每10股派2.45元，合计约157亿元"
    elif subject in _ZH_BARE_SUBJECTS and (topic := _ZH_TOPIC.match(sentence)):
        figure = replace(figure, subject=f"{topic.group(1)}{subject}")  # "QDII基金方面，…平均下跌0.93%"
    elif subject.endswith(("销量", "销售额", "交付量", "订单")) \
            and ("”" + subject in head or "」" + subject in head) \
            and (brand := re.search(r"[“「]([^”」]{1,12})[”」]" + re.escape(subject), head)):
        figure = replace(figure, subject=f"{brand.group(1)}{subject}")  # "高端子品牌“极光”销量为8,105辆"
    elif (target := re.match(r"^([\u4e00-\u9fff]{0,6}目标)", after)) and "目标" not in subject:
        figure = replace(figure, subject=target.group(1))  # "完成全年50万辆销量目标的85.2%"
    elif (own := _ZH_OWN_HEAD.match(head)) and subject and subject not in head:
        figure = replace(figure, subject=own.group(1))  # "但全年销售规模预计仍将下降约两成"
    if re.search(r"减按\s*$", head):  # "对高新技术企业减按15%的税率征收", "减按25%计入应纳税所得额": the rate levied
        counted = re.match(r"^计入([\u4e00-\u9fff]{2,10})", after)
        figure = replace(figure, subject="税率" if re.match(r"^的?税率", after) else f"计入{counted.group(1)}比例"
                         if counted else None, change=None)
    if subject and re.fullmatch(r"[\d.,:：;\s]+", subject):
        figure = replace(figure, subject=None)
    return figure
