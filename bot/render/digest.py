"""Pure rendering of the digest commands' replies (the digest itself is in `bot.core.digest_compose`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core.digest import DigestConfig, schedule_of
from bot.core.digest_compose import DEFAULT_MAX_ITEMS
from bot.render.htmltext import escape
from bot.render.i18n import t
from bot.core.schedule import WEEKDAYS
from storage.models import Feed, Subscription


def feed_title(feed: Feed) -> str:
    return escape(feed.title or feed.url)


def render_feeds(feeds: Sequence[Feed], lang: str) -> str:
    """`/feed list`: numbered for `/feed remove N`; paused and failing feeds are marked."""
    if not feeds:
        return t("feed_list_empty", lang)
    lines = [t("feed_list_header", lang)]
    for number, feed in enumerate(feeds, start=1):
        line = f'{number}. <a href="{escape(feed.url)}">{feed_title(feed)}</a>'
        if feed.paused:
            line += " · " + t("feed_paused_mark", lang)
        elif feed.failures:
            line += " · " + t("feed_failing_mark", lang, count=feed.failures)
        lines.append(line)
    return "\n".join(lines)


def _days_off(subscription: Subscription, lang: str) -> str:
    if not subscription.digest_days_off:
        return t("digest_no_days_off", lang)
    return ", ".join(WEEKDAYS[d - 1] for d in subscription.digest_days_off)


def render_settings(subscription: Subscription, lang: str, *, config: DigestConfig) -> str:
    schedule = schedule_of(subscription, config=config)
    lines = [
        t("digest_settings_header", lang),
        t("digest_settings_times", lang, times=", ".join(x.strftime("%H:%M") for x in schedule.times),
          zone=escape(schedule.timezone)),
        t("digest_settings_max", lang, count=subscription.digest_max_items or DEFAULT_MAX_ITEMS),
        t("digest_settings_off", lang, days=_days_off(subscription, lang)),
    ]
    if subscription.paused:
        lines.append(t("digest_settings_paused", lang))
    lines.append(t("digest_settings_usage", lang))
    return "\n".join(lines)


def render_subscribed(subscription: Subscription, slot: datetime | None, lang: str, *,
                      config: DigestConfig, resumed: bool = False) -> str:
    """/subscribe's answer; `resumed`: the bot's note on rejoining a chat whose digest was paused."""
    schedule = schedule_of(subscription, config=config)
    times = ", ".join(x.strftime("%H:%M") for x in schedule.times)
    text = t("digest_resumed" if resumed else "subscribed", lang, times=times, zone=escape(schedule.timezone))
    if slot is not None:
        text += "\n" + t("next_digest", lang, when=slot.strftime("%Y-%m-%d %H:%M"))
    return text
