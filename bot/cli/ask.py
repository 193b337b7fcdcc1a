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
import sys
from dataclasses import asdict, replace

from bot.cli.chat import LOCAL_CHAT_ID
from bot.cli.common import (
    add_settings_arguments,
    check_database_of,
    reader_failure,
    settings_of,
    strict_json,
)
from bot.langs import LANGUAGES, reader_lang, text_lang


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("question", nargs="?", help="the question (Chinese or English)")
    parser.add_argument("--chat", type=int, default=LOCAL_CHAT_ID,
                        help="answer from this Telegram chat's history (default: the local CLI history)")
    parser.add_argument("--add", action="append", default=[], metavar="FILE|URL",
                        help="store and analyse an article into the history first (repeatable; - for stdin)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="reply language: zh (simplified), zh-hant (traditional) or en "
                             "(default: the question's language; else NEWSBRIEF_LANG, else the locale)")
    parser.add_argument("--json", action="store_true", help="print the answer as JSON")
    add_settings_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if not args.question and not args.add:
        print("newsbrief ask: give a question, or --add FILE|URL to store articles", file=sys.stderr)
        return 2
    settings = settings_of(args)
    # Analyse --add articles in this process: a worker would load jieba a second time.
    settings = replace(settings, workers=0)
    # The question's language, as a chat answers it (`reader_lang`); --lang first, the locale last.
    lang = reader_lang(app=args.lang, written=text_lang(args.question), default=settings.cli_lang)
    check_database_of(settings, lang)

    from bot.errors import is_reader_error
    from bot.logs import configure_logging

    configure_logging("WARNING")
    try:
        return asyncio.run(_main(args, settings, lang))
    except _SourceFailed as failed:
        raise reader_failure(failed.error, lang, source=failed.source) from failed.error
    except Exception as exc:  # reader errors become one line, others propagate
        if not is_reader_error(exc):
            raise
        raise reader_failure(exc, lang) from exc


class _SourceFailed(Exception):
    """A reader error while adding `source`: the line names the source."""

    def __init__(self, source: str, error: BaseException) -> None:
        super().__init__(source)
        self.source = source
        self.error = error


async def _main(args: argparse.Namespace, settings, lang: str) -> int:
    # The question's length, every link and every file are checked before the database
    # is opened (and before the service's modules load): bad input changes nothing on disk.
    from bot.cli.sources import is_link, read_file
    from bot.core.asking import MAX_QUESTION_CHARS
    from bot.errors import READER_ERRORS, QuestionTooLong
    from bot.web.urls import check_link
    from summarizer.model import Article

    if args.question and len(args.question) > MAX_QUESTION_CHARS:
        raise QuestionTooLong(len(args.question), MAX_QUESTION_CHARS)
    sources: list[tuple[str, str | Article]] = []
    for source in args.add:
        try:
            sources.append((source, check_link(source) if is_link(source) else read_file(source)))
        except READER_ERRORS as exc:
            raise _SourceFailed(source, exc) from exc
    from bot.core.service import open_service
    from bot.render import text as render
    from bot.render.htmltext import to_plain

    service = await open_service(settings, rate_limit_per_minute=0)  # one local user
    try:
        await service.chat(args.chat, type="private", title="cli")
        for source, item in sources:
            try:
                if isinstance(item, str):
                    brief = await service.summarize_url(args.chat, item)
                else:
                    brief = await service.summarize_text(args.chat, item.text, title=item.title)
            except READER_ERRORS as exc:
                raise _SourceFailed(source, exc) from exc
            title = brief.article.title or brief.analysis.title or ""
            print(f"added #{brief.article_id}: {title}", file=sys.stderr)
        if not args.question:
            return 0
        result = await service.ask(args.chat, args.question)
    finally:
        await service.close()
    if args.json:
        print(strict_json(asdict(result)))
    else:
        print(to_plain(render.answer(result, lang)).rstrip())
    return 0
