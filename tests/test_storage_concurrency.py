"""Concurrency and crash safety on real files."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from storage import AsyncStore, SchemaTooNew, Store
from summarizer.model import Article
from summarizer.terms import index_texts, search_terms
from tests.test_storage_schema import file_from_a_newer_version

REPO_ROOT = Path(__file__).resolve().parent.parent


def test_threads_with_their_own_connections_never_see_database_is_locked(tmp_path):
    path = tmp_path / "n.db"
    Store(path).close()
    writers, per_writer = 12, 25
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            with Store(path, migrate=False) as store:
                for n in range(per_writer):
                    article, _ = store.put_article(Article(text=f"工人{worker}的第{n}篇文章。"))
                    store.add_history(worker, article.id, message_id=n)
        except BaseException as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store(path) as store:
        stats = store.stats()
        assert (stats.articles, stats.history_entries) == (writers * per_writer, writers * per_writer)
        assert all(store.count_history(w) == per_writer for w in range(writers))


async def test_async_store_serves_concurrent_tasks_without_losing_rows(tmp_path):
    async with await AsyncStore.open(tmp_path / "a.db") as store:
        async def chat(chat_id: int) -> None:
            for n in range(10):
                article, _ = await store.put_article(Article(text=f"第{chat_id}群第{n}条：营收增长{n}%。"))
                sentences = [article.text]
                await store.index_sentences(article.id, sentences, index_texts(sentences))
                await store.add_history(chat_id, article.id, message_id=n)
                assert (await store.last_article(chat_id)).id == article.id

        await asyncio.gather(*(chat(c) for c in range(20)))
        stats = await store.stats()
        assert (stats.articles, stats.history_entries, stats.sentences) == (200, 200, 200)
        hits = await store.search(3, search_terms("营收"))
        assert len(hits) == 10 and all(h.text.startswith("第3群") for h in hits)


async def test_async_store_keeps_the_loop_free_while_writing(tmp_path):
    async with await AsyncStore.open(tmp_path / "a.db") as store:
        ticks = 0
        stop = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not stop.is_set():
                ticks += 1
                await asyncio.sleep(0.001)

        task = asyncio.create_task(ticker())
        await asyncio.gather(*(store.put_article(Article(text=f"文本{n}。")) for n in range(300)))
        stop.set()
        await task
        assert ticks > 3  # the loop ran between storage calls


CHILD = textwrap.dedent("""
    import sys
    from storage import Store
    from summarizer.model import Article
    store = Store(sys.argv[1])
    n = 0
    while True:
        article, _ = store.put_article(Article(text="崩溃测试" + str(n) + "。" * 2000))
        store.add_history(1, article.id, message_id=n)
        print(n, flush=True)
        n += 1
""")


def test_a_process_killed_mid_write_leaves_a_readable_db_with_its_commits(tmp_path):
    path = tmp_path / "crash.db"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE,
                             env=env, text=True)
    committed = -1
    assert child.stdout is not None
    for line in child.stdout:
        committed = int(line)
        if committed >= 150:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store(path) as store:
        # Every commit the child reported is there; at most the one in flight is missing.
        assert store.count_history(1) >= committed + 1
        assert store.article_for_message(1, committed).text.startswith(f"崩溃测试{committed}。")


async def test_async_store_refuses_a_newer_file_and_leaves_no_threads(tmp_path):
    path = tmp_path / "newer.db"
    file_from_a_newer_version(path)
    before = {t.name for t in threading.enumerate()}
    with pytest.raises(SchemaTooNew):
        await AsyncStore.open(path)
    leftover = {t.name for t in threading.enumerate()} - before
    assert not [name for name in leftover if name.startswith("storage-")]


WRITER = textwrap.dedent("""
    import sys
    from storage import Store
    from summarizer.model import Article
    worker, count = int(sys.argv[2]), int(sys.argv[3])
    with Store(sys.argv[1], migrate=False) as store:
        for n in range(count):
            article, _ = store.put_article(Article(text=f"进程{worker}第{n}篇。"))
            store.add_history(worker, article.id, message_id=n)
""")


def test_separate_processes_write_the_same_file_without_locking_errors(tmp_path):
    # The bot and a `newsbrief` CLI command may write at the same time.
    path = tmp_path / "shared.db"
    Store(path).close()
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(w), "40"], env=env,
                              stderr=subprocess.PIPE, text=True) for w in range(4)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    with Store(path) as store:
        assert [store.count_history(w) for w in range(4)] == [40, 40, 40, 40]


def _store_methods() -> dict[str, tuple[object, str]]:
    methods: dict[str, tuple[object, str]] = {}
    for klass in reversed(Store.__mro__):
        for name, function in vars(klass).items():
            kind = getattr(function, "_storage_kind", None)
            if kind:
                methods[name] = (function, kind)
    return methods


def test_every_store_method_has_an_async_twin_with_the_same_signature():
    import inspect

    for name, (function, _) in _store_methods().items():
        twin = getattr(AsyncStore, name, None)
        assert twin is not None and inspect.iscoroutinefunction(twin), name
        assert inspect.signature(twin) == inspect.signature(function), name


def test_async_twins_send_writes_to_the_writer_and_reads_to_the_readers():
    import ast
    import inspect

    tree = ast.parse(textwrap.dedent(inspect.getsource(AsyncStore)))
    routed = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.AsyncFunctionDef) and len(node.body) == 1:
            returned = node.body[0].value if isinstance(node.body[0], ast.Return) else None
            call = returned.value if isinstance(returned, ast.Await) else None
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute):
                target = call.args[0]
                assert isinstance(target, ast.Attribute) and target.attr == node.name, node.name
                routed[node.name] = call.func.attr
    expected = {name: "_write" if kind == "write" else "_read"
                for name, (_, kind) in _store_methods().items()}
    assert routed == expected
