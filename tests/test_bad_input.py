"""Bad input, through every front end: the real command line, the console and the bot.

Each class of bad input must end as exactly one clear message in the reader's
language: no traceback, nothing else said, and nothing changed on disk (input files
and databases keep their bytes; no article is stored). Each command-line case is one
`newsbrief` run, the console cases share one `newsbrief chat` run, and the bot cases
share one `newsbrief run` process against the fake Bot API.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from bot.errors import (
    BinaryFile,
    DatabaseUnusable,
    EmptyFile,
    FeedLink,
    FileTooLarge,
    InvalidLink,
    MissingFile,
    NotAFile,
    NoArticle,
    NotArticle,
    NotHttpLink,
    QuestionTooLong,
    UnknownEncoding,
    UnknownHistoryNumber,
)
from bot.render.i18n import TEXTS, error_text, t
from summarizer.errors import UnsupportedLanguage
from tests.conftest import cli_env, newsbrief_executable, run_cli
from tests.fakebotapi import FakeBotAPI

# Written for these tests: a Japanese and a Korean news text (over 200 characters, so a
# private chat treats each as an article), and a feed.
JAPANESE = (
    "東京の電機メーカー、ミライ電子は火曜日、第３四半期の売上高が前年同期比１２％増の４５００億円になったと発表した。"
    "同社の社長は記者会見で「人工知能向けの部品の需要が非常に強い」と述べた。"
    "また、来年には大阪に新しい工場を建設する計画も明らかにした。"
    "アナリストは、半導体市場の回復が続けば、同社の業績はさらに伸びるとみている。"
    "一方で、円高が進めば輸出の利益が減る可能性もあると指摘した。"
    "同社の株価は発表の後、東京市場で５％上昇した。"
)
KOREAN = (
    "한국전력은 올해 영업이익이 74조원에 달할 것으로 예상된다고 화요일 밝혔다. "
    "회사 측은 전력 수요가 꾸준히 늘고 있으며 원자력 발전 비중도 높아지고 있다고 설명했다. "
    "사장은 기자회견에서 \"재생에너지 투자를 두 배로 늘리겠다\"고 말했다. "
    "전문가들은 전기요금 인상이 실적 개선에 도움이 되었다고 분석했다. "
    "다만 국제 연료 가격이 다시 오르면 수익성이 나빠질 수 있다는 지적도 나왔다."
)
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>示例财经</title><link>http://example.com/</link>
<description>新闻</description>
<item><title>星河科技三季度营收增长23%</title><link>http://example.com/a</link></item>
</channel></rss>"""
BIG_NUMBER = "1" + "0" * 499


