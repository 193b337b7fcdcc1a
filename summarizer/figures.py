"""Key figures: every number an article states, with what it is about.

Regex first, on purpose: a news article has a few dozen numbers, and finding them
with patterns costs far less than the tokenization `analyze` already pays for.
jieba is only run on the short clause prefixes of Chinese figures, to cut the
subject at a word boundary (markers like 则/为 are single characters that also
occur inside words).

Each sentence is matched on a *shadow* copy in which full-width digits and signs
are replaced by their ASCII forms one character for one character, so every
offset found on the shadow is also an offset into the original text and `text`
always quotes the article as written.

Conventions:
- `value` is the number in the stated unit with scale words applied
  ("3.61万亿港元" -> 3.61e12, unit "港元"; "14%" -> 14.0, unit "%").
- Vague amounts become half-open ranges: 十几 -> (10, 20), 一百多 -> (100, 200),
  三位数 -> (100, 1000); explicit ranges "20%-30%" -> (20, 30).
- Dates, durations, times, years, ordinals, phone numbers, stock codes, product
  codes and anything inside a URL are kept with kind "date" or "id" and never ranked.
- Chinese numerals below ten without a vague marker ("两家", "三个") are ordinary
  prose, not figures, and are skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from summarizer.figure_lexicon import (
    ANY_NUMBER_RE,
    CHANGE_EN,
    CHANGE_ZH,
    CURRENCY_UNITS,
    EN_BASIS_RE as _EN_BASIS_RE,
    EN_DOWN_PREFIXES,
    PERIOD_RE,
    ZH_CHANGE_NOUNS,
    ZH_DOWN,
)
from summarizer.figure_numbers import EN_FROM_ESTIMATE_RE, NumberMatch, find_numbers, shadow_of
from summarizer.figure_lists import distribute_list_subjects, subjects_named_after
from summarizer.figure_subjects import (
    Words,
    clause_of,
    clean_subject,
    earlier_clause_subject,
    replace_figure,
    subject_of,
)
from summarizer.model import Figure


def extract_figures(
    sentences: Sequence[str], *, lang: str, key_indices: frozenset[int]
) -> tuple[Figure, ...]:
    """Every number in `sentences`; key figures ranked 1..n (best first), dates and ids unranked."""
    found: list[Figure] = []
    words = _SentenceWords(sentences, lang)
    for index, sentence in enumerate(sentences):
        found.extend(_sentence_figures(sentence, index, lang, words))
    return _rank(found, key_indices, _lead(sentences))


def _lead(sentences: Sequence[str]) -> frozenset[int]:
    """The lead sentence: the first one, or the one after a headline line (no end mark)."""
    if not sentences:
        return frozenset()
    headline = sentences[0].rstrip()[-1:] not in ".!?。！？；;…”\"'）)"
    return frozenset({0, 1} if headline and len(sentences) > 1 else {0})


class _SentenceWords:
    """jieba's words of each sentence, with their offsets.

    The tokens come from `summarizer.tokenize`, whose cache already holds the POS
    pass `analyze` made over these very sentences, so reading them costs nothing.
    Only the last sentence's words are kept: figures are read a sentence at a time, and
    the word maps of every sentence of a 150,000-character text would hold ~10 MB.
    """

    def __init__(self, sentences: Sequence[str], lang: str) -> None:
        self._sentences = tuple(sentences)
        self._lang = lang
        self._tokens: tuple | None = None
        self._last: tuple[int, Words] | None = None

    def __getitem__(self, index: int) -> Words:
        if self._last is None or self._last[0] != index:
            if self._tokens is None:
                from summarizer.tokenize import tokenize_sentences

                self._tokens = tokenize_sentences(self._sentences, "zh")
            self._last = (index, Words.build(self._sentences[index], self._tokens[index]))
        return self._last[1]


def _rank(figures: list[Figure], key_indices: frozenset[int], lead: frozenset[int] = frozenset()) -> tuple[Figure, ...]:
    """Figures of key sentences and of the lead first, then those with a subject and a
    change; ties keep text order. A figure that repeats one ranked above it (the headline's
    "增长23%" again in the lead) goes to the end, so the top three are three facts."""

    def importance(item: tuple[int, Figure]) -> tuple[float, int]:
        position, fig = item
        score = 4.0 * (fig.sentence_index in key_indices)
        # News puts its headline numbers in the first sentences (the key sentences
        # prefer statements to data, so the lead is often not among them).
        score += 6.0 * (fig.sentence_index in lead)
        score += 2.0 * (fig.subject is not None) + 2.0 * (fig.change is not None)
        score += 1.0 * (fig.unit is not None) + 0.5 * (fig.period is not None)
        return (-score, position)

    ranked = sorted(
        ((i, f) for i, f in enumerate(figures) if f.kind == "figure"), key=importance
    )
    seen: set[tuple[object, str | None]] = set()
    lines: set[tuple[object, ...]] = set()
    fresh, repeats = [], []
    for item in ranked:
        fig = item[1]
        value = tuple(fig.value) if isinstance(fig.value, list) else fig.value
        key = (value, fig.unit)
        # The same fact restated (same value, subject, direction and period) is listed once.
        line = (value, fig.unit, fig.subject, fig.change, fig.period)
        if line in lines:
            continue
        lines.add(line)
        (repeats if key in seen else fresh).append(item)
        seen.add(key)
    ranked = fresh + repeats
    rank_of = {position: rank for rank, (position, _) in enumerate(ranked, start=1)}
    result = []
    for position, fig in enumerate(figures):
        if position in rank_of:
            fig = replace_figure(fig, rank=rank_of[position])
        result.append(fig)
    return tuple(result)


def _sentence_figures(sentence: str, index: int, lang: str, all_words: _SentenceWords) -> list[Figure]:
    shadow = shadow_of(sentence)
    if not ANY_NUMBER_RE.search(shadow):
        return []
    is_zh = lang != "en"
    matches = find_numbers(shadow, is_zh)
    if not matches:
        return []
    periods = [(m.start(), m.end(), sentence[m.start():m.end()]) for m in PERIOD_RE.finditer(shadow)]
    # Dates and ids are blanked out of subjects like periods ("预计2019-2021年公司营收").
    # A bond's tenor ("10年期国债") and a ranking's size ("500强企业", "TOP100房企") stay part of the subject.
    # So does a code that is part of a name ("5G套餐用户", "启明S7", "沪深300市盈率", "tier 1 ratio").
    blanks = periods + [(m.start, m.end, "") for m in matches
                        if m.kind != "figure" and not shadow[m.start:m.end].endswith("年期")
                        and shadow[m.end:m.end + 1] != "强" and not re.fullmatch(r"(?i)top\s?\d+", shadow[m.start:m.end])
                        and not _part_of_name(shadow, m)]
    words = all_words[index] if is_zh else Words({})
    figures: list[Figure] = []
    linked: list[bool] = []  # joined to the previous figure by 、/and/or/to only
    baselines: set[int] = set()  # "from X to Y": X
    matches_by_figure: list[NumberMatch] = []
    previous: NumberMatch | None = None
    last_subject: str | None = None
    for match in matches:
        if not _finite(match.value):
            continue  # "1" and 500 zeros overflows a float: not a number we can show or compare
        text = sentence[match.start:match.end]
        context, clause_start = clause_of(sentence, match.start, match.end)
        if match.kind != "figure":
            figures.append(Figure(text=text, value=match.value, unit=match.unit, approx=None,
                                  change=None, period=None, subject=None, context=context,
                                  sentence_index=index, kind=match.kind))
            linked.append(False)
            matches_by_figure.append(match)
            continue
        is_linked = previous is not None and _only_connectors(shadow[previous.end:match.start], is_zh)
        subject = last_subject if is_linked else None
        if subject is None:
            subject = subject_of(sentence, match, clause_start, blanks, words, is_zh,
                               previous.end if previous else -1)
        if subject in ZH_CHANGE_NOUNS and last_subject:
            subject = last_subject  # "军工领域销售额3.32亿元，增幅达37%"
        if subject is None:
            # Carried over from an earlier clause of the same sentence.
            subject = last_subject or earlier_clause_subject(sentence, clause_start, blanks, words, is_zh)
        last_subject = subject or last_subject
        if (not is_zh and previous is not None and previous.is_baseline
                and re.fullmatch(r"\s*(?:to|-|–|and)\s*", shadow[previous.end:match.start])
                and (EN_FROM_ESTIMATE_RE.search(shadow[max(0, previous.start - 60):previous.start])
                     or re.search(r",\s*(?:down|up)\s+from\s*$", shadow[:previous.start]))):
            match.is_baseline = True  # the far end of the old range
        change = None if match.is_baseline else _change(shadow, match, clause_start, is_zh)
        if change is None and previous is not None and figures and re.fullmatch(
                r"\s*(?:至|到|to)\s*", shadow[previous.end:match.start]):
            change = figures[-1].change  # "同增37.21%至14.47亿元", "rose 5% to $2 billion"
        period = _period(periods, match, clause_start, shadow)
        shown_subject = clean_subject(subject)
        if (not is_zh and shown_subject and "share" not in shown_subject.lower()
                and _EN_PER_SHARE_RE.match(shadow, match.end)):
            # "net income of $410 million, or 98 cents a share": the 98 cents is per share,
            # not the net income.
            shown_subject = f"{shown_subject} per share"
        figures.append(Figure(
            text=text, value=match.value, unit=match.unit, approx=match.approx, change=change,
            period=period, subject=shown_subject,
            context=context, sentence_index=index, kind="figure",
            basis=_basis(shadow, match, max(clause_start, previous.end if previous else 0), is_zh, change, period),
        ))
        linked.append(is_linked)
        matches_by_figure.append(match)
        if match.is_baseline:
            baselines.add(len(figures) - 1)
        previous = match
    _distribute_years(shadow, figures, matches_by_figure)
    if is_zh:
        distribute_list_subjects(sentence, shadow, figures, matches_by_figure)
    subjects_named_after(shadow, figures, matches_by_figure, linked)
    # "同比+50%/24%/153%": a slash list shares the direction written before its first item.
    for i in range(1, len(figures)):
        if (figures[i].change is None and figures[i - 1].change is not None and figures[i].kind == "figure"
                and figures[i - 1].kind == "figure"
                and shadow[matches_by_figure[i - 1].end:matches_by_figure[i].start] == "/"):
            figures[i] = replace_figure(figures[i], change=figures[i - 1].change,
                                        basis=figures[i].basis or figures[i - 1].basis)
    # "下跌232.79点，或0.68%": a figure joined by 或/、/and says the same as the one before.
    for i in range(1, len(figures)):
        if (linked[i] and figures[i].change is None and figures[i - 1].change is not None
                and not re.search(r"(?:至|到|\bto)\s*$", shadow[:matches_by_figure[i].start])):
            figures[i] = replace_figure(figures[i], change=figures[i - 1].change)
    # "同比分别增长11.2%、-4.6%": a list of changes shares the basis written before its first item.
    for i in range(1, len(figures)):
        if (linked[i] and figures[i].basis is None and figures[i - 1].basis is not None
                and figures[i].change in ("up", "down") and figures[i - 1].change in ("up", "down")
                and not re.search(r"至|到|\bto\b", shadow[matches_by_figure[i - 1].end:matches_by_figure[i].start])):
            figures[i] = replace_figure(figures[i], basis=figures[i - 1].basis)
    # "a 20% and 16% improvement": the first of linked figures takes the subject named after the last.
    for i in range(len(figures) - 2, -1, -1):
        if linked[i + 1] and figures[i].subject is None and figures[i + 1].subject is not None:
            figures[i] = replace_figure(figures[i], subject=figures[i + 1].subject)
        elif (linked[i + 1] and figures[i].subject and figures[i + 1].subject == f"{figures[i].subject} per share"
              and re.fullmatch(r"\s*(?:to|-|–|and|or)\s*", shadow[matches_by_figure[i].end:matches_by_figure[i + 1].start])):
            figures[i] = replace_figure(figures[i], subject=figures[i + 1].subject)  # "$1.10 to $1.20 a share"
        if (linked[i + 1] and figures[i].change is None and figures[i + 1].change is not None
                and i not in baselines):
            figures[i] = replace_figure(figures[i], change=figures[i + 1].change)
    return figures


# "grew 24% and now accounts for": a figure, then a verb of its own, starts another statement.
_EN_OTHER_STATEMENT_RE = re.compile(
    r"\d[^,;]*?\b(?:accounts?|accounted|represents?|represented|makes?|made|stands?|stood|is|are|was|were|has|have|had"
    r"|holds?|held|remains?|remained|totals?|totaled|reached|reaches|equals?|equaled)\b", re.IGNORECASE)
# "rose to second", "climbed to No. 3", "moved up to the top spot": the change word moved a rank.
_EN_RANK_AFTER_RE = re.compile(
    r"\s+(?:up\s+)?to\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|top|No\.\s?\d+|number\s\w+)\b",
    re.IGNORECASE)


_EN_PER_SHARE_RE = re.compile(r"\s+(?:a|per|each)\s+(?:diluted\s+|basic\s+)?share\b", re.IGNORECASE)
_YEAR_LIST_RE = re.compile(r"((?:19|20)?\d{2})\s?([-—–~至/])\s?((?:19|20)?\d{2})\s?年度?")


def _distribute_years(shadow: str, figures: list[Figure], matches: list[NumberMatch]) -> None:
    """"2026-2028年EPS分别为2.15/2.68/3.30元": each item of a list takes its own year of the
    period's range, when the list has exactly as many items as the range has years."""
    runs: list[list[int]] = []
    for i, fig in enumerate(figures):
        joined = (runs and runs[-1][-1] == i - 1
                  and re.fullmatch(r"\s*(?:[/、,，]|和|及|与|and)\s*", shadow[matches[i - 1].end:matches[i].start]))
        if joined:
            runs[-1].append(i)
        elif fig.kind == "figure":
            runs.append([i])
    for run in runs:
        period = figures[run[0]].period or ""
        m = _YEAR_LIST_RE.fullmatch(period)
        if len(run) < 2 or not m or any(figures[i].period != period or figures[i].kind != "figure" for i in run):
            continue
        first, last = int(m.group(1)), int(m.group(3))
        width = len(m.group(1))
        if len(m.group(3)) != width:
            continue
        years = [first, last] if m.group(2) == "/" else list(range(first, last + 1))
        if len(years) != len(run):
            continue
        for i, year in zip(run, years, strict=True):
            figures[i] = replace_figure(figures[i], period=f"{year:0{width}d}年")


