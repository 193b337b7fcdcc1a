"""Build the python-telegram-bot Application: handlers, limits, timeouts, lifecycle.

`build_application` only wires things together; what each command does is in
`bot.core.commands`; `bot.telegram.handlers` adapts Telegram's updates to it.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.core.commands import COMMANDS
from bot.core.service import open_service
from bot.settings import Settings
from bot.telegram import failures, handlers, membership, pending, sending
from bot.telegram import jobs as digest_jobs
from bot.telegram.retry import RetryingRateLimiter

logger = logging.getLogger(__name__)

# Retries after a 429 (Telegram's flood control), waiting retry_after each time; 5xx and
# network errors are retried with the backoff in bot/telegram/retry.py.
FLOOD_RETRIES = 3
# Telegram's own limits: about 30 messages a second overall and 20 a minute per group.
OVERALL_RATE = 30
GROUP_RATE = 20



def build_application(settings: Settings, *, request: BaseRequest | None = None) -> Application:
    """The bot, ready for `run_polling()`; the service opens in post_init.

    `request` replaces the HTTP connection to the Bot API (tests answer it in process).
    """
    timeout = settings.telegram_timeout
    builder: ApplicationBuilder = (
        Application.builder()
        .token(settings.require_token())
        .rate_limiter(RetryingRateLimiter(
            overall_max_rate=OVERALL_RATE, group_max_rate=GROUP_RATE, max_retries=FLOOD_RETRIES
        ))
        # Analyses take seconds; other chats must keep getting answers meanwhile.
        .concurrent_updates(True)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        builder = (
            builder.connect_timeout(timeout).read_timeout(timeout).write_timeout(timeout).pool_timeout(timeout)
            .get_updates_connect_timeout(timeout).get_updates_read_timeout(timeout)
            .get_updates_write_timeout(timeout).get_updates_pool_timeout(timeout)
        )
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url)
    if settings.api_file_url:
        builder = builder.base_file_url(settings.api_file_url)
    app = builder.build()
    app.bot_data["settings"] = settings
    add_handlers(app)
    return app


def add_handlers(app: Application) -> None:
    """Register every handler; the allow-list gate runs first, in its own group."""
    app.add_handler(TypeHandler(Update, handlers.gate), group=-2)
    # New messages, and the posts of a channel the bot administers (answered as a group's).
    only_new = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST
    for listed in COMMANDS:
        app.add_handler(CommandHandler(listed.name, handlers.command(listed.name), filters=only_new))
    membership.add_handlers(app)
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(MessageHandler(only_new & filters.COMMAND, handlers.unknown_command))
    app.add_handler(MessageHandler(only_new & filters.CaptionRegex(r"^/"), handlers.on_caption_command))
    app.add_handler(MessageHandler(only_new & filters.Document.ALL, handlers.on_document))
    app.add_handler(MessageHandler(
        only_new & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND, handlers.on_text
    ))
    app.add_handler(MessageHandler(
        only_new & ~filters.TEXT & ~filters.CAPTION & ~filters.StatusUpdate.ALL, handlers.on_unsupported
    ))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, handlers.on_edited))
    app.add_error_handler(failures.on_error)


async def _post_init(app: Application) -> None:
    """Open storage and the analysis pool, register commands, then warm the workers."""
    settings: Settings = app.bot_data["settings"]
    service = await open_service(settings, analyzer=app.bot_data.get("analyzer"))
    app.bot_data["service"] = service
    # Digests a dead run left half-way: their log rows now say what reached the chat.
    settled = await service.store.settle_digests()
    if any(settled.values()):
        logger.warning("digests left by the last run: %s", settled)
    await digest_jobs.start(app)
    # Replies a flood wait held when the last run stopped: sent after the wait, in order.
    await sending.resume_held(app)
    # Warm up in the background: the bot answers /start and /help right away.
    app.bot_data["warm_up"] = asyncio.create_task(_start_in_background(app, service))
    me = app.bot
    logger.info(
        "bot @%s ready (privacy mode %s)", me.username,
        "off" if me.can_read_all_group_messages else "on",
    )


async def _start_in_background(app: Application, service) -> None:  # noqa: ANN001 - Service
    """What the first reader need not wait for: the command menu and warm workers."""
    try:
        await register_commands(app)
    except TelegramError:
        logger.exception("setMyCommands failed; the command menu stays as it was")
    await service.warm_up()
    # Jobs a crash left open: finished now, their placeholders edited into the answer.
    try:
        finished = await pending.recover(app, handlers.core_of(app))
        if finished:
            logger.info("finished %d job(s) left open by the last run", finished)
        await service.store.prune_jobs()
    except Exception:  # noqa: BLE001 - the bot serves new updates regardless
        logger.exception("recovering open jobs failed")


async def register_commands(app: Application) -> None:
    """setMyCommands in Chinese and English, plus the default for other app languages.

    Telegram keys these menus by two-letter ISO 639-1 codes only, so "zh" serves readers of
    both scripts: its menu is simplified; replies to a zh-hant reader are traditional."""
    settings: Settings = app.bot_data["settings"]
    for language in ("zh", "en", None):
        lang = language or settings.default_lang
        commands = [BotCommand(c.name, c.describe(lang)) for c in COMMANDS]
        await app.bot.set_my_commands(commands, language_code=language)


async def _post_shutdown(app: Application) -> None:
    warm_up = app.bot_data.get("warm_up")
    if warm_up is not None:
        warm_up.cancel()
    await digest_jobs.stop(app)
    service = app.bot_data.get("service")
    if service is not None:
        await service.close()
