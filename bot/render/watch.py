"""Watchlists, alerts, /track and feed filters as Telegram HTML (the console prints it as plain text).

Also the charts a reply carries: /numbers' bar chart and /track's line charts are
chosen here (pure) and drawn by the front end in the analysis worker
(`bot.render.charts.render_png`).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.service import Brief
from bot.core.watching import Alert, TrackResult, WatchChange, WatchEntry
from bot.errors import BadName
from bot.langs import base_lang, is_chinese, localized, ui_word
from bot.render.charts import BarChart, LineChart, bar_chart, line_chart
from bot.render.htmltext import escape
from bot.render.i18n import error_text, t
from bot.render.text import Button
from storage.normalize import clean_link
from storage.watch import AlertRecord, AlertSettings
from summarizer.model import Figure
from summarizer.track import Period, Source, TrackSeries
from summarizer.watch import MAX_NAMES, FeedFilter, NameMatcher, bold_spans

METRIC_LABELS: dict[str, dict[str, str]] = {
    "revenue": {"zh": "营收", "en": "Revenue"},
    "revenue_growth": {"zh": "营收增速", "en": "Revenue growth"},
    "net_profit": {"zh": "净利润", "en": "Net profit"},
    "net_profit_growth": {"zh": "净利润增速", "en": "Net profit growth"},
    "profit": {"zh": "利润", "en": "Profit"},
    "profit_growth": {"zh": "利润增速", "en": "Profit growth"},
    "loss": {"zh": "亏损", "en": "Loss"},
    "gross_margin": {"zh": "毛利率", "en": "Gross margin"},
    "share": {"zh": "份额", "en": "Market share"},
    "volume": {"zh": "销量 / 出货量", "en": "Volume"},
    "volume_growth": {"zh": "销量增速", "en": "Volume growth"},
    "users": {"zh": "用户", "en": "Users"},
    "users_growth": {"zh": "用户增速", "en": "User growth"},
    "growth": {"zh": "增速", "en": "Growth"},
    "other_rate": {"zh": "比例", "en": "Rates"},
    "other": {"zh": "其他", "en": "Other"},
}
DIRECTION = {"up": "↑", "down": "↓"}
MAX_SERIES = 12
MAX_POINTS = 20
MAX_LINE_CHARTS = 3
SENTENCE_CHARS = 200


def metric_label(metric: str, lang: str) -> str:
    return localized(METRIC_LABELS.get(metric, METRIC_LABELS["other"]), lang)


def period_label(period: Period | None, lang: str) -> str:
    """A period as the bot names it (2024年第三季度, Q3 2024) in the reader's script; a date
    the article wrote is shown as written."""
    if period is None:
        return t("track_no_period", lang)  # a pasted text's figure with no period: no date to give it
    label = period.label(base_lang(lang))
    return label if period.dated else ui_word(label, lang)


def _basis(basis: str | None, lang: str) -> str:
    """"（同比）" / " (year on year)": what a series' changes are measured against."""
    if not basis:
        return ""
    return f"（{ui_word(basis, lang)}）" if is_chinese(lang) else f" ({basis})"


def _names(names: Sequence[str], lang: str) -> str:
    return ("、" if is_chinese(lang) else ", ").join(names)


def render_watch_change(change: WatchChange, lang: str) -> str:
    """What /watch did: every name is accounted for (added, already there, refused, or over the limit)."""
    lines = []
    if change.added:
        lines.append(t("watch_added", lang, names=escape(_names(change.added, lang))))
    if change.already:
        lines.append(t("watch_already", lang, names=escape(_names(change.already, lang))))
    for rejected in change.rejected:
        why = error_text(BadName(rejected.reason, rejected.name), lang)
        shown = rejected.name if len(rejected.name) <= 20 else rejected.name[:20] + "…"
        lines.append(t("watch_rejected", lang, name=escape(shown), why=escape(why)))
    if change.over_limit:
        shown = list(change.over_limit[:10]) + (["…"] if len(change.over_limit) > 10 else [])
        lines.append(t("watch_over_limit", lang, limit=MAX_NAMES, count=len(change.over_limit),
                       names=escape(_names(shown, lang))))
    lines.append(t("watch_total", lang, count=change.total))
    if change.phrase:
        lines.append(t("watch_one_name", lang, phrase=escape(change.phrase)))
    return "\n".join(lines)


def render_unwatched(removed: Sequence[str], missing: Sequence[str], lang: str) -> str:
    lines = []
    if removed:
        lines.append(t("unwatched", lang, names=escape(_names(removed, lang))))
    if missing:
        lines.append(t("unwatch_missing", lang, names=escape(_names(missing, lang))))
    return "\n".join(lines)


def render_watchlist(entries: Sequence[WatchEntry], settings: AlertSettings, default_cap: int, lang: str) -> str:
    if not entries:
        return t("watch_list_empty", lang)
    lines = [t("watch_list_header", lang)]
    lines += [f"• {escape(entry.name)} · {entry.alerts_this_week}" for entry in entries]
    lines.append(t("watch_list_settings", lang, cap=settings.hourly_cap or default_cap,
                   quiet=escape(settings.quiet_hours or t("quiet_none", lang))))
    return "\n".join(lines)


def render_feed_filter(feed_filter: FeedFilter, lang: str) -> str:
    if feed_filter.empty:
        return t("feed_filter_none", lang)
    parts = []
    colon, comma = ("：", "、") if is_chinese(lang) else (": ", ", ")  # 排除：招聘、实习 in a Chinese reply
    if feed_filter.include:
        parts.append(f"{t('feed_filter_include', lang)}{colon}{escape(comma.join(feed_filter.include))}")
    if feed_filter.exclude:
        parts.append(f"{t('feed_filter_exclude', lang)}{colon}{escape(comma.join(feed_filter.exclude))}")
    return " · ".join(parts)


