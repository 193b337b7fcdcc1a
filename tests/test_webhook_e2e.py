"""Webhook mode end to end: the real `newsbrief run` behind its own webhook port.

The fake Bot API records setWebhook and, like Telegram, POSTs updates to the bot
with the secret token header. Requests without the secret must never reach a
handler. The same module then runs polling mode with a health port against the same
fake, which checks that polling clears the webhook left behind (Telegram answers
getUpdates with 409 while one is set).
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request

import pytest

from bot.cli import main
from tests.botharness import BotProcess, wait_until
from tests.fakebotapi import WAIT_TIMEOUT, FakeBotAPI, utf16_len

# Shaped like a real token, so the log check covers the bare-token pattern too.
TOKEN = "7012345678:AAHopsWebhookTestToken_abcdefghijklm"
SECRET = "ops-webhook_secret-42"
FAKE_BOT_API = {"token": TOKEN}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http(url: str, *, data: bytes | None = None, headers: dict | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {},
                                     method="POST" if data is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def command(fake: FakeBotAPI, chat_id: int, text: str) -> dict:
    name = text.split()[0]
    return fake.message(chat_id, text, entities=[{"type": "bot_command", "offset": 0, "length": utf16_len(name)}])


@pytest.fixture(scope="module")
def webhook_bot(fake, tmp_path_factory):
    port = free_port()
    workdir = tmp_path_factory.mktemp("webhook")
    process = BotProcess(fake, workdir / "newsbrief.db", env={
        "NEWSBRIEF_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram",
        "NEWSBRIEF_WEBHOOK_LISTEN": "127.0.0.1",
        "NEWSBRIEF_WEBHOOK_PORT": str(port),
        "NEWSBRIEF_WEBHOOK_SECRET": SECRET,
        "NEWSBRIEF_LOG_LEVEL": "DEBUG",
        "NEWSBRIEF_LOG_FORMAT": "json",
        "NEWSBRIEF_JIEBA_CACHE": str(workdir / "jieba-cache"),
    })
    mark = fake.mark()
    process.start(wait=False)
    fake.wait_for("setWebhook", after=mark)
    process.base = f"http://127.0.0.1:{port}"
    wait_until(lambda: http(process.base + "/healthz")[0] == 200)
    yield process
    process.stop()


def test_webhook_is_registered_with_the_secret_and_every_update_type(fake, webhook_bot):
    assert fake.webhook["url"] == webhook_bot.base + "/telegram"
    assert fake.webhook["secret_token"] == SECRET
    assert {"message", "callback_query", "my_chat_member"} <= set(fake.webhook["allowed_updates"])
    assert not fake.calls_of("getUpdates"), "webhook mode must not poll"


def test_update_with_the_secret_is_answered(fake, webhook_bot):
    mark = fake.mark()
    assert fake.deliver({"message": command(fake, 9101, "/help")}) == 200
    reply = fake.wait_reply(9101, after=mark)
    assert "/summary" in reply.text


def test_updates_without_or_with_a_wrong_secret_are_refused_and_never_handled(fake, webhook_bot):
    mark = fake.mark()
    assert fake.deliver({"message": command(fake, 9102, "/help")}, secret="") == 403
    assert fake.deliver({"message": command(fake, 9103, "/help")}, secret="guess") == 403
    # A good update sent afterwards is answered; by then the refused ones would have been too.
    assert fake.deliver({"message": command(fake, 9104, "/help")}) == 200
    fake.wait_reply(9104, after=mark)
    answered = {call.chat_id for call in fake.calls[mark:] if call.method == "sendMessage"}
    assert answered.isdisjoint({9102, 9103})


def test_malformed_bodies_get_400_and_the_bot_keeps_serving(fake, webhook_bot):
    url = webhook_bot.base + "/telegram"
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
    assert http(url, data=b"{not json", headers=headers)[0] == 400
    assert http(url, data=b"[1, 2]", headers=headers)[0] == 400
    assert http(url, data=b"update_id=1", headers={**headers, "Content-Type": "text/plain"})[0] == 415
    assert http(webhook_bot.base + "/elsewhere", data=b"{}", headers=headers)[0] == 404
    status, body = http(webhook_bot.base + "/healthz")
    assert status == 200 and json.loads(body) == {"status": "ok", "mode": "webhook"}


def test_health_command_asks_the_running_bot(cli, webhook_bot, monkeypatch, capsys, tmp_path):
    env = {key: value for key, value in webhook_bot.env.items() if key.startswith("NEWSBRIEF_WEBHOOK")}
    healthy = cli("health", env=env)
    assert healthy.returncode == 0, healthy.stderr
    assert json.loads(healthy.stdout)["status"] == "ok"
    # Nobody on the port: the same command, run in this process.
    for key, value in {**env, "NEWSBRIEF_WEBHOOK_PORT": str(free_port())}.items():
        monkeypatch.setenv(key, value)
    assert main(["health", "--env-file", str(tmp_path / "none.env")]) == 1
    assert "did not answer" in capsys.readouterr().err


def test_jieba_cache_goes_where_the_setting_says(webhook_bot):
    wait_until(lambda: "warm-up done" in webhook_bot.log(), timeout=1.5 * WAIT_TIMEOUT)
    cache = webhook_bot.workdir / "jieba-cache" / "jieba.cache"
    assert cache.stat().st_size > 1_000_000


def test_sigterm_stops_webhook_mode_cleanly_and_the_token_never_reaches_the_log(fake, webhook_bot):
    assert webhook_bot.stop() == 0, webhook_bot.log()[-3000:]
    log = webhook_bot.log()
    records = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    assert any("webhook mode" in r["msg"] for r in records), log[-2000:]
    assert any(r["level"] == "debug" for r in records), "DEBUG logging was on"
    assert TOKEN.split(":")[1] not in log and SECRET not in log
    assert "Traceback" not in log


def test_polling_mode_clears_the_webhook_and_serves_healthz_on_its_health_port(fake, webhook_bot, tmp_path):
    if webhook_bot.proc.poll() is None:  # run alone or out of order: the SIGTERM test has not stopped it
        assert webhook_bot.stop() == 0, webhook_bot.log()[-3000:]
    assert fake.webhook, "webhook mode leaves its webhook set, as Telegram expects"
    port = free_port()
    process = BotProcess(fake, tmp_path / "newsbrief.db", env={
        "NEWSBRIEF_HEALTH_PORT": str(port), "NEWSBRIEF_WEBHOOK_LISTEN": "127.0.0.1"})
    process.start()  # waits for a successful getUpdates
    try:
        assert not fake.webhook
        wait_until(lambda: http(f"http://127.0.0.1:{port}/healthz")[0] == 200)
        assert json.loads(http(f"http://127.0.0.1:{port}/healthz")[1])["mode"] == "polling"
        mark = fake.mark()
        fake.push({"message": command(fake, 9105, "/help")})
        fake.wait_reply(9105, after=mark)
    finally:
        assert process.stop() == 0, process.log()[-3000:]
    assert TOKEN.split(":")[1] not in process.log()


@pytest.mark.parametrize("mode", ["polling", "webhook"])
def test_a_rejected_token_is_one_clear_line_and_never_echoed(real_cli, fake, tmp_path, mode):
    # PTB's InvalidToken message quotes the token; it must not reach stderr.
    wrong = "7012345678:AAHsomeOtherTokenThatTelegramRejects99"
    env = {"TELEGRAM_BOT_TOKEN": wrong, "TELEGRAM_API_BASE_URL": fake.base_url,
           "NEWSBRIEF_DB": str(tmp_path / "nb.db")}
    if mode == "webhook":
        port = free_port()
        env.update({"NEWSBRIEF_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram",
                    "NEWSBRIEF_WEBHOOK_LISTEN": "127.0.0.1", "NEWSBRIEF_WEBHOOK_PORT": str(port)})
    result = real_cli("run", "--env-file", str(tmp_path / "none.env"), env=env, timeout=120)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        "newsbrief run: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather")
    assert wrong.split(":")[1] not in result.stderr + result.stdout