_NAME_CODE_RE = re.compile(r"[A-Za-z]{0,6}\d{1,4}[A-Za-z]{0,4}")


def _part_of_name(shadow: str, match: NumberMatch) -> bool:
    """A short code joined to the words of a name: "5G", "S7", "CET1", "沪深300", "tier 1".

    Such a code tells one thing from another (5G from 4G users, the S7 from the S9),
    so a subject without it names something else. Dates, ordinals ("第2"), URLs and
    stock codes in brackets stand apart from the words around them and stay out.
    """
    if match.kind != "id":
        return False
    code = shadow[match.start:match.end]
    if not _NAME_CODE_RE.fullmatch(code):
        return False
    before = shadow[max(0, match.start - 2):match.start]
    after = shadow[match.end:match.end + 2]
    glued_before = bool(re.search(r"(?:[A-Za-z\u4e00-\u9fff]|[A-Za-z] )$", before)) and not before.endswith("第")
    glued_after = bool(re.match(r"[A-Za-z\u4e00-\u9fff]| [A-Za-z]", after))
    # "沪深300市盈率", "tier 1 ratio": digits alone belong to a name only inside it; a code
    # that opens the clause ("280Ah磷酸铁锂电芯") is a specification, not a name's part.
    if code.isdigit() and len(code) == 1 and re.match(r"[处个家只种项条位名台部辆大次届期批类款]", after):
        return False  # "现有2处水源地", "7大产品": a count, not a name
    return glued_before and (glued_after or not code.isdigit())


