"""Logging for the entry points: one configuration, and secrets never reach a log line.

The Bot API puts the token in every request URL, and httpx logs URLs at INFO, so
httpx/httpcore are held at WARNING and a filter on the root handler redacts the
token (and the webhook secret) from messages, arguments and rendered tracebacks
alike. Anything shaped like a bot token, `bot<id>:<secret>` in a URL or a bare
`<id>:<35 characters>`, is redacted too, even when it is not ours.

Records are one line each, for journald, `docker logs` and log shippers:
- "text" (default): logfmt, `time=… level=info logger=bot.telegram.app msg="bot ready"`;
- "json": one object per line with the same keys, plus any `extra=` fields.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from datetime import UTC, datetime

REDACTED = "[REDACTED]"

# `bot<id>:<secret>` as in Bot API URLs, whatever the secret's length, and bare tokens
# of the shape BotFather issues (an id, a colon, 35 URL-safe characters).
_URL_TOKEN = re.compile(r"(bot\d+:)[A-Za-z0-9_-]+")
_BARE_TOKEN = re.compile(r"\b(\d{5,}:)[A-Za-z0-9_-]{30,}")

# LogRecord attributes that are not `extra=` fields.
_STANDARD_ATTRS = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}
_QUIET_LIBRARIES = ("httpx", "httpcore", "apscheduler", "tornado.access", "jieba")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with each secret and anything token-shaped replaced by [REDACTED]."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    text = _URL_TOKEN.sub(lambda m: m.group(1) + REDACTED, text)
    return _BARE_TOKEN.sub(lambda m: m.group(1) + REDACTED, text)


class RedactFilter(logging.Filter):
    """Replace each secret in a record's message and traceback with [REDACTED]."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def redact(self, text: str) -> str:
        return redact(text, self.secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def _fields(record: logging.LogRecord) -> dict[str, object]:
    """time, level, logger, msg, then `extra=` fields, then the traceback if any."""
    fields: dict[str, object] = {
        "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
        "level": record.levelname.lower(),
        "logger": record.name,
        "msg": record.getMessage(),
    }
    for key, value in vars(record).items():
        if key not in _STANDARD_ATTRS and not key.startswith("_"):
            fields[key] = value
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        fields["exc"] = record.exc_text
    if record.stack_info:
        fields["stack"] = record.stack_info
    return fields


class LogfmtFormatter(logging.Formatter):
    """key=value pairs on one line; values with spaces, quotes or newlines are quoted."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        parts = [f"{key}={_logfmt_value(value)}" for key, value in _fields(record).items()]
        return redact(" ".join(parts), self.secrets)


def _logfmt_value(value: object) -> str:
    text = str(value)
    if text and not any(ch in text for ch in ' ="\\\n\r\t'):
        return text
    return json.dumps(text, ensure_ascii=False)


class JsonFormatter(logging.Formatter):
    """One JSON object per line, same keys as the text format."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        return redact(json.dumps(_fields(record), ensure_ascii=False, default=str), self.secrets)


def configure_logging(level: str = "INFO", *, secrets: Iterable[str] = (), fmt: str = "text") -> None:
    """Log to stderr at `level` in `fmt` ("text" or "json"), with `secrets` redacted.

    Called once, by the entry point; libraries only create loggers.
    """
    secrets = [s for s in secrets if s]
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter(secrets) if fmt == "json" else LogfmtFormatter(secrets))
    handler.addFilter(RedactFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in _QUIET_LIBRARIES:
        logging.getLogger(noisy).setLevel(logging.WARNING)