def _figure(figure: Figure) -> str:
    arrow = DIRECTION.get(figure.change or "", "")
    subject = f"{escape(figure.subject)} " if figure.subject else ""
    return f"• {subject}<b>{escape(figure.text)}</b>{(' ' + arrow) if arrow else ''}"


def _bold_names(sentence: str, names: Sequence[str]) -> str:
    pieces = [(sentence, False)]
    for name in names:
        matcher = NameMatcher(name)
        pieces = [cut for text, bold in pieces for cut in ([(text, True)] if bold else bold_spans(text, matcher))]
    return "".join(f"<b>{escape(text)}</b>" if bold else escape(text) for text, bold in pieces)


def render_alert(alert: Alert, lang: str) -> str:
    """One story about watched names: title, the sentences naming them, their figures, link, sources."""
    lines = [t("alert_heading", lang, names=escape(_names(alert.names, lang)))]
    title = escape(alert.title or alert.url or "")
    lines.append(f'<b><a href="{escape(clean_link(alert.url))}">{title}</a></b>' if alert.url else f"<b>{title}</b>")
    for sentence in alert.sentences:
        clipped = sentence if len(sentence) <= SENTENCE_CHARS else sentence[:SENTENCE_CHARS] + "…"
        lines.append("› " + _bold_names(clipped, alert.names))
    if alert.figures:
        lines.append(f"<b>{t('figures_label', lang)}</b>")
        lines += [_figure(f) for f in alert.figures]
    if alert.sources:
        lines.append(f"<i>{escape(' · '.join(alert.sources))}</i>")
    return "\n".join(lines)


def alert_buttons(alert: Alert, lang: str) -> list[list[Button]] | None:
    if alert.article_id is None:
        return None
    return [[Button(t("button_full_summary", lang), f"v:{alert.article_id}:summary")]]


def render_held_alerts(held: Sequence[AlertRecord], lang: str) -> str:
    """The digest's "关注 / Watchlist" section: alerts over the hourly cap or in quiet hours."""
    lines = [t("digest_watchlist_heading", lang)]
    for alert in held:
        title = escape(alert.title or alert.url or "")
        link = f'<a href="{escape(clean_link(alert.url))}">{title}</a>' if alert.url else title
        names = escape(_names(alert.names, lang))
        sources = f" <i>({escape(' · '.join(alert.sources))})</i>" if alert.sources else ""
        lines.append(f"• [{names}] {link}{sources}")
    return "\n".join(lines)


def render_track(name: str, result: TrackResult, lang: str) -> str:
    """/track: the series, each point with its period, value as written, direction and source numbers."""
    if not result.track.series:
        return t("track_none", lang, name=escape(name), articles=result.articles_mentioning)
    numbers: dict[int, int] = {}
    sources: list[Source] = []

    def cite(source: Source) -> str:
        if source.article_id not in numbers:
            numbers[source.article_id] = len(numbers) + 1
            sources.append(source)
        return f"[{numbers[source.article_id]}]"

    lines = [t("track_header", lang, name=escape(name), articles=result.articles_mentioning)]
    for series in result.track.series[:MAX_SERIES]:
        basis = _basis(series.basis, lang)
        lines += ["", f"<b>{escape(metric_label(series.metric, lang))}{escape(basis)}</b> · {escape(series.subject)}"]
        for point in series.points[:MAX_POINTS]:
            period = period_label(point.period, lang)
            arrow = DIRECTION.get(point.figure.change or "", "")
            cites = "".join(cite(s) for s in point.sources)
            colon = "：" if is_chinese(lang) else ": "
            lines.append(f"• {escape(period)}{colon}<b>{escape(point.figure.text)}</b>{(' ' + arrow) if arrow else ''} "
                         f"{cites}")
    lines += ["", f"<b>{t('track_sources', lang)}</b>"]
    for number, source in enumerate(sources, start=1):
        title = escape(source.title or source.url or "")
        link = f'<a href="{escape(clean_link(source.url))}">{title}</a>' if source.url else title
        lines.append(f"{number}. {link}" + (f" ({escape(source.date)})" if source.date else ""))
    return "\n".join(lines)


# ---------------------------------------------------------------- charts of replies


def numbers_chart(brief: Brief, lang: str) -> BarChart | None:
    """/numbers' chart: the article's ≥ 3 comparable figures, or None."""
    article = brief.article
    return bar_chart(brief.analysis, title=article.title, source=article.site or article.url, lang=lang)


def track_charts(name: str, result: TrackResult, lang: str) -> tuple[LineChart, ...]:
    """A line chart for each series with three or more stated periods (the first few)."""
    charts = []
    for series in result.track.series:
        chart = _line(name, series, lang)
        if chart is not None:
            charts.append(chart)
        if len(charts) == MAX_LINE_CHARTS:
            break
    return tuple(charts)


def _line(name: str, series: TrackSeries, lang: str) -> LineChart | None:
    points = series.chart_points()
    if not points:
        return None
    down = {p.period: -1.0 if p.figure.change == "down" or series.metric == "loss" else 1.0 for p in points}
    data = [(period_label(p.period, lang), down[p.period] * float(p.figure.value), p.figure.text)  # type: ignore[arg-type]
            for p in points if p.period is not None]
    sources = len({s.article_id for p in points for s in p.sources})
    footer = t("track_header", lang, name=name, articles=sources).replace("<b>", "").replace("</b>", "")
    basis = _basis(series.basis, lang)
    return line_chart(f"{series.subject} · {metric_label(series.metric, lang)}{basis}", footer, data)
