"""Telegram handlers of the digest commands: /subscribe, /unsubscribe, /digest, /feed.

Thin like the rest of `bot.telegram.handlers`: parse the arguments, call the digest
service, render, reply. In groups every command that changes something is for
group admins only (`/feed list` and `/digest settings` without changes are
for everyone).
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, ChatMemberHandler, CommandHandler, ContextTypes, filters

from bot.telegram import jobs as digest_jobs
from bot.core.digest import DigestError, DigestService
from bot.render.digest import feed_title, render_feeds, render_settings, render_subscribed
from bot.web.feeds import FeedError
from bot.web.fetch import FetchError
from bot.telegram.handlers import reply_html, reply_lang, require_group_admin
from bot.render.i18n import error_text, t
from bot.core.schedule import (
    MAX_TIMES_PER_DAY,
    ScheduleError,
    parse_time,
    parse_timezone,
    parse_weekday,
)

log = logging.getLogger(__name__)

_EXPECTED = (DigestError, FeedError, FetchError, ScheduleError)


def _digest(context: ContextTypes.DEFAULT_TYPE) -> DigestService:
    return context.bot_data["digest"]


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe [HH:MM] [time zone]: a daily digest, by default 09:00 Asia/Shanghai."""
    message = update.effective_message
    lang = await reply_lang(update, context)
    args = context.args or []
    try:
        at = parse_time(args[0]) if args else None
        zone = parse_timezone(args[1]) if len(args) > 1 else None
    except ScheduleError as exc:
        await message.reply_text(error_text(exc, lang) + "\n" + t("subscribe_usage", lang))
        return
    if len(args) > 2:
        await message.reply_text(t("subscribe_usage", lang))
        return
    if not await require_group_admin(update, context):
        return
    service = _digest(context)
    subscription = await service.subscribe(update.effective_chat.id, at=at, timezone=zone)
    slot = digest_jobs.schedule_chat(context.application, subscription)
    await reply_html(message, render_subscribed(subscription, slot, lang, config=service.config))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unsubscribe: stop the scheduled digest (feeds and settings are kept)."""
    lang = await reply_lang(update, context)
    if not await require_group_admin(update, context):
        return
    chat_id = update.effective_chat.id
    had = await _digest(context).unsubscribe(chat_id)
    digest_jobs.unschedule_chat(context.application, chat_id)
    await update.effective_message.reply_text(t("unsubscribed" if had else "not_subscribed", lang))


async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest sends one now; /digest settings [times|max|off …] shows or changes settings."""
    args = context.args or []
    if args and args[0].lower() == "settings":
        await _settings(update, context, [a.lower() for a in args[1:]])
        return
    lang = await reply_lang(update, context)
    if args:
        await update.effective_message.reply_text(t("digest_usage", lang))
        return
    if not await require_group_admin(update, context):
        return
    service = _digest(context)
    chat_id = update.effective_chat.id
    chat = await service.store.find_chat(chat_id)
    zone = ZoneInfo((chat.tz if chat else None) or service.config.default_timezone)
    delivery = await digest_jobs.deliver_now(
        context.application, chat_id, service.on_demand_key(),
        slot=service.clock.now().astimezone(zone), send_empty=True,
    )
    log.info("chat %s: /digest %s", chat_id, delivery.status)


async def _settings(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> None:
    message = update.effective_message
    lang = await reply_lang(update, context)
    service = _digest(context)
    chat_id = update.effective_chat.id
    try:
        if args:
            changes = _parse_settings(args)
            if changes is None:
                await message.reply_text(t("digest_settings_usage", lang))
                return
            if not await require_group_admin(update, context):
                return
            subscription = await service.update_settings(chat_id, **changes)
            digest_jobs.schedule_chat(context.application, subscription)
        subscription = await service.subscription(chat_id)
    except _EXPECTED as exc:
        await message.reply_text(error_text(exc, lang))
        return
    await reply_html(message, render_settings(subscription, lang, config=service.config))


def _parse_settings(args: list[str]) -> dict[str, object] | None:
    """["times", "09:00", "18:00"] / ["max", "8"] / ["off", "sat", "sun"] / ["off", "none"]."""
    if len(args) < 2:
        return None
    key, values = args[0], [v for a in args[1:] for v in a.split(",") if v]
    if key in ("times", "time"):
        times = [parse_time(v) for v in values]
        if not 1 <= len(times) <= MAX_TIMES_PER_DAY:
            return None
        return {"times": times}
    if key == "max" and len(values) == 1 and values[0].isdigit():
        return {"max_items": int(values[0])}
    if key == "off":
        return {"days_off": [] if values == ["none"] else [parse_weekday(v) for v in values]}
    return None


async def feed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/feed add URL | list | remove N: the chat's feeds."""
    message = update.effective_message
    lang = await reply_lang(update, context)
    args = context.args or []
    action = args[0].lower() if args else ""
    service = _digest(context)
    chat_id = update.effective_chat.id
    if action == "list" and len(args) == 1:
        await reply_html(message, render_feeds(await service.list_feeds(chat_id), lang))
        return
    valid = (action == "add" and len(args) == 2) or (
        action == "remove" and len(args) == 2 and args[1].isdigit()
    )
    if not valid:
        await message.reply_text(t("feed_usage", lang))
        return
    if not await require_group_admin(update, context):
        return
    try:
        if action == "add":
            added = await service.add_feed(chat_id, args[1])
            await reply_html(message, t("feed_added", lang, title=feed_title(added)))
        else:
            removed = await service.remove_feed(chat_id, int(args[1]))
            await reply_html(message, t("feed_removed", lang, title=feed_title(removed)))
    except _EXPECTED as exc:
        await message.reply_text(error_text(exc, lang))


async def bot_rejoined(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """my_chat_member, after `handlers.member_changed` marked the chat active or not: back
    in a chat whose digest a 403 paused, the bot resumes it and says so (with how to stop it)."""
    chat_id = update.my_chat_member.chat.id
    service = _digest(context)
    subscription = await service.resume_reachable(chat_id)
    if subscription is None:
        return
    slot = digest_jobs.schedule_chat(context.application, subscription)
    lang = await reply_lang(update, context)
    await context.bot.send_message(
        chat_id, render_subscribed(subscription, slot, lang, config=service.config, resumed=True),
        parse_mode=ParseMode.HTML)
    log.info("chat %s: bot is back; paused digest resumed", chat_id)


COMMANDS = {
    "subscribe": subscribe,
    "unsubscribe": unsubscribe,
    "digest": digest,
    "feed": feed,
}


def add_handlers(app: Application) -> None:
    only_new = filters.UpdateType.MESSAGE
    for name, callback in COMMANDS.items():
        app.add_handler(CommandHandler(name, callback, filters=only_new))
    # Group 1: runs after group 0's member_changed has marked the chat active again.
    app.add_handler(ChatMemberHandler(bot_rejoined, ChatMemberHandler.MY_CHAT_MEMBER), group=1)
