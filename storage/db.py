"""Opening the database file and migrating its schema.

One SQLite file holds everything. Every connection is set up the same way:
WAL (readers never block the writer and a killed process leaves the last
committed transaction intact), a busy timeout (a second writer waits instead of
failing with "database is locked"), foreign keys on, synchronous=NORMAL (safe
with WAL against process crashes; a power cut may lose the last commits but
never corrupts the file).

The schema is versioned with `sqlite_utils.Migrations`: each migration below is
applied once, in order, and recorded in `_sqlite_migrations`. Migrations are
never edited after they have been landed; a change is a new migration.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlite_utils import Database, Migrations

from storage.errors import SchemaTooNew

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30.0
MIGRATION_SET = "newsbrief"

migrations = Migrations(MIGRATION_SET)


def _run(db: Database, statements: str) -> None:
    """Run `;`-separated DDL inside the migration's transaction.

    `executescript` would COMMIT first, so statements run one by one; a trigger
    body keeps its inner `;` by ending in `END;` on its own line.
    """
    buffer: list[str] = []
    for line in statements.strip().splitlines():
        buffer.append(line)
        text = "\n".join(buffer).strip()
        in_trigger = text.upper().startswith("CREATE TRIGGER")
        if (in_trigger and text.upper().endswith("END;")) or (not in_trigger and text.endswith(";")):
            db.execute(text)
            buffer = []
    if "".join(buffer).strip():
        db.execute("\n".join(buffer))


@migrations(name="0001_articles_chats_search")
def _m0001(db: Database) -> None:
    _run(db, """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        url TEXT UNIQUE,
        canonical_url TEXT,
        title TEXT,
        site TEXT,
        author TEXT,
        published TEXT,
        lang TEXT,
        source_type TEXT NOT NULL DEFAULT 'text',
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        fetched_at TEXT NOT NULL
    );
    CREATE TABLE article_urls (
        url TEXT PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE INDEX article_urls_article ON article_urls(article_id);
    CREATE TABLE analyses (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        params_key TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (article_id, version, params_key)
    ) WITHOUT ROWID;
    CREATE TABLE chats (
        id INTEGER PRIMARY KEY,
        type TEXT,
        title TEXT,
        lang TEXT,
        tz TEXT,
        summary_length INTEGER,
        auto_summary INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE chat_articles (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        user_id INTEGER,
        message_id INTEGER,
        source TEXT NOT NULL DEFAULT 'link',
        shared_at TEXT NOT NULL
    );
    CREATE INDEX chat_articles_chat_time ON chat_articles(chat_id, shared_at);
    CREATE INDEX chat_articles_chat_article ON chat_articles(chat_id, article_id);
    CREATE INDEX chat_articles_article ON chat_articles(article_id);
    CREATE TABLE chat_messages (
        chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        message_id INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (chat_id, message_id)
    ) WITHOUT ROWID;
    CREATE INDEX chat_messages_article ON chat_messages(article_id);
    CREATE TABLE article_sentences (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (article_id, idx)
    );
    CREATE VIRTUAL TABLE sentence_fts USING fts5(terms);
    CREATE TRIGGER article_sentences_unindex AFTER DELETE ON article_sentences
    BEGIN
        DELETE FROM sentence_fts WHERE rowid = old.id;
    END;
    """)


@migrations(name="0002_digests_feeds_subscriptions")
def _m0002(db: Database) -> None:
    # Digest settings live on the chat, so they survive /unsubscribe + /subscribe.
    chats = db["chats"]
    chats.add_column("digest_times", str)  # JSON list of "HH:MM"
    chats.add_column("digest_max_items", int)
    chats.add_column("digest_days_off", str)  # JSON list of ISO weekdays, 1 = Monday
    _run(db, """
    CREATE TABLE subscriptions (
        chat_id INTEGER PRIMARY KEY REFERENCES chats(id) ON DELETE CASCADE,
        paused INTEGER NOT NULL DEFAULT 0,
        paused_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        site_url TEXT,
        etag TEXT,
        last_modified TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        paused INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_polled_at TEXT,
        last_ok_at TEXT,
        next_poll_at TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX feeds_due ON feeds(paused, next_poll_at);
    CREATE TABLE chat_feeds (
        chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        added_at TEXT NOT NULL,
        pause_notified INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (chat_id, feed_id)
    ) WITHOUT ROWID;
    CREATE INDEX chat_feeds_feed ON chat_feeds(feed_id);
    CREATE TABLE feed_items (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        url TEXT,
        title TEXT,
        summary TEXT,
        published TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        first_seen_at TEXT NOT NULL,
        UNIQUE (feed_id, guid)
    );
    CREATE INDEX feed_items_feed_seen ON feed_items(feed_id, first_seen_at);
    CREATE INDEX feed_items_article ON feed_items(article_id);
    CREATE TABLE digest_log (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        period_key TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'claimed',
        claimed_at TEXT NOT NULL,
        sent_at TEXT,
        item_count INTEGER NOT NULL DEFAULT 0,
        message_ids TEXT NOT NULL DEFAULT '[]',
        UNIQUE (chat_id, period_key)
    );
    CREATE INDEX digest_log_chat_sent ON digest_log(chat_id, sent_at);
    """)


@migrations(name="0003_search_term_counts")
def _m0003(db: Database) -> None:
    # How many sentences hold each term, and index totals, kept by Store on
    # every (re)index and purge. Search uses them to try the rarest terms first
    # and to score candidates with BM25; fts5vocab would count by walking each
    # term's whole posting list on every query.
    _run(db, """
    CREATE TABLE search_term_docs (
        term TEXT PRIMARY KEY,
        docs INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE search_totals (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        sentences INTEGER NOT NULL,
        terms INTEGER NOT NULL
    );
    CREATE VIRTUAL TABLE temp.sentence_vocab USING fts5vocab(main, sentence_fts, 'row');
    INSERT INTO search_term_docs (term, docs) SELECT term, doc FROM temp.sentence_vocab;
    INSERT INTO search_totals (id, sentences, terms) VALUES (1,
        (SELECT COUNT(*) FROM sentence_fts), (SELECT coalesce(SUM(cnt), 0) FROM temp.sentence_vocab));
    DROP TABLE temp.sentence_vocab;
    """)


@migrations(name="0004_history_lookup_index")
def _m0004(db: Database) -> None:
    # "When did this chat last share this article" (search hits, history) must be
    # one index probe; with only (chat_id, article_id) the planner preferred
    # (chat_id, shared_at) and scanned the chat's whole history per hit.
    _run(db, """
    CREATE INDEX chat_articles_chat_article_time ON chat_articles(chat_id, article_id, shared_at);
    DROP INDEX chat_articles_chat_article;
    """)


@migrations(name="0005_rekey_urls")
def _m0005(db: Database) -> None:
    # The bot and storage used to normalize URLs by two sets of rules; there is one
    # now (storage.normalize: the longer tracking list, IDNA hosts, one way of writing
    # percent-escapes, no user:password, sorted query). Article keys are re-spelled so
    # that lookups by the new rules find them. A key whose new spelling is already
    # taken keeps its old one: the row that holds the new spelling answers those
    # lookups, and no row is lost or merged. Feeds are left as they are: their URL is
    # also what is polled. A key the URL parser rejects is left alone.
    from storage.migration_0005_urls import normalize_url

    def respelled(old: str) -> str:
        try:
            return normalize_url(old)
        except ValueError:
            return old

    for table in ("articles", "article_urls"):
        for (old,) in db.execute(f"SELECT url FROM {table} WHERE url IS NOT NULL").fetchall():
            new = respelled(old)
            if new != old and not db.execute(f"SELECT 1 FROM {table} WHERE url = ?", [new]).fetchone():
                db.execute(f"UPDATE {table} SET url = ? WHERE url = ?", [new, old])
    for article_id, old in db.execute(
            "SELECT id, canonical_url FROM articles WHERE canonical_url IS NOT NULL").fetchall():
        new = respelled(old)
        if new != old:
            db.execute("UPDATE articles SET canonical_url = ? WHERE id = ?", [new, article_id])


@migrations(name="0006_search_terms_version")
def _m0006(db: Database) -> None:
    # Which rules made the index terms (`summarizer.terms.TERMS_VERSION`): the bot
    # re-makes the terms of an index made by other rules. Older files record none.
    _run(db, """
    CREATE TABLE search_index_meta (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        terms_version TEXT NOT NULL
    );
    """)


@migrations(name="0007_watchlists_alerts_feed_filters")
def _m0007(db: Database) -> None:
    # Watchlists (names a chat follows), the alert log (what was sent or held back,
    # for the hourly cap, story deduplication, the digest's watchlist section and the
    # weekly counts), alert settings, and a per-chat word filter on each followed feed.
    db["chat_feeds"].add_column("filter", str)  # JSON {"include": [...], "exclude": [...]}
    _run(db, """
    CREATE TABLE watchlist (
        chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        folded TEXT NOT NULL,
        name TEXT NOT NULL,
        added_by INTEGER,
        added_at TEXT NOT NULL,
        PRIMARY KEY (chat_id, folded)
    ) WITHOUT ROWID;
    CREATE TABLE alert_settings (
        chat_id INTEGER PRIMARY KEY REFERENCES chats(id) ON DELETE CASCADE,
        hourly_cap INTEGER,
        quiet_hours TEXT
    );
    CREATE TABLE alert_log (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        names TEXT NOT NULL,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        url_key TEXT,
        signature BLOB,
        title TEXT,
        url TEXT,
        sources TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        message_id INTEGER
    );
    CREATE INDEX alert_log_chat_time ON alert_log(chat_id, created_at);
    CREATE INDEX alert_log_chat_status ON alert_log(chat_id, status);
    """)


@migrations(name="0008_pending_jobs")
def _m0008(db: Database) -> None:
    # Work the bot accepted and has not answered yet: a killed bot finishes it at its
    # next start instead of leaving the reader's placeholder at "working…" forever.
    # `request` is the front end's JSON of what to run; it is emptied once answered.
    # `owner` names the bot process (one id per start) running the job.
    _run(db, """
    CREATE TABLE pending_jobs (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        message_id INTEGER NOT NULL,
        placeholder_id INTEGER,
        request TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'accepted',
        attempts INTEGER NOT NULL DEFAULT 0,
        accepted_at TEXT NOT NULL,
        finished_at TEXT,
        UNIQUE (chat_id, message_id)
    );
    CREATE INDEX pending_jobs_state ON pending_jobs(state);
    """)


@migrations(name="0009_digest_parts")
def _m0009(db: Database) -> None:
    # How many messages a claimed digest was composed into: with the message ids recorded
    # one by one as they are sent, a digest's row tells after any crash what reached the
    # chat (see storage.digests.settle_digests).
    _run(db, """
    ALTER TABLE digest_log ADD COLUMN parts INTEGER;
    """)


@migrations(name="0010_history_shared_url")
def _m0010(db: Database) -> None:
    # The link a reader shared, on each share (normalized; NULL for texts, digests and shares
    # recorded before this migration). One text published at two addresses is one article,
    # stored under the first; without this, the reader who sent the second link was shown
    # the first one's link and site in the reply, /history and follow-ups.
    # `article_urls.page`: the page a link leads to when it is another address of a stored
    # text (NULL: the article's own page, a redirect or a tracking variant of it).
    _run(db, """
    ALTER TABLE chat_articles ADD COLUMN url TEXT;
    ALTER TABLE article_urls ADD COLUMN page TEXT;
    """)


@migrations(name="0011_held_replies")
def _m0011(db: Database) -> None:
    # Messages a Telegram flood wait kept from being sent, one row per message in the order
    # to send them (storage.held): a restart during the wait no longer loses the reply.
    _run(db, """
    CREATE TABLE held_replies (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        html INTEGER NOT NULL DEFAULT 1,
        buttons TEXT NOT NULL DEFAULT '[]',
        placeholder_id INTEGER,
        reply_to INTEGER,
        thread_id INTEGER,
        article_id INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        due_at TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX held_replies_chat ON held_replies(chat_id, id);
    """)


@migrations(name="0012_held_charts")
def _m0012(db: Database) -> None:
    # A held message may be a chart (its data as JSON, drawn when sent; `text` its caption):
    # a reply held by a flood wait lost its chart.
    _run(db, """
    ALTER TABLE held_replies ADD COLUMN chart TEXT;
    """)


def connect(path: str | Path, *, busy_timeout_s: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """A configured connection to `path`, creating the file and its folder.

    `check_same_thread=False` only so that a pool can close it at shutdown; each
    connection is still used by a single thread at a time.
    """
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=busy_timeout_s, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def migrate(conn: sqlite3.Connection, *, stop_before: str | None = None) -> list[str]:
    """Apply pending migrations; return the names applied.

    The whole run holds a write lock from the start (BEGIN IMMEDIATE), so two
    processes starting together cannot both apply the same migration; each
    migration nests in it as a savepoint.
    """
    db = Database(conn, execute_plugins=False, recursive_triggers=False)
    known = {m.name for m in migrations._migrations}
    conn.execute("BEGIN IMMEDIATE")
    try:
        applied = [m.name for m in migrations.applied(db)]
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise SchemaTooNew(f"database has migrations this version does not know: {unknown}")
        pending = [m.name for m in migrations.pending(db)]
        if stop_before in pending:
            pending = pending[: pending.index(stop_before)]
        migrations.apply(db, stop_before=stop_before)
        conn.execute(f"PRAGMA user_version = {len(applied) + len(pending)}")
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    if pending:
        logger.info("applied migrations: %s", ", ".join(pending))
    return pending


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations recorded in the file, in order."""
    db = Database(conn, execute_plugins=False, recursive_triggers=False)
    return [m.name for m in migrations.applied(db)]


def migration_names() -> list[str]:
    """Every migration this version knows, in order."""
    return [m.name for m in migrations._migrations]
