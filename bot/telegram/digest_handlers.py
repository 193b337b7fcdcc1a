"""The bot's return to a chat whose digest a 403 paused (the digest commands themselves
are command functions in `bot.core.commands`, wired like every other command)."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, ChatMemberHandler, ContextTypes

from bot.render.digest import render_subscribed
from bot.telegram import jobs
from bot.telegram.handlers import reply_lang

log = logging.getLogger(__name__)


async def bot_rejoined(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """my_chat_member, after `handlers.member_changed` marked the chat active or not: back
    in a chat whose digest a 403 paused, the bot resumes it and says so (with how to stop it)."""
    chat_id = update.my_chat_member.chat.id
    service = jobs.digest_service(context.application)
    subscription = await service.resume_reachable(chat_id)
    if subscription is None:
        return
    slot = jobs.schedule_chat(context.application, subscription)
    lang = await reply_lang(update, context)
    await context.bot.send_message(
        chat_id, render_subscribed(subscription, slot, lang, config=service.config, resumed=True),
        parse_mode=ParseMode.HTML)
    log.info("chat %s: bot is back; paused digest resumed", chat_id)


def add_handlers(app: Application) -> None:
    # Group 1: runs after group 0's member_changed has marked the chat active again.
    app.add_handler(ChatMemberHandler(bot_rejoined, ChatMemberHandler.MY_CHAT_MEMBER), group=1)
