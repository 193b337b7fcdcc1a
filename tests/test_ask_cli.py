"""`newsbrief ask` and /ask in `newsbrief chat`: the real process, a real SQLite file."""

from __future__ import annotations

import json

from tests.conftest import DATA_DIR

SAMPLES = {a["key"]: a for a in json.loads((DATA_DIR / "ask_articles.json").read_text("utf-8"))}


def test_ask_adds_a_file_to_the_local_history_and_answers_only_from_that_history(cli, tmp_path):
    article = tmp_path / "byd.txt"
    article.write_text(SAMPLES["ev"]["title"] + "\n" + SAMPLES["ev"]["text"], encoding="utf-8")
    db = str(tmp_path / "cli.db")

    added = cli("ask", "--db", db, "--add", str(article), "--json", "比亚迪海外销量是多少？")
    assert added.returncode == 0, added.stderr
    assert "比亚迪10月销量创新高" in added.stderr  # "added #1: <title>"
    answer = json.loads(added.stdout)
    assert answer["abstained"] is False
    first = answer["sentences"][0]
    assert "3.1万辆" in first["text"]
    assert first["citation"]["title"] == "比亚迪10月销量创新高"
    start, end = first["highlight"]
    assert first["text"][start:end] == "3.1万辆"

    # --chat reads another history: a Telegram chat that never saw the article.
    other = cli("ask", "--db", db, "--chat", "42", "比亚迪海外销量是多少？")
    assert other.returncode == 0, other.stderr
    assert "3.1万辆" not in other.stdout
    assert "找不到" in other.stdout


def test_ask_errors_are_one_line_without_traceback(cli, tmp_path):
    db = str(tmp_path / "x.db")
    missing = cli("ask", "--db", db, "--add", str(tmp_path / "nope.txt"))
    assert missing.returncode == 1
    assert "Traceback" not in missing.stderr and len(missing.stderr.strip().splitlines()) == 1

    nothing = cli("ask", "--db", db)
    assert nothing.returncode == 2 and "question" in nothing.stderr

    too_long = cli("ask", "--db", db, "营收" * 400)
    assert too_long.returncode == 1 and "Traceback" not in too_long.stderr
    assert len(too_long.stderr.strip().splitlines()) == 1


def test_console_answers_ask_from_what_it_was_given(cli, tmp_path):
    script = SAMPLES["cloud"]["text"] + "\n\n/ask 百度智能云营收增长了多少？\n/ask 腾讯的营收是多少？\n/ask\n"
    result = cli("chat", "--db", str(tmp_path / "console.db"), input=script)
    assert result.returncode == 0, result.stderr
    _, answer, abstention = result.stdout.split("问：")
    assert "21%" in answer and "百度智能云" in answer
    assert "没有提到「腾讯」" in abstention
    assert "用法：/ask" in abstention  # the bare /ask after it
