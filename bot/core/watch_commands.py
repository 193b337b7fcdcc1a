"""The watchlist commands: /watch, /unwatch, /track, the alert settings, and the alert of a
shared article.

Like every command they take the services, the chat and the arguments and return a
reply (`bot.core.commands` runs them). The watchlist lives with the digests (it shares
their feeds, clustering and clock), so without digests these commands are unknown. In
groups, changing the watchlist or its settings is for admins; listing and /track are for
everyone.
"""

from __future__ import annotations

import logging

from bot.core.digest_commands import digest_of
from bot.core.replies import (
    AlertView,
    Failure,
    Reply,
    TrackView,
    Unwatched,
    WatchChanged,
    WatchListView,
    say,
)
from bot.core.requests import Chat, Core, small_int
from bot.core.service import Brief
from bot.core.watching import MAX_HOURLY_CAP, AlertCandidate, WatchService
from bot.errors import READER_ERRORS, BadName
from bot.web.urls import normalize_url

logger = logging.getLogger(__name__)


def _watch(core: Core) -> WatchService:
    return digest_of(core).watch


async def watch(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """/watch NAME … adds names; /watch alone lists them with this week's alerts."""
    service = _watch(core)
    if not args.strip():
        settings = await service.settings(chat.id)
        return (WatchListView(await service.watchlist(chat.id), settings, service.default_cap),)
    if not await chat.may_change():
        return say("admins_only")
    try:
        change = await service.watch(chat.id, args, user_id=chat.user_id)
    except BadName as error:
        return (Failure(error, "watch_usage"),)
    return (WatchChanged(change),)


async def unwatch(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """/unwatch NAME …: remove names from the watchlist."""
    service = _watch(core)
    if not args.strip():
        return say("unwatch_usage")
    if not await chat.may_change():
        return say("admins_only")
    try:
        removed, missing = await service.unwatch(chat.id, args)
    except BadName as error:
        return (Failure(error, "unwatch_usage"),)
    return (Unwatched(tuple(removed), tuple(missing)),)


async def track(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """/track NAME: the name's figures across the chat's articles, by metric and period."""
    service = _watch(core)
    if not args.strip():
        return say("track_usage")
    try:
        async with chat.busy():
            result = await service.track(chat.id, args)
    except BadName as error:
        return (Failure(error, "track_usage"),)
    return (TrackView(" ".join(args.split()), result),)


async def alert_settings(core: Core, chat: Chat, key: str, value: str) -> Reply:
    """/settings alerts N (alerts an hour) · /settings quiet 22:00-07:00|off (the chat's time zone)."""
    service = _watch(core)
    if key == "alerts" and small_int(value, digits=100) is None:
        return say("settings_usage")
    if key == "alerts" and not 1 <= small_int(value, digits=100) <= MAX_HOURLY_CAP:  # said, not the usage line
        return say("alerts_range", max=MAX_HOURLY_CAP)
    if not await chat.may_change():
        return say("admins_only")
    if key == "alerts":
        saved = await service.set_cap(chat.id, int(value))
        return say("settings_alerts_saved", cap=saved.hourly_cap)
    saved = await service.set_quiet_hours(chat.id, value)
    return say("settings_quiet_saved", quiet=saved.quiet_hours or "off")


async def quiet_link_alerts(core: Core, chat: Chat, link: str, *, message_id: int | None = None) -> Reply:
    """A link shared in a group that does not summarize every link: read without a word when
    the group watches names, so an article about one still alerts (and the link joins the
    group's digest like any link read there). A link that cannot be read, or a member over
    the rate limit, gets no answer: nobody asked the bot. Nor does a fault of ours (a dead
    worker, a storage error): it is logged here, as the error handler would, but its
    apology would answer a message that asked nothing."""
    if core.digest is None:
        return ()
    try:
        if not await _watch(core).watches_any(chat.id):
            return ()
        brief = await core.service.summarize_url(chat.id, link, user_id=chat.user_id, message_id=message_id)
        return await shared_alerts(core, chat, brief)
    except READER_ERRORS as exc:
        logger.info("shared link in chat %s not read for the watchlist: %s", chat.id, exc)
    except Exception:  # see the docstring: logged, never answered
        logger.exception("shared link in chat %s: reading it for the watchlist failed", chat.id)
    return ()


async def shared_alerts(core: Core, chat: Chat, brief: Brief) -> Reply:
    """An article shared here that is about a name this chat watches: its alert, in this chat only
    (held ones wait for the digest)."""
    if core.digest is None:
        return ()
    article = brief.article
    candidate = AlertCandidate(
        key=f"article:{brief.article_id}", title=article.title or "", text=article.text, url=article.url,
        url_key=normalize_url(article.url) if article.url else None, source=article.site or "",
        published=core.digest.clock.now(), article_id=brief.article_id)
    alerts = await core.digest.watch.alerts_for_shared(chat.id, candidate)
    return tuple(AlertView(alert) for alert in alerts if not alert.held)
