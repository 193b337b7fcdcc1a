"""Run the CPU-bound summarizer off the event loop, in worker processes.

TextRank over a 200,000-character text takes seconds; in the bot's process it would
freeze every other chat. A worker process loads jieba's dictionary once and then
serves many analyses, in two lanes (threads) so short jobs never wait behind a long
one. Each worker holds that dictionary, so the default of one worker keeps the whole
bot within its memory budget. Every job has a time budget; a worker that overruns it
is killed and replaced, and a worker dies with the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import itertools
import logging
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import summarizer
from bot.errors import AnalysisTimeout
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
_M_ARENA_MAX = -8


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Few glibc malloc arenas in a process with threads: each thread otherwise gets
    its own arena, and memory freed in one is never reused by another, so a worker
    whose two lanes both analyse keeps far more RSS than it uses."""
    libc = _libc()
    if libc is not None and hasattr(libc, "mallopt"):
        libc.mallopt(_M_ARENA_MAX, arenas)


def release_free_memory() -> None:
    """Give freed heap back to the system (glibc malloc_trim) after a big job, so one
    200,000-character text does not leave the worker at its peak."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


def die_with_parent(parent_pid: int) -> None:
    """End this worker when the bot that started it dies, even by `kill -9`.

    Without this, each killed bot leaves a ~200 MB worker behind. On Linux the kernel
    sends SIGKILL at the parent's death (prctl PR_SET_PDEATHSIG); everywhere, a daemon
    thread also checks each second whether the parent is gone (the worker is then
    re-parented) and ends the process. If the parent died before the prctl call, the
    first check catches it. (The kernel's "parent" is the thread that forked: workers are
    forked from the bot's main thread, which lives as long as the bot.)
    """
    libc = _libc()  # None off Linux: the watch thread alone ends the worker there
    if libc is not None and libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        logger.warning("prctl(PR_SET_PDEATHSIG) failed: errno %s", ctypes.get_errno())

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


def _summarizer_version() -> str:
    return summarizer.SUMMARIZER_VERSION


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


SHORT = "short"
LONG = "long"
# Texts up to this length are analysed in the short lane: a pasted paragraph never waits
# behind another chat's 200,000-character article.
SHORT_TEXT_CHARS = 8_000
DEFAULT_TIMEOUT_S = 30.0
# Longest a worker may take to start (fork, load jieba, warm up) before it is replaced.
STARTUP_S = 120.0


class WorkerDied(RuntimeError):
    """The worker process ended (killed, out of memory) while running this job."""


class _Displaced(WorkerDied):
    """The worker was replaced because of another job's time budget: run this one again."""


def _worker_main(conn: Connection, jieba_cache_dir: str | None, parent_pid: int) -> None:
    """A worker process: one copy of jieba, two lanes (threads) over it.

    The long lane runs big analyses; the short lane runs search and /ask terms and
    small texts meanwhile (the GIL passes between the two every few milliseconds, so a
    short job takes milliseconds more, not the rest of the long one). Jobs arrive as
    (id, lane, function, args); for each, (id, "start", b"") goes back when it starts
    and (id, "ok" or "error", pickled value) when it ends.
    """
    limit_malloc_arenas()
    _init_worker_process(jieba_cache_dir, parent_pid)
    try:
        # Load every lazily loaded model now: a replaced worker's first job must not pay
        # for it out of its time budget.
        _analyze(_WARM_UP_TEXT, None, None, None)
    except Exception:  # noqa: BLE001 - only costs the first job time
        logger.exception("analysis worker warm-up failed")
    # What loading left behind (jieba's cache file, parse buffers) goes back to the system;
    # the dictionary itself is kept out of the cyclic GC's scans, which would otherwise
    # touch every one of its pages again and again.
    gc.collect()
    gc.freeze()
    release_free_memory()
    send_lock = threading.Lock()
    lanes = {lane: ThreadPoolExecutor(max_workers=1, thread_name_prefix=lane) for lane in (SHORT, LONG)}

    def run(job_id: int, lane: str, function: Callable[..., object], args: tuple) -> None:
        with send_lock:
            conn.send((job_id, "start", b""))  # the job's time budget starts now
        try:
            ok, value = True, function(*args)
        except BaseException as exc:  # noqa: BLE001 - carried back to the caller
            ok, value = False, exc
        try:
            payload = pickle.dumps(value)
        except Exception as exc:  # noqa: BLE001 - an unpicklable result or error
            ok, payload = False, pickle.dumps(RuntimeError(f"{type(value).__name__}: {exc}"))
        with send_lock:
            conn.send((job_id, "ok" if ok else "error", payload))
        del value, payload
        if lane == LONG:
            release_free_memory()

    while True:
        try:
            job_id, lane, function, args = conn.recv()
        except (EOFError, OSError):
            os._exit(0)  # the bot closed the pipe: it stopped or died
        lanes[lane].submit(run, job_id, lane, function, args)


class _Worker:
    """The bot's side of one worker process: send jobs, settle their futures as the
    answers come back (on a reader thread), fail them all if the process ends."""

    _ids = itertools.count(1)

    def __init__(self, context: multiprocessing.context.BaseContext, jieba_cache_dir: str | None) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, jieba_cache_dir, os.getpid()),
                                       name="newsbrief-analyzer", daemon=True)
        self.process.start()
        child.close()
        # job id -> (loop, started, result, lane)
        self.pending: dict[int, tuple[asyncio.AbstractEventLoop, asyncio.Future, asyncio.Future, str]] = {}
        self.lock = threading.Lock()
        self.alive = True
        self.reader = threading.Thread(target=self._read, name="analyzer-reader", daemon=True)
        self.reader.start()

    def load(self, lane: str) -> int:
        with self.lock:
            return sum(1 for *_, job_lane in self.pending.values() if job_lane == lane)

    def submit(self, lane: str, function: Callable[..., T], args: tuple) -> tuple[asyncio.Future, asyncio.Future]:
        """Send a job; two futures: it started (in the worker), it ended."""
        loop = asyncio.get_running_loop()
        started: asyncio.Future = loop.create_future()
        future: asyncio.Future = loop.create_future()
        job_id = next(self._ids)
        with self.lock:
            if not self.alive:
                raise WorkerDied("analysis worker is gone")
            self.pending[job_id] = (loop, started, future, lane)
            try:
                self.conn.send((job_id, lane, function, args))
            except (OSError, ValueError) as exc:
                self.pending.pop(job_id, None)
                raise WorkerDied(str(exc)) from exc
        return started, future

    def _read(self) -> None:
        while True:
            try:
                message = self.conn.recv()
            except (EOFError, OSError):
                break
            self._answer(*message)
            # Not kept until the next answer arrives: a 200,000-character text's analysis
            # and its pickle are ~8 MB (`_answer`'s own names go when it returns).
            del message
        self._fail_all(WorkerDied)

    def _answer(self, job_id: int, kind: str, payload: bytes) -> None:
        if kind == "start":
            with self.lock:
                entry = self.pending.get(job_id)
            if entry is not None:
                loop, started, _, _ = entry
                loop.call_soon_threadsafe(_settle, started, True, None)
            return
        ok = kind == "ok"
        try:
            value = pickle.loads(payload)
        except Exception as exc:  # noqa: BLE001 - e.g. an error class that needs arguments
            ok, value = False, RuntimeError(f"unreadable answer from the analysis worker: {exc}")
        with self.lock:
            entry = self.pending.pop(job_id, None)
        if entry is not None:
            loop, started, future, _ = entry
            loop.call_soon_threadsafe(_settle, started, True, None)
            loop.call_soon_threadsafe(_settle, future, ok, value)

    def _fail_all(self, error: type[WorkerDied]) -> None:
        with self.lock:
            self.alive = False
            entries = list(self.pending.values())
            self.pending.clear()
        for loop, started, future, _ in entries:
            with contextlib.suppress(RuntimeError):  # a loop already closed
                loop.call_soon_threadsafe(_settle, started, True, None)
                loop.call_soon_threadsafe(_settle, future, False, error("analysis worker stopped"))

    def kill(self, *, displaced: bool = False) -> None:
        """End the process now; its other jobs fail (`_Displaced`: to be run again)."""
        if displaced:
            self._fail_all(_Displaced)
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.conn.close()


