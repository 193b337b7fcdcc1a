"""`newsbrief run`: the Telegram bot, polling for updates until stopped."""

from __future__ import annotations

import argparse
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

    from telegram import Update

    from bot.app import build_application
    from bot.logs import configure_logging

    configure_logging(settings.log_level, secrets=[token])
    app = build_application(settings)
    app.run_polling(allowed_updates=Update.ALL_TYPES, timeout=settings.poll_timeout)
    return 0
