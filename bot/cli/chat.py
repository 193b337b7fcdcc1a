"""`newsbrief chat`: try the bot's commands locally, without Telegram."""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import replace
from pathlib import Path

from bot.settings import SettingsError, load_settings

# The console's own history; Telegram chat ids are never 0.
LOCAL_CHAT_ID = 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="database file (default: NEWSBRIEF_DB or ./newsbrief.db)")
    parser.add_argument("--chat", type=int, default=LOCAL_CHAT_ID,
                        help="act as this Telegram chat id (default: a local history)")
    parser.add_argument("--lang", choices=("zh", "en"), help="reply language (default: NEWSBRIEF_LANG)")
    parser.add_argument("--env-file", default=".env", help="read settings from this file too")


def run(args: argparse.Namespace) -> int:
    try:
        settings = load_settings(args.env_file)
    except SettingsError as exc:
        print(f"newsbrief chat: {exc}", file=sys.stderr)
        return 2
    if args.db:
        settings = replace(settings, db_path=Path(args.db))

    from bot.core.analyzer import use_jieba_cache
    from bot.cli.console import Console, run_console
    from bot.core.digest import open_digest_service
    from bot.render.digest import render_digest
    from bot.logs import configure_logging
    from bot.core.service import open_service

    configure_logging("WARNING", fmt=settings.log_format)
    use_jieba_cache(settings)

    async def main() -> None:
        # One reader: analyse in this process rather than loading jieba in a second one.
        service = await open_service(replace(settings, workers=0))
        # The console is one person; the per-user limit is for shared bots.
        service.rate_limiter.limit = 0
        console = Console(service, chat_id=args.chat, lang=args.lang or settings.default_lang,
                          out=sys.stdout, read_line=sys.stdin.readline,
                          digest=open_digest_service(settings, service, render_digest))
        await run_console(console, prompt=sys.stdin.isatty())

    asyncio.run(main())
    return 0
