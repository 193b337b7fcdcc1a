"""Every setting read by bot/settings.py is documented in deploy/.env.example and docs/configuration.md,
and the README's short table names only real settings.

A new variable without docs fails here, and so does a documented one nobody reads.
"""

from __future__ import annotations

import re

import pytest

from bot.settings import Settings, SettingsError
from tests.conftest import REPO_ROOT

NAME = re.compile(r"\b((?:TELEGRAM|NEWSBRIEF)_[A-Z0-9_]+)\b")
# Read by the benchmarks and tests, not by the bot.
NOT_SETTINGS = {"NEWSBRIEF_SHARED"}


def settings_names() -> set[str]:
    source = (REPO_ROOT / "bot" / "settings.py").read_text("utf-8")
    return set(re.findall(r'"((?:TELEGRAM|NEWSBRIEF)_[A-Z0-9_]+)"', source))


def env_example_names() -> set[str]:
    text = (REPO_ROOT / "deploy" / ".env.example").read_text("utf-8")
    return set(re.findall(r"(?m)^#? ?((?:TELEGRAM|NEWSBRIEF)_[A-Z0-9_]+)=", text))


def table_names(text: str) -> set[str]:
    """Names in the first column of a settings table."""
    names = set()
    for line in text.splitlines():
        if line.startswith("|"):
            names.update(NAME.findall(line.split("|")[1]))
    return names


def docs_table_names() -> set[str]:
    return table_names((REPO_ROOT / "docs" / "configuration.md").read_text("utf-8"))


def readme_table_names() -> set[str]:
    """The README's Configuration section: the settings most installs touch."""
    readme = (REPO_ROOT / "README.md").read_text("utf-8")
    return table_names(readme.split("## Configuration", 1)[1].split("\n## ", 1)[0])


def test_settings_module_reads_the_variables_we_expect():
    names = settings_names()
    assert {"TELEGRAM_BOT_TOKEN", "NEWSBRIEF_DB", "NEWSBRIEF_WEBHOOK_URL", "NEWSBRIEF_LOG_FORMAT"} <= names


def test_env_example_documents_every_setting_and_nothing_else():
    documented, read = env_example_names(), settings_names()
    assert read - documented == set(), "add these to deploy/.env.example"
    assert documented - read == set(), "deploy/.env.example documents variables nobody reads"


def test_configuration_docs_list_every_setting_and_nothing_else():
    documented, read = docs_table_names(), settings_names()
    assert read - documented == set(), "add these to the table in docs/configuration.md"
    assert documented - read - NOT_SETTINGS == set(), "docs/configuration.md documents variables nobody reads"


def test_readme_configuration_table_names_only_settings_and_the_token():
    documented = readme_table_names()
    assert "TELEGRAM_BOT_TOKEN" in documented
    assert documented - settings_names() == set(), "the README documents variables nobody reads"


def test_env_example_loads_into_valid_default_settings():
    from dotenv import dotenv_values

    values = {k: v for k, v in dotenv_values(REPO_ROOT / "deploy" / ".env.example").items() if v is not None}
    assert Settings.from_env(values) == Settings()


@pytest.mark.parametrize(("name", "value"), [
    ("NEWSBRIEF_WEBHOOK_URL", "ftp://bot.example.com/hook"),
    ("NEWSBRIEF_WEBHOOK_URL", "https://bot.example.com/healthz"),
    ("NEWSBRIEF_WEBHOOK_SECRET", "has spaces"),
    ("NEWSBRIEF_WEBHOOK_SECRET", "x" * 257),
    ("NEWSBRIEF_WEBHOOK_PORT", "70000"),
    ("NEWSBRIEF_HEALTH_PORT", "-1"),
    ("NEWSBRIEF_LOG_FORMAT", "xml"),
    ("NEWSBRIEF_FETCH_TIMEOUT", "soon"),
    ("NEWSBRIEF_FETCH_TIMEOUT", "0"),
    ("NEWSBRIEF_FETCH_TIMEOUT", "nan"),
    ("NEWSBRIEF_FETCH_MAX_BYTES", "5MB"),
    ("NEWSBRIEF_FETCH_MAX_BYTES", "0"),
])
def test_bad_operations_settings_are_refused_with_the_variable_named(name, value):
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_webhook_settings_parse():
    settings = Settings.from_env({
        "NEWSBRIEF_WEBHOOK_URL": "https://bot.example.com/tg", "NEWSBRIEF_WEBHOOK_PORT": "9000",
        "NEWSBRIEF_WEBHOOK_SECRET": "abc_DEF-123", "NEWSBRIEF_LOG_FORMAT": "JSON",
        "NEWSBRIEF_JIEBA_CACHE": "/var/cache/newsbrief",
    })
    assert (settings.webhook_url, settings.webhook_port, settings.webhook_secret) == (
        "https://bot.example.com/tg", 9000, "abc_DEF-123")
    assert settings.webhook_listen == "0.0.0.0" and settings.health_port is None
    assert settings.log_format == "json" and str(settings.jieba_cache_dir) == "/var/cache/newsbrief"


def test_settings_give_the_fetcher_its_limits_guard_switch_and_user_agent():
    from bot.web.fetch import FetchConfig

    settings = Settings.from_env({"NEWSBRIEF_ALLOW_PRIVATE_URLS": "1", "NEWSBRIEF_FETCH_TIMEOUT": "7.5",
                                  "NEWSBRIEF_FETCH_MAX_BYTES": "300000", "NEWSBRIEF_FETCH_USER_AGENT": "Bot/1"})
    assert settings.fetch_config() == FetchConfig(timeout=7.5, max_bytes=300_000, allow_private=True,
                                                  user_agent="Bot/1")
    # The settings' defaults are the fetcher's own: one set of limits, wherever it is built.
    assert Settings().fetch_config() == FetchConfig()
    # The variable's earlier name still works, so an existing .env keeps its User-Agent.
    assert Settings.from_env({"NEWSBRIEF_USER_AGENT": "Old/1"}).fetch_user_agent == "Old/1"


def test_readme_documents_every_cli_command_with_an_example():
    from bot.cli import COMMANDS

    readme = (REPO_ROOT / "README.md").read_text("utf-8")
    usage = readme.split("## Usage", 1)[1].split("\n## ", 1)[0]
    missing = [name for name in COMMANDS if f"`newsbrief {name}` | `newsbrief {name}" not in usage]
    assert not missing, f"the README's Usage table lacks: {missing}"