def _only_connectors(between: str, is_zh: bool) -> bool:
    """Two figures joined by 、/和/or/to share one subject ("50分、60分", "0.25 percent or $63.1 billion")."""
    stripped = between.strip()
    if is_zh:
        return bool(re.fullmatch(r"[、和或及与至到]?(?:再到)?|[，,]\s*或", stripped))
    # "fell 62 cents, or 0.8%": the second says the same as the first.
    return bool(re.fullmatch(r"(?:,|and|or|to|-|–|,\s*or)?", stripped, re.IGNORECASE))


_MONEY_UNITS = frozenset(CURRENCY_UNITS.values()) | {"美金", "港币", "人民币", "欧元", "日元", "英镑", "韩元", "卢布",
                                                       "yuan", "yen", "€", "cents"}
# "亏损4662.3万元", "净亏损扩大至35亿元": the amount is a loss ("扭亏为盈", "减亏", "盈亏" are not).
_ZH_LOSS_RE = re.compile(r"(?<![扭减盈])亏(?:损)?(?!转|为盈|平)")
_EN_LOSS_BEFORE_RE = re.compile(r"\b(?:loss(?:es)?|lost|losing|loses)\b(?:\s+(?:of|was|were|is|to|at|widened|narrowed|totaled|totalled|reached|came\s+in\s+at)){0,2}\s*(?:about|around|nearly|almost|some|over)?\s*$",
                                re.IGNORECASE)
