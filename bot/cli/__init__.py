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
    "summarize": ("bot.cli.summarize", "summarize a file, stdin (-) or a URL"),
    "run": ("bot.telegram.main", "run the Telegram bot (needs TELEGRAM_BOT_TOKEN)"),
    "chat": ("bot.cli.chat", "try the bot's commands in a local console, without Telegram"),
    "ask": ("bot.cli.ask", "answer a question from stored articles, with sources"),
    "stats": ("bot.cli.stats", "articles, chats, subscriptions and the last digest per chat"),
    "backup": ("bot.cli.backup", "copy the live database to PATH (SQLite online backup)"),
    "health": ("bot.cli.health", "exit 0 if the running bot's /healthz answers (for Docker)"),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `command`, only that command's module is imported and wired.

    `newsbrief stats` should not pay for numpy and scipy, which `summarize` imports.
    None wires every command (for tests and docs that inspect them all); "" wires
    none (`newsbrief --help` lists the commands from the table alone).
    """
    parser = argparse.ArgumentParser(
        prog="newsbrief",
        description="Extractive summaries of Chinese and English industry news.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module_name, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        if command is None or name == command:
            module = importlib.import_module(module_name)
            module.add_arguments(command_parser)
            command_parser.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The command is the first argument that is not an option (there are no global options).
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    parser = build_parser(command if command in COMMANDS else "")
    args = parser.parse_args(argv)
    from bot.cli.common import CommandFailed

    try:
        return int(args._run(args) or 0)
    except CommandFailed as exc:
        print(f"newsbrief {args.command}: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `newsbrief ask … | head`: the reader has seen enough. Point stdout at /dev/null
        # so the interpreter's final flush does not complain, and end quietly.
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
