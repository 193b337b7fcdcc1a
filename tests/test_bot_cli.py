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


# Written for this test: a headline line, a byline, an opener with no fact, the result, reasons.
# One paragraph a line (the console ends a pasted text at an empty line).
LENGTH_SAMPLE = """远航电子上半年营收增长23%，净利润下降14.9%
记者 周明
就在五一假期前，不少上市公司发布了业绩报告。
远航电子公布半年报，上半年实现营业收入58.6亿元，同比增长23%。净利润4.1亿元，同比下降14.9%，主要受原材料涨价拖累。
公司表示，海外订单持续增加，东南亚工厂将在年底投产。分析人士认为，价格压力短期难以缓解，但新产能将摊薄单位成本。
董事会同时决定，向全体股东每10股派发现金红利2元。行业协会数据显示，今年以来同类企业平均毛利率下滑约3个百分点。
"""


def test_cli_and_chat_show_the_same_number_of_key_sentences(cli, tmp_path):
    import re

    path = tmp_path / "a.txt"
    path.write_text(LENGTH_SAMPLE, encoding="utf-8")
    printed = cli("summarize", str(path))
    assert printed.returncode == 0, printed.stderr
    cli_count = sum(bool(re.match(r"\d+\. ", line)) for line in printed.stdout.splitlines())
    chat = cli("chat", "--db", str(tmp_path / "c.db"), "--env-file", str(tmp_path / "none.env"),
               input=LENGTH_SAMPLE + "\n")
    assert chat.returncode == 0, chat.stderr
    shown = re.search(r"选出 (\d+) 句", chat.stdout)
    assert shown and int(shown.group(1)) == cli_count >= 2
    assert "记者 周明" not in printed.stdout and "就在五一假期前" not in printed.stdout