_EN_LOSS_AFTER_RE = re.compile(r"\s*(?:net\s+|operating\s+|pre-tax\s+|quarterly\s+|annual\s+)?loss(?:es)?\b", re.IGNORECASE)


def _is_money(match: NumberMatch) -> bool:
    unit = match.unit or ""
    if unit in _MONEY_UNITS or unit.endswith("元"):
        return True
    return not unit and match.scale >= 1e4


def _loss(shadow: str, match: NumberMatch, clause_start: int, is_zh: bool) -> bool:
    """An amount stated as a loss: the direction is "loss", never a plain amount."""
    if not _is_money(match):
        return False
    before = shadow[clause_start:match.start]
    if is_zh:
        hits = list(_ZH_LOSS_RE.finditer(before))
        # The loss word governs the figure unless a profit word comes between them.
        return bool(hits) and not re.search(r"盈利|利润|收入|营收|扭亏", before[hits[-1].end():])
    return bool(_EN_LOSS_BEFORE_RE.search(before) or _EN_LOSS_AFTER_RE.match(shadow, match.end))


def _change(shadow: str, match: NumberMatch, clause_start: int, is_zh: bool) -> str | None:
    if _loss(shadow, match, clause_start, is_zh):
        return "loss"
    if match.value is not None and isinstance(match.value, float) and match.value < 0:
        # "同比-16.90%", "经营现金流-58.2亿"; but "收益率报-0.323%" quotes a level.
        return None if re.search(r"(?:报|收于|收报|报收)\s*$", shadow[:match.start]) else "down"
    before = shadow[clause_start:match.start]
    after = shadow[match.end:match.end + (6 if is_zh else 14)]
    if shadow[match.start - 1:match.start] == "+" or before.endswith("+"):
        return "up"
    if is_zh:
        after_m = re.match(r"(?:的)?(增长|增幅|涨幅|下降|下滑|降幅|跌幅|负增长)", after)
        if after_m:
            return "down" if after_m.group(1) in ZH_DOWN else "up"
        # "上调…EPS预测至1.00/1.42元（原为0.81/1.01元）": a parenthesis opens a new statement.
        before = re.split(r"[(（]", before)[-1]
        compared = re.search(r"[比较][^，,。；;]{1,20}?([高低多少])(?:出|了)?$", before)
        if compared:  # "比前月高1点", "比业绩快报低6个百分点", "比上年同期少1200亿元"
            return "up" if compared.group(1) in "高多" else "down"
        # A change word governs a figure close after it, not one a long explanation later
        # ("归母净利润下滑主要由于…确认政府补助680万元").
        # "不低于5亿元": a bound written with 不 states no change.
        hits = [h for h in CHANGE_ZH.finditer(before)
                if ((len(h.group()) > 1 and len(before) - h.end() <= 12) or len(before) - h.end() <= 2)
                and before[h.start() - 1:h.start()] != "不"]
        if not hits:
            return None
        word = hits[-1].group()
        if word in ("扩大", "收窄") and re.search(r"跌幅|降幅|亏损", before):
            return "down"  # "跌幅一度扩大至3%": a wider decline is still a decline
        return "down" if any(word.endswith(d) or word == d for d in ZH_DOWN) else "up"
    # "a 9% funding increase", "a $75.3 billion dollar hit": a change noun right after.
    after = shadow[match.end:match.end + 40]
    after_m = None if re.match(r"\s*(?:from|versus|vs\.?|compared)\b", after, re.IGNORECASE) else re.match(
        r"(?:\s|-)*(?:[a-z\-]+\s){0,2}?(increases?|rises?|gains?|growth|jumps?|higher|improvements?|boosts?"
                       r"|declines?|drops?|falls?|decreases?|lower|cuts?|hits?|loss|losses|reductions?)\b",
                       after, re.IGNORECASE)
    if after_m:
        word = after_m.group(1).lower()
        return "down" if word.startswith(("decl", "drop", "fall", "decr", "low", "cut", "hit", "loss", "redu")) else "up"
    # A change word counts only close in front (the last ten words, not across a parenthesis).
    before = re.split(r"[(（]", before)[-1]
    before = " ".join(before.split()[-10:])
    # "up to £2 billion" is a bound, not a rise; "rose to second with 17%" moved a rank.
    # "grew 24% and now accounts for 71%": a change word with a figure of its own after it
    # is that figure's ("rose 5% to $2 billion" passes it on through "to").
    hits = [h for h in CHANGE_EN.finditer(before)
            if not (h.group().lower() == "up" and (re.fullmatch(r"\s+to\s*", before[h.end():])
                                                   or re.search(r"\bma(?:ke|kes|de|king)\s+$", before[:h.start()])))
            and not _EN_RANK_AFTER_RE.match(before, h.end())
            and not _EN_OTHER_STATEMENT_RE.search(before[h.end():])]
    if not hits:
        return None
    word = hits[-1].group().lower()
    return "down" if word.startswith(EN_DOWN_PREFIXES) else "up"


