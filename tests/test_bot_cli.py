"""`newsbrief run` needs a token; `newsbrief chat` drives the commands from piped input
(in process; tests/test_console.py pipes an article into the real console script)."""

from __future__ import annotations

from tests.botharness import ARTICLE_ZH


def test_run_without_a_token_explains_where_to_get_one(cli, tmp_path):
    result = cli("run", "--env-file", str(tmp_path / "none.env"), env={"TELEGRAM_BOT_TOKEN": ""})
    assert result.returncode == 2
    assert "@BotFather" in result.stderr and "make chat" in result.stderr
    assert "Traceback" not in result.stderr


def test_chat_console_drives_the_same_commands_from_piped_input(cli, tmp_path):
    script = ARTICLE_ZH + "\n\n/keywords\n/history\n/summary 2\n/search 云计算\n/ask 营收多少\n/nosuch\n"
    result = cli("chat", "--db", str(tmp_path / "c.db"), "--env-file", str(tmp_path / "none.env"),
                 input=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "128亿元" in out and "关键词" in out
    assert "#1" in out and "8 句中选出 2 句" in out and "云计算" in out
    assert "<b>" not in out and "&amp;" not in out