def said(error: BaseException, lang: str) -> str:
    """The reader's text for `error`, the way every front end words it."""
    return error_text(error, lang)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` and its hash: what "no change on disk" compares."""
    return {str(p.relative_to(folder)): sha(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def article_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


# ---- files the cases read ---------------------------------------------------------------


def make_database(path: Path) -> None:
    """A real SQLite file of several pages (not ours: any SQLite file will do)."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        conn.executemany("INSERT INTO t (body) VALUES (?)", [("x" * 900,) for _ in range(60)])
    conn.close()


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bad-input")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b"  \n\t\n   \n")
    (root / "bom-only.txt").write_bytes(b"\xef\xbb\xbf \n")
    (root / "latin1.txt").write_bytes(("Caf\u00e9 cr\u00e8me \u00e0 la carte, tr\u00e8s bien. " * 3).encode("latin-1"))
    (root / "japanese.txt").write_text(JAPANESE, encoding="utf-8")
    (root / "korean.txt").write_text(KOREAN, encoding="utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")
    (root / "scripts.html").write_text(
        "<!doctype html><html><head><title>x</title><script>var a = 1; track('page');</script></head>"
        "<body><script>document.write('loading the article, please wait for it to load');</script>"
        "<nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (root / "big.txt").write_text("星河科技营收增长。" * 100_000, encoding="utf-8")
    (root / "a-folder").mkdir()
    (root / "not-a-db.txt").write_text("hello, I am a text file\n", encoding="utf-8")
    make_database(root / "good.db")
    data = (root / "good.db").read_bytes()
    (root / "truncated.db").write_bytes(data[: len(data) // 2])
    # The first page's b-tree (the schema) overwritten with garbage: the size is right.
    (root / "corrupt.db").write_bytes(data[:100] + bytes(range(256)) * 15 + data[100 + 256 * 15:])
    (root / "big-number.txt").write_text(f"星河科技的营收达到{BIG_NUMBER}元，同比增长12%。公司表示业务保持稳定。", encoding="utf-8")
    return root


# ---- the command line -------------------------------------------------------------------


@dataclass
class CliCase:
    args: tuple[str, ...]
    error: BaseException
    lang: str = "zh"
    env: dict[str, str] = field(default_factory=dict)
    stdin: bytes | None = None


def cli_cases(rss_url: str) -> dict[str, CliCase]:
    en, zh = "en", "zh"
    return {
        # links
        "summarize-unclosed-ipv6": CliCase(("summarize", "http://[::1"), InvalidLink("x"), en),
        "summarize-bad-ipv6": CliCase(("summarize", "http://[zz]/"), InvalidLink("x")),
        "summarize-www-brackets": CliCase(("summarize", "www.[abc].com"), InvalidLink("x"), en),
        "summarize-bad-port": CliCase(("summarize", "http://example.com:99999/a"), InvalidLink("x")),
        "summarize-file-link": CliCase(("summarize", "file:///etc/passwd"), NotHttpLink("x", "file"), en),
        "summarize-ftp-link": CliCase(("summarize", "ftp://example.com/a.txt"), NotHttpLink("x", "ftp")),
        "summarize-javascript-link": CliCase(("summarize", "javascript:alert(1)"), NotHttpLink("x", "javascript"), en),
        "summarize-data-link": CliCase(("summarize", "data:text/plain,hello"), NotHttpLink("x", "data")),
        "summarize-feed-link": CliCase(("summarize", rss_url), FeedLink("application/rss+xml"), en,
                                       env={"NEWSBRIEF_ALLOW_PRIVATE_URLS": "1"}),
        "ask-add-unclosed-ipv6": CliCase(("ask", "--db", "{root}/ask-new.db", "--add", "http://[::1", "q"),
                                         InvalidLink("x")),
        "ask-add-ftp-link": CliCase(("ask", "--db", "{root}/ask-new.db", "--add", "ftp://example.com/a", "q"),
                                    NotHttpLink("x", "ftp"), en),
        # files
        "summarize-binary": CliCase(("summarize", "/bin/ls"), BinaryFile("x")),
        "ask-add-binary": CliCase(("ask", "--db", "{root}/ask-new.db", "--add", "/bin/ls", "q"), BinaryFile("x"), en),
        "summarize-missing-file": CliCase(("summarize", "{root}/no-such-file.txt"), MissingFile("x"), en),
        "summarize-folder": CliCase(("summarize", "{root}/a-folder"), NotAFile("x")),
        "summarize-empty-file": CliCase(("summarize", "{root}/empty.txt"), EmptyFile("x")),
        "summarize-blank-file": CliCase(("summarize", "{root}/blank.txt"), EmptyFile("x"), en),
        "summarize-bom-only": CliCase(("summarize", "{root}/bom-only.txt"), EmptyFile("x")),
        "summarize-empty-stdin": CliCase(("summarize", "-"), EmptyFile("x"), en, stdin=b""),
        "ask-add-empty-file": CliCase(("ask", "--db", "{root}/ask-new.db", "--add", "{root}/blank.txt", "q"),
                                      EmptyFile("x")),
        "summarize-unknown-encoding": CliCase(("summarize", "{root}/latin1.txt"), UnknownEncoding("x"), en),
        "summarize-broken-pdf": CliCase(("summarize", "{root}/broken.pdf"), NotArticle("no_text")),
        "summarize-scripts-only-page": CliCase(("summarize", "{root}/scripts.html"), NotArticle("js_shell"), en),
        "summarize-too-large": CliCase(("summarize", "{root}/big.txt"), FileTooLarge("x", 200_000)),
        "summarize-japanese": CliCase(("summarize", "{root}/japanese.txt"), UnsupportedLanguage("ja")),
        "summarize-korean": CliCase(("summarize", "{root}/korean.txt"), UnsupportedLanguage("ko"), en),
        "ask-question-too-long": CliCase(("ask", "--db", "{root}/ask-q.db", "问" * 600), QuestionTooLong(600, 500)),
        # databases
        "ask-db-not-sqlite": CliCase(("ask", "--db", "{root}/not-a-db.txt", "营收"),
                                     DatabaseUnusable("x", "not_sqlite")),
        "ask-db-truncated": CliCase(("ask", "--db", "{root}/truncated.db", "what revenue"), DatabaseUnusable("x", "corrupt"), en),
        "ask-db-corrupt": CliCase(("ask", "--db", "{root}/corrupt.db", "营收"), DatabaseUnusable("x", "corrupt")),
        "ask-db-folder": CliCase(("ask", "--db", "{root}/a-folder", "what revenue"), DatabaseUnusable("x", "directory"), en),
        "ask-db-dev-null": CliCase(("ask", "--db", "/dev/null", "营收"), DatabaseUnusable("x", "not_a_file")),
        "ask-db-read-only-place": CliCase(("ask", "--db", "/proc/newsbrief/news.db", "what revenue"),
                                          DatabaseUnusable("x", "cannot_open"), en),
        "chat-db-not-sqlite": CliCase(("chat", "--db", "{root}/not-a-db.txt"), DatabaseUnusable("x", "not_sqlite"),
                                      en, stdin=b"/help\n"),
        "chat-db-truncated": CliCase(("chat", "--db", "{root}/truncated.db"), DatabaseUnusable("x", "corrupt"),
                                     stdin=b"/help\n"),
        "run-db-not-sqlite": CliCase(("run",), DatabaseUnusable("x", "not_sqlite"),
                                     env={"NEWSBRIEF_DB": "{root}/not-a-db.txt"}),
        "run-db-corrupt": CliCase(("run",), DatabaseUnusable("x", "corrupt"), en, env={"NEWSBRIEF_DB": "{root}/corrupt.db"}),
        "run-db-folder": CliCase(("run",), DatabaseUnusable("x", "directory"), env={"NEWSBRIEF_DB": "{root}/a-folder"}),
        "run-db-dev-null": CliCase(("run",), DatabaseUnusable("x", "not_a_file"), en, env={"NEWSBRIEF_DB": "/dev/null"}),
        # the message language follows the locale when NEWSBRIEF_LANG is not set (and the
        # question's language, a chat's rule, says nothing: "q?")
        "locale-zh-summarize": CliCase(("summarize", "{root}/empty.txt"), EmptyFile("x"), zh,
                                       env={"NEWSBRIEF_LANG": "", "LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"}),
        "locale-en-ask": CliCase(("ask", "--db", "{root}/not-a-db.txt", "q?"), DatabaseUnusable("x", "not_sqlite"), en,
                                 env={"NEWSBRIEF_LANG": "", "LC_ALL": "", "LANG": "en_US.UTF-8"}),
        "locale-zh-ask": CliCase(("ask", "--db", "{root}/not-a-db.txt", "q?"), DatabaseUnusable("x", "not_sqlite"), zh,
                                 env={"NEWSBRIEF_LANG": "", "LC_ALL": "", "LANG": "zh_CN.UTF-8"}),
    }


@pytest.fixture(scope="module")
def feed_server():
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    server.expect_request("/rss.xml").respond_with_data(FEED, content_type="application/rss+xml; charset=utf-8")
    yield server
    server.clear()
    server.stop()


CASE_NAMES = list(cli_cases("http://127.0.0.1/rss.xml"))


@pytest.mark.parametrize("name", CASE_NAMES)
def test_command_line_answers_bad_input_with_one_line_and_changes_nothing_on_disk(files, feed_server, name):
    case = cli_cases(feed_server.url_for("/rss.xml"))[name]
    args = [arg.replace("{root}", str(files)) for arg in case.args]
    env = {"NEWSBRIEF_LANG": case.lang, "TELEGRAM_BOT_TOKEN": "123:not-a-real-token",
           "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot"}
    env.update({k: v.replace("{root}", str(files)) for k, v in case.env.items()})
    before = snapshot(files)
    result = run_cli(*args, input=case.stdin, env=env, timeout=120)
    expected = said(case.error, case.lang)
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"newsbrief {case.args[0]}: ") and lines[0].endswith(expected), lines[0]
    assert snapshot(files) == before  # every input file and database byte for byte, and no new file


def test_a_figure_too_large_for_a_number_gives_strict_json(files, cli):
    result = cli("summarize", "--json", str(files / "big-number.txt"))
    assert result.returncode == 0, result.stderr

    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} is not JSON")

    data = json.loads(result.stdout, parse_constant=refuse)
    assert all(figure["text"] != BIG_NUMBER + "元" for figure in data.get("figures", []))


def test_output_into_a_closed_pipe_ends_quietly(tmp_path):
    """`newsbrief ask … | head`: the reader stops reading; no traceback, exit 0 or 141."""
    proc = subprocess.Popen([newsbrief_executable(), "ask", "--db", str(tmp_path / "n.db"), "--lang", "en", "anything?"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env())
    proc.stdout.close()  # like `head` exiting before the answer is printed
    stderr = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(120) in (0, 141)
    assert stderr == ""


# ---- the console ------------------------------------------------------------------------

# (message, expected reply): each plain message is followed by a command, so the pipe
# rules make it one message of its own.
def console_script() -> list[tuple[str, str]]:
    zh = "zh"
    return [
        ("http://[::1", said(InvalidLink("x"), zh)),
        ("/summary www.[abc].com", said(InvalidLink("x"), zh)),
        ("ftp://example.com/report.txt", said(NotHttpLink("x", "ftp"), zh)),
        ("/summary abc", t("summary_usage", zh)),
        ("javascript:alert(1)", said(NotHttpLink("x", "javascript"), zh)),
        ("/summary 1000000000000000000000", t("length_range", zh, max=10)),
        (JAPANESE, said(UnsupportedLanguage("ja"), zh)),
        ("/summary #1000000000000000000000", said(UnknownHistoryNumber(10**21), zh)),
        ("/summary " + KOREAN, said(UnsupportedLanguage("ko"), zh)),
        ("/summary data:text/plain,hello", said(NotHttpLink("x", "data"), zh)),
        ("/feed add http://[zz]/", said(InvalidLink("x"), zh)),
        ("/ask " + "问" * 600, said(QuestionTooLong(600, 500), zh)),
        ("/quotes", said(NoArticle(), zh)),
        ("/summary " + "1" * 5000, t("length_range", zh, max=10)),  # past int()'s 4,300 digits
        ("/settings length ²", t("settings_usage", zh)),  # a digit to isdigit(), not to int()
        ("/feed remove " + "9" * 5000, t("feed_usage", zh)),
    ]


def test_console_answers_each_bad_message_once_and_goes_on(tmp_path):
    db = tmp_path / "console.db"
    script = console_script()
    text = "\n".join(message for message, _ in script) + "\n/history\n"
    result = run_cli("chat", "--db", str(db), input=text, env={"NEWSBRIEF_LANG": "zh"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and result.stderr == ""
    replies = [block.strip() for block in result.stdout.split("\n\n") if block.strip()]
    assert replies == [expected for _, expected in script] + [t("history_empty", "zh")]
    assert article_count(db) == 0


# ---- the bot ----------------------------------------------------------------------------


# The conftest's `fake` Bot API and `bot` process, configured for this module.
FAKE_BOT_API = {"can_read_all_group_messages": True}


GROUP = -700


def bot_cases(rss_url: str) -> dict[str, tuple[str, str, str]]:
    """name -> (message, language_code, expected reply)."""
    return {
        "unclosed-ipv6": ("http://[::1", "en", said(InvalidLink("x"), "en")),
        "bad-ipv6": ("看看这个 http://[zz]/", "zh-hans", said(InvalidLink("x"), "zh")),
        "www-brackets": ("www.[abc].com", "en", said(InvalidLink("x"), "en")),
        "ftp-link": ("ftp://example.com/report.txt", "zh-hans", said(NotHttpLink("x", "ftp"), "zh")),
        "javascript-link": ("javascript:alert(1)", "en", said(NotHttpLink("x", "javascript"), "en")),
        "summary-word": ("/summary abc", "zh-hans", t("summary_usage", "zh")),
        "summary-huge-number": ("/summary 1000000000000000000000", "en", t("length_range", "en", max=10)),
        "summary-huge-history-number": ("/summary #99999999999999999999", "zh-hans",
                                        said(UnknownHistoryNumber(99999999999999999999), "zh")),
        "japanese-article": (JAPANESE, "en", said(UnsupportedLanguage("ja"), "en")),
        "korean-article": ("/summary " + KOREAN, "zh-hans", said(UnsupportedLanguage("ko"), "zh")),
        "feed-given-as-article": (rss_url, "zh-hans", said(FeedLink("application/rss+xml"), "zh")),
        "feed-add-bad-link": ("/feed add http://[zz]/", "en", said(InvalidLink("x"), "en")),
    }


def final_replies(fake: FakeBotAPI, chat_id: int, after: int) -> list[str]:
    """What the chat finally shows: messages sent (not placeholders) and edits."""
    sent = [c.text for c in fake.calls_of("sendMessage", after=after, chat_id=chat_id)
            if c.ok and not c.text.startswith("⏳")]
    return sent + [c.text for c in fake.calls_of("editMessageText", after=after, chat_id=chat_id) if c.ok]


def test_bot_answers_each_bad_message_once(fake, bot, feed_server):
    cases = bot_cases(feed_server.url_for("/rss.xml"))
    # A group with auto-summary on, where a malformed link is plain text: no answer.
    fake.set_admins(GROUP, 1000)
    mark = fake.mark()
    fake.command(GROUP, "/settings auto on", user_id=1000)
    fake.wait_reply(GROUP, after=mark, predicate=lambda call: "/settings auto on|off" in call.text)
    start = fake.mark()
    chats = {}
    for number, (name, (text, language, _expected)) in enumerate(cases.items(), 1):
        chat_id = 7000 + number
        chats[name] = chat_id
        if text.startswith("/"):
            fake.command(chat_id, text, language_code=language)
        else:
            fake.send_text(chat_id, text, language_code=language)
    fake.send_text(GROUP, "这个链接打不开 http://[::1 还有 www.[abc].com", user_id=1000)
    for name, chat_id in chats.items():
        fake.wait_reply(chat_id, after=start)
    time.sleep(1.0)  # any second answer, or an answer in the group, would come now
    for name, chat_id in chats.items():
        expected = cases[name][2]
        assert final_replies(fake, chat_id, start) == [expected], name
    assert final_replies(fake, GROUP, start) == []
    log = bot.log()
    assert "Traceback" not in log and "error while handling an update" not in log
    assert article_count(bot.db_path) == 0


def test_every_chinese_message_uses_full_width_punctuation():
    """No ASCII , ; : ? ! ( ) next to a Chinese character in any Chinese text.

    Command syntax the reader types as it is (`include:词,词`) is not prose and is left out."""
    import re

    cjk = "[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"
    half = re.compile(f"{cjk}[,;:?!()]|[,;:?!(]{cjk}")
    command_syntax = re.compile(r"\b(?:include|exclude):\S*")
    wrong = {key: entry["zh"] for key, entry in TEXTS.items()
             if half.search(command_syntax.sub("", entry.get("zh", "")))}
    assert wrong == {}


def test_the_command_line_reads_the_summarizers_limits_without_loading_it():
    """The file size and --engine checks use the summarizer's own constants, from a module
    that loads nothing (a refused file is refused before numpy and jieba load)."""
    from bot.cli import summarize
    from bot.web import documents
    from summarizer import limits, pipeline

    assert documents.MAX_CHARS is limits.MAX_CHARS is pipeline.MAX_CHARS
    assert summarize.ENGINES is limits.ENGINES is pipeline.ENGINES


def test_bot_stops_with_one_line_when_it_cannot_create_its_database(fake):
    """A folder nobody may write in (/sys): found only when SQLite tries to create the
    file, after the Bot API answered; still one line, exit status 1, nothing created."""
    place = Path("/sys/newsbrief-bad-input.db")
    try:
        place.touch()
    except OSError:
        pass
    else:  # a machine where even /sys is writable has no read-only place to offer
        place.unlink()
        pytest.skip("/sys is writable here")
    env = cli_env({"TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.base_url,
                   "NEWSBRIEF_DB": str(place), "NEWSBRIEF_POLL_TIMEOUT": "1", "NEWSBRIEF_LANG": "en"})
    result = subprocess.run([newsbrief_executable(), "run"], env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"newsbrief run: {place}: {said(DatabaseUnusable('x', 'cannot_open'), 'en')}"]
    assert not place.exists()
