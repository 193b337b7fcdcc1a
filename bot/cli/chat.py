"""`newsbrief chat`: try the bot's commands locally, without Telegram."""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import replace

from bot.cli.common import (
    add_settings_arguments,
    check_database_of,
    cli_lang,
    reader_failure,
    settings_of,
)
from bot.errors import DatabaseUnusable
from bot.langs import LANGUAGES

# The console's own history; Telegram chat ids are never 0.
LOCAL_CHAT_ID = 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--chat", type=int, default=LOCAL_CHAT_ID,
                        help="act as this Telegram chat id (default: a local history)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="reply language: zh (simplified), zh-hant (traditional) or en "
                             "(default: the language of your messages, as in Telegram; before "
                             "any: NEWSBRIEF_LANG, else the locale)")
    add_settings_arguments(parser)


def run(args: argparse.Namespace) -> int:
    settings = settings_of(args)
    lang = cli_lang(args, settings)
    check_database_of(settings, lang)

    from bot.cli.console import (
        Console,
        prompt_session,
        read_pipe,
        read_prompt,
        run_console,
    )
    from bot.core.analyzer import use_jieba_cache
    from bot.core.digest import open_digest_service
    from bot.core.service import open_service
    from bot.logs import configure_logging
    from bot.render.digest import render_digest
    from bot.render.watch import render_held_alerts

    configure_logging("WARNING", fmt=settings.log_format)
    use_jieba_cache(settings)
    interactive = sys.stdin.isatty()

    async def main() -> None:
        # One reader: analyse in this process rather than loading jieba in a second one;
        # the per-user rate limit is for shared bots.
        service = await open_service(replace(settings, workers=0), rate_limit_per_minute=0)
        # --lang is the reader's choice; else their words decide, the locale only before any.
        console = Console(service, chat_id=args.chat, lang=args.lang, out=sys.stdout, default_lang=lang,
                          digest=open_digest_service(settings, service, render_digest, render_held_alerts))
        messages = read_prompt(prompt_session()) if interactive else read_pipe(sys.stdin.readline)
        await run_console(console, messages, banner=interactive)

    try:
        asyncio.run(main())
    except DatabaseUnusable as exc:
        raise reader_failure(exc, lang) from exc
    return 0
