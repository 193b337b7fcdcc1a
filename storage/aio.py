"""`AsyncStore`: the `Store` API as awaitables, for the asyncio bot.

The datasette pattern: every write runs on ONE dedicated writer thread with its
own connection, so writes are serialized in-process and never contend for the
lock; reads run on a small pool, each thread with its own connection (WAL lets
them read while the writer writes). The event loop only awaits futures.

Every `Store` method marked `@_reads`/`@_writes` exists here with the same
name, arguments and docstring, returning a coroutine.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from storage.search import index_text, warm_up
from storage.store import Clock, Store, utc_now

DEFAULT_READERS = 3


class AsyncStore:
    """Open with `await AsyncStore.open(path)`; close with `await store.close()`."""

    def __init__(self, path: str | Path, *, readers: int = DEFAULT_READERS,
                 clock: Clock = utc_now) -> None:
        self.path = Path(path)
        self._clock = clock
        self._local = threading.local()
        self._stores: list[Store] = []
        self._stores_lock = threading.Lock()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storage-writer")
        self._readers = ThreadPoolExecutor(max_workers=readers, thread_name_prefix="storage-reader")
        self._closed = False

    @classmethod
    async def open(cls, path: str | Path, *, readers: int = DEFAULT_READERS,
                   clock: Clock = utc_now, warm_tokenizer: bool = True) -> AsyncStore:
        """Create/migrate the file on the writer thread; optionally load jieba off-loop."""
        store = cls(path, readers=readers, clock=clock)
        try:
            await store._run(store._writer, lambda s: None, migrate=True)
            if warm_tokenizer:
                await asyncio.get_running_loop().run_in_executor(store._readers, warm_up)
        except BaseException:
            await store.close()
            raise
        return store

    async def __aenter__(self) -> AsyncStore:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _thread_store(self, *, migrate: bool = False) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path, migrate=migrate, clock=self._clock)
            self._local.store = store
            with self._stores_lock:
                self._stores.append(store)
        return store

    async def _run(self, executor: ThreadPoolExecutor, call: Callable[[Store], Any], *,
                   migrate: bool = False) -> Any:
        if self._closed:
            raise RuntimeError("AsyncStore is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(executor, lambda: call(self._thread_store(migrate=migrate)))

    async def index_sentences(self, article_id: int, sentences: Sequence[str]) -> int:
        """Tokenize on a reader thread, then write on the writer: jieba never holds up writes."""
        sentences = list(sentences)
        loop = asyncio.get_running_loop()
        terms = await loop.run_in_executor(self._readers, lambda: [index_text(s) for s in sentences])
        return await self.index_terms(article_id, sentences, terms)

    async def close(self) -> None:
        """Finish queued work, then close every thread's connection."""
        if self._closed:
            return
        self._closed = True
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self._shutdown)

    def _shutdown(self) -> None:
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)
        with self._stores_lock:
            for store in self._stores:
                store.close()
            self._stores.clear()


def _make(name: str, method: Callable[..., Any], kind: str) -> Callable[..., Any]:
    @functools.wraps(method)
    async def call(self: AsyncStore, *args: Any, **kwargs: Any) -> Any:
        executor = self._writer if kind == "write" else self._readers
        return await self._run(executor, lambda store: getattr(store, name)(*args, **kwargs))

    return call


for _class in Store.__mro__:  # the table-group mixins' methods too
    for _name, _method in vars(_class).items():
        _kind = getattr(_method, "_storage_kind", None)
        if _kind and _name not in vars(AsyncStore):
            setattr(AsyncStore, _name, _make(_name, _method, _kind))
