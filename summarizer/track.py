"""A company's figures across many articles, for /track: grouped, ordered by period, deduplicated.

Each stored figure already says what it is about (`subject`, e.g. "腾讯云营收"), when
(`period`, e.g. "2024年第三季度"), and which way it moved (`change`). Here the figures
about one name are:

- grouped into series by the subject's entity and metric ("腾讯云" + 营收), so 腾讯's
  revenue and 腾讯云's never share a line, and a growth rate never shares one with an
  amount;
- placed in time: a period the text states ("第三季度", "Q3 2024", "上半年", "全年",
  "2023年"), its year taken from the article's date when the text leaves it out; an
  article's own date when the text gives no period;
- merged when several articles report the same figure, keeping every source.

Pure: figures in, frozen dataclasses out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from summarizer.model import Figure
from summarizer.watch import NameMatcher, fold

# Metric words, most specific first; matched in the folded subject.
METRIC_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("gross_margin", ("毛利率", "gross margin")),
    ("share", ("市场份额", "市占率", "份额", "market share")),
    ("loss", ("净亏损", "亏损", "net loss", "loss")),
    ("net_profit", ("归母净利润", "净利润", "净利", "net profit", "net income")),
    ("revenue", ("营业收入", "营业额", "营收", "销售额", "收入", "revenue", "revenues", "sales")),
    ("profit", ("利润", "盈利", "profit", "earnings")),
    ("volume", ("销量", "交付量", "出货量", "装机量", "产量", "deliveries", "shipments")),
    ("users", ("月活跃用户", "月活", "用户数", "用户", "users")),
)
LEVEL_RATES = frozenset({"gross_margin", "share"})  # a % that is a level, not a change
RATE_UNITS = frozenset({"%", "pct", "percentage points", "个百分点", "百分点", "位数", "basis points", "基点"})
GROWTH_WORDS = ("增速", "增长率", "增幅", "growth")
# A rate whose subject says it is a part of the metric it names.
SHARE_OF_WORDS = ("占比", "比例", "比重", "贡献率", "渗透率", "share of", "proportion", "percentage of")

_QUARTER_ZH = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_BASELINE = re.compile(r"同期|a year (?:earlier|ago)|year[- ](?:on|over)[- ]year|上一?季度|previous|prior")
_YEAR = re.compile(r"(?:fy|fiscal(?: year)?)\s?(\d{4}|\d{2})\b|(\d{4})\s?年|(?<!\d)((?:19|20)\d{2})(?!\d)")
_RELATIVE_YEAR = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "明年": 1, "前年": -2,
                  "this year": 0, "last year": -1, "next year": 1}
_PARTS: tuple[tuple[re.Pattern[str], object], ...] = (
    (re.compile(r"前([一二三四1-4])季度"), lambda m: (1, 3 * _QUARTER_ZH[m.group(1)])),
    (re.compile(r"第?([一二三四1-4])季度"), lambda m: _quarter(_QUARTER_ZH[m.group(1)])),
    (re.compile(r"(?<![a-z])q([1-4])"), lambda m: _quarter(int(m.group(1)))),
    (re.compile(r"(first|second|third|fourth) (?:fiscal )?quarter"), lambda m: _quarter(_QUARTER_EN[m.group(1)])),
    (re.compile(r"上半年|(?<![a-z])h1|first half"), lambda m: (1, 6)),
    (re.compile(r"下半年|(?<![a-z])h2|second half"), lambda m: (7, 12)),
    (re.compile(r"前(\d{1,2})个?月"), lambda m: (1, int(m.group(1)))),
    (re.compile(r"(\d{1,2})\s?[-—至~]\s?(\d{1,2})月"), lambda m: (int(m.group(1)), int(m.group(2)))),
    (re.compile(r"(\d{1,2})月份?"), lambda m: (int(m.group(1)), int(m.group(1)))),
)


def _quarter(q: int) -> tuple[int, int]:
    return 3 * q - 2, 3 * q


@dataclass(frozen=True, slots=True)
class Period:
    """A span of months of one year; `dated` when it is the article's date, not a stated period."""

    year: int | None
    start_month: int
    end_month: int
    dated: str | None = None  # the article's ISO date, when no period was stated

    @property
    def sort_key(self) -> tuple[int, int, int, str]:
        return (self.year if self.year is not None else 9999, self.end_month, self.start_month, self.dated or "")

    def label(self, lang: str = "zh") -> str:
        if self.dated:
            return self.dated
        span = (self.start_month, self.end_month)
        year = self.year
        if lang == "zh":
            prefix = f"{year}年" if year is not None else ""
            if span == (1, 12):
                return f"{year}年" if year is not None else "全年"
            if span in {(1, 3), (4, 6), (7, 9), (10, 12)}:
                return f"{prefix}第{'一二三四'[span[1] // 3 - 1]}季度"
            if span == (1, 6):
                return f"{prefix}上半年"
            if span == (7, 12):
                return f"{prefix}下半年"
            if span[0] == 1 and span[1] % 3 == 0:
                return f"{prefix}前{'一二三四'[span[1] // 3 - 1]}季度"
            if span[0] == span[1]:
                return f"{prefix}{span[0]}月"
            return f"{prefix}{span[0]}-{span[1]}月"
        suffix = f" {year}" if year is not None else ""
        if span == (1, 12):
            return f"FY{year}" if year is not None else "full year"
        if span in {(1, 3), (4, 6), (7, 9), (10, 12)}:
            return f"Q{span[1] // 3}{suffix}"
        if span == (1, 6):
            return f"H1{suffix}"
        if span == (7, 12):
            return f"H2{suffix}"
        if span[0] == 1 and span[1] % 3 == 0:
            return f"Q1-Q{span[1] // 3}{suffix}"
        if span[0] == span[1]:
            return f"{year}-{span[0]:02d}" if year is not None else f"month {span[0]}"
        return f"months {span[0]}-{span[1]}{suffix}"


