"""The bot added to, or removed or blocked from, a chat (my_chat_member updates), and a
group that became a supergroup (its migration messages).

Group 0 records whether the bot is in the chat; group 1 then resumes a digest that a
403 paused, and says so. A migrated group keeps its settings, history, digest, feeds
and watchlist under its new id.
"""

from __future__ import annotations

import logging

from telegram import ChatMember, ChatMemberUpdated, Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import Application, ChatMemberHandler, ContextTypes, MessageHandler, TypeHandler, filters

from bot.render.digest import render_subscribed
from bot.render.i18n import t
from bot.telegram import jobs
from bot.telegram.handlers import reply_lang

logger = logging.getLogger(__name__)


async def member_changed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """my_chat_member: the bot was added to, or removed/blocked from, a chat."""
    change: ChatMemberUpdated = update.my_chat_member
    status = change.new_chat_member.status
    active = status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER, ChatMember.RESTRICTED)
    service = context.bot_data["service"]
    await service.chat(change.chat.id, type=change.chat.type, title=change.chat.title)
    await service.set_active(change.chat.id, active)
    if not active and context.bot_data.get("digest") is not None:
        jobs.unschedule_chat(context.application, change.chat.id)  # (its job would have found it inactive)
    logger.info("chat %s: bot is now %s", change.chat.id, status)


async def bot_rejoined(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """my_chat_member, after `member_changed` marked the chat active or not: back
    in a chat whose digest a 403 paused, the bot resumes it and says so (with how to stop it);
    newly added to a group, it says how to use it there."""
    chat_id = update.my_chat_member.chat.id
    service = jobs.digest_service(context.application)
    subscription = await service.resume_reachable(chat_id)
    if subscription is None:
        if _joined_a_group(update.my_chat_member):
            await context.bot.send_message(chat_id, t("group_welcome", await reply_lang(update, context)))
        return
    slot = jobs.schedule_chat(context.application, subscription)
    lang = await reply_lang(update, context)
    await context.bot.send_message(
        chat_id, render_subscribed(subscription, slot, lang, config=service.config, resumed=True),
        parse_mode=ParseMode.HTML)
    logger.info("chat %s: bot is back; paused digest resumed", chat_id)


async def chat_migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group upgraded to a supergroup has a new id (Telegram says so in both chats, in
    either order): everything kept under the old id moves to the new one, and a digest
    is rescheduled there. Nothing is said: the group's members changed nothing."""
    message = update.effective_message
    if message.migrate_to_chat_id:
        old_id, new_id = message.chat_id, message.migrate_to_chat_id
    else:
        old_id, new_id = message.migrate_from_chat_id, message.chat_id
    await jobs.move_chat(context.application, old_id, new_id)


async def present(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A new message from a chat shows the bot is in it. A chat marked inactive (the bot was
    removed, then added back while it was down past the day Telegram keeps updates, so no
    my_chat_member came; or a passing 403) stayed so for good: /subscribe there said
    "Subscribed" and no digest came, no watchlist alert either. It is active again, and its
    digest (a 403 paused, or only unscheduled) is scheduled; the message is then handled as
    any other."""
    message, chat = update.message or update.channel_post, update.effective_chat
    if message is None or chat is None or message.left_chat_member is not None:
        return
    service = context.bot_data["service"]
    stored = await service.find_chat(chat.id)
    if stored is None or stored.active:
        return
    await service.set_active(chat.id, True)
    logger.info("chat %s: a message came from a chat marked inactive; the bot is there again", chat.id)
    if context.bot_data.get("digest") is None:
        return
    digests = jobs.digest_service(context.application)
    subscription = await digests.resume_reachable(chat.id) or await digests.find_subscription(chat.id)
    if subscription is not None:
        jobs.schedule_chat(context.application, subscription)


def _joined_a_group(change: ChatMemberUpdated) -> bool:
    """The bot was added to a group it was not in (not a promotion, not a private chat)."""
    present = (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER, ChatMember.RESTRICTED)
    return (change.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)
            and change.old_chat_member.status in (ChatMember.LEFT, ChatMember.BANNED)
            and change.new_chat_member.status in present)


def add_handlers(app: Application) -> None:
    # Before every command (group 0), after the allow-list gate (group -2).
    app.add_handler(TypeHandler(Update, present), group=-1)
    app.add_handler(ChatMemberHandler(member_changed, ChatMemberHandler.MY_CHAT_MEMBER))
    # Group 1: runs after group 0's member_changed has marked the chat active again.
    app.add_handler(ChatMemberHandler(bot_rejoined, ChatMemberHandler.MY_CHAT_MEMBER), group=1)
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, chat_migrated))
