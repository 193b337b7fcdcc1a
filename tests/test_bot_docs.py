"""Every bot command is registered, listed in /help with an example, and documented."""

from __future__ import annotations

from telegram.ext import CommandHandler

from bot.telegram.app import build_application
from bot.core.commands import COMMANDS
from bot.render.htmltext import escape
from bot.render.text import help_text
from bot.settings import Settings
from tests.conftest import REPO_ROOT


def registered_commands() -> set[str]:
    app = build_application(Settings.from_env({"TELEGRAM_BOT_TOKEN": "1:docs-test"}))
    return {
        name
        for handlers in app.handlers.values()
        for handler in handlers
        if isinstance(handler, CommandHandler)
        for name in handler.commands
    }


def test_every_listed_command_has_a_handler_and_every_handler_is_listed():
    assert registered_commands() == {c.name for c in COMMANDS}


def test_help_shows_every_command_with_its_example_in_every_language():
    for lang in ("zh", "zh-hant", "en"):
        text = help_text(lang)
        for command in COMMANDS:
            assert f"/{command.name} — {escape(command.describe(lang))}" in text
            assert command.example.split()[0] in text


def test_readme_documents_every_command():
    readme = (REPO_ROOT / "README.md").read_text("utf-8")
    missing = [c.name for c in COMMANDS if f"`/{c.name}" not in readme]
    assert not missing, f"README lacks: {missing}"