@lru_cache(maxsize=8192)
def parse_period(period: str | None, article_date: str | None = None, text_year: int | None = None) -> Period | None:
    """The months a figure's stated period covers, its year completed from the year its text is
    about (`text_year`, for a text with no date of its own) or else from the article's date.

    A period the text states only as a comparison ("去年同期", "a year earlier") or not
    at all gives the article's date instead; with no date either, None.
    """
    text = fold(period or "")
    date_year, date_month = _date_parts(article_date)
    if text and not _BASELINE.search(text):
        months = None
        for pattern, make in _PARTS:
            match = pattern.search(text)
            if match:
                months = make(match)  # type: ignore[operator]
                break
        year = _stated_year(text, text_year or date_year)
        if months is None and year is not None:
            months = (1, 12)
        if months is not None and 1 <= months[0] <= months[1] <= 12:
            if year is None and text_year is not None:
                year = text_year
            elif year is None and date_year is not None:
                # Results are reported after the period: "第四季度" in a January article is last year's.
                year = date_year if date_month is None or months[1] <= date_month else date_year - 1
            return Period(year, months[0], months[1])
    if date_year is not None:
        month = date_month or 1
        return Period(date_year, month, month, dated=(article_date or "")[:10])
    return None


def _stated_year(text: str, date_year: int | None) -> int | None:
    match = _YEAR.search(text)
    if match:
        digits = next(g for g in match.groups() if g)
        year = int(digits)
        return year + 2000 if year < 100 else year
    for word, offset in _RELATIVE_YEAR.items():
        if word in text and date_year is not None:
            return date_year + offset
    return None


# A year a text states: "2024年", "FY2024" or "2024" standing alone (not inside a longer number).
# "2000万元" and "2024.5" are amounts, not years.
_TEXT_YEAR_RE = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?=\s?年|\.(?:\s|$)|(?![\w.,%]))")


def text_year(text: str, before: str | None) -> int | None:
    """The year a text with no date of its own is about: the one it states most often (the
    latest of equals), never after the day it was read (`before`, an ISO date): a forecast's
    2026 does not date a 2024 report. None when it states no year."""
    limit, _ = _date_parts(before)
    counts: dict[int, int] = {}
    for match in _TEXT_YEAR_RE.finditer(text):
        year = int(match.group(1))
        if limit is None or year <= limit:
            counts[year] = counts.get(year, 0) + 1
    return max(counts, key=lambda year: (counts[year], year)) if counts else None


def _date_parts(date: str | None) -> tuple[int | None, int | None]:
    match = re.match(r"(\d{4})(?:-(\d{2}))?", date or "")
    if not match:
        return None, None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


def classify_metric(figure: Figure) -> tuple[str, str]:
    """(metric, entity): "腾讯云营收" 15% up -> ("revenue_growth", "腾讯云").

    The metric is the first metric word found in the subject; a rate that moved
    (or a subject that says growth) is that metric's growth. The entity is the
    subject with the metric word taken out, so series of different units of one
    company stay apart.
    """
    return _classify(figure.subject or "", figure.unit, figure.change)


@lru_cache(maxsize=8192)
def _classify(subject: str, unit: str | None, change: str | None) -> tuple[str, str]:
    """`classify_metric` on the three fields it reads: news repeats subjects, so it is cached."""
    folded = fold(subject)
    metric, word = "other", ""
    for key, words in METRIC_WORDS:
        found = next((w for w in words if _contains_word(folded, w)), None)
        if found:
            metric, word = key, found
            break
    is_rate = unit in RATE_UNITS
    growth_word = next((w for w in GROWTH_WORDS if w in folded), None)
    if change == "loss" and not is_rate and metric in ("net_profit", "profit", "other"):
        metric = "loss"  # "归母净利润…上年同期亏损824.62万元": a loss, never listed as the profit it was not
    if is_rate and metric not in LEVEL_RATES and any(w in folded for w in SHARE_OF_WORDS):
        metric = "other_rate"  # "AI对百度智能云收入的贡献比例" 9%: a share of revenue, not revenue or its growth
    elif is_rate and metric not in LEVEL_RATES and (change is not None or growth_word):
        metric = "growth" if metric == "other" else f"{metric}_growth"
    elif is_rate and metric == "other":
        metric = "other_rate"
    entity = folded
    for cut in (word, growth_word):
        if cut:
            entity = entity.replace(cut, " ", 1)
    entity = re.sub(r"\s+", " ", re.sub(r"[的之]$", "", entity.strip())).strip()
    return metric, entity