_ZH_BASIS_BEFORE_RE = re.compile(
    r"(同比|同增|同降|同减|YoY|yoy|YOY|较上年同期|比上年同期|较去年同期|比去年同期|较上年|比上年|较去年|比去年"
    r"|环比|环增|环降|QoQ|qoq|QOQ|MoM|mom|MOM|较上月|比上月|较上季度|比上季度|较上一季度|比上一季度)")
_ZH_BASIS_AFTER_RE = re.compile(r"\s?[(（]?\s?(同比|环比|YoY|yoy|YOY|QoQ|qoq|QOQ|MoM|mom|MOM)")


def _basis(shadow: str, match: NumberMatch, start: int, is_zh: bool, change: str | None,
           period: str | None) -> str | None:
    """同比 or 环比 (year on year, quarter on quarter…) when the clause says what a change is
    measured against: between the figure before and this one, or right after it."""
    if change not in ("up", "down") or re.search(r"(?:\bto|至|到)\s*$", shadow[start:match.start]):
        return None  # "slipped 3% q/q to $1.9 billion": the level reached is compared with nothing
    if is_zh:
        after = _ZH_BASIS_AFTER_RE.match(shadow, match.end)
        hits = list(_ZH_BASIS_BEFORE_RE.finditer(shadow, start, match.start))
        word = after.group(1) if after else (hits[-1].group(1) if hits else None)
        if word is None:
            return None
        return "环比" if word[0] in "环QqMm" or "上月" in word or "季度" in word else "同比"
    after = _EN_BASIS_RE.match(shadow, match.end + 1) if shadow[match.end:match.end + 1] == " " else None
    hits = list(_EN_BASIS_RE.finditer(shadow, start, match.start))
    found = after or (hits[-1] if hits else None)
    if found is None:
        return None
    word = found.group(1).lower()
    basis = ("year on year" if word[0] == "y" else "month on month" if word[0] == "m"
             else "sequential" if word[0] == "s" else "quarter on quarter")
    # The period already says it ("rose 3% quarter-on-quarter" is read as the period).
    if period and _EN_BASIS_RE.fullmatch(period) and period.lower().replace("-", " ").replace("over", "on") == basis:
        return None
    return basis


