"""Figure charts as PNG bytes: a sorted bar chart of an article's comparable figures, and a
line chart of one company's metric over periods (/track).

Two halves. Choosing what to draw (`comparable_figures`, `bar_chart`, `line_chart`) is
pure and cheap, so it runs where the reply is built. Drawing (`render_png`) imports
matplotlib, which costs ~40 MB and half a second, so it runs only when a chart is drawn
and only in the analysis worker (`Analyzer.run(render_png, chart)`), never at the bot's
start: `newsbrief --help` and the Telegram process stay light.

Chinese is drawn with Noto Sans CJK from the `noto-cjk-sans-otc` wheel, so no system
font is needed. Every bar is labelled with its subject and its value exactly as the
article wrote it; a vague value (三位数) is a hatched bar at its lower bound with a note,
and a fall or a loss is drawn in another colour.
"""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass

from bot.render.i18n import t
from summarizer.model import Analysis, Figure

logger = logging.getLogger(__name__)

MIN_BARS = 3
MAX_BARS = 12
MIN_POINTS = 3
FONT_FAMILY = "Noto Sans CJK SC"
DPI = 100
RATE_UNITS = frozenset({"%", "pct", "位数"})
CURRENCY_UNITS = frozenset({"元", "人民币", "元人民币", "美元", "港元", "港币", "欧元", "日元", "英镑",
                            "$", "HK$", "RMB", "€", "£", "¥", "yuan", "yen"})
LOSS_WORDS = ("亏损", "loss", "deficit", "赤字")
UP_COLOUR = "#3b6ea5"
DOWN_COLOUR = "#c0392b"


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # the subject
    value: float  # signed: a fall or a loss is negative
    text: str  # the value as written
    vague: bool = False  # a magnitude like 三位数, drawn at its lower bound
    down: bool = False


