"""The `newsbrief` command line.

Each subcommand lives in its own module with `add_arguments(parser)` and
`run(args) -> int`; modules are imported only when their command runs, so
`newsbrief --help` stays fast and a broken optional part cannot break the rest.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "summarize": ("bot.cmd_summarize", "summarize a file, stdin (-) or a URL"),
    "run": ("bot.cmd_run", "run the Telegram bot (needs TELEGRAM_BOT_TOKEN)"),
    "chat": ("bot.cmd_chat", "try the bot's commands in a local console, without Telegram"),
    "ask": ("bot.cmd_ask", "answer a question from stored articles, with sources"),
    "stats": ("bot.cmd_stats", "articles, chats, subscriptions and the last digest per chat"),
    "backup": ("bot.cmd_backup", "copy the live database to PATH (SQLite online backup)"),
    "health": ("bot.cmd_health", "exit 0 if the running bot's /healthz answers (for Docker)"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsbrief",
        description="Extractive summaries of Chinese and English industry news.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(command_parser)
        command_parser.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
