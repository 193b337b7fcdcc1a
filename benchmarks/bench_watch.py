"""Watchlist benchmark: /track over a chat of 10,000 stored articles, and the alert pass of a poll.

    python benchmarks/bench_watch.py                  # 10,000 articles, 5 % about the tracked name
    python benchmarks/bench_watch.py --articles 2000 --share 0.2

1. **/track**: a chat's history holds `--articles` articles with cached analyses (the
   analyses of 40 article templates written here, each article a template plus its own
   number, so every text is distinct); `--share` of them are about 腾讯云. `/track 腾讯云`
   runs through the same `WatchService.track` and analysis look-up as the bot (the digest
   service's `analysis_for`: stored article, then its cached analysis). Target ≤ 300 ms.
2. **Alerts of one poll**: `--feeds` feeds with `--items` new items each, followed by
   `--chats` chats with 20 watched names each; `WatchService.alerts_for_feed_items` is timed.
   An alert goes out in the poll that first sees its item, so its latency is one poll's fetch
   time plus this.

Times are wall-clock medians of `--repeat` runs; the machine is shared, so see the spread.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import summarizer  # noqa: E402
from bot.core.service import ANALYSIS_KEY  # noqa: E402
from bot.core.watching import AlertCandidate, WatchService  # noqa: E402
from storage import AsyncStore, Store  # noqa: E402
from summarizer.model import Article  # noqa: E402

COMPANIES = ["腾讯云", "阿里云", "百度智能云", "华为云", "宁德时代", "比亚迪", "蔚来", "小鹏汽车", "美团", "京东"]
CITIES = ["上海", "深圳", "成都", "武汉", "西安", "杭州", "合肥", "常州", "宜宾", "柏林", "布达佩斯", "雅加达"]
QUARTERS = ["第一季度", "第二季度", "第三季度", "第四季度"]
CHAT = 1
NOW = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)


def template(i: int, name: str) -> str:
    quarter = QUARTERS[i % 4]
    year = 2022 + i % 3
    return (f"{name}{year}年{quarter}营收同比增长{10 + i % 17}%，达到{40 + i}亿元。"
            f"{name}{year}年{quarter}净利润为{3 + i % 5}亿元，同比下降{i % 9 + 1}%。"
            f"分析人士表示，{name}的市场份额保持稳定，行业竞争依然激烈。"
            "多家机构认为，下一季度需求有望回暖，但原材料价格仍有不确定性。")


def build(path: Path, articles: int, share: float) -> None:
    rng = random.Random(1)
    tracked = [template(i, "腾讯云") for i in range(40)]
    others = [template(i, COMPANIES[1 + i % (len(COMPANIES) - 1)]) for i in range(40)]
    analyses = {text: summarizer.analyze(text) for text in tracked + others}
    with Store(path, clock=lambda: NOW) as store:
        for n in range(articles):
            base = rng.choice(tracked) if rng.random() < share else rng.choice(others)
            text = base + f"（第{n}号稿件）"
            saved, _ = store.put_article(Article(text=text, title=text[:20], url=f"https://news.example/{n}",
                                                 published=f"2024-{1 + n % 12:02d}-15"))
            store.put_analysis(saved.id, analyses[base], version=summarizer.SUMMARIZER_VERSION,
                               params_key=ANALYSIS_KEY)
            store.add_history(CHAT, saved.id, source="link", at=NOW)


class Clock:
    def __call__(self) -> datetime:
        return NOW


async def bench_track(path: Path, repeat: int) -> None:
    async with await AsyncStore.open(path) as store:
        async def analysis_for(article_id: int):  # the digest service's look-up, minus its LRU
            await store.get_article(article_id)
            return await store.find_analysis(article_id, version=summarizer.SUMMARIZER_VERSION,
                                             params_key=ANALYSIS_KEY)

        watch = WatchService(store, clock=Clock(), analysis_for=analysis_for)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            result = await watch.track(CHAT, "腾讯云")
            times.append(time.perf_counter() - started)
        points = sum(len(s.points) for s in result.track.series)
        print(f"/track 腾讯云: {result.articles_mentioning} articles mention it, {len(result.track.series)} series, "
              f"{points} points; median {statistics.median(times) * 1000:.0f} ms, "
              f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms (target ≤ 300 ms)")


async def bench_alerts(path: Path, feeds: int, items: int, chats: int, repeat: int) -> None:
    async with await AsyncStore.open(path) as store:
        feed_ids = [(await store.add_feed(1000 + c, f"https://feeds.example/{f}.xml")).id
                    for c in range(chats) for f in range(feeds) if (c + f) % 3 == 0]
        feed_ids = sorted(set(feed_ids))
        for c in range(chats):
            names = COMPANIES + [f"公司{c}-{k}" for k in range(10)]
            await store.add_watch_names(1000 + c, [(name, name) for name in names])
        rng = random.Random(2)
        candidates = []
        for f in feed_ids:
            for i in range(items):
                name = rng.choice(COMPANIES + ["某公司"] * 10)
                text = (f"{rng.choice(COMPANIES)}与{rng.choice(COMPANIES)}宣布在{rng.choice(CITIES)}合作建设第{i}号项目。"
                        + template(rng.randrange(40), name) + f"（{f}-{i}）")
                candidates.append(AlertCandidate(
                    key=f"item:{f}:{i}", title=f"{name}季度业绩 {f}-{i}", text=text, url=None, url_key=None,
                    source=f"feed {f}", published=NOW, feed_id=f))
        times = []
        for n in range(repeat):
            moment = NOW + timedelta(days=7 * n)  # past the cap's hour and the deduplication window
            watch = WatchService(store, clock=lambda moment=moment: moment)
            started = time.perf_counter()
            alerts = await watch.alerts_for_feed_items(candidates)
            times.append(time.perf_counter() - started)
        print(f"alerts of one poll: {len(candidates)} new items in {len(feed_ids)} feeds, {chats} chats × "
              f"20 names -> {len(alerts)} alerts; median {statistics.median(times) * 1000:.0f} ms, "
              f"max {max(times) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--share", type=float, default=0.05, help="share of articles about the tracked name")
    parser.add_argument("--feeds", type=int, default=30)
    parser.add_argument("--items", type=int, default=10, help="new items per feed in the poll")
    parser.add_argument("--chats", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        track_db = Path(tmp) / "track.db"
        started = time.perf_counter()
        build(track_db, args.articles, args.share)
        print(f"built {args.articles} articles in {time.perf_counter() - started:.1f} s")
        asyncio.run(bench_track(track_db, args.repeat))
        asyncio.run(bench_alerts(Path(tmp) / "alerts.db", args.feeds, args.items, args.chats, args.repeat))


if __name__ == "__main__":
    main()
