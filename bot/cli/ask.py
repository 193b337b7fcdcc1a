"""`newsbrief ask "question"`: answer from stored articles, with sources, in a terminal.

It goes through the same service as the bot's /ask, so the answer is the one a
chat would get. The default history is the CLI's local one (the one `newsbrief
chat` uses); `--chat ID` reads a Telegram chat's history instead. `--add FILE|URL`
first stores and analyses articles into that history, so a CLI user can build one:

    newsbrief ask --db news.db --add report.txt --add https://example.com/a.html
    newsbrief ask --db news.db "百度智能云营收增长了多少？"
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import asdict, replace
from pathlib import Path

from bot.cli.chat import LOCAL_CHAT_ID
from bot.cli.common import add_settings_arguments, settings_of


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("question", nargs="?", help="the question (Chinese or English)")
    parser.add_argument("--chat", type=int, default=LOCAL_CHAT_ID,
                        help="answer from this Telegram chat's history (default: the local CLI history)")
    parser.add_argument("--add", action="append", default=[], metavar="FILE|URL",
                        help="store and analyse an article into the history first (repeatable; - for stdin)")
    parser.add_argument("--lang", choices=("zh", "en"), help="reply language (default: NEWSBRIEF_LANG)")
    parser.add_argument("--json", action="store_true", help="print the answer as JSON")
    add_settings_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if not args.question and not args.add:
        print("newsbrief ask: give a question, or --add FILE|URL to store articles", file=sys.stderr)
        return 2
    settings = settings_of(args)
    # Analyse --add articles in this process: a worker would load jieba a second time.
    settings = replace(settings, workers=0)
    lang = args.lang or settings.default_lang

    from bot.errors import is_reader_error
    from bot.logs import configure_logging
    from bot.render.i18n import error_text

    configure_logging("WARNING")
    try:
        return asyncio.run(_main(args, settings, lang))
    except OSError as exc:
        print(f"newsbrief ask: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - reader errors become one line, others propagate
        if not is_reader_error(exc):
            raise
        print(f"newsbrief ask: {error_text(exc, lang)}", file=sys.stderr)
        return 1


async def _main(args: argparse.Namespace, settings, lang: str) -> int:
    from bot.core.service import open_service
    from bot.render import text as render
    from bot.render.htmltext import to_plain

    service = await open_service(settings, rate_limit_per_minute=0)  # one local user
    try:
        await service.chat(args.chat, type="private", title="cli")
        for source in args.add:
            if source.startswith(("http://", "https://")):
                brief = await service.summarize_url(args.chat, source)
            else:
                text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
                brief = await service.summarize_text(args.chat, text)
            title = brief.article.title or brief.analysis.title or ""
            print(f"added #{brief.article_id}: {title}", file=sys.stderr)
        if not args.question:
            return 0
        result = await service.ask(args.chat, args.question)
    finally:
        await service.close()
    if args.json:
        print(json.dumps(asdict(result), ensure_ascii=False, indent=2))
    else:
        print(to_plain(render.answer(result, lang)).rstrip())
    return 0
