"""Digest benchmark: a poll cycle over many feeds, and digests for many chats.

    python benchmarks/bench_digest.py            # 500 feeds, 1,000 chats × 20 feeds
    python benchmarks/bench_digest.py --quick    # a small run, for a smoke test

What it measures, in one process against a real SQLite file:

1. **Poll cycle**: `DigestService.poll_once()` over `--feeds` feeds served by a
   local aiohttp server (in its own process, so it does not share our GIL):
   each feed has 20 entries with full text, ETags, and stories repeated across
   feeds. The first cycle stores every entry (items and articles); the second,
   15 minutes later on the digest clock, is all conditional 304s.
2. **Composing**: `DigestService.compose()` for `--chats` subscribed chats, each
   following `--feeds-per-chat` feeds of that pool. A story shown for the
   first time gets its article row and its analysis then, cached for every
   later chat; the analysis is a deterministic stand-in written to the real
   cache, because the summarizer's own speed is benchmarked elsewhere
   (`bench_speed.py`). The number of stories analysed is reported.
3. **Memory**: the peak RSS of this process.

Targets: compose ≤ 30 s for 1,000 chats, one poll cycle ≤ 60 s for 500 feeds,
memory ≤ 500 MB. Times are also given as ratios to a fixed reference workload
measured in the same run, so figures from different machines compare, and as
the CPU time this process used (its threads included; the feed server is
another process): on a shared, overloaded machine the wall time mostly
measures the other processes, the CPU time what the work itself costs.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.digest import DigestConfig, DigestService  # noqa: E402
from bot.web.feed_poll import PollConfig  # noqa: E402
from bot.render.digest import render_digest  # noqa: E402
from bot.web.fetch import FetchConfig, make_client  # noqa: E402
from storage.aio import AsyncStore  # noqa: E402
from summarizer.model import Analysis, Figure, Keyword, Sentence  # noqa: E402

START = datetime(2026, 11, 28, 0, 0, tzinfo=UTC)
ENTRIES_PER_FEED = 20
STORY_POOL_FACTOR = 0.6  # distinct stories per entry: the rest are the same story elsewhere

WORDS = ("营收 净利润 同比 增长 下降 公司 行业 市场 电池 芯片 钢铁 出口 订单 产能 需求 价格 "
         "投资 项目 数据 显示 分析 认为 季度 全年 预计 企业 政策 新能源 汽车 光伏 储能 半导体 "
         "消费 零售 物流 港口 航运 银行 保险 基金 利率 债券 指数 上涨 回落 稳定 扩大 收缩").split()


def story_text(story: int) -> tuple[str, str]:
    """A deterministic headline and ~600-character body for story number `story`."""
    rng = random.Random(story)
    title = "".join(rng.choice(WORDS) for _ in range(5)) + f"{story % 97}%"
    sentences = []
    for _ in range(12):
        words = "".join(rng.choice(WORDS) for _ in range(rng.randint(6, 12)))
        sentences.append(f"{words}{rng.randint(1, 999)}亿元。")
    return title, "".join(sentences)


def feed_document(feed: int, *, stories: int) -> bytes:
    items = []
    for j in range(ENTRIES_PER_FEED):
        story = (feed * 7919 + j * 104729) % stories
        title, body = story_text(story)
        when = format_datetime(START - timedelta(minutes=feed % 60 + j))
        items.append(
            f"<item><title>{title}</title><link>https://site{feed}.example/{story}/{j}</link>"
            f"<guid>f{feed}-{j}</guid><pubDate>{when}</pubDate>"
            f"<description><![CDATA[<p>{body}</p>]]></description></item>"
        )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Feed {feed}</title><link>https://site{feed}.example/</link>"
            + "".join(items) + "</channel></rss>").encode("utf-8")


def serve_feeds(feeds: int, port_out: multiprocessing.Queue) -> None:
    """The feed server process: /feed/N.xml with ETags; 304 when unchanged."""
    from aiohttp import web

    stories = max(int(feeds * ENTRIES_PER_FEED * STORY_POOL_FACTOR), 1)
    documents = {n: feed_document(n, stories=stories) for n in range(feeds)}

    async def handle(request: web.Request) -> web.Response:
        number = int(request.match_info["n"])
        etag = f'"{number}-v1"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304)
        return web.Response(body=documents[number], content_type="application/rss+xml",
                            charset="utf-8", headers={"ETag": etag})

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/feed/{n}.xml", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port_out.put(site._server.sockets[0].getsockname()[1])
        await asyncio.Event().wait()

    asyncio.run(main())


def reference_seconds() -> tuple[float, float]:
    """A fixed CPU workload (hashing and sorting): (wall, CPU) seconds, to express times as ratios."""
    started, cpu = time.perf_counter(), time.process_time()
    rng = random.Random(1)
    values = [rng.random() for _ in range(300_000)]
    for _ in range(3):
        sorted(values)
    digest = hashlib.sha256()
    for i in range(200_000):
        digest.update(str(i).encode())
    return time.perf_counter() - started, time.process_time() - cpu


class BenchClock:
    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current


def stand_in_analysis(text: str, title: str | None) -> Analysis:
    """A cached-analysis stand-in: the first three sentences and one figure."""
    parts = [p + "。" for p in text.split("。") if p][:3]
    sentences = tuple(Sentence(index=i, text=s, score=1.0 - i / 10) for i, s in enumerate(parts))
    figure = Figure(text="12%", value=12.0, unit="%", approx=None, change="增长", period=None,
                    subject="营收", context=parts[0] if parts else "", sentence_index=0, rank=1)
    return Analysis(lang="zh", sentences=sentences, keywords=(Keyword("营收", 1.0),),
                    figures=(figure,), title=title, sentence_count=len(parts), char_count=len(text))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def run(args: argparse.Namespace) -> dict[str, float]:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve_feeds, args=(args.feeds, queue), daemon=True)
    server.start()
    port = queue.get(timeout=60)
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        clock = BenchClock(START)
        store = await AsyncStore.open(Path(tmp) / "bench.db", clock=clock.now)
        fetch_config = FetchConfig(allow_private=True)
        client = make_client(fetch_config)
        analysed: set[int] = set()

        async def analysis_for(article_id: int) -> Analysis | None:
            """The cached analysis; the stand-in is written the first time a story is shown."""
            cached = await store.find_analysis(article_id, version="bench")
            if cached is None:
                article = await store.get_article(article_id)
                cached = stand_in_analysis(article.text, article.title)
                await store.put_analysis(article_id, cached, version="bench")
                analysed.add(article_id)
            return cached

        service = DigestService(
            store, fetch_config=fetch_config, clock=clock, client=client, render=render_digest,
            config=DigestConfig(poll=PollConfig(concurrency=args.concurrency)),
            analysis_for=analysis_for,
        )
        rng = random.Random(42)
        urls = [f"http://127.0.0.1:{port}/feed/{n}.xml" for n in range(args.feeds)]
        for chat in range(1, args.chats + 1):
            for url in rng.sample(urls, min(args.feeds_per_chat, len(urls))):
                await store.add_feed(chat, url)
            await store.subscribe(chat, times=["09:00"], tz="Asia/Shanghai")

        clock.current = START + timedelta(minutes=1)
        started, cpu = time.perf_counter(), time.process_time()
        report = await service.poll_once()
        results["poll_first_s"] = time.perf_counter() - started
        results["poll_first_cpu"] = time.process_time() - cpu
        results["poll_feeds"] = report.polled
        results["poll_new_items"] = report.new_items
        results["poll_failed"] = report.failed

        clock.current += timedelta(minutes=16)
        started, cpu = time.perf_counter(), time.process_time()
        report = await service.poll_once()
        results["poll_304_s"] = time.perf_counter() - started
        results["poll_304_cpu"] = time.process_time() - cpu
        results["poll_304"] = report.not_modified

        clock.current += timedelta(hours=1)
        started, cpu = time.perf_counter(), time.process_time()
        stories = 0
        for chat in range(1, args.chats + 1):
            digest = await service.compose(chat, now=clock.now(), lang="zh", heading="<b>简报</b>",
                                           since=START - timedelta(days=1))
            stories += len(digest.stories)
        results["compose_s"] = time.perf_counter() - started
        results["compose_cpu"] = time.process_time() - cpu
        results["analyses_cached"] = len(analysed)
        results["compose_chats"] = args.chats
        results["stories_per_chat"] = stories / max(args.chats, 1)
        await client.aclose()
        await store.close()
    server.terminate()
    results["peak_rss_mb"] = peak_rss_mb()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--feeds-per-chat", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--quick", action="store_true", help="50 feeds, 100 chats")
    args = parser.parse_args()
    if args.quick:
        args.feeds, args.chats = 50, 100
    reference, reference_cpu = reference_seconds()
    results = asyncio.run(run(args))
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.1f} during the run")
    print(f"reference workload: {reference:.2f} s wall, {reference_cpu:.2f} s CPU")
    print("phase              wall (× reference)   CPU of this process (× reference CPU)   target")
    rows = [
        ("poll, 1st cycle", "poll_first", f"≤ 60 s ({results['poll_feeds']:.0f} feeds, "
         f"{results['poll_new_items']:.0f} new items, {results['poll_failed']:.0f} failed)"),
        ("poll, all 304", "poll_304", f"({results['poll_304']:.0f} not modified)"),
        ("compose", "compose", f"≤ 30 s ({results['compose_chats']:.0f} chats, "
         f"{results['stories_per_chat']:.1f} stories each, {results['analyses_cached']:.0f} analysed)"),
    ]
    for label, key, target in rows:
        wall, cpu = results[f"{key}_s"], results[f"{key}_cpu"]
        print(f"{label:18s} {wall:6.1f} s ({wall / reference:4.1f}×)   "
              f"{cpu:6.1f} s ({cpu / reference_cpu:4.1f}×)   {target}")
    print(f"peak memory        {results['peak_rss_mb']:.0f} MB (target ≤ 500 MB)")
    ok = (results["poll_first_s"] <= 60 and results["compose_s"] <= 30
          and results["peak_rss_mb"] <= 500 and results["poll_failed"] == 0)
    return 0 if ok or args.quick else 1


if __name__ == "__main__":
    sys.exit(main())
