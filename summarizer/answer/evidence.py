"""How well one stored sentence matches a parsed question: coverage of its terms,
and whether it holds what the question's kind asks for (a figure, a quote, a date,
a role), with the span to highlight."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from summarizer.answer.classifiers import unit_ok
from summarizer.answer.durations import asks_age, is_age
from summarizer.answer.forecast_words import FORECAST_ASKED as _FORECAST_WORDS
from summarizer.answer.changes import asked_kind
from summarizer.answer.lead_investor import asks_lead, lead_named
from summarizer.answer.ranks import asks_rank, rank_spans
from summarizer.answer.results import Passage, Question, Term, Thresholds
from summarizer.answer.text import _has, _prepare, _stem, _Text, fold, only_in_other_name
from summarizer.answer.level_reached import prefer_level_reached, with_levels_reached
from summarizer.answer.word_numbers import counted_word_spans, prefer_counted
from summarizer.literal import literal_starts
from summarizer.model import Figure, Quote


def _term_credit(term: Term, sentence: _Text, title: _Text | None, th: Thresholds) -> float:
    if any(_has(sentence, alt) for alt in term.alternatives):
        return 1.0
    if title is not None and any(_has(title, alt) for alt in term.alternatives):
        return th.title_weight
    if term.parts:
        found = sum(1 for part in term.parts if part in sentence.folded)
        return th.partial_weight * found / len(term.parts)
    return 0.0


def _coverage(question: Question, sentence: _Text, title: _Text | None, th: Thresholds,
              weights: Sequence[float], article_names: frozenset[int] = frozenset(),
              previous: _Text | None = None) -> tuple[float, float, float]:
    """(weighted coverage of the content terms, share of the question's names found,
    credit of the focus term).

    `article_names` are the indexes of name terms found in other candidate sentences
    of the same article: "它拥有全球最快的下载速率" is about the chip named one
    sentence earlier, so the name counts as it does in the title. Any term in the
    `previous` sentence counts the same way: it often sets the scene ("4月份，
    食品价格同比下降…" then "食品中，蛋类价格下降10.6%").
    """
    total = got = 0.0
    names = names_found = 0.0
    focus = 0.0
    asked = frozenset(_stem(t.text) for t in question.terms if not t.number)
    for index, (term, term_weight) in enumerate(zip(question.terms, weights, strict=True)):
        credit = _term_credit(term, sentence, title, th)
        if credit == 1.0 and not term.entity and all(only_in_other_name(sentence, alt, asked) for alt in term.alternatives
                                                      if _has(sentence, alt)):
            credit = 0.0  # "energy stocks" asked: "Marlow Energy climbed 3.1%" is a company, not the sector
        if credit < th.title_weight and (
            index in article_names
            or previous is not None and any(_has(previous, alt) for alt in term.alternatives)
        ):
            credit = th.title_weight
        if term.focus:
            focus = credit
        weight = term_weight
        if term.english_only and sentence.cjk and credit == 0.0:
            weight *= th.untranslated_weight
        total += weight
        got += credit * weight
        if term.entity:
            names += 1
            names_found += credit
    coverage = got / total if total else 0.0
    return coverage, (names_found / names if names else 1.0), (focus if question.focus else 1.0)


_UNIT = r"(?:\s?(?:billion|million|thousand|trillion|bn|m)\b|\s(?:basis points?|percentage points?|bps)\b)?(?:%|％|‰|个百分点|个?基点|bps?\b|港仙|倍|[亿億万萬千百]?(?:元|美元|港元|欧元|台|辆|輛|家|人|股|吨|噸|单|單|户|戶|件|个|個)?)?"
_NUMBER_IN_TEXT = re.compile(
    r"[$¥€£]?\d+(?:[.,]\d+)*(?:[亿億万萬千])?" + _UNIT
    + r"|[零一二两兩三四五六七八九十百千万萬亿億几幾]+(?:个百分点|個百分點|个点|個點|成|倍|亿|億|万|萬)" + _UNIT
)


# "the 7th Amsterdam Light Festival", "the 21st century": an English ordinal counts places, no value.
_ORDINAL_EN = re.compile(r"(?:st|nd|rd|th)\b")


# A calendar date: a day, a month, a year, a weekday ("10月30日", "Aug. 31", "Wednesday").
_CALENDAR = re.compile(r"(?:19|20)\d{2}年|\d{1,2}时(?![间代期候刻])|(?<![个個])\d{1,2}月|\d{1,2}[日号]|[上下本]周|周[一二三四五六日]"
                       r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)",
                       re.IGNORECASE)


# A listed company's code: "（601877.SH）", "(01188.HK)", "（00992）".
_STOCK_CODE = re.compile(r"\d{4,6}\.(?:SH|SZ|HK|BJ|sh|sz|hk|bj)\b|\d{5,6}(?=[)）])")


def not_a_value(figure: Figure) -> bool:
    """A code (601877.SH) or a calendar date the analysis keeps beside the figures: when something
    happened, never what was asked. A duration it keeps as a date ("续航18小时", "设计寿命30年") is a value."""
    return figure.kind == "id" or figure.kind == "date" and bool(_CALENDAR.search(figure.text))


def _figures_here(passage: Passage) -> list[Figure]:
    return [f for f in passage.figures if f.sentence_index == passage.sentence_index and f.text in passage.text]


def _quotes_here(passage: Passage) -> list[Quote]:
    return [q for q in passage.quotes if q.sentence_index == passage.sentence_index]


def _subject_matches(subject: str | None, question: Question) -> bool:
    if not subject:
        return False
    folded = _prepare(subject)
    return any(
        any(_has(folded, alt) or (len(alt) >= 2 and alt in folded.folded) for alt in term.alternatives)
        for term in question.terms
        if not term.number
    )


def _kind_evidence(passage: Passage, question: Question, weights: Sequence[float], *,
                   with_span: bool = True) -> tuple[float, float, tuple[int, int] | None]:
    """(does the sentence hold what the kind asks for, subject match, highlight span).

    Ranking needs only the first two for every candidate; the span (the costlier
    part) is computed for the few sentences shown.
    """
    text = passage.text
    if question.kind == "number" and asks_rank(question.text):
        places = rank_spans(text)
        if not places:
            return 0.0, 0.0, None
        return 1.0, 0.0, _nearest_number(places, text, question, weights) if with_span else None
    if question.kind == "number":
        asked = fold(question.text)
        if words := prefer_counted(question.text, text, counted_word_spans(question.text, text)):
            return 1.0, 0.0, words[0]  # "How many artworks…": "thirty artworks"
        age = asks_age(question.text)  # "31岁", "at age 61": kept as codes beside the figures, but ages asked
        figures = [f for f in _figures_here(passage)
                   if (not not_a_value(f) or age and is_age(text, (text.find(f.text), text.find(f.text) + len(f.text)),
                                                            chinese=True))
                   and fold(f.text) not in asked and not _STOCK_CODE.match(text, text.find(f.text))]
        # "体重多少斤": a number written with no unit of the kind asked is no answer, checked or not.
        figures = [f for f in figures if unit_ok(asked, text, (text.find(f.text), text.find(f.text) + len(f.text)))]
        matching = [f for f in figures if _subject_matches(f.subject, question)]
        pool = matching or [f for f in figures if f.kind == "figure"] or figures
        if not _FORECAST_WORDS.search(question.text):
            # "What is the unemployment rate?" with "…expects it to peak at 4.6%, up from 4.1% currently":
            # the level now, not the forecast, when the sentence states both.
            pool = [f for f in pool if f.estimate != "forecast"] or pool
        every = sorted({(text.find(f.text), text.find(f.text) + len(f.text)) for f in figures})
        if (counted := prefer_counted(question.text, text, every)) != every:
            pool = [f for f in figures if (text.find(f.text), text.find(f.text) + len(f.text)) in counted]
        if pool:
            spans = sorted({(text.find(f.text), text.find(f.text) + len(f.text)) for f in pool})
            spans = with_levels_reached(spans, every, text, question.constraints.change)  # "… to 91.8%"
            return 1.0, 1.0 if matching else 0.0, (
                _nearest_number(asked_kind(spans, text, question.constraints.change, question.text), text, question,
                                weights)
                if with_span else None)
        # What the analysis keeps as a code, an age after a name or a date ("Burton, 32,") is no value either.
        kept = [(text.find(f.text), text.find(f.text) + len(f.text)) for f in _figures_here(passage) if not_a_value(f)]
        spans = [m.span() for m in _NUMBER_IN_TEXT.finditer(text)
                 if not _is_date_like(text, m) and fold(m.group()).strip() not in asked
                 and not any(a <= m.start() < b for a, b in kept if a >= 0) and not _ORDINAL_EN.match(text, m.end())
                 and unit_ok(asked, text, m.span())]
        if spans:
            spans = prefer_counted(question.text, text, spans)  # "75 days" for "How many days…"
            spans = prefer_level_reached(question.text, text, spans, question.constraints.change)  # "… to 91.8%"
            return 0.8, 0.0, _nearest_number(spans, passage.text, question, weights) if with_span else None
        return 0.0, 0.0, None
    if question.kind == "quote":
        quotes = _quotes_here(passage)
        for quote in quotes:
            start = text.find(quote.text)
            if start >= 0:
                speaker = quote.speaker and any(
                    quote.speaker in alt or alt in quote.speaker for t in question.terms for alt in t.alternatives
                )
                return 1.0, 1.0 if speaker else 0.0, (start, start + len(quote.text))
        marked = re.search(r"“[^”]{4,}”|「[^」]{4,}」|\"[^\"]{4,}\"", text)
        if marked:
            return 0.8, 0.0, marked.span()
        reported = _REPORTED.search(text)
        if reported:
            return 0.6, 0.0, reported.span("words")
        if re.search(r"表示|认为|称|说|指出|said|says|told", text):
            return 0.5, 0.0, None
        return 0.0, 0.0, None
    if question.kind == "when":
        dates = [m.span() for m in _DATE_IN_TEXT.finditer(text)]
        return (1.0, 0.0, _date_asked(dates, text, question)) if dates else (0.0, 0.0, None)
    if question.kind == "role":
        role = _ROLE_IN_TEXT.search(text)
        return (1.0, 0.0, role.span()) if role and not role.group().lower().startswith("said") else (0.0, 0.0, None)
    if question.kind == "who":
        if asks_lead(question.text):  # "Who led the round?": only a sentence naming the lead answers
            return (1.0, 0.0, None) if lead_named(text) else (0.0, 0.0, None)
        if _quotes_here(passage) or _ROLE_IN_TEXT.search(text):
            return 0.6, 0.0, None
        return 0.0, 0.0, None
    return 0.0, 0.0, None


_TENOR_RE = re.compile(r"\d+\s*(?:年期|个月期|天期|个月|年|天)(?=\s*(?:以上)?\s*(?:lpr|期|国债|shibor|hibor|存款|贷款|利率|逆回购|mlf))")


def _nearest_number(spans: list[tuple[int, int]], text: str, question: Question,
                    weights: Sequence[float]) -> tuple[int, int]:
    """The number that follows a question term most closely ("营收为42亿", "增长21%").

    Without extracted figures this is how we tell which of several numbers the
    question is about. Distance is divided by the term's weight, so the number after
    the rare word asked about (蛋类价格下降10.6%) beats one after a common word.
    With no term before any number, the first number wins.
    """
    folded = fold(text)

    def places(term: Term) -> list[int]:
        return [at + len(alt) for alt in term.alternatives if alt and (not alt.isascii() or len(alt) > 2)
                for at in literal_starts(alt, folded)]

    # "5年期LPR是多少": the number after the tenor asked, not after the other tenor's name.
    tenor = _TENOR_RE.search(fold(question.text))
    tenor_at = [at + len(tenor.group()) for at in literal_starts(tenor.group(), folded)] if tenor else []
    if tenor_at and any(end <= span[0] for end in tenor_at for span in spans):
        spans = [span for span in spans if any(end <= span[0] for end in tenor_at)]
        return min(spans, key=lambda span: (min(span[0] - end for end in tenor_at if end <= span[0]), span[0]))
    anchors = [(end, 1.0) for term in question.terms if term.anchor for end in places(term)]
    if not any(end <= span[0] for end, _ in anchors for span in spans):
        anchors = [(end, weight) for term, weight in zip(question.terms, weights, strict=True)
                   if not term.number for end in places(term)]

    def cost(span: tuple[int, int]) -> tuple[float, int]:
        costs = [(span[0] - end + 1) / weight for end, weight in anchors if end <= span[0] and weight > 0]
        return (min(costs) if costs else math.inf, span[0])

    return min(spans, key=cost)


def _date_asked(dates: list[tuple[int, int]], text: str, question: Question) -> tuple[int, int]:
    """Of several dates, the one written nearest the question's own words: "方案何时施行" in "到2028年…，
    方案自2027年1月1日起施行" is the date before 施行, not the target year."""
    # "北京证监局哪天召开2021年年报监管工作会": the year the question names is part of what is asked about, and
    # "于2022年1月25日召开" is the answer, not the report's 2021年.
    asked = fold(question.text)
    dates = [d for d in dates if fold(text[d[0]:d[1]]).strip() not in asked] or dates
    if len(dates) == 1:
        return dates[0]
    folded = fold(text)
    places = [(at, at + len(alt)) for term in question.terms if not term.entity and not term.number
              for alt in term.alternatives if len(alt) >= 2 for at in literal_starts(alt, folded)]
    if not places:
        return dates[0]
    # "今年4月报产获受理，预计2020年获批" for "何时获批": the date right before the asked word comes first.
    before_word = [d for d in dates if any(0 <= a - d[1] <= 3 for a, _ in places)]
    if len(before_word) == 1:
        return before_word[0]
    return min(dates, key=lambda d: (min(max(a - d[1], d[0] - b, 0) for a, b in places), d[0]))


# Reported speech without quotation marks: what follows "表示，" or "said that".
_REPORTED = re.compile(
    r"(?:(?:表示|认为|指出|强调|透露|坦言|直言)[，,：:]?|\b(?:said|says)(?: that)? )(?P<words>[^。！？!?.]{4,})"
)


_DATE_IN_TEXT = re.compile(
    r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{1,2}月份?|上周[一二三四五六日]?|本周|周[一二三四五六日]"
    r"|昨天|今天|明年|去年|今年"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, (?:19|20)\d\d)?"
    r"|\b(?:in |since |by )?(?:19|20)\d\d\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\blast (?:week|month|year)\b",
    re.I,
)


