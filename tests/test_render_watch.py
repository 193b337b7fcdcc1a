"""How alerts, /track and the digest's watchlist section read, in both languages."""

from datetime import UTC, datetime

from bot.core.watching import Alert, TrackResult
from bot.render.watch import (
    alert_buttons,
    render_alert,
    render_held_alerts,
    render_track,
    track_charts,
)
from storage.watch import AlertRecord
from summarizer.model import Figure
from summarizer.track import Source, SourcedFigure, build_track


def figure(subject, text, value, unit, change=None, period=None):
    return Figure(text=text, value=value, unit=unit, approx=None, change=change, period=period, subject=subject,
                  context=subject + text, sentence_index=0, rank=1)


def test_an_alert_bolds_the_name_in_any_spelling_and_shows_figures_with_direction():
    alert = Alert(1, 5, ("宁德时代",), "寧德時代公佈業績", "https://news.example/1",
                  ("寧德時代第三季度淨利潤下降5%。",), (figure("宁德时代净利润", "5%", 5.0, "%", "down"),),
                  ("甲报", "乙网"), 42)
    html = render_alert(alert, "zh")
    assert "<b>寧德時代</b>第三季度" in html
    assert "<b>5%</b> ↓" in html and "甲报 · 乙网" in html
    assert '<a href="https://news.example/1">' in html
    assert alert_buttons(alert, "en")[0][0].data == "v:42:summary"


def test_the_digest_section_lists_held_alerts_with_their_names():
    held = AlertRecord(3, 5, ("CATL",), None, None, None, "CATL opens a plant", "https://n.example/2",
                       ("Feed A",), "held", datetime(2026, 3, 2, tzinfo=UTC), None)
    text = render_held_alerts([held], "en")
    assert "关注 / Watchlist" in text and "[CATL]" in text and "CATL opens a plant" in text


def test_track_in_english_with_numbered_sources_and_a_chart():
    figures = [SourcedFigure(figure("Tencent Cloud revenue", f"{v}%", float(v), "%", "up", f"Q{q} 2024"),
                             Source(q, f"Story {q}", f"https://n.example/{q}", "2024-11-01"))
               for q, v in ((1, 12), (2, 15), (3, 18))]
    result = TrackResult(build_track("Tencent Cloud", figures), 3)
    text = render_track("Tencent Cloud", result, "en")
    assert "• Q1 2024: <b>12%</b> ↑ [1]" in text and "3. <a href=\"https://n.example/3\">Story 3</a>" in text
    [chart] = track_charts("Tencent Cloud", result, "en")
    assert chart.labels == ("Q1 2024", "Q2 2024", "Q3 2024") and chart.values == (12.0, 15.0, 18.0)
    assert "No figures" in render_track("Tencent Cloud", TrackResult(build_track("x", []), 2), "en")


def test_a_sequential_series_says_what_it_compares_with():
    from dataclasses import replace

    source = [Source(i, f"文章{i}", f"https://example.com/{i}", "2024-11-20") for i in (1, 2, 3)]
    quarter = [replace(figure("腾讯云营收", f"{v}%", float(v), "%", "up", p), basis="环比")
               for v, p in ((3, "2024年第一季度"), (4, "2024年第二季度"), (5, "2024年第三季度"))]
    result = TrackResult(build_track("腾讯云", [SourcedFigure(f, s) for f, s in zip(quarter, source, strict=True)]), 3)
    assert "（环比）</b>" in render_track("腾讯云", result, "zh")
    charts = track_charts("腾讯云", result, "zh")
    assert charts and all("（环比）" in chart.title for chart in charts)
