"""Logging: one line per record, key=value or JSON, and the token never gets through."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.logs import REDACTED, configure_logging, redact

TOKEN = "5550001234:AAExampleTokenValue_abcdefghijklmno12"
OTHER_TOKEN = "777000111:ZZotherBotTokenValue-abcdefghijklmnop"


@pytest.fixture
def captured():
    """configure_logging's handler, writing into a buffer; the root logger restored after."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)

    def configure(fmt: str) -> io.StringIO:
        configure_logging("DEBUG", secrets=[TOKEN, "webhook-secret-123"], fmt=fmt)
        buffer = io.StringIO()
        root.handlers[0].setStream(buffer)
        return buffer

    yield configure
    root.handlers[:], _ = saved
    root.setLevel(saved[1])


def test_redact_hides_our_secrets_and_anything_token_shaped():
    text = (f"GET https://api.telegram.org/bot{TOKEN}/getMe and /bot{OTHER_TOKEN}/sendMessage, "
            f"bare {OTHER_TOKEN}, short /bot42:abc/getMe, secret webhook-secret-123")
    cleaned = redact(text, [TOKEN, "webhook-secret-123"])
    for leaked in (TOKEN, OTHER_TOKEN, OTHER_TOKEN.split(":")[1], "abc/getMe", "webhook-secret-123"):
        assert leaked not in cleaned
    assert "/bot777000111:" + REDACTED + "/sendMessage" in cleaned, "the bot id stays for debugging"


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_token_in_message_args_and_traceback_is_redacted(captured, fmt):
    buffer = captured(fmt)
    log = logging.getLogger("newsbrief.test")
    log.info("calling %s", f"https://api.telegram.org/bot{TOKEN}/getUpdates")
    try:
        raise RuntimeError(f"request to /bot{TOKEN}/sendMessage failed")
    except RuntimeError:
        log.exception("send failed for %s", TOKEN)
    log.warning("webhook secret was %s", "webhook-secret-123", extra={"chat_id": -100123})
    output = buffer.getvalue()
    assert TOKEN.split(":")[1] not in output and "webhook-secret-123" not in output
    assert output.count(REDACTED) >= 4
    lines = output.splitlines()
    assert len(lines) == 3, "one line per record, tracebacks included"
    if fmt == "json":
        records = [json.loads(line) for line in lines]
        assert [r["level"] for r in records] == ["info", "error", "warning"]
        assert "RuntimeError" in records[1]["exc"] and records[2]["chat_id"] == -100123
        assert records[0]["logger"] == "newsbrief.test" and records[0]["time"].endswith("+00:00")
    else:
        assert lines[0].startswith("time=") and " level=info logger=newsbrief.test msg=" in lines[0]
        assert "exc=" in lines[1] and "RuntimeError" in lines[1]
        assert "chat_id=-100123" in lines[2]


def test_http_client_loggers_are_held_at_warning(captured):
    captured("text")
    for name in ("httpx", "httpcore"):
        assert logging.getLogger(name).getEffectiveLevel() == logging.WARNING
