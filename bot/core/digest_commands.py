"""The digest commands: /subscribe, /unsubscribe, /digest (with `settings …`) and /feed.

Like every command they take the services, the chat and the arguments and return a
reply (`bot.core.commands` runs them); scheduling and sending go through the front
end's `DigestFront`. In groups every command that changes something is for group
admins only (`/feed list` and `/digest settings` without changes are for everyone).
"""

from __future__ import annotations

import logging
import re
import unicodedata

from bot.core.digest import DigestService
from bot.core.digest_compose import MAX_ITEMS_LIMIT
from bot.core.replies import (
    ChatSettingsView,
    DigestSettingsView,
    Failure,
    FeedBatch,
    FeedChanged,
    FeedFilterSet,
    FeedList,
    Reply,
    Subscribed,
    Text,
    say,
)
from bot.core.requests import Chat, Core, DigestFront, small_int
from bot.core.schedule import (
    MAX_TIMES_PER_DAY,
    WEEKDAYS,
    parse_days,
    parse_time,
    parse_timezone,
    tidy_times,
    zone_of,
)
from bot.errors import READER_ERRORS, BadName, EveryDayOff, FeedLinkUnknown, FeedNumberUnknown, ScheduleError, TooManyTimes
from storage.normalize import normalize_url
from summarizer.watch import FeedFilter, NameRejected, has_filter_words, parse_filter

logger = logging.getLogger(__name__)


class NoDigests(Exception):
    """This front end runs without digests: their commands are unknown here."""