_ROLE_IN_TEXT = re.compile(
    r"CEO|CFO|总裁|董事长|创始人|负责人|主席|部长|经理|总监|院士|分析师|发言人|所长|理事长|教授"
    r"|\b(?:chief|founder|president|chairman|director|head of|analyst|spokes(?:man|woman|person)|said|says)\b",
    re.I,
)


def _is_date_like(text: str, match: re.Match[str]) -> bool:
    """Years and calendar dates ("2024", "10月", "3日") are not the figures people ask for."""
    token = match.group().strip()
    if re.fullmatch(r"(19|20)\d\d", token):
        return True
    if token.isdigit() and _EN_MONTH_BEFORE_RE.search(text[max(0, match.start() - 11):match.start()]):
        return True  # "the quarter ended Aug. 31": a day of a month
    digits = re.fullmatch(r"(\d{1,2})时", token)  # (the unit pattern may take the 时 in)
    if (token.isdigit() or digits) and _CLOCK_AFTER_RE.match(text, match.end() - (1 if digits else 0)) \
            and text[match.start() - 1:match.start()] != "小":
        return True  # "2月1日0—24时": an hour of the day, not a count (but "1小时" is a duration)
    if not (text[match.end():match.end() + 1] in ("年", "月", "日", "号") and token.isdigit()):
        return False
    # "运行30年", "长达15年", "超过10天": a duration, not a date.
    return not _DURATION_BEFORE_RE.search(text[max(0, match.start() - 6):match.start()])


_CLOCK_AFTER_RE = re.compile(r"(?:\s*[—–\-~～至]\s*\d{1,2})?时(?![间代期候刻])")
_EN_MONTH_BEFORE_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+$")
_DURATION_BEFORE_RE = re.compile(r"(?:运行|持续|长达|达|超过|超|近|约|为期|连续|已有|有|历时|用了|花了|经过|满|逾|第)\s*$")

