"""`newsbrief backup` and `newsbrief stats` on a database written through the real store.

A backup runs the real `newsbrief` process; the other tests call the same `main()`
in this process, which keeps the suite quick on a busy machine.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import pytest

from bot.cli import main
from storage import Store
from summarizer.model import Article

ARTICLE = Article(
    text="蓝湾电池周一表示，第三季度出货量同比增长42%，达到18吉瓦时。公司预计明年产能将翻倍。",
    url="https://news.example.com/battery?utm_source=feed",
    title="蓝湾电池三季度出货量增长42%",
    site="示例财经",
)
GROUP, PRIVATE = -100777, 4242


@pytest.fixture
def newsbrief(capsys):
    """Run `newsbrief ARGS` in this process: (exit status, stdout, stderr)."""
    def run(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err
    return run


@pytest.fixture
def database(tmp_path):
    """A database with an article shared in two chats, a subscription and one sent digest."""
    path = tmp_path / "data" / "newsbrief.db"
    with Store(path) as store:
        stored, _ = store.put_article(ARTICLE)
        store.ensure_chat(GROUP, type="supergroup", title="行业早报群")
        store.add_history(GROUP, stored.id, message_id=11, user_id=7)
        store.add_history(PRIVATE, stored.id, message_id=3, user_id=PRIVATE)
        store.subscribe(GROUP, times=["09:00"], tz="Asia/Shanghai")
        sent_at = datetime(2026, 11, 27, 1, 0, 5, tzinfo=UTC)
        assert store.claim_digest(GROUP, "2026-11-27T09:00", now=sent_at)
        store.mark_digest_sent(GROUP, "2026-11-27T09:00", message_ids=[50], item_count=6, now=sent_at)
    return path


def test_backup_copies_a_database_that_opens_and_holds_the_data(real_cli, database, tmp_path):
    target = tmp_path / "backups" / "nb.db"
    result = real_cli("backup", str(target), "--db", str(database))
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    with Store(target, migrate=False) as copy:
        assert copy.find_article_by_url(ARTICLE.url).title == ARTICLE.title
        assert [entry.message_id for entry in copy.history(GROUP)] == [11]
        assert [s.chat_id for s in copy.list_subscriptions()] == [GROUP]
        assert copy.last_digest(GROUP).item_count == 6
        assert copy.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(target.parent.glob(".*partial")), "no temporary file left behind"


def test_backup_sees_writes_still_in_the_wal_of_an_open_connection(cli, database, tmp_path):
    live = Store(database)  # like the running bot: connection open, WAL not checkpointed
    try:
        live.connection.execute("PRAGMA wal_autocheckpoint = 0")
        live.put_article(Article(text="A late article about grid storage prices falling 12% this year.",
                                 url="https://news.example.com/late", title="Late"))
        target = tmp_path / "live.db"
        assert cli("backup", str(target), "--db", str(database)).returncode == 0
    finally:
        live.close()
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_backup_refuses_to_overwrite_without_force(newsbrief, database, tmp_path):
    target = tmp_path / "existing.db"
    target.write_text("keep me")
    status, _, err = newsbrief("backup", str(target), "--db", str(database))
    assert status == 1 and "exists; add --force" in err
    assert target.read_text() == "keep me"
    status, _, err = newsbrief("backup", str(target), "--force", "--db", str(database))
    assert status == 0, err
    with Store(target, migrate=False) as copy:
        assert copy.stats().articles == 1


def test_backup_refuses_the_live_database_itself_and_a_missing_one(newsbrief, database, tmp_path):
    status, _, err = newsbrief("backup", str(database), "--force", "--db", str(database))
    assert status == 1 and "live database itself" in err
    status, _, err = newsbrief("backup", str(tmp_path / "out.db"), "--db", str(tmp_path / "nope.db"))
    assert status == 1 and "no database at" in err
    assert not (tmp_path / "nope.db").exists(), "backup must not create an empty database"


def test_backup_reads_the_database_path_from_the_settings(newsbrief, database, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_DB", str(database))
    target = tmp_path / "from-env.db"
    status, _, err = newsbrief("backup", str(target), "--env-file", str(tmp_path / "none.env"))
    assert status == 0, err
    assert target.is_file()


def test_stats_counts_articles_chats_subscriptions_and_the_last_digest_per_chat(cli, database):
    result = cli("stats", "--json", "--db", str(database))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    totals = report["totals"]
    assert (totals["articles"], totals["chats"], totals["subscriptions"]) == (1, 2, 1)
    assert totals["history_entries"] == 2 and totals["digests_sent"] == 1
    assert report["chats"] == [{
        "chat_id": GROUP, "title": "行业早报群", "type": "supergroup", "active": True,
        "subscription": "active", "digest_times": ["09:00"],
        "last_digest_at": "2026-11-27T01:00:05+00:00", "last_digest_items": 6,
    }]


def test_stats_text_output_lists_totals_and_chats(newsbrief, database):
    status, out, err = newsbrief("stats", "--db", str(database))
    assert status == 0, err
    lines = out.splitlines()
    assert any(line.startswith("articles") and " 1 " in line for line in lines)
    assert any(line.startswith("subscriptions") and line.endswith(" 1") for line in lines)
    chat_line = next(line for line in lines if str(GROUP) in line)
    assert "2026-11-27T01:00:05+00:00 (6)" in chat_line and "行业早报群" in chat_line


def test_stats_on_a_missing_database_is_one_line_and_creates_nothing(newsbrief, tmp_path):
    status, _, err = newsbrief("stats", "--db", str(tmp_path / "absent.db"))
    assert status == 1
    assert err.strip().count("\n") == 0 and "no database at" in err
    assert not (tmp_path / "absent.db").exists()