async def subscribe(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """/subscribe [HH:MM[,HH:MM…]] [time zone]: a daily digest, by default 09:00 Asia/Shanghai.
    Several times ("08:00,18:00") are taken as `/digest settings times` takes them."""
    digests, front = _digest(core)
    words = tidy_times(args).split()
    if words and _zone_alone(words):  # "/subscribe Asia/Kolkata": the zone, the times as they are
        words = ["", *words]
    try:
        times = [parse_time(v) for v in re.split(r"[,，、]", words[0]) if v] if words and words[0] else None
        zone = parse_timezone(" ".join(words[1:])) if len(words) > 1 else None
        if times is not None and len(set(times)) > MAX_TIMES_PER_DAY:
            raise TooManyTimes(len(set(times)), MAX_TIMES_PER_DAY)
    except ScheduleError as exc:
        return (Failure(exc, "subscribe_usage"),)
    if times is not None and not times:
        return say("subscribe_usage")
    if not await chat.may_change():
        return say("admins_only")
    subscription = await digests.subscribe(chat.id, at=times[0] if times else None, timezone=zone)
    if times and len(times) > 1:
        await digests.update_settings(chat.id, times=times)
        subscription = await digests.subscription(chat.id)
    return (Subscribed(subscription, front.schedule(subscription), digests.config),)


def _zone_alone(words: list[str]) -> bool:
    """The words name a time zone and hold no time ("UTC+5:30" was "Times look like HH:MM")."""
    try:
        parse_time(words[0])
    except ScheduleError:
        try:
            parse_timezone(" ".join(words))
        except ScheduleError:
            return False
        return True
    return False


async def unsubscribe(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """/unsubscribe: stop the scheduled digest (feeds and settings are kept)."""
    digests, front = _digest(core)
    if not await chat.may_change():
        return say("admins_only")
    had = await digests.unsubscribe(chat.id)
    front.unschedule(chat.id)
    return say("unsubscribed" if had else "not_subscribed")


async def digest(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """/digest sends one now; /digest settings [times|max|off …] shows or changes settings."""
    service, front = _digest(core)
    words = args.split()
    if words and words[0].lower() == "settings":
        return await digest_settings(core, chat, [w.lower() for w in words[1:]])
    if words:
        return say("digest_usage")
    if not await chat.may_change():
        return say("admins_only")
    zone = zone_of((chat.settings.tz if chat.settings else None) or service.config.default_timezone)
    delivery = await front.deliver_now(chat, service.on_demand_key(), slot=service.clock.now().astimezone(zone))
    logger.info("chat %s: /digest %s", chat.id, delivery.status)
    if delivery.status == "already":  # a second /digest in the same second (two admins at once)
        return say("digest_just_sent")
    if delivery.status == "sent" and not delivery.story_count and not await service.list_feeds(chat.id):
        return say("digest_no_feeds")  # "nothing new" is true, but the news is that nothing is followed
    return ()  # the digest itself went out through the front end


# The words for a time zone in /settings and /digest settings.
ZONE_KEYS = ("zone", "tz", "timezone", "时区", "時區")


async def change_zone(core: Core, chat: Chat, text: str) -> Reply:
    """/settings zone ZONE or /digest settings zone ZONE: the chat's time zone (its digest
    times and quiet hours are read in it), its digest rescheduled; times, days off and the
    rest stay. (Before, only /subscribe TIME ZONE changed it, and set the chat's times to
    that one.) Shows the digest settings, or the chat's without a digest."""
    service, front = _digest(core)
    try:
        zone = parse_timezone(text)
    except ScheduleError as exc:
        return (Failure(exc, "zone_usage"),)
    if not await chat.may_change():
        return say("admins_only")
    saved = await core.service.update_chat(chat.id, tz=zone)
    subscription = await service.find_subscription(chat.id)
    if subscription is None:
        return (Text("settings_saved"), ChatSettingsView(saved, core.service.default_tz, chat.group))
    front.schedule(subscription)
    return (DigestSettingsView(subscription, service.config),)


async def digest_settings(core: Core, chat: Chat, words: list[str]) -> Reply:
    service, front = _digest(core)
    if len(words) >= 2 and words[0] in ZONE_KEYS:
        return await change_zone(core, chat, " ".join(words[1:]))
    if words:
        changes = digest_settings_changes(words)
        if changes is None:
            return say("digest_settings_usage")
        if not await chat.may_change():
            return say("admins_only")
        front.schedule(await service.update_settings(chat.id, **changes))
    return (DigestSettingsView(await service.subscription(chat.id), service.config),)


def digest_settings_changes(args: list[str]) -> dict[str, object] | None:
    """["times", "09:00", "18:00"] / ["max", "8"] / ["off", "sat", "sun"] / ["off", "none"].

    Raises ScheduleError for a time or weekday that cannot be read.
    """
    if len(args) < 2:
        return None
    key, values = args[0], [v for v in re.split(r"[\s,，、]+", tidy_times(" ".join(args[1:]))) if v]
    if key in ("times", "time"):
        times = [parse_time(v) for v in values]
        if not times:
            return None
        if len(set(times)) > MAX_TIMES_PER_DAY:  # (the usage line alone did not say why)
            raise TooManyTimes(len(set(times)), MAX_TIMES_PER_DAY)
        return {"times": times}
    if key == "max" and len(values) == 1 and small_int(values[0]) is not None:
        # "max 0" or "max 500" was set to 1 or 30 without a word: out of range is refused.
        if not 1 <= small_int(values[0]) <= MAX_ITEMS_LIMIT:
            return None
        return {"max_items": small_int(values[0])}
    if key == "off":
        days_off = [] if values == ["none"] else [day for v in values for day in parse_days(v)]
        if len(set(days_off)) == len(WEEKDAYS):  # a digest that never goes out, said to be set
            raise EveryDayOff("every day off")
        return {"days_off": days_off}
    return None


async def feed(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """/feed add URL [include:… exclude:…] | filter N include:… exclude:… | list | remove N."""
    service, _front = _digest(core)
    words = args.split()
    action = words[0].lower() if words else ""
    if action == "list" and len(words) == 1:
        return (FeedList(await service.list_feeds(chat.id), await service.watch.feed_filters(chat.id)),)
    try:
        feed_filter, rest = parse_filter(args)
    except NameRejected as rejected:
        return (Failure(BadName(rejected.reason, rejected.name), "feed_usage"),)
    if len(rest) == 2 and action in ("remove", "filter"):
        rest[1] = await _feed_number(service, chat, rest[1])
    numbered = len(rest) == 2 and small_int(rest[1]) is not None
    valid = {"add": len(rest) >= 2, "remove": numbered and not has_filter_words(args),
             "filter": numbered and has_filter_words(args)}.get(action, False)
    if not valid:
        return say("feed_usage")
    if not await chat.may_change():
        return say("admins_only")
    if action == "add" and len(rest) == 2:
        return await _add_feed(service, chat, rest[1], feed_filter, args)
    if action == "add":
        return await _add_feeds(service, chat, rest[1:], feed_filter, args)
    if action == "filter":
        feeds = await service.list_feeds(chat.id)
        number = small_int(rest[1]) or 0
        if not 1 <= number <= len(feeds):
            raise FeedNumberUnknown(str(number))
        saved = await service.watch.set_feed_filter(chat.id, feeds[number - 1].id, args)
        return (FeedFilterSet(number, saved),)
    return (FeedChanged(await service.remove_feed(chat.id, small_int(rest[1]) or 0), added=False),)


# Links one `/feed add` takes (each fetched in turn; a chat follows at most a few dozen feeds).
MAX_FEEDS_AT_ONCE = 10


async def _add_feed(service: DigestService, chat: Chat, url: str, feed_filter: FeedFilter, args: str) -> Reply:
    """Follow one feed (with the command's filter, if any): added, already followed, or resumed."""
    before = {f.id: f for f in await service.list_feeds(chat.id)}
    added = await service.add_feed(chat.id, url)
    was_paused = added.id in before and before[added.id].paused
    parts: list = [FeedChanged(added, added=True, already=added.id in before, resumed=was_paused)]
    if not feed_filter.empty:
        await service.watch.set_feed_filter(chat.id, added.id, args)
        number = [f.id for f in await service.list_feeds(chat.id)].index(added.id) + 1
        parts.append(FeedFilterSet(number, feed_filter))
    return tuple(parts)


async def _add_feeds(service: DigestService, chat: Chat, urls: list[str], feed_filter: FeedFilter, args: str) -> Reply:
    """`/feed add URL1 URL2 …`: each link on its own, one line each (added, already followed,
    not a feed, unreachable, …), in the order given; a link given twice is tried once. More
    than MAX_FEEDS_AT_ONCE links: refused whole, with the number, before any is fetched."""
    urls = list(dict.fromkeys(urls))
    if len(urls) > MAX_FEEDS_AT_ONCE:
        return say("feed_batch_too_many", count=len(urls), max=MAX_FEEDS_AT_ONCE)
    outcomes = []
    async with chat.busy():
        for url in urls:
            try:
                outcomes.append((url, await _add_feed(service, chat, url, feed_filter, args)))
            except READER_ERRORS as exc:
                outcomes.append((url, (Failure(exc),)))
    return (FeedBatch(tuple(outcomes)),)


async def _feed_number(service: DigestService, chat: Chat, said: str) -> str:
    """The feed a /feed remove or filter names, as `/feed list` shows it: its number (also
    `#2`, `２`, `＃2`) or its link, which the list links and an admin pastes back. A link the
    chat follows no feed at raises FeedLinkUnknown; anything else is returned as it was."""
    folded = unicodedata.normalize("NFKC", said).lstrip("#")
    if small_int(folded) is not None:
        return folded
    if not re.match(r"(?i)https?://", folded):
        return said
    try:
        wanted = normalize_url(folded, feed=True)
    except ValueError:
        return said
    feeds = await service.list_feeds(chat.id)
    for number, feed in enumerate(feeds, start=1):
        if feed.url == wanted:  # not its site: two feeds of one site would be a guess
            return str(number)
    raise FeedLinkUnknown(folded)


def digest_of(core: Core) -> DigestService:
    """The digest service (watchlists live on it), or NoDigests."""
    return _digest(core)[0]


def _digest(core: Core) -> tuple[DigestService, DigestFront]:
    if core.digest is None or core.digest_front is None:
        raise NoDigests()
    return core.digest, core.digest_front
