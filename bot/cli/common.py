"""What the `newsbrief` subcommands share, written once: the settings arguments, loading
the settings with `--db` applied, and failing with one line on stderr."""

from __future__ import annotations

import argparse
import json
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


def strict_json(data: object) -> str:
    """`data` as strict JSON (RFC 8259): no NaN or Infinity, which many parsers refuse.

    The values are made finite where they arise (a figure too large for a float is no
    figure); `allow_nan=False` is the guard that no other one slips through.
    """
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)


def cli_lang(args: argparse.Namespace, settings: Settings) -> str:
    """The language of the command line's messages: --lang, else NEWSBRIEF_LANG, else the locale."""
    return getattr(args, "lang", None) or settings.cli_lang


def reader_failure(error: BaseException, lang: str, *, source: str | None = None) -> CommandFailed:
    """A reader error (`bot.errors`) as the command's one line, in `lang`; the file or
    database it is about is named first."""
    from bot.errors import DatabaseUnusable
    from bot.render.i18n import error_text

    where = error.path if isinstance(error, DatabaseUnusable) else source
    text = error_text(error, lang)
    return CommandFailed(f"{where}: {text}" if where else text)


def check_database_of(settings: Settings, lang: str) -> None:
    """Fail the command with one line when the database path is unusable, before the
    command loads anything heavy (`bot.core.dbcheck`: the file is only read)."""
    from bot.core.dbcheck import check_database
    from bot.errors import DatabaseUnusable

    try:
        check_database(settings.db_path)
    except DatabaseUnusable as exc:
        raise reader_failure(exc, lang) from exc