def _settle(future: asyncio.Future, ok: bool, value: object) -> None:
    if future.done():
        return  # the caller gave up on it (time budget, cancellation)
    if ok:
        future.set_result(value)
    else:
        future.set_exception(value if isinstance(value, BaseException) else RuntimeError(str(value)))


class Analyzer:
    """`await analyzer.analyze(text)`: summarizer.analyze in a worker process.

    Every job has a time budget (`timeout`, NEWSBRIEF_ANALYSIS_TIMEOUT): past it the
    worker is killed and replaced, the job raises `AnalysisTimeout` (the reader is
    told), and the bot goes on. Jobs run in one of two lanes of the same worker (one
    copy of jieba): short ones (search and /ask terms, small texts) never queue behind
    a long analysis.

    `workers=0` analyses in threads of this process instead: for the one-person
    console, where a second copy of jieba would only cost start-up time. A thread
    cannot be stopped, so there the budget only stops the waiting.
    """

    def __init__(self, *, workers: int = 1, jieba_cache_dir: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self._workers = workers
        self._jieba_cache_dir = jieba_cache_dir
        self.timeout = timeout
        self._threads: dict[str, ThreadPoolExecutor] | None = None
        self._processes: list[_Worker] = []
        self._context: multiprocessing.context.BaseContext | None = None
        self._version: str | None = None

    def start(self) -> None:
        if self._workers == 0:
            if self._threads is None:
                self._threads = {
                    lane: ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"analyzer-{lane}",
                                             initializer=_init_worker, initargs=(self._jieba_cache_dir,))
                    for lane in (SHORT, LONG)
                }
            return
        # "fork" where there is one: the workers inherit the already imported summarizer
        # (numpy, scipy: seconds of start-up saved) and only load jieba. start() runs
        # while the bot is still idle, so no other thread is in the middle of anything.
        if self._context is None:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            self._context = multiprocessing.get_context(method)
        while len(self._processes) < self._workers:
            self._processes.append(_Worker(self._context, self._jieba_cache_dir))

    async def warm_up(self) -> None:
        """Start the workers and load everything now, so the first reader doesn't wait."""
        try:
            await asyncio.gather(*(self.analyze(_WARM_UP_TEXT) for _ in range(max(1, self._workers))))
        except Exception:  # noqa: BLE001 - a failed warm-up only costs the first request time
            logger.exception("analyzer warm-up failed")

    async def summarizer_version(self) -> str:
        """`summarizer.SUMMARIZER_VERSION`, asked of the worker once: reading it here would
        load the whole pipeline (scipy, cn2an) into the bot's process for one string."""
        if self._version is None:
            self._version = await self.run(_summarizer_version)
        return self._version

    async def analyze(
        self, text: str, *, title: str | None = None, max_sentences: int | None = None,
        lang: str | None = None,
    ) -> Analyzed:
        if lang not in SUPPORTED_LANGS:
            lang = None  # a page may declare any language; let the summarizer detect it
        lane = SHORT if len(text) <= SHORT_TEXT_CHARS else LONG
        result = await self.run(_analyze, text, title, max_sentences, lang, lane=lane)
        if isinstance(result, _PortableError):
            raise result.exc
        return result

    async def run(self, function: Callable[..., T], *args: object, lane: str = SHORT) -> T:
        """`function(*args)` in a worker: other jieba work (index terms, parsing an /ask
        question, ranking its answers) goes where the dictionary already is, so the
        bot's own process never loads a second copy. `function` must be a module-level function
        (or a functools.partial of one) and its arguments picklable. `lane`: SHORT for
        work of milliseconds, LONG for work that may take seconds."""
        if self._workers == 0:
            return await self._run_in_thread(lane, function, args)
        for attempt in (1, 2):
            try:
                return await self._run_once(lane, function, args)
            except _Displaced:
                if attempt == 2:
                    raise
                logger.info("re-running a %s job displaced by another job's time budget", lane)
        raise AssertionError("unreachable")

    async def _run_once(self, lane: str, function: Callable[..., T], args: tuple) -> T:
        self.start()
        worker = min(self._processes, key=lambda w: w.load(lane))
        started, future = worker.submit(lane, function, args)
        try:
            # The budget counts from the job's start in the worker: not the worker's own
            # start-up (loading jieba), nor the wait behind an earlier job of its lane.
            # Both waits are bounded: a worker that never gets to the job (stuck loading)
            # is replaced like one that overruns it.
            queued = worker.load(lane)
            await asyncio.wait_for(asyncio.shield(started), STARTUP_S + queued * self.timeout)
            return await asyncio.wait_for(future, self.timeout)
        except TimeoutError:
            logger.error("a %s job (%s) ran past %.0f s; replacing its worker", lane,
                         getattr(function, "__name__", function), self.timeout)
            self._replace(worker)
            raise AnalysisTimeout(self.timeout) from None
        except WorkerDied:
            if worker in self._processes and not worker.alive:
                logger.error("analysis worker died; starting a new one")
                self._replace(worker)
            raise

    def _replace(self, worker: _Worker) -> None:
        if worker in self._processes:
            self._processes.remove(worker)
        worker.kill(displaced=True)
        self.start()

    async def _run_in_thread(self, lane: str, function: Callable[..., T], args: tuple) -> T:
        self.start()
        assert self._threads is not None
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(loop.run_in_executor(self._threads[lane], function, *args), self.timeout)
        except TimeoutError:
            raise AnalysisTimeout(self.timeout) from None

    def close(self) -> None:
        """Stop at once: workers are killed, so a shutdown never waits for a
        200,000-character text to finish."""
        for worker in self._processes:
            worker.kill()
        self._processes = []
        if self._threads is not None:
            for pool in self._threads.values():
                pool.shutdown(wait=False, cancel_futures=True)
            self._threads = None


def use_jieba_cache(settings: Settings) -> None:
    """Create NEWSBRIEF_JIEBA_CACHE, if set, for the analysers to keep jieba's cache in.

    Only the directory: the analysers point their jieba at it (`_init_worker`), so the bot's
    own process, which its forked workers copy, never imports jieba. Without the directory
    jieba still works; it parses its dictionary at every start (and logs why).
    """
    if settings.jieba_cache_dir is None:
        return
    try:
        settings.jieba_cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        logger.warning("cannot create NEWSBRIEF_JIEBA_CACHE: %s", exc)
