"""Sending a command's reply, and sending it later when Telegram's flood wait outlasts the
rate limiter's retries.

In a busy group Telegram may answer 429 ("retry after N") to every send for a while.
`AIORateLimiter` waits and retries a few times; past that, the reply used to be dropped (a
summary left as "working…" until the next restart recovered its job). The answer is made
by then, so what is left of it is sent again after Telegram's wait, a few times at most;
the parts already sent are not sent twice.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from telegram import Message, Update
from telegram.error import RetryAfter
from telegram.ext import ContextTypes

from bot.core.replies import ArticleView, Reply
from bot.core.requests import Chat
from bot.render.replies import rendered
from bot.telegram.reply import edit_into, send_charts, send_reply, thread_of

logger = logging.getLogger(__name__)

# Sends of what is left of one reply after a flood wait, each after Telegram's own wait;
# past them the reply is given up (a summary's job is still finished at the next start).
LATER_ATTEMPTS = 5
# Added to Telegram's wait, so the limiter's own pause is over first.
LATER_MARGIN_S = 1.0


def wait_of(error: RetryAfter) -> float:
    """Telegram's wait in seconds (PTB gives an int or a timedelta)."""
    wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


async def send(update: Update, context: ContextTypes.DEFAULT_TYPE, chat: Chat, reply: Reply, *,
               placeholder: Message | None = None, done: Callable[[], Awaitable[None]] | None = None,
               attempt: int = 0) -> None:
    """Send each part of `reply` (the first into `placeholder`, if there is one), in the
    message's forum topic if it has one; then `done`. A flood wait past the limiter's
    retries sends the parts not yet sent later (`done` after them)."""
    message = update.effective_message
    thread_id = thread_of(message)
    service = context.bot_data["service"]
    for index, part in enumerate(reply):
        shown = rendered(part, chat.lang)
        try:
            if placeholder is not None:
                first = await edit_into(placeholder, shown, context.bot, chat.id, thread_id=thread_id)
            else:
                first = await send_reply(message, shown)
        except RetryAfter as exc:
            _later(context, chat.id, exc, attempt, lambda n, rest=reply[index:], kept=placeholder: send(
                update, context, chat, rest, placeholder=kept, done=done, attempt=n))
            return
        placeholder = None
        if isinstance(part, ArticleView):
            await service.remember_message(chat.id, first.message_id, part.brief.article_id)
        if shown.charts:
            await send_charts(context.bot, chat.id, shown.charts, service.analyzer, chat.lang, thread_id=thread_id)
    if done is not None:
        await done()


def _later(context: ContextTypes.DEFAULT_TYPE, chat_id: int, error: RetryAfter, attempt: int,
           resume: Callable[[int], Awaitable[None]]) -> None:
    if attempt >= LATER_ATTEMPTS or context.application.job_queue is None:
        logger.warning("chat %s: still flood-limited by Telegram (%s) after %d later sends; reply given up",
                       chat_id, error.message, attempt)
        return
    delay = wait_of(error) + LATER_MARGIN_S
    logger.warning("chat %s: flood-limited by Telegram past the retries (%s); the reply goes out in %.0f s",
                   chat_id, error.message, delay)

    async def run(_: ContextTypes.DEFAULT_TYPE) -> None:
        await resume(attempt + 1)

    context.application.job_queue.run_once(run, when=delay, name=f"flood-{chat_id}")