@dataclass(frozen=True, slots=True)
class BarChart:
    title: str
    footer: str  # article title and source
    bars: tuple[Bar, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class LineChart:
    title: str
    footer: str
    labels: tuple[str, ...]  # periods, in order
    values: tuple[float, ...]
    texts: tuple[str, ...]  # values as written


def _value_kind(figure: Figure) -> str | None:
    """Which figures can share an axis: growth rates together, amounts of one currency together."""
    if figure.kind != "figure" or not figure.subject or figure.value is None:
        return None
    if figure.unit in RATE_UNITS:
        return "growth" if figure.change is not None else None
    if figure.unit in CURRENCY_UNITS:
        return f"amount:{figure.unit}"
    return None


def comparable_figures(analysis: Analysis) -> tuple[str, tuple[Figure, ...]]:
    """The largest group of key figures of one kind with distinct subjects, if it has ≥ 3.

    Returns (kind, figures) with kind "growth" or "amount:<unit>", or ("", ()) when the
    article has no three comparable figures.
    """
    groups: dict[str, dict[str, Figure]] = {}
    for figure in analysis.key_figures:
        kind = _value_kind(figure)
        if kind is None:
            continue
        groups.setdefault(kind, {}).setdefault(figure.subject or "", figure)  # best-ranked per subject
    best = max(groups.items(), key=lambda item: len(item[1]), default=None)
    if best is None or len(best[1]) < MIN_BARS:
        return "", ()
    return best[0], tuple(best[1].values())[:MAX_BARS]


def _is_down(figure: Figure) -> bool:
    subject = (figure.subject or "").lower()
    return figure.change == "down" or any(word in subject for word in LOSS_WORDS)


def bar_chart(analysis: Analysis, *, title: str | None, source: str | None, lang: str) -> BarChart | None:
    """The chart of an article's comparable figures, or None when it has fewer than three."""
    kind, figures = comparable_figures(analysis)
    if not figures:
        return None
    bars = []
    vague = False
    for figure in figures:
        value = figure.value
        is_vague = isinstance(value, tuple)
        number = float(value[0] if isinstance(value, tuple) else value)  # type: ignore[arg-type]
        down = _is_down(figure)
        vague = vague or is_vague
        text = ("↓ " if down and figure.change == "down" else "") + figure.text
        bars.append(Bar(figure.subject or "", -abs(number) if down else number, text, is_vague, down))
    bars.sort(key=lambda bar: bar.value, reverse=True)
    heading = t("chart_growth", lang) if kind == "growth" else t("chart_amounts", lang, unit=kind.split(":", 1)[1])
    footer = " · ".join(part for part in (title, source) if part)
    note = t("chart_vague_note", lang) if vague else ""
    return BarChart(heading, footer, tuple(bars), note)


def line_chart(title: str, footer: str, points: list[tuple[str, float, str]]) -> LineChart | None:
    """A metric over periods (label, value, value as written), in order; None under three points."""
    if len(points) < MIN_POINTS:
        return None
    labels, values, texts = zip(*points)
    return LineChart(title, footer, tuple(labels), tuple(float(v) for v in values), tuple(texts))


CAPTION_CHARS = 1000  # Telegram allows 1,024 in a photo caption


def chart_caption(chart: BarChart | LineChart, lang: str) -> str:
    """The photo's caption: what the chart shows and where the figures come from."""
    caption = t("chart_caption", lang, title=chart.title)
    if chart.footer:
        caption += "\n" + chart.footer
    return caption[:CAPTION_CHARS]


# ---------------------------------------------------------------- drawing (matplotlib, lazily)

_setup_lock = threading.Lock()
_ready = False


def _setup() -> None:
    """Register the bundled CJK font with matplotlib once per process."""
    global _ready
    with _setup_lock:
        if _ready:
            return
        import matplotlib

        matplotlib.use("Agg", force=False)
        import noto_cjk_sans_otc
        from matplotlib import font_manager

        font_manager.fontManager.addfont(str(noto_cjk_sans_otc.FONT_PATH))
        logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
        _ready = True


def font_path() -> str:
    import noto_cjk_sans_otc

    return str(noto_cjk_sans_otc.FONT_PATH)


def render_png(chart: BarChart | LineChart) -> bytes:
    """The chart as PNG bytes. Module-level and picklable, to run in a worker process."""
    _setup()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    style = {"font.family": [FONT_FAMILY], "axes.unicode_minus": False, "font.size": 10}
    import matplotlib

    with matplotlib.rc_context(style):
        if isinstance(chart, BarChart):
            fig = _draw_bars(MplFigure, chart)
        else:
            fig = _draw_line(MplFigure, chart)
        buffer = io.BytesIO()
        FigureCanvasAgg(fig).print_png(buffer)
    return buffer.getvalue()


def _footer(fig, chart: BarChart | LineChart, note: str = "") -> None:
    lines = [line for line in (note, chart.footer) if line]
    fig.text(0.01, 0.01, "\n".join(_clip(line, 80) for line in lines), fontsize=8, color="#555555",
             ha="left", va="bottom")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _draw_bars(figure_class, chart: BarChart):
    bars = list(reversed(chart.bars))  # barh draws bottom-up; the largest goes on top
    height = 1.3 + 0.42 * len(bars) + (0.2 if chart.note else 0)
    fig = figure_class(figsize=(7.2, height), dpi=DPI)
    footer_room = (0.34 + (0.16 if chart.note else 0)) / height
    ax = fig.add_axes((0.30, footer_room + 0.04, 0.56, 1 - footer_room - 0.04 - 0.38 / height))
    positions = range(len(bars))
    colours = [DOWN_COLOUR if bar.down else UP_COLOUR for bar in bars]
    drawn = ax.barh(list(positions), [bar.value for bar in bars], color=colours, height=0.6)
    for patch, bar in zip(drawn, bars):
        if bar.vague:
            patch.set_hatch("///")
            patch.set_facecolor("white")
            patch.set_edgecolor(DOWN_COLOUR if bar.down else UP_COLOUR)
    span = max(abs(bar.value) for bar in bars) or 1.0
    for position, bar in zip(positions, bars):
        offset = span * 0.02 * (1 if bar.value >= 0 else -1)
        ax.text(bar.value + offset, position, bar.text, va="center",
                ha="left" if bar.value >= 0 else "right", fontsize=9)
    ax.set_yticks(list(positions), [_clip(bar.label, 14) for bar in bars])
    ax.tick_params(axis="y", length=0)
    ax.set_xticks([])
    low = min(0.0, min(bar.value for bar in bars))
    high = max(0.0, max(bar.value for bar in bars))
    ax.set_xlim(low - span * (0.3 if low < 0 else 0.02), high + span * 0.3)
    ax.axvline(0, color="#888888", linewidth=0.8)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title(_clip(chart.title, 40), fontsize=11, loc="left")
    _footer(fig, chart, chart.note)
    return fig


def _draw_line(figure_class, chart: LineChart):
    fig = figure_class(figsize=(7.2, 3.6), dpi=DPI)
    ax = fig.add_axes((0.08, 0.26, 0.88, 0.62))
    positions = list(range(len(chart.values)))
    ax.plot(positions, chart.values, marker="o", color=UP_COLOUR)
    for position, value, text in zip(positions, chart.values, chart.texts):
        ax.annotate(text, (position, value), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=9)
    ax.set_xticks(positions, [_clip(label, 12) for label in chart.labels], fontsize=8)
    ax.set_yticks([])
    low, high = min(chart.values), max(chart.values)
    pad = (high - low) * 0.25 or abs(high) * 0.25 or 1.0
    ax.set_ylim(low - pad, high + pad)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title(_clip(chart.title, 40), fontsize=11, loc="left")
    _footer(fig, chart)
    return fig
