"""Runtime settings: read once, in `main()`, from the environment and an optional `.env`.

Library code never reads `os.environ`; it receives a `Settings` (or the few values
it needs) as explicit arguments. That keeps tests free to run several differently
configured bots in one process and makes every knob visible in one place.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.langs import LANGUAGES, normalize_lang, parse_lang
from summarizer.limits import MAX_CHARS

if TYPE_CHECKING:
    from bot.web.fetch import FetchConfig

LOG_FORMATS = ("text", "json")
# The health endpoint's path (bot.telegram.webserver); the webhook cannot take it.
HEALTH_PATH = "/healthz"
# Telegram's rule for setWebhook's secret_token.
WEBHOOK_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names the variable."""

    messages = {
        "zh": "配置有误：{detail}",
        "en": "Configuration error: {detail}",
    }


class MissingToken(SettingsError):
    """TELEGRAM_BOT_TOKEN is not set."""

    messages = {
        "zh": "没有设置 TELEGRAM_BOT_TOKEN。请在 Telegram 里找 @BotFather 用 /newbot 创建机器人，"
        "把令牌写进环境变量或 .env 文件；不用 Telegram 也可以先用 `make chat` 在本地试用。",
        "en": "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather (/newbot) in Telegram "
        "and put its token in the environment or a .env file; to try newsbrief without "
        "Telegram, run `make chat`.",
    }

    def __init__(self) -> None:
        super().__init__(self.messages["en"])


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable about a running bot or console (see README, Configuration)."""

    telegram_token: str | None = None
    api_base_url: str | None = None
    api_file_url: str | None = None
    db_path: Path = Path("newsbrief.db")
    allow_private_urls: bool = False
    allowed_chats: frozenset[int] = field(default_factory=frozenset)
    admins: frozenset[int] = field(default_factory=frozenset)
    default_lang: str = "zh"
    # The command line's message language: NEWSBRIEF_LANG, else the locale (LC_ALL,
    # LC_MESSAGES, LANG: zh_* is Chinese, any other English), else default_lang.
    cli_lang: str = "zh"
    default_tz: str = "Asia/Shanghai"
    # Summaries (new articles) per user per minute; 0 switches the limit off.
    rate_limit_per_minute: int = 10
    # Analysis worker processes. Each holds jieba's dictionary (~100 MB), so 1 keeps
    # the bot within its 400 MB budget; raise it on bigger machines. 0 analyses in
    # the bot's own process (in a thread), for the console.
    workers: int = 1
    # Seconds one analysis may take; past it the worker is replaced and the reader told.
    analysis_timeout: float = 30.0
    max_text_chars: int = MAX_CHARS
    # Fetching links (bot.web.fetch.FetchConfig): seconds for a whole fetch, redirects included;
    # the body cap in bytes (counted after decompression); the User-Agent (None: the
    # fetcher's browser-like default).
    fetch_timeout: float = 15.0
    fetch_max_bytes: int = 5_000_000
    fetch_user_agent: str | None = None
    # Seconds for every call to the Bot API (connect/read/write/pool).
    telegram_timeout: float = 20.0
    # Seconds getUpdates long-polls; shorter makes shutdown faster.
    poll_timeout: int = 10
    log_level: str = "INFO"
    # "text" (key=value, one line per record) or "json" (one object per line).
    log_format: str = "text"
    # Webhook mode instead of polling when set: Telegram posts updates to this public URL.
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    # Checked on every webhook request; generated at start when not set.
    webhook_secret: str | None = None
    # Serve /healthz on this port in polling mode (webhook mode serves it on webhook_port).
    health_port: int | None = None
    # Where jieba keeps its parsed dictionary; None: the system temp dir.
    jieba_cache_dir: Path | None = None
    # Digests: a missed digest is sent on start if at most this late.
    digest_catch_up_hours: float = 6.0
    # How often the feed poller wakes up (each feed is fetched every feed_interval_minutes).
    feed_poll_seconds: int = 60
    feed_interval_minutes: int = 15
    # Feed items first seen longer ago are forgotten by a daily job.
    feed_retention_days: int = 7
    # Tests only: the digest clock starts at this ISO 8601 instant and runs in real seconds.
    fake_now: str | None = None

    def require_token(self) -> str:
        """The bot token, or `MissingToken` with directions to @BotFather and `make chat`."""
        if not self.telegram_token:
            raise MissingToken()
        return self.telegram_token

    def fetch_config(self) -> FetchConfig:
        """The fetcher's limits, SSRF guard and identity: the one place the bot, the digests
        and the CLI get them from."""
        # Imported here: bot.web.fetch pulls in httpx and the extractor, which commands that
        # never fetch should not pay for at start-up.
        from bot.web.fetch import FetchConfig

        extra = {"user_agent": self.fetch_user_agent} if self.fetch_user_agent else {}
        return FetchConfig(timeout=self.fetch_timeout, max_bytes=self.fetch_max_bytes,
                           allow_private=self.allow_private_urls, **extra)

    def is_allowed(self, *ids: int | None) -> bool:
        """True when no allow-list is set or any of the given chat/user ids is on it."""
        if not self.allowed_chats:
            return True
        return any(i in self.allowed_chats for i in ids if i is not None)

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> Settings:
        """Build settings from a mapping of environment variables (pure: no file or os access)."""
        get = lambda name: (environ.get(name) or "").strip() or None  # noqa: E731
        raw_lang = get("NEWSBRIEF_LANG") or "zh"
        default_lang = parse_lang(raw_lang)
        if default_lang not in LANGUAGES:
            raise SettingsError(f"NEWSBRIEF_LANG must be zh, zh-hant or en, not {raw_lang!r}")
        cli_lang = default_lang if get("NEWSBRIEF_LANG") else (locale_lang(environ) or default_lang)
        default_tz = get("NEWSBRIEF_TZ") or "Asia/Shanghai"
        try:
            ZoneInfo(default_tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise SettingsError(f"NEWSBRIEF_TZ is not a known time zone: {default_tz!r}") from None
        log_level = (get("NEWSBRIEF_LOG_LEVEL") or "INFO").upper()
        if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise SettingsError(f"NEWSBRIEF_LOG_LEVEL is not a log level: {log_level!r}")
        log_format = (get("NEWSBRIEF_LOG_FORMAT") or "text").lower()
        if log_format not in LOG_FORMATS:
            raise SettingsError(f"NEWSBRIEF_LOG_FORMAT must be text or json, not {log_format!r}")
        health_port = _int(environ, "NEWSBRIEF_HEALTH_PORT", 0, minimum=0, maximum=65535)
        jieba_cache = get("NEWSBRIEF_JIEBA_CACHE")
        webhook_url = get("NEWSBRIEF_WEBHOOK_URL")
        if webhook_url:
            parts = urlsplit(webhook_url)
            if parts.scheme not in ("https", "http") or not parts.hostname:
                raise SettingsError(f"NEWSBRIEF_WEBHOOK_URL must be an https:// URL, not {webhook_url!r}")
            if (parts.path or "/") == HEALTH_PATH:
                raise SettingsError(f"NEWSBRIEF_WEBHOOK_URL cannot use the path {HEALTH_PATH}")
        webhook_secret = get("NEWSBRIEF_WEBHOOK_SECRET")
        if webhook_secret and not WEBHOOK_SECRET_PATTERN.match(webhook_secret):
            raise SettingsError("NEWSBRIEF_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return cls(
            telegram_token=get("TELEGRAM_BOT_TOKEN"),
            api_base_url=get("TELEGRAM_API_BASE_URL"),
            api_file_url=get("TELEGRAM_API_FILE_URL"),
            db_path=Path(get("NEWSBRIEF_DB") or "newsbrief.db"),
            allow_private_urls=_flag(environ, "NEWSBRIEF_ALLOW_PRIVATE_URLS"),
            allowed_chats=_ids(environ, "NEWSBRIEF_ALLOWED_CHATS"),
            admins=_ids(environ, "NEWSBRIEF_ADMINS"),
            default_lang=default_lang,
            cli_lang=cli_lang,
            default_tz=default_tz,
            rate_limit_per_minute=_int(environ, "NEWSBRIEF_RATE_LIMIT", 10, minimum=0),
            workers=_int(environ, "NEWSBRIEF_WORKERS", 1, minimum=0),
            analysis_timeout=_seconds(environ, "NEWSBRIEF_ANALYSIS_TIMEOUT", 30.0),
            max_text_chars=_int(environ, "NEWSBRIEF_MAX_TEXT_CHARS", MAX_CHARS, minimum=1),
            fetch_timeout=_seconds(environ, "NEWSBRIEF_FETCH_TIMEOUT", 15.0),
            fetch_max_bytes=_int(environ, "NEWSBRIEF_FETCH_MAX_BYTES", 5_000_000, minimum=1),
            # NEWSBRIEF_USER_AGENT: the name before 2026-11-28, still honoured.
            fetch_user_agent=get("NEWSBRIEF_FETCH_USER_AGENT") or get("NEWSBRIEF_USER_AGENT"),
            telegram_timeout=float(_int(environ, "NEWSBRIEF_TELEGRAM_TIMEOUT", 20, minimum=1)),
            poll_timeout=_int(environ, "NEWSBRIEF_POLL_TIMEOUT", 10, minimum=0),
            log_level=log_level,
            log_format=log_format,
            webhook_url=webhook_url,
            webhook_listen=get("NEWSBRIEF_WEBHOOK_LISTEN") or "0.0.0.0",
            webhook_port=_int(environ, "NEWSBRIEF_WEBHOOK_PORT", 8443, minimum=1, maximum=65535),
            webhook_secret=webhook_secret,
            health_port=health_port or None,
            jieba_cache_dir=Path(jieba_cache) if jieba_cache else None,
            digest_catch_up_hours=float(_int(environ, "NEWSBRIEF_DIGEST_CATCH_UP_HOURS", 6, minimum=0)),
            feed_poll_seconds=_int(environ, "NEWSBRIEF_FEED_POLL_SECONDS", 60, minimum=1),
            feed_interval_minutes=_int(environ, "NEWSBRIEF_FEED_INTERVAL_MINUTES", 15, minimum=1),
            feed_retention_days=_int(environ, "NEWSBRIEF_FEED_RETENTION_DAYS", 7, minimum=1),
            fake_now=_instant(environ, "NEWSBRIEF_FAKE_NOW"),
        )


def load_settings(env_file: str | os.PathLike[str] | None = ".env") -> Settings:
    """Read `.env` (if present) under the real environment, which wins, and build Settings.

    Called once by each command's `run()`; nothing else touches the environment.
    """
    from dotenv import dotenv_values

    merged: dict[str, str] = {}
    if env_file is not None and Path(env_file).is_file():
        merged.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    merged.update(os.environ)
    return Settings.from_env(merged)


def _flag(environ: Mapping[str, str], name: str) -> bool:
    value = (environ.get(name) or "").strip().lower()
    if value in {"", "0", "false", "no", "off"}:
        return False
    if value in {"1", "true", "yes", "on"}:
        return True
    raise SettingsError(f"{name} must be 1 or 0, not {value!r}")


def _int(environ: Mapping[str, str], name: str, default: int, *, minimum: int,
         maximum: int | None = None) -> int:
    raw = (environ.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, not {value}")
    if maximum is not None and value > maximum:
        raise SettingsError(f"{name} must be at most {maximum}, not {value}")
    return value


def _seconds(environ: Mapping[str, str], name: str, default: float) -> float:
    """A positive number of seconds (fractions allowed)."""
    raw = (environ.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number of seconds, not {raw!r}") from None
    if not 0 < value < float("inf"):
        raise SettingsError(f"{name} must be more than 0 seconds, not {raw}")
    return value


def _ids(environ: Mapping[str, str], name: str) -> frozenset[int]:
    raw = environ.get(name) or ""
    ids = set()
    for part in raw.replace(";", ",").replace(" ", ",").split(","):
        if not part.strip():
            continue
        try:
            ids.add(int(part))
        except ValueError:
            raise SettingsError(f"{name} must list numeric chat/user ids, not {part!r}") from None
    return frozenset(ids)


def _instant(environ: Mapping[str, str], name: str) -> str | None:
    """An ISO 8601 instant with a time zone (e.g. 2026-11-28T00:59:55Z), or None."""
    raw = (environ.get(name) or "").strip()
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise SettingsError(f"{name} must be an ISO 8601 instant, not {raw!r}") from None
    if moment.tzinfo is None:
        raise SettingsError(f"{name} needs a time zone, e.g. {raw}Z")
    return raw


def locale_lang(environ: Mapping[str, str]) -> str | None:
    """The language of the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG), if one is set:
    "zh" for zh_CN.UTF-8 and the like, "zh-hant" for zh_TW, zh_HK and zh_MO, "en" for any
    other (C and POSIX are English)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = (environ.get(name) or "").strip()
        if value:
            return normalize_lang(value)
    return None
