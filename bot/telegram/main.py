"""`newsbrief run`: the Telegram bot, until stopped (SIGTERM or Ctrl-C).

Polling (getUpdates) by default; webhook mode when NEWSBRIEF_WEBHOOK_URL is set
(bot.telegram.webserver). Logging is configured here, once, with the token and the webhook
secret redacted.
"""

from __future__ import annotations

import argparse
import logging
import sys

from bot.settings import SettingsError, load_settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--env-file", default=".env", help="read settings from this file too (default: .env)"
    )


def run(args: argparse.Namespace) -> int:
    try:
        settings = load_settings(args.env_file)
        token = settings.require_token()
    except SettingsError as exc:
        print(f"newsbrief run: {exc}", file=sys.stderr)
        return 2

    from bot.core.dbcheck import check_database
    from bot.errors import DatabaseUnusable
    from bot.render.i18n import error_text

    try:
        check_database(settings.db_path)  # before PTB loads: one line, the file untouched
    except DatabaseUnusable as exc:
        print(f"newsbrief run: {exc.path}: {error_text(exc, settings.cli_lang)}", file=sys.stderr)
        return 1

    from bot.core.analyzer import Analyzer, limit_malloc_arenas, use_jieba_cache
    from bot.logs import configure_logging, redact

    configure_logging(settings.log_level, fmt=settings.log_format, secrets=[token, settings.webhook_secret or ""])
    # (configured again below once a generated webhook secret exists: the worker forked
    # here never sees that secret)
    use_jieba_cache(settings)
    limit_malloc_arenas()  # the bot's storage and HTTP threads: few arenas, less RSS
    # Fork the analysis worker now, before the Telegram stack, fetching and storage are
    # imported: the worker maps only what it uses, so bot plus worker stay smaller.
    cache_dir = str(settings.jieba_cache_dir) if settings.jieba_cache_dir else None
    analyzer = Analyzer(workers=settings.workers, jieba_cache_dir=cache_dir, timeout=settings.analysis_timeout)
    analyzer.start()

    from telegram import Update
    from telegram.error import InvalidToken, TelegramError

    from bot.telegram.app import build_application
    from bot.telegram.webserver import attach_health_server, run_webhook, webhook_config

    webhook = webhook_config(settings) if settings.webhook_url else None
    configure_logging(settings.log_level, fmt=settings.log_format,
                      secrets=[token, webhook.secret if webhook else ""])
    app = build_application(settings)
    app.bot_data["analyzer"] = analyzer
    try:
        if webhook is not None:
            run_webhook(app, webhook)
        else:
            if settings.health_port:
                attach_health_server(app, listen=settings.webhook_listen, port=settings.health_port)
            app.run_polling(allowed_updates=Update.ALL_TYPES, timeout=settings.poll_timeout)
    except DatabaseUnusable as exc:  # found only when opening it (e.g. a folder we may not write)
        print(f"newsbrief run: {exc.path}: {error_text(exc, settings.cli_lang)}", file=sys.stderr)
        return 1
    except InvalidToken:
        # PTB's message quotes the token itself.
        print("newsbrief run: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather",
              file=sys.stderr)
        return 2
    except TelegramError as exc:
        print(f"newsbrief run: Telegram refused: {redact(str(exc), [token])}", file=sys.stderr)
        return 1
    except OSError as exc:
        # Typically the webhook or health port is taken or not ours to bind.
        print(f"newsbrief run: {redact(str(exc), [token])}", file=sys.stderr)
        return 1
    except Exception:  # noqa: BLE001 - a traceback on stderr would bypass the token redaction
        logging.getLogger(__name__).exception("the bot stopped on an unexpected error")
        return 1
    finally:
        analyzer.close()  # also when the bot stopped before its service opened
    return 0
