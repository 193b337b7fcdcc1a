"""The error handler: every unexpected error logged with its traceback, the reader told briefly.

A chat the bot may no longer post in (blocked, removed, muted) is no bug: it is marked
inactive or warned about, and nobody is told anything.
"""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import ContextTypes

from bot.errors import is_reader_error
from bot.render.i18n import error_text, t
from bot.telegram.handlers import answer_query, reply_lang

logger = logging.getLogger(__name__)

# Telegram's words for a chat the bot may not post in (muted, a closed topic): nobody to tell; no bug.
_MAY_NOT_POST = ("not enough rights", "have no rights", "chat_write_forbidden", "topic_closed")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every unexpected error with its traceback; tell the reader briefly."""
    error = context.error
    chat = update.effective_chat if isinstance(update, Update) else None
    if isinstance(error, Forbidden) and chat is not None:
        logger.warning("chat %s: forbidden (%s); marking it inactive", chat.id, error.message)
        await context.bot_data["service"].set_active(chat.id, False)
        return
    if isinstance(error, RetryAfter):  # flood control past the limiter's retries: a reply would wait too
        return logger.warning("chat %s: still flood-limited by Telegram after retries (%s); update dropped",
                              chat.id if chat else None, error.message)
    if isinstance(error, BadRequest) and any(words in error.message.lower() for words in _MAY_NOT_POST):
        return logger.warning("chat %s: the bot may not post there (%s)", chat.id if chat else None, error.message)
    if not is_reader_error(error):
        logger.error("error while handling an update", exc_info=error)
    if chat is None or not isinstance(update, Update):
        return
    with contextlib.suppress(Exception):
        lang = await reply_lang(update, context)
        if update.callback_query:
            await answer_query(context, update.callback_query, t("internal_error", lang))
        elif update.effective_message:
            await update.effective_message.reply_text(error_text(error, lang))
