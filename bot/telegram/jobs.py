"""Digest scheduling on PTB's JobQueue: one job per chat, rebuilt from the database at start.

Each subscribed chat has one pending `run_once` job named after the chat,
due at its next slot as computed by `bot.core.schedule` from the digest clock (the
real time, or a shifted one in tests). When it fires it delivers that slot's
period and schedules the next one; re-scheduling replaces the job, so a chat
never has two. A repeating job polls due feeds. At start, periods missed while
the bot was down are caught up once, within the catch-up window.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from telegram.constants import ParseMode
from telegram.error import ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes

from bot.core.digest import (
    ChatUnreachable,
    Delivery,
    DigestService,
    open_digest_service,
    schedule_of,
)
from bot.core.requests import Chat
from bot.core.schedule import period_key
from bot.render.digest import digest_heading, render_digest
from bot.render.i18n import t
from bot.render.watch import alert_buttons, render_alert, render_held_alerts
from bot.settings import Settings
from bot.telegram.reply import markup
from storage.errors import NotFound
from storage.models import Subscription

log = logging.getLogger(__name__)

POLL_JOB = "feeds"
CATCH_UP_JOB = "digest-catch-up"
FORGET_JOB = "forget-old-feed-items"
# Feed items past retention go once a day, and shortly after start (a bot restarted
# daily would otherwise never reach its first run).
FORGET_EVERY = timedelta(days=1)
FORGET_FIRST_S = 2.0
# APScheduler drops a job that starts over 1 s late (a busy loop, a slow start);
# a digest must still go out, and its claimed period key keeps it to once.
_RUN_EVEN_IF_LATE = {"misfire_grace_time": None}


def digest_service(app: Application) -> DigestService:
    return app.bot_data["digest"]


def job_name(chat_id: int) -> str:
    return str(chat_id)


def schedule_chat(app: Application, subscription: Subscription, *, after: datetime | None = None) -> datetime | None:
    """(Re)place the chat's job at its next slot after `after` (default: now); return the slot."""
    service = digest_service(app)
    unschedule_chat(app, subscription.chat_id)
    if subscription.paused or not subscription.chat_active:
        return None
    now = service.clock.now()
    slot = schedule_of(subscription, config=service.config).next_slot(max(now, after or now))
    if slot is None:
        return None
    delay = max((slot - now).total_seconds(), 0.0)
    app.job_queue.run_once(
        _scheduled_digest,
        when=delay,
        chat_id=subscription.chat_id,
        name=job_name(subscription.chat_id),
        data={"key": period_key(slot), "slot": slot},
        job_kwargs=_RUN_EVEN_IF_LATE,
    )
    log.info("chat %s: next digest %s (in %.0f s)", subscription.chat_id, period_key(slot), delay)
    return slot


def unschedule_chat(app: Application, chat_id: int) -> None:
    for job in app.job_queue.get_jobs_by_name(job_name(chat_id)):
        job.schedule_removal()


async def start(app: Application) -> None:
    """post_init: the digest service, one job per subscription, the feed poller, the catch-up,
    and the daily forgetting of old feed items."""
    settings: Settings = app.bot_data["settings"]
    service = open_digest_service(settings, app.bot_data["service"], render_digest, render_held_alerts)
    app.bot_data["digest"] = service
    subscriptions = await service.store.list_subscriptions()
    for subscription in subscriptions:
        schedule_chat(app, subscription)
    app.job_queue.run_repeating(
        _poll_feeds, interval=settings.feed_poll_seconds, first=1.0, name=POLL_JOB
    )
    app.job_queue.run_once(_catch_up, when=0, name=CATCH_UP_JOB, job_kwargs=_RUN_EVEN_IF_LATE)
    app.job_queue.run_repeating(_forget_old_items, interval=FORGET_EVERY, first=FORGET_FIRST_S,
                                name=FORGET_JOB, job_kwargs=_RUN_EVEN_IF_LATE)
    log.info("digests: %d subscription(s) scheduled", len(subscriptions))


async def stop(app: Application) -> None:
    """post_shutdown: close the feed fetcher's connections."""
    service: DigestService | None = app.bot_data.get("digest")
    if service is not None and service.client is not None:
        await service.client.aclose()


async def _lang_of(service: DigestService, chat_id: int, default: str) -> str:
    chat = await service.store.find_chat(chat_id)
    return (chat.lang if chat and chat.lang else None) or default


async def deliver_now(app: Application, chat_id: int, key: str, *, slot: datetime,
                      send_empty: bool = False, lang: str | None = None) -> Delivery:
    """Deliver one period to one chat through Telegram; a 403 pauses the subscription."""
    service = digest_service(app)
    settings = app.bot_data["settings"]
    lang = lang or await _lang_of(service, chat_id, settings.default_lang)

    moved: dict[int, int] = {}

    async def send(target: int, html: str) -> int:
        while True:
            try:
                message = await app.bot.send_message(
                    moved.get(target, target), html, parse_mode=ParseMode.HTML, disable_web_page_preview=True
                )
            except ChatMigrated as exc:
                # The group became a supergroup while the bot missed the news (down past the
                # day Telegram keeps updates, or the digest came due before the queued update
                # was read): its digest goes to the new id, and its data moves there after.
                if target in moved:
                    raise
                moved[target] = exc.new_chat_id
                continue
            except Forbidden as exc:
                raise ChatUnreachable(str(exc)) from exc
            return message.message_id

    try:
        return await service.deliver(
            chat_id, key, send=send, lang=lang, heading=digest_heading(lang, slot), send_empty=send_empty
        )
    finally:
        if chat_id in moved:
            await move_chat(app, chat_id, moved[chat_id])


