"""A command's reply (`bot.core.replies`) as text: the one rendering both front ends send.

Each part becomes one `Rendered` message: Telegram sends it (as HTML or plain
text, with its buttons), the console prints it as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from bot.core import replies
from bot.render import counted
from bot.render import text as render
from bot.render.charts import BarChart, LineChart
from bot.render.digest import (
    feed_title,
    render_feeds,
    render_settings,
    render_subscribed,
)
from bot.render.i18n import error_text, t
from bot.render.watch import (
    alert_buttons,
    numbers_chart,
    render_alert,
    render_feed_filter,
    render_track,
    render_unwatched,
    render_watch_change,
    render_watchlist,
    track_charts,
)


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    html: bool = True
    buttons: list[list[render.Button]] | None = None
    # Charts to send after the text (Telegram: sendPhoto; the console: a PNG file), drawn
    # by the front end with `bot.render.charts.render_png` in the analysis worker.
    charts: tuple[BarChart | LineChart, ...] = ()


def rendered(part: replies.Part, lang: str) -> Rendered:
    """One part of a reply in `lang`."""
    match part:
        case replies.Text(key, values, own_lang):
            return Rendered(t(key, own_lang or lang, **values), html=False)
        case replies.Failure(error, hint):
            message = error_text(error, lang)
            return Rendered(message + "\n" + t(hint, lang) if hint else message, html=False)
        case replies.ArticleView(brief, view, length, count):
            brief, total = counted.cut(brief, view, count)
            html = render.view(brief, view, lang, length=length, count=count)
            if count is not None and total > count:  # "/numbers 5": the others are said to exist
                html += "\n\n" + escape(t("items_shown", lang, shown=count, total=total))
            buttons = None if view == "keywords" else render.view_buttons(brief.article_id, lang, view)
            chart = numbers_chart(brief, lang) if view == "numbers" else None
            return Rendered(html, buttons=buttons, charts=(chart,) if chart else ())
        case replies.History(entries, zone, page, pages):
            return Rendered(render.history(entries, lang, zone=zone, page=page, pages=pages))
        case replies.SearchResults(hits, query, partial):
            return Rendered(render.search(hits, query, lang, partial=partial))
        case replies.AnswerView(answer):
            return Rendered(render.answer(answer, lang))
        case replies.Help():
            return Rendered(render.help_text(lang))
        case replies.ChatSettingsView(settings, default_tz, group):
            return Rendered(render.settings(settings, lang, default_tz=default_tz, group=group))
        case replies.ConfirmForget():
            buttons = [[render.Button(t("forget_yes", lang), "forget:yes"),
                        render.Button(t("forget_no", lang), "forget:no")]]
            return Rendered(t("forget_confirm", lang), html=False, buttons=buttons)
        case replies.FeedList(feeds, filters):
            notes = {f.id: render_feed_filter(filters[f.id], lang) for f in feeds if f.id in filters}
            return Rendered(render_feeds(feeds, lang, notes=notes))
        case replies.FeedFilterSet(number, feed_filter):
            return Rendered(t("feed_filter_saved", lang, number=number, filter=render_feed_filter(feed_filter, lang)))
        case replies.WatchChanged(change):
            return Rendered(render_watch_change(change, lang))
        case replies.Unwatched(removed, missing):
            return Rendered(render_unwatched(removed, missing, lang))
        case replies.WatchListView(entries, settings, default_cap):
            return Rendered(render_watchlist(entries, settings, default_cap, lang))
        case replies.TrackView(name, result):
            return Rendered(render_track(name, result, lang), charts=track_charts(name, result, lang))
        case replies.AlertView(alert):
            return Rendered(render_alert(alert, lang), buttons=alert_buttons(alert, lang))
        case replies.FeedChanged(feed, added, already, resumed):
            key = ("feed_resumed" if resumed else "feed_already" if already else "feed_added" if added
                   else "feed_removed")
            return Rendered(t(key, lang, title=feed_title(feed)))
        case replies.OfLink(url, inner):
            shown = rendered(inner, lang)
            return Rendered(escape(url) + "\n" + (shown.text if shown.html else escape(shown.text)))
        case replies.FeedBatch(outcomes):
            lines = [t("feed_batch_header", lang, count=len(outcomes))]
            for number, (url, parts) in enumerate(outcomes, start=1):
                said = [rendered(p, lang) for p in parts]
                lines.append(f"{number}. {escape(url)}\n" + "\n".join(
                    r.text if r.html else escape(r.text) for r in said))
            return Rendered("\n".join(lines))
        case replies.Subscribed(subscription, next_slot, config):
            return Rendered(render_subscribed(subscription, next_slot, lang, config=config))
        case replies.DigestSettingsView(subscription, config):
            return Rendered(render_settings(subscription, lang, config=config))
    raise TypeError(f"no rendering for {part!r}")
