"""Pure rendering of digests and of the digest commands' replies.

The stories are chosen in `bot.core.digest_compose`; here they become Telegram HTML
messages, whole stories packed under Telegram's limit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from bot.core.digest import DigestConfig, schedule_of
from bot.core.digest_compose import (
    DEFAULT_MAX_ITEMS,
    Candidate,
    Digest,
    DigestStory,
    rank_candidates,
    story_of,
)
from bot.core.schedule import WEEKDAYS, zone_label
from bot.render.htmltext import TELEGRAM_TEXT_LIMIT, escape, split_html, visible_length
from bot.render.i18n import t
from storage.models import Feed, Subscription
from storage.normalize import clean_link
from summarizer.cluster import NearDuplicateIndex


def digest_heading(lang: str, slot: datetime) -> str:
    """The first line of a digest: which period it covers, in the chat's time zone."""
    return t("digest_heading", lang, when=slot.strftime("%Y-%m-%d %H:%M"))


def feed_title(feed: Feed) -> str:
    return escape(feed.title or feed.url)


def render_feeds(feeds: Sequence[Feed], lang: str, *, notes: Mapping[int, str] | None = None) -> str:
    """`/feed list`: numbered for `/feed remove N`; paused and failing feeds are marked; a
    feed's note (its word filter, by feed id) goes indented under it, not as a numbered line
    that reads like another feed."""
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
        if notes and feed.id in notes:
            lines.append("    " + notes[feed.id])
    return "\n".join(lines)


def _days_off(subscription: Subscription, lang: str) -> str:
    """The days off in the reader's language ("周六、周日", "Sat, Sun"), not as typed codes."""
    if not subscription.digest_days_off:
        return t("digest_no_days_off", lang)
    days = sorted(subscription.digest_days_off)
    if lang == "en":
        return ", ".join(WEEKDAYS[d - 1].capitalize() for d in days)
    return "、".join(t("weekday_zh", lang, day="一二三四五六日"[d - 1]) for d in days)


def render_settings(subscription: Subscription, lang: str, *, config: DigestConfig) -> str:
    schedule = schedule_of(subscription, config=config)
    lines = [
        t("digest_settings_header", lang),
        t("digest_settings_times", lang, times=", ".join(x.strftime("%H:%M") for x in schedule.times),
          zone=escape(zone_label(schedule.timezone))),
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
    text = t("digest_resumed" if resumed else "subscribed", lang, times=times,
             zone=escape(zone_label(schedule.timezone)))
    if subscription.digest_days_off:  # "every day" is not the whole truth then
        text += "\n" + t("digest_settings_off", lang, days=_days_off(subscription, lang))
    if slot is not None:
        text += "\n" + t("next_digest", lang, when=slot.strftime("%Y-%m-%d %H:%M"))
    return text


def render_story(number: int, story: DigestStory, *, lang: str) -> str:
    """One story as Telegram HTML; everything from the feed or page is escaped."""
    title = f"<b>{escape(story.title)}</b>"
    if story.url:
        title = f'<a href="{escape(clean_link(story.url))}">{title}</a>'
    lines = [f"{number}. {title}"]
    if len(story.sources) > 1:
        lines[0] += " · " + t("digest_sources", lang, count=len(story.sources))
    lines.extend(escape(sentence) for sentence in story.sentences)
    if story.figure:
        lines.append("📊 " + escape(story.figure))
    return "\n".join(lines)


def render_digest(
    stories: Sequence[DigestStory], *, lang: str, heading: str, limit: int = TELEGRAM_TEXT_LIMIT
) -> list[str]:
    """Pack whole stories into messages of at most `limit` visible characters.

    A story never straddles two messages unless it alone exceeds the limit, in
    which case the bot's sentence-boundary splitter cuts it.
    """
    if not stories:
        return [f"{heading}\n{t('digest_empty', lang)}"]
    messages: list[str] = []
    current = heading
    for number, story in enumerate(stories, start=1):
        block = render_story(number, story, lang=lang)
        candidate = f"{current}\n\n{block}" if current else block
        if visible_length(candidate) <= limit:
            current = candidate
            continue
        if current:
            messages.append(current)
        if visible_length(block) <= limit:
            current = block
        else:
            *full, current = split_html(block, limit)
            messages.extend(full)
    if current:
        messages.append(current)
    return messages


def compose_digest(
    candidates: Sequence[Candidate],
    *,
    now: datetime,
    lang: str,
    heading: str,
    max_items: int = DEFAULT_MAX_ITEMS,
    index: NearDuplicateIndex | None = None,
) -> Digest:
    """Rank, pick and render: the whole digest of one chat for one period."""
    groups = rank_candidates(candidates, now=now, max_items=max_items, index=index)
    stories = tuple(story_of(group) for group in groups)
    messages = tuple(render_digest(stories, lang=lang, heading=heading))
    return Digest(stories=stories, messages=messages, candidate_count=len(candidates))
