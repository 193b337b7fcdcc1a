"""What the `newsbrief` subcommands share, written once: the settings arguments, loading
the settings with `--db` applied, and failing with one line on stderr."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from bot.settings import Settings, SettingsError, load_settings

DB_HELP = "the database (default: NEWSBRIEF_DB from the settings)"


class CommandFailed(Exception):
    """A failure the console script reports as "newsbrief COMMAND: message", exiting with `code`."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def add_settings_arguments(parser: argparse.ArgumentParser, *, db: str | None = DB_HELP) -> None:
    """--env-file, and --db unless `db` is None."""
    if db is not None:
        parser.add_argument("--db", type=Path, default=None, metavar="PATH", help=db)
    parser.add_argument("--env-file", default=".env", help="read settings from this file too (default: .env)")


def settings_of(args: argparse.Namespace, *, code: int = 2) -> Settings:
    """The settings from the environment and --env-file, with --db applied; a bad value
    fails the command with exit status `code`."""
    try:
        settings = load_settings(args.env_file)
    except SettingsError as exc:
        raise CommandFailed(str(exc), code) from exc
    db = getattr(args, "db", None)
    return replace(settings, db_path=Path(db)) if db else settings