def _contains_word(folded: str, word: str) -> bool:
    if re.match(r"[a-z]", word):
        return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", folded) is not None
    return word in folded


@dataclass(frozen=True, slots=True)
class Source:
    article_id: int
    title: str | None
    url: str | None
    date: str | None
    # The year a text with no publication date is about (`text_year`): it completes the text's
    # yearless periods in place of the day the text was read, so a pasted 2024 report read in
    # 2026 reports the first quarter of 2024, not of 2026.
    year: int | None = None
    # False when `date` is only the day the text was read (pasted text): it dates none of its figures.
    dated: bool = True


@dataclass(frozen=True, slots=True)
class SourcedFigure:
    """A stored figure with the article it came from."""

    figure: Figure
    source: Source


@dataclass(frozen=True, slots=True)
class TrackPoint:
    period: Period | None
    figure: Figure  # the first report of it
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class TrackSeries:
    """One metric of one entity over time."""

    metric: str
    entity: str
    subject: str  # as first written, for display
    points: tuple[TrackPoint, ...]
    # "环比" / "quarter on quarter"…: a series of changes against the period before; changes
    # stated year on year (or with no basis, which news means as year on year) form another.
    basis: str | None = None

    def chart_points(self) -> tuple[TrackPoint, ...]:
        """One point per stated period with a number, when there are three or more such periods.

        Dated points (no stated period) stay out of the line: an article's date is not
        the time its figure describes.
        """
        by_period: dict[Period, TrackPoint] = {}
        for point in self.points:
            if point.period is None or point.period.dated or not isinstance(point.figure.value, float):
                continue
            by_period.setdefault(point.period, point)
        return tuple(by_period.values()) if len(by_period) >= 3 else ()


@dataclass(frozen=True, slots=True)
class Track:
    name: str
    series: tuple[TrackSeries, ...]

    @property
    def figure_count(self) -> int:
        return sum(len(s.points) for s in self.series)


_METRIC_ORDER = {key: i for i, key in enumerate(
    ("revenue", "revenue_growth", "net_profit", "net_profit_growth", "profit", "profit_growth", "loss",
     "gross_margin", "share", "volume", "volume_growth", "users", "users_growth", "growth", "other_rate", "other"))}


def build_track(name: str, figures: Iterable[SourcedFigure]) -> Track:
    """Every figure whose subject is about `name`, as series ordered by period and deduplicated."""
    matcher = NameMatcher(name)
    groups: dict[tuple[str, str, str, str | None], dict[tuple, list]] = {}
    subjects: dict[tuple[str, str, str, str | None], str] = {}
    for item in figures:
        figure = item.figure
        if figure.kind != "figure" or not figure.subject or not matcher.found(figure.subject):
            continue
        metric, entity = classify_metric(figure)
        # A 环比 rise and a 同比 rise of one quarter are two different numbers: one series each.
        sequential = figure.basis if figure.basis in SEQUENTIAL_BASES else None
        series_key = (metric, entity, _unit_class(figure.unit, metric), sequential)
        subjects.setdefault(series_key, figure.subject)
        period = parse_period(figure.period, item.source.date if item.source.dated else None, item.source.year)
        stated = None if period is None or period.dated else period
        # The same figure: same period stated (or both unstated), same value, unit and direction.
        point_key = (stated, _value_key(figure.value), figure.unit, figure.change, fold(figure.approx or ""))
        points = groups.setdefault(series_key, {})
        if point_key in points:
            entry = points[point_key]
            if all(s.article_id != item.source.article_id for s in entry[2]):
                entry[2].append(item.source)
        else:
            points[point_key] = [period, figure, [item.source]]
    series = []
    for key, points in groups.items():
        ordered = sorted(points.values(), key=lambda e: (e[0].sort_key if e[0] else (9999, 99, 99, ""),
                                                          min(s.article_id for s in e[2])))
        series.append(TrackSeries(key[0], key[1], subjects[key],
                                  tuple(TrackPoint(p, f, tuple(s)) for p, f, s in ordered), basis=key[3]))
    series.sort(key=lambda s: (_METRIC_ORDER.get(s.metric, 99), s.entity, s.subject))
    return Track(name, tuple(series))


SEQUENTIAL_BASES = frozenset({"环比", "quarter on quarter", "month on month", "sequential"})


# Metrics that are amounts of money: "归母净利润9.57亿" writes no currency, and is the same series as
# "归母净利润3.75亿元" (values are stored in units, so the two compare).
_MONEY_METRICS = frozenset({"revenue", "net_profit", "profit", "loss"})


def _unit_class(unit: str | None, metric: str = "") -> str:
    if unit in RATE_UNITS:
        return "rate"
    if unit is None and metric in _MONEY_METRICS:
        return "元"
    return unit or ""


def _value_key(value: object) -> object:
    if isinstance(value, float):
        return round(value, 6)
    return value