def _starting_point(shadow: str, period: tuple[int, int, str]) -> bool:
    """"从2010年就开始", "于今年2月20日启用", "since 2019": when something began, not a period."""
    before, after = shadow[:period[0]], shadow[period[1]:period[1] + 8]
    if re.match(r"(?:来看|看来|看)", after):
        return False
    return bool(re.search(r"(?:从|自|于|since|from)\s*$", before)
                or re.match(r"[^，,。]{0,4}?(?:起|开始|以来|启用|开通|上线|投产)", after))


_ZH_COMPARED_RE = re.compile(r"(?:较[\u4e00-\u9fff]{0,3}|比|相比|相较|相较于|对比)\s*$")
_EN_BASE_RE = re.compile(r"(a\syear|the\s(?:previous|prior)\s(?:year|quarter|month))(?:\s(?:earlier|ago))?")
_EN_BASES = {"year": "year on year", "quarter": "quarter on quarter", "month": "month on month"}
_EN_COMPARED_RE = re.compile(r"\b(?:from|than|over|versus|vs\.?|compared\s(?:with|to)|against)\s*$", re.IGNORECASE)


def _period(periods: list[tuple[int, int, str]], match: NumberMatch, clause_start: int,
            shadow: str) -> str | None:
    """The nearest period stated before the figure in the sentence, else after it in the clause.

    "up 28% from a year earlier" compares with a year earlier: that is year on year, and
    a figure after it ("to $9.19 billion") is not dated by it.
    """
    # "rose 0.3% from the previous month and 3.9% from a year earlier": each base says how
    # its own figure is compared (month on month, year on year), never the next figure's.
    bases = {(p[0], p[1]): _EN_BASES[b.group(1).split()[-1]] for p in periods
             if (b := _EN_BASE_RE.fullmatch(p[2])) and _EN_COMPARED_RE.search(shadow[:p[0]])}
    # "grew 5.2% from the same period last year": year on year.
    bases.update({(p[0], p[1]): "year on year" for p in periods if p[2] == "last year" and re.search(
        r"\bfrom\s+the\s+same\s+(?:period|quarter|month|time)\s+$", shadow[:p[0]], re.IGNORECASE)})
    if bases:
        periods = [(p[0], p[1], bases[(p[0], p[1])]) if (p[0], p[1]) in bases else p for p in periods
                   if not ((p[0], p[1]) in bases and p[1] <= match.start)]
    # "较年初减少约12%", "比上年同期增长", "up 17% from the previous quarter": what a change is
    # measured against is not the figure's period.
    periods = [p for p in periods if not (
        _ZH_COMPARED_RE.search(shadow[:p[0]]) or (_EN_COMPARED_RE.search(shadow[:p[0]]) and (p[0], p[1]) not in bases))]
    # "毛利率由去年同期的15.2%降至3.8%": the period dates the starting figure, not the one it went to.
    periods = [p for p in periods if not (re.search(r"(?:由|从)\s*$", shadow[:p[0]])
                                          and re.match(r"的?\s*[-+]?\d", shadow[p[1]:])
                                          and re.search(r"\d", shadow[p[1]:match.start]))]
    adjacent = [p for p in periods if 0 <= p[0] - match.end <= 1
                and not re.search(r"[，,；;。：:]", shadow[match.end:p[0]])]
    if adjacent:  # "$19.5 billion the previous year"
        return adjacent[0][2]
    # "美国从2010年就开始…，安排了75亿美元": a starting point only dates its own clause.
    # "shares, which have lost 38% this year, were up 3%": a period right after a figure of an
    # earlier clause dates that figure only.
    before = [p for p in periods if p[1] <= match.start
              and (p[0] >= clause_start or not _starting_point(shadow, p))
              and not (p[1] <= clause_start and re.search(
                  r"(?:%|\b(?:million|billion|trillion|percent|points?)|[万亿]?(?:元|美元|港元)|个百分点)\s*$", shadow[:p[0]]))]
    if before:
        return before[-1][2]
    after = [p for p in periods if p[0] >= match.end and p[0] - match.end < 40
             and not re.search(r"[，；;。]|,\s", shadow[match.end:p[0]])
             # "rose 12% on Thursday after the company said second-quarter revenue…": another clause
             and not re.search(r"\b(?:after|said|says|when|while|because|before|as)\b", shadow[match.end:p[0]])
             # "11.3% from 17% a year ago": the period dates the base, not the figure
             and not re.search(r"\b(?:from|than|versus|vs\.?|compared\s(?:with|to))\s+[^,;]*?\d", shadow[match.end:p[0]])]
    return after[0][2] if after else None


def _finite(value: float | tuple[float, float] | None) -> bool:
    """A value that is a real number (or range of them), or no value at all."""
    if value is None:
        return True
    return all(math.isfinite(v) for v in (value if isinstance(value, tuple) else (value,)))
