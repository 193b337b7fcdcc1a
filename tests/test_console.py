"""`newsbrief chat` reads like a chat: a paste is one message, a piped article is one
article, a piped file of commands runs each, /quit ends it, and every /help command
answers as in Telegram."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from bot.cli.console import (
    Console,
    pipe_messages,
    prompt_session,
    read_prompt,
    run_console,
)
from bot.core.analyzer import Analyzer
from bot.core.commands import COMMANDS
from bot.core.digest import DigestService
from bot.core.service import Service
from bot.render.digest import render_digest
from bot.web.fetch import FetchConfig
from storage.aio import AsyncStore
from tests.botharness import ARTICLE_EN, ARTICLE_ZH
from tests.conftest import ManualClock

# Two paragraphs with a blank line between, as a reader pastes them.
PASTED = ARTICLE_ZH[:120] + "\n\n" + ARTICLE_ZH[120:]


def test_pipe_lines_starting_with_a_slash_are_commands_and_the_rest_one_message():
    lines = ["标题\n", "\n", "第一段。\n", "\n", "第二段。\n", "/keywords\n", "/summary 2\n", "尾巴\n", "\n"]
    assert list(pipe_messages(lines)) == ["标题\n\n第一段。\n\n第二段。", "/keywords", "/summary 2", "尾巴"]
    assert list(pipe_messages(["\n", "  \n"])) == []


def test_an_article_with_blank_lines_piped_in_gives_one_summary(real_cli, tmp_path):
    result = real_cli("chat", "--db", str(tmp_path / "c.db"), "--env-file", str(tmp_path / "none.env"),
                 input=PASTED + "\n\n/history\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("句中选出") == 1  # one summary footer: one article
    assert "#1 " in result.stdout and "#2 " not in result.stdout  # and one history entry


def test_a_piped_file_of_commands_runs_each_until_quit(cli, tmp_path):
    script = ARTICLE_EN + "\n/lang en\n/numbers\n/subscribe 08:30 Europe/Berlin\n/unsubscribe\n/quit\n/history\n"
    result = cli("chat", "--db", str(tmp_path / "c.db"), "--env-file", str(tmp_path / "none.env"),
                 input=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "OK, I'll reply in English" in out and "Key figures" in out
    assert "08:30" in out and "Europe/Berlin" in out  # /subscribe, as in a Telegram chat
    assert "Digest cancelled" in out
    assert "Recent articles" not in out  # /quit ended the script before /history


@pytest.fixture
async def console(tmp_path):
    store = await AsyncStore.open(tmp_path / "console.db")
    service = Service(store, analyzer=Analyzer(workers=0), fetch_config=FetchConfig(), rate_limit_per_minute=0)
    digest = DigestService(store, fetch_config=FetchConfig(), clock=ManualClock(datetime(2026, 12, 1, 1, 0, tzinfo=UTC)), render=render_digest)
    out = io.StringIO()
    yield Console(service, chat_id=0, lang="zh", out=out, digest=digest), out


async def test_interactively_a_paste_with_blank_lines_is_one_message_and_quit_ends(console):
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    console, out = console
    with create_pipe_input() as keyboard:
        # A bracketed paste (ESC[200~ … ESC[201~) holding blank lines, then Enter; then /quit.
        keyboard.send_text("\x1b[200~" + PASTED + "\x1b[201~\r")
        keyboard.send_text("/history\r/quit\r/help\r")
        session = prompt_session(input=keyboard, output=DummyOutput())
        await run_console(console, read_prompt(session), banner=True)
    text = out.getvalue()
    assert "回车发送" in text and "/quit" in text  # the banner: how to send, how to quit
    assert text.count("句中选出") == 1  # the paste was one message, summarized once
    assert "#1 " in text and "#2 " not in text
    assert "订阅每日新闻简报" not in text  # /help came after /quit


async def test_every_command_in_help_is_answered_by_the_console(console):
    console, out = console
    await console.service.chat(0, type="private", title="console")
    await console.handle(ARTICLE_ZH)
    for command in COMMANDS:
        before = len(out.getvalue())
        await console.handle(f"/{command.name}")
        answer = out.getvalue()[before:]
        assert answer.strip(), command.name
        assert "不认识这个命令" not in answer, command.name
    await console.core.service.close()
