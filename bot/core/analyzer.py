"""Run the CPU-bound summarizer off the event loop, in a small process pool.

TextRank over a 200,000-character text takes seconds; in the bot's process it would
freeze every other chat. Worker processes load jieba's dictionary once (in the
pool initializer) and then serve many analyses. Each worker holds that dictionary,
so the default of one worker keeps the whole bot within its memory budget.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import summarizer
from summarizer import Analysis

if TYPE_CHECKING:
    from bot.settings import Settings

logger = logging.getLogger(__name__)

T = TypeVar("T")

SUPPORTED_LANGS = ("zh", "en")

# A text that exercises the whole pipeline, so the first real request finds every
# dictionary and model loaded.
_WARM_UP_TEXT = (
    "新华社北京电 国家统计局今天发布数据，一季度国内生产总值同比增长5.3%，比上年四季度加快0.1个百分点。"
    "统计局发言人表示：“经济运行开局良好。”分析人士认为，消费和出口是主要动力。"
)


def _init_worker(jieba_cache_dir: str | None = None) -> None:
    """Load jieba's dictionary once per worker, not once per request. The search
    index's terms are made here too, from the same dictionary (`Analyzed.index_terms`)."""
    from summarizer.tokenize import ensure_jieba, set_jieba_cache_dir

    if jieba_cache_dir:
        set_jieba_cache_dir(jieba_cache_dir)
    ensure_jieba()


@dataclass(frozen=True, slots=True)
class Analyzed:
    """An analysis plus every sentence of the text and its search-index terms, in
    order: one round trip to the worker gives the reply and the index."""

    analysis: Analysis
    sentences: tuple[str, ...]
    index_terms: tuple[str, ...]


def _init_worker_process(jieba_cache_dir: str | None = None, parent_pid: int | None = None) -> None:
    """A forked worker inherits the bot's asyncio signal handling, which would turn
    SIGTERM into a no-op: restore the default so the bot can stop its workers, and
    leave Ctrl-C (sent to the whole process group) to the bot. A worker also dies
    with the bot (see `die_with_parent`)."""
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent_pid is not None:
        die_with_parent(parent_pid)
    _init_worker(jieba_cache_dir)