async def move_chat(app: Application, old_id: int, new_id: int) -> bool:
    """A group became supergroup `new_id`: everything kept under `old_id` moves there, and
    its digest is rescheduled there. False when there was nothing to move."""
    if not await app.bot_data["service"].move_chat(old_id, new_id):
        return False
    log.info("chat %s became supergroup %s; its data moved", old_id, new_id)
    if app.bot_data.get("digest") is None:
        return True
    unschedule_chat(app, old_id)
    subscription = await digest_service(app).find_subscription(new_id)
    if subscription is not None:
        schedule_chat(app, subscription)
    return True


class JobFront:
    """How the digest commands schedule and send through this application."""

    def __init__(self, app: Application) -> None:
        self.app = app

    def schedule(self, subscription: Subscription) -> datetime | None:
        return schedule_chat(self.app, subscription)

    def unschedule(self, chat_id: int) -> None:
        unschedule_chat(self.app, chat_id)

    async def deliver_now(self, chat: Chat, key: str, *, slot: datetime) -> Delivery:
        return await deliver_now(self.app, chat.id, key, slot=slot, send_empty=True, lang=chat.lang)


async def _scheduled_digest(context: ContextTypes.DEFAULT_TYPE) -> None:
    """A chat's slot came: deliver its period (once), then schedule the next slot."""
    app = context.application
    service = digest_service(app)
    job = context.job
    chat_id, key, slot = job.chat_id, job.data["key"], job.data["slot"]
    try:
        subscription = await service.store.get_subscription(chat_id)
    except NotFound:
        return  # unsubscribed meanwhile
    if subscription.paused or not subscription.chat_active:
        return
    try:
        delivery = await deliver_now(app, chat_id, key, slot=slot)
        log.info("chat %s digest %s: %s", chat_id, key, delivery.status)
    except RetryAfter as exc:
        # AIORateLimiter already retried; the period stays claimed (at most once).
        log.warning("chat %s digest %s: still flood-limited (%s); skipped", chat_id, key, exc)
    finally:
        try:
            current = await service.store.get_subscription(chat_id)
        except NotFound:
            current = None
        if current is not None:
            schedule_chat(app, current, after=slot)


async def _catch_up(context: ContextTypes.DEFAULT_TYPE) -> None:
    """At start: send each period missed while the bot was down (within the window), once."""
    app = context.application
    service = digest_service(app)
    for subscription, key in await service.due_catch_ups():
        slot = schedule_of(subscription, config=service.config).last_slot(service.clock.now())
        try:
            delivery = await deliver_now(app, subscription.chat_id, key, slot=slot)
            log.info("chat %s: caught up digest %s: %s", subscription.chat_id, key, delivery.status)
        except Exception:
            log.exception("chat %s: catch-up of %s failed", subscription.chat_id, key)


async def _poll_feeds(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Poll due feeds; tell each chat once when one of its feeds was paused."""
    app = context.application
    service = digest_service(app)
    settings = app.bot_data["settings"]
    report = await service.poll_once()
    if report.polled:
        log.info("polled %d feed(s): %d new item(s), %d unchanged, %d failed",
                 report.polled, report.new_items, report.not_modified, report.failed)
    # Each chat on its own: a chat Telegram refuses (the bot muted there, the chat deleted,
    # a flood wait past the limiter's retries) costs no other chat its notice or alert.
    for chat_id, feed in report.pause_notices:
        lang = await _lang_of(service, chat_id, settings.default_lang)
        try:
            await app.bot.send_message(chat_id, t("feed_paused", lang, title=feed.title or feed.url))
        except Forbidden:
            await service.pause_unreachable(chat_id)
        except TelegramError as exc:
            log.warning("chat %s: the notice of paused feed %s was refused: %s", chat_id, feed.id, exc)
    for alert in report.alerts:
        if alert.held:
            continue  # over the hourly cap or in quiet hours: the next digest lists it
        lang = await _lang_of(service, alert.chat_id, settings.default_lang)
        try:
            message = await app.bot.send_message(
                alert.chat_id, render_alert(alert, lang), parse_mode=ParseMode.HTML,
                disable_web_page_preview=True, reply_markup=markup(alert_buttons(alert, lang)))
        except Forbidden:
            await service.pause_unreachable(alert.chat_id)
            continue
        except TelegramError as exc:
            log.warning("chat %s: alert %s was refused (%s); the next digest lists it",
                        alert.chat_id, alert.alert_id, exc)
            await service.watch.alert_undelivered(alert.alert_id)
            continue
        await service.watch.alert_sent(alert.alert_id, message.message_id)
        if alert.article_id is not None:
            await app.bot_data["service"].remember_message(alert.chat_id, message.message_id, alert.article_id)


async def _forget_old_items(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Daily: forget feed items past the retention setting (and what was derived from them)."""
    await digest_service(context.application).forget_old_items()
