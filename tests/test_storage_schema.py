"""Schema migrations on real files: from empty, from the previous version."""

from __future__ import annotations

import json
import sqlite3

import pytest

from storage import SchemaTooNew, Store
from storage.db import applied_migrations, connect, migrate, migration_names
from summarizer.terms import index_text, search_terms

V1 = "0001_articles_chats_search"
V2 = "0002_digests_feeds_subscriptions"
V3 = "0003_search_term_counts"


def schema_of(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != '_sqlite_migrations' ORDER BY name")]
    return {t: [tuple(c[1:]) for c in conn.execute(f"PRAGMA table_info('{t}')")] for t in tables}


def file_from_a_newer_version(path) -> None:
    """A database file that records a migration this version does not know."""
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('newsbrief', '9999_from_the_future', 'x')")
    conn.commit()
    conn.close()


def test_landed_migrations_keep_their_names_and_order():
    # A landed migration is never renamed or reordered: files in the field record these names.
    assert migration_names()[:5] == [V1, V2, V3, "0004_history_lookup_index", "0005_rekey_urls"]


def test_a_missing_file_and_folder_are_created_and_fully_migrated(tmp_path):
    path = tmp_path / "deep" / "folder" / "newsbrief.db"
    with Store(path) as store:
        assert store.stats().schema_version == len(migration_names())
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert path.exists()
    with Store(path) as again:  # reopening applies nothing
        assert applied_migrations(again.connection) == migration_names()


@pytest.mark.parametrize("stop_before", migration_names()[1:],
                         ids=[f"from-v{n}" for n in range(1, len(migration_names()))])
def test_upgrade_keeps_data_and_matches_a_fresh_schema(tmp_path, stop_before):
    old = tmp_path / "old.db"
    conn = connect(old)
    applied = migrate(conn, stop_before=stop_before)
    assert applied == migration_names()[: migration_names().index(stop_before)]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(applied)
    # Rows as a v1 build wrote them, with v1 columns only.
    conn.execute("INSERT INTO chats (id, lang, tz, created_at, updated_at) VALUES "
                 "(-100, 'zh', 'Asia/Shanghai', '2026-01-01T00:00:00.000000+00:00', "
                 "'2026-01-01T00:00:00.000000+00:00')")
    conn.execute("INSERT INTO articles (id, url, text, content_hash, fetched_at) VALUES "
                 "(1, 'https://example.com/a', '正文。', 'h1', '2026-01-01T00:00:00.000000+00:00')")
    conn.execute("INSERT INTO chat_articles (chat_id, article_id, shared_at) VALUES "
                 "(-100, 1, '2026-01-01T00:00:01.000000+00:00')")
    # v1 indexed sentences in a one-column FTS table.
    conn.execute("INSERT INTO article_sentences (id, article_id, idx, text) VALUES (7, 1, 0, '營收大增。')")
    terms = index_text("營收大增。")
    conn.execute("INSERT INTO sentence_fts (rowid, terms) VALUES (7, ?)", (terms,))
    if V3 in applied:  # from v3 on, the writer keeps the term counts
        conn.executemany("INSERT INTO search_term_docs (term, docs) VALUES (?, 1)",
                         [(t,) for t in set(terms.split())])
        conn.execute("INSERT OR REPLACE INTO search_totals (id, sentences, terms) VALUES (1, 1, ?)",
                     (len(terms.split()),))
    conn.commit()
    conn.close()

    with Store(old) as store:
        chat = store.get_chat(-100)
        assert (chat.lang, chat.tz, chat.digest_times, chat.digest_days_off) == (
            "zh", "Asia/Shanghai", (), ())
        assert store.last_article(-100).url == "https://example.com/a"
        assert [h.text for h in store.search(-100, search_terms("营收"))] == ["營收大增。"]
        assert store.search(5, search_terms("营收")) == []
        assert store.subscribe(-100, times=["9:00"]).digest_times == ("09:00",)
        upgraded = schema_of(store.connection)
    with Store(tmp_path / "fresh.db") as fresh:
        assert upgraded == schema_of(fresh.connection)


def test_a_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    file_from_a_newer_version(path)
    with pytest.raises(SchemaTooNew):
        Store(path)


def test_a_failing_migration_leaves_the_file_unchanged(tmp_path):
    from storage import db as storage_db

    path = tmp_path / "x.db"
    Store(path).close()

    @storage_db.migrations(name="9000_broken_for_test")
    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    try:
        with pytest.raises(RuntimeError):
            Store(path)
    finally:
        storage_db.migrations._migrations.pop()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    assert json.dumps(applied_migrations(conn)) == json.dumps(migration_names())


def test_url_keys_stored_by_the_old_rules_are_found_by_the_new_ones(tmp_path):
    path = tmp_path / "old.db"
    conn = connect(path)
    migrate(conn, stop_before="0005_rekey_urls")
    now = "2026-01-01T00:00:00.000000+00:00"
    # Keys as the old storage rules wrote them: share parameters kept, query unsorted,
    # and a second article whose new key is already article 1's.
    conn.executemany(
        "INSERT INTO articles (id, url, canonical_url, text, content_hash, fetched_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(1, "https://news.example.com/a?id=7&from=timeline", "https://news.example.com/a?id=7&share=1",
          "正文一。", "h1", now),
         (2, "https://news.example.com/a?id=7", None, "正文二。", "h2", now)])
    conn.executemany("INSERT INTO article_urls (url, article_id) VALUES (?, ?)", [
        ("https://news.example.com/a?id=7&from=timeline", 1), ("https://news.example.com/a?id=7", 2),
        ("https://m.example.com/a?b=2&a=1&ref=wx", 1), ("http://[::1/broken", 2)])
    conn.execute("INSERT INTO feeds (id, url, created_at) VALUES (1, 'https://example.com/rss?utm_source=x', ?)",
                 (now,))
    conn.commit()
    conn.close()

    with Store(path) as store:
        rows = dict(store.connection.execute("SELECT id, url FROM articles").fetchall())
        assert rows == {1: "https://news.example.com/a?id=7&from=timeline",  # its new key was taken
                        2: "https://news.example.com/a?id=7"}
        assert store.connection.execute("SELECT canonical_url FROM articles WHERE id = 1").fetchone()[0] \
            == "https://news.example.com/a?id=7"
        assert store.find_article_by_url("https://m.example.com/a?a=1&b=2&spm=9").id == 1
        # A key the URL parser rejects neither stops the migration nor changes.
        assert store.connection.execute("SELECT article_id FROM article_urls WHERE url = 'http://[::1/broken'"
                                        ).fetchone() == (2,)
        assert store.find_article_by_url("https://news.example.com/a?from=singlemessage&id=7").id == 2
        # A feed's URL is what is polled: left as it was stored.
        assert store.connection.execute("SELECT url FROM feeds").fetchone()[0] == "https://example.com/rss?utm_source=x"