# How often the fallback watch looks whether the parent is still there.
PARENT_WATCH_S = 1.0
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """End this worker when the bot that started it dies, even by `kill -9`.

    Without this, each killed bot leaves a ~200 MB worker behind. On Linux the kernel
    sends SIGKILL at the parent's death (prctl PR_SET_PDEATHSIG); everywhere, a daemon
    thread also checks each second whether the parent is gone (the worker is then
    re-parented) and ends the process. If the parent died before the prctl call, the
    first check catches it.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
                logger.warning("prctl(PR_SET_PDEATHSIG) failed: errno %s", ctypes.get_errno())
        except (OSError, AttributeError) as exc:
            logger.warning("prctl unavailable: %s", exc)

    def watch() -> None:
        while True:
            if os.getppid() != parent_pid:
                os._exit(1)
            time.sleep(PARENT_WATCH_S)

    if os.getppid() != parent_pid:
        os._exit(1)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _analyze(text: str, title: str | None, max_sentences: int | None, lang: str | None) -> Analyzed:
    """The worker side. Input errors are returned, not raised: some summarizer
    exceptions take several constructor arguments and would not survive unpickling."""
    from summarizer.normalize import normalize
    from summarizer.split import split_sentences
    from summarizer.terms import index_texts

    try:
        analysis = summarizer.analyze(text, title=title, max_sentences=max_sentences, lang=lang)
    except summarizer.SummarizerError as exc:
        return _PortableError(exc)  # type: ignore[return-value]
    sentences = tuple(span.text for span in split_sentences(normalize(text), analysis.lang))
    return Analyzed(analysis, sentences, index_texts(sentences))


class _PortableError:
    """A summarizer input error carried back across the process boundary."""

    def __init__(self, exc: summarizer.SummarizerError) -> None:
        self.exc = exc

    def __reduce__(self):  # noqa: ANN204 - pickle protocol
        return (_rebuild_error, (type(self.exc), str(self.exc), dict(vars(self.exc))))


def _rebuild_error(cls: type, message: str, state: dict) -> _PortableError:
    exc = cls.__new__(cls)
    Exception.__init__(exc, message)
    exc.__dict__.update(state)
    carrier = _PortableError.__new__(_PortableError)
    carrier.exc = exc
    return carrier


class Analyzer:
    """`await analyzer.analyze(text)`: summarizer.analyze in a worker process.

    `workers=0` analyses in a thread of this process instead: for the one-person
    console, where a second copy of jieba would only cost start-up time.
    """

    def __init__(self, *, workers: int = 1, jieba_cache_dir: str | None = None) -> None:
        self._workers = workers
        self._jieba_cache_dir = jieba_cache_dir
        self._pool: ProcessPoolExecutor | ThreadPoolExecutor | None = None

    def start(self) -> None:
        if self._workers == 0:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="analyzer",
                                            initializer=_init_worker, initargs=(self._jieba_cache_dir,))
            return
        # "fork" where there is one: the workers inherit the already imported summarizer
        # (numpy, scipy: seconds of start-up saved) and only load jieba. start() runs
        # while the bot is still idle, and submit() forks every worker at once right
        # here, so no other thread is in the middle of anything.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self._pool = ProcessPoolExecutor(
            max_workers=self._workers, mp_context=multiprocessing.get_context(method),
            initializer=_init_worker_process, initargs=(self._jieba_cache_dir, os.getpid()),
        )
        self._pool.submit(int)

    async def warm_up(self) -> None:
        """Start the workers and load everything now, so the first reader doesn't wait."""
        try:
            await asyncio.gather(*(self.analyze(_WARM_UP_TEXT) for _ in range(max(1, self._workers))))
        except Exception:  # noqa: BLE001 - a failed warm-up only costs the first request time
            logger.exception("analyzer warm-up failed")

    async def analyze(
        self, text: str, *, title: str | None = None, max_sentences: int | None = None,
        lang: str | None = None,
    ) -> Analyzed:
        if lang not in SUPPORTED_LANGS:
            lang = None  # a page may declare any language; let the summarizer detect it
        result = await self.run(_analyze, text, title, max_sentences, lang)
        if isinstance(result, _PortableError):
            raise result.exc
        return result

    async def run(self, function: Callable[..., T], *args: object) -> T:
        """`function(*args)` in a worker: other jieba work (index terms, parsing an /ask
        question, ranking its answers) goes where the dictionary already is, so the
        bot's own process never loads a second copy. `function` must be a module-level function
        (or a functools.partial of one) and its arguments picklable."""
        if self._pool is None:
            self.start()
        pool = self._pool
        assert pool is not None
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(pool, function, *args)
        except BrokenProcessPool:
            # A worker died (killed, out of memory): the next request starts a fresh pool.
            # Every request in flight lands here; only the first drops the broken pool, so a
            # pool another request has started meanwhile is never orphaned.
            if self._pool is pool:
                logger.error("analysis worker died; restarting the pool")
                self._pool = None
                pool.shutdown(wait=False, cancel_futures=True)
            raise

    def close(self) -> None:
        """Stop at once: queued analyses are cancelled and workers terminated, so a
        shutdown never waits for a 200,000-character text to finish."""
        if self._pool is None:
            return
        processes = list((getattr(self._pool, "_processes", None) or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        self._pool = None


def use_jieba_cache(settings: Settings) -> None:
    """Point this process's jieba at NEWSBRIEF_JIEBA_CACHE, if set.

    The directory is created here; if that fails jieba still works, it only parses its
    dictionary again at every start (and logs why it could not save the cache).
    """
    if settings.jieba_cache_dir is None:
        return
    try:
        settings.jieba_cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        logger.warning("cannot create NEWSBRIEF_JIEBA_CACHE: %s", exc)
    from summarizer.tokenize import set_jieba_cache_dir

    set_jieba_cache_dir(settings.jieba_cache_dir)
