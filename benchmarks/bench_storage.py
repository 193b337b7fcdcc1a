"""Storage benchmark: cache lookups, bulk store, search, concurrent writers, size.

    python benchmarks/bench_storage.py                 # the full run (about 2-3 minutes)
    python benchmarks/bench_storage.py --articles 500 --seconds 2 --writers 10   # a quick look

Articles are synthetic Chinese and English industry news generated here from our own sentence
templates (about 900 characters for zh, like the median news note), with a matching synthetic
Analysis, so the benchmark needs nothing outside the repository. Every figure is also given as a
ratio to a fixed CPU reference measured in the same run, so runs on busy or slower machines
compare. Results go to stdout and to benchmarks/out/bench_storage.json.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage import AsyncStore, Store  # noqa: E402
from summarizer.terms import index_texts, search_terms, warm_up  # noqa: E402
from summarizer.model import Analysis, Article, Figure, Keyword, Quote, Sentence  # noqa: E402

TARGETS = {
    "lookup_p95_ms": 5.0,
    "store_total_s": 60.0,
    "search_p95_ms": 50.0,
    "locked_errors": 0,
    "lost_rows": 0,
}

ZH_PREFIX = "华 中 云 海 星 智 天 新 博 启 瑞 鼎 远 盛 领 芯 光 数 联 安 金 达 锐 恒 腾 微 讯 极 宇 易".split()
ZH_SUFFIX = "科技 电子 半导体 汽车 能源 医药 物流 网络 智能 材料 通信 软件 银行 证券 航空".split()
ZH_METRIC = ("营收 净利润 出货量 毛利率 研发投入 订单量 市场份额 用户数 交付量 现金流 "
             "装机量 产能 经营利润 海外收入 广告收入").split()
ZH_PERIOD = "第一季度 第二季度 第三季度 第四季度 上半年 前三季度 全年 去年同期 本月 上周".split()
ZH_PEOPLE = "李强 王芳 张伟 刘洋 陈静 杨帆 赵磊 黄敏 周杰 吴婷".split()
ZH_TITLE = "董事长 总裁 首席执行官 副总裁 首席财务官 分析师 研究员".split()
ZH_CITY = "上海 深圳 北京 杭州 苏州 合肥 成都 武汉 台北 香港".split()
ZH_TOPIC = ("人工智能 自动驾驶 储能电池 云计算 大模型 光伏组件 芯片封装 创新药 跨境电商 "
            "工业机器人 数据中心 卫星互联网").split()
ZH_TEMPLATES = [
    "{co}{period}{metric}同比增长{pct}%，达到{num}亿元。",
    "{co}{period}{metric}同比下降{pct}%，低于市场预期。",
    "{co}{title}{person}表示：“我们将继续加大在{topic}领域的投入。”",
    "据{co}公告，公司计划在{city}投资{num}亿元建设{topic}基地。",
    "分析人士认为，{topic}市场的竞争正在加剧，{co}面临较大压力。",
    "{co}与{co2}签署战略合作协议，双方将在{topic}方面展开合作。",
    "受{topic}需求带动，{co}{period}{metric}环比增长{pct}%。",
    "{person}指出，{topic}行业明年有望保持{pct}%左右的增速。",
    "{co}股价当日上涨{pct}%，总市值突破{num}亿元。",
    "今年以来，{city}已有{small}家{topic}企业完成融资。",
    "{co}{metric}占比提升至{pct}%，创历史新高。",
    "業內人士表示，{co}在{topic}領域的營收佔比仍然偏低。",
]
EN_COMPANY = ("Acme Orbital Nimbus Vertex Quanta Helio Borealis Cobalt Lumen Stratus Kestrel "
              "Pioneer Zenith Atlas Meridian").split()
EN_SUFFIX = "Robotics Semiconductor Motors Energy Cloud Networks Bio Logistics Systems".split()
EN_METRIC = "revenue profit shipments deliveries orders margin subscribers bookings".split()
EN_TOPIC = ("battery storage, self-driving trucks, chip packaging, cloud gaming, satellite internet, "
            "industrial robots, data centers, solar modules").split(", ")
EN_TEMPLATES = [
    "{co} said {metric} rose {pct}% to ${num} million in the {quarter} quarter.",
    "{co} {metric} fell {pct}% year on year, missing analyst estimates.",
    "\"We will keep investing in {topic},\" chief executive {person} told reporters.",
    "{co} plans to spend ${num} million on a new {topic} plant in {city}.",
    "Analysts expect competition in {topic} to intensify next year.",
    "{co} and {co2} agreed to work together on {topic}.",
    "Shares of {co} climbed {pct}% after the announcement.",
    "The company now employs {small}00 engineers in {city}.",
]
EN_PEOPLE = "Ann Lee, Raj Patel, Maria Gomez, Tom Becker, Yuki Tanaka".split(", ")
EN_CITY = "Berlin Austin Seoul Lyon Osaka Toronto Dublin".split()


def zh_company(rng: random.Random) -> str:
    return rng.choice(ZH_PREFIX) + rng.choice(ZH_PREFIX) + rng.choice(ZH_SUFFIX)


def make_article(n: int, rng: random.Random) -> tuple[Article, list[str], Analysis]:
    """A synthetic article, its sentences and a synthetic analysis (about 4 zh : 1 en)."""
    english = n % 5 == 4
    sentences = []
    if english:
        co = f"{rng.choice(EN_COMPANY)} {rng.choice(EN_SUFFIX)}"
        for _ in range(rng.randint(10, 16)):
            sentences.append(rng.choice(EN_TEMPLATES).format(
                co=co, co2=f"{rng.choice(EN_COMPANY)} {rng.choice(EN_SUFFIX)}",
                metric=rng.choice(EN_METRIC), pct=rng.randint(1, 60), num=rng.randint(10, 900),
                quarter=rng.choice(["first", "second", "third", "fourth"]), topic=rng.choice(EN_TOPIC),
                person=rng.choice(EN_PEOPLE), city=rng.choice(EN_CITY), small=rng.randint(1, 9)))
        text = " ".join(sentences)
        title = f"{co}: {sentences[0][:60]}"
    else:
        co = zh_company(rng)
        for _ in range(rng.randint(20, 30)):
            sentences.append(rng.choice(ZH_TEMPLATES).format(
                co=co, co2=zh_company(rng), period=rng.choice(ZH_PERIOD), metric=rng.choice(ZH_METRIC),
                pct=rng.randint(1, 60), num=rng.randint(10, 9000), title=rng.choice(ZH_TITLE),
                person=rng.choice(ZH_PEOPLE), topic=rng.choice(ZH_TOPIC), city=rng.choice(ZH_CITY),
                small=rng.randint(2, 40)))
        text = "".join(sentences)
        title = f"{co}{sentences[0][len(co):30]}"
    article = Article(text=f"[{n}] {text}", url=f"https://news{n % 37}.example.com/2026/{n}.html?utm_source=x",
                      title=title, site=f"news{n % 37}.example.com", published="2026-11-28",
                      lang="en" if english else "zh", source_type="html")
    chosen = sorted(rng.sample(range(len(sentences)), 5))
    analysis = Analysis(
        lang=article.lang or "zh", title=title,
        sentences=tuple(Sentence(i, sentences[i], rng.random(), i // 5) for i in chosen),
        keywords=tuple(Keyword(w, rng.random()) for w in rng.sample(ZH_METRIC + ZH_TOPIC, 10)),
        figures=tuple(Figure(f"{p}%", float(p), "%", None, "up", None, co, sentences[i], i, r + 1)
                      for r, (i, p) in enumerate(zip(chosen, range(5, 10)))),
        quotes=(Quote(rng.choice(ZH_PEOPLE), rng.choice(ZH_TITLE), sentences[chosen[0]], "direct", chosen[0]),),
        sentence_count=len(sentences), char_count=len(text), version="bench",
    )
    return article, sentences, analysis


def reference_seconds() -> float:
    """A fixed CPU workload (hashing and sorting); the unit of every ratio."""
    start = time.perf_counter()
    rng = random.Random(1)
    data = bytes(rng.getrandbits(8) for _ in range(200_000))
    for _ in range(50):
        hashlib.sha256(data).hexdigest()
    sorted(rng.random() for _ in range(300_000))
    return time.perf_counter() - start


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[94] if len(samples) >= 2 else samples[0]


def bench_store(path: Path, count: int) -> dict:
    """Store `count` articles as the bot does: article, analysis, history; then the search index.

    The two are timed apart: storing is SQLite work; indexing is mostly jieba
    (CPU-bound text work that the bot may run anywhere, e.g. in its process pool).
    """
    rng = random.Random(20261128)
    generated = [make_article(n, rng) for n in range(count)]
    store_s = tokenize_s = index_write_s = 0.0
    with Store(path) as store:
        store.ensure_chat(1)
        for article, sentences, analysis in generated:
            t0 = time.perf_counter()
            stored, _ = store.put_article(article)
            store.put_analysis(stored.id, analysis)
            store.add_history(1, stored.id, message_id=stored.id, source="link")
            if stored.id % 3 == 0:  # a second chat sees a third of them
                store.add_history(2, stored.id)
            t1 = time.perf_counter()
            terms = index_texts(sentences)
            t2 = time.perf_counter()
            store.index_sentences(stored.id, sentences, terms)
            t3 = time.perf_counter()
            store_s += t1 - t0
            tokenize_s += t2 - t1
            index_write_s += t3 - t2
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stats = store.stats()
    size = path.stat().st_size
    return {
        "articles": count,
        "sentences": stats.sentences,
        "store_total_s": round(store_s, 2),
        "index_tokenize_s": round(tokenize_s, 2),
        "index_write_s": round(index_write_s, 2),
        "store_and_index_s": round(store_s + tokenize_s + index_write_s, 2),
        "db_mb_per_1000_articles": round(size / count * 1000 / 1e6, 2),
        "urls": [a.url for a, _, _ in generated],
    }


def bench_lookup(path: Path, urls: list[str], samples: int) -> dict:
    """A cached lookup as the bot does it: URL -> article -> analysis of the current version."""
    rng = random.Random(7)
    wall, cpu = [], []
    with Store(path, migrate=False) as store:
        for url in rng.sample(urls, min(samples, len(urls))):
            w0, c0 = time.perf_counter(), time.thread_time()
            article = store.find_article_by_url(url)
            assert article is not None
            assert store.find_analysis(article.id, version="bench") is not None
            wall.append((time.perf_counter() - w0) * 1000)
            cpu.append((time.thread_time() - c0) * 1000)
    return {"lookup_p95_ms": round(p95(wall), 3), "lookup_median_ms": round(statistics.median(wall), 3),
            "lookup_cpu_p95_ms": round(p95(cpu), 3)}


QUERIES = [
    "营收增长", "净利润", "大模型", "储能电池 投资", "台北 芯片封装", "李强 表示", "华芯科技 营收",
    "数据中心 融资", "市场份额 创历史新高", "自动驾驶 竞争", "星海半导体 出货量 第三季度",
    "臺灣 營收", "毛利率下降", "revenue", "Acme Robotics revenue", "battery storage Berlin",
    "shares climbed", "chief executive", "Quanta Cloud deliveries", "云计算 合作协议 签署",
    "公司计划在深圳投资多少亿元", "海外收入同比增长了多少", "谁说要加大人工智能投入",
]


def bench_search(path: Path, rounds: int) -> dict:
    warm_up()
    wall, cpu, other_chat, hits = [], [], [], 0
    with Store(path, migrate=False) as store:
        for query in QUERIES:  # warm the page cache once
            store.search(1, search_terms(query), limit=20)
        for _ in range(rounds):
            for query in QUERIES:
                w0, c0 = time.perf_counter(), time.thread_time()
                found = store.search(1, search_terms(query), limit=20)  # the query's terms are timed too
                wall.append((time.perf_counter() - w0) * 1000)
                cpu.append((time.thread_time() - c0) * 1000)
                hits += bool(found)
                w0 = time.perf_counter()
                store.search(2, search_terms(query), limit=20)
                other_chat.append((time.perf_counter() - w0) * 1000)
    return {
        "search_p95_ms": round(p95(wall), 2),
        "search_median_ms": round(statistics.median(wall), 2),
        "search_cpu_p95_ms": round(p95(cpu), 2),
        "search_third_chat_p95_ms": round(p95(other_chat), 2),
        "queries_with_hits": f"{hits}/{len(wall)}",
    }


def bench_thread_writers(path: Path, writers: int, seconds: float) -> dict:
    """`writers` threads, each with its own connection, writing for `seconds`."""
    Store(path).close()
    done = [0] * writers
    errors: list[str] = []
    deadline = time.perf_counter() + seconds
    barrier = threading.Barrier(writers)

    def run(worker: int) -> None:
        try:
            with Store(path, migrate=False) as store:
                barrier.wait()
                while time.perf_counter() < deadline:
                    n = done[worker]
                    article, _ = store.put_article(Article(text=f"线程{worker}第{n}篇：营收增长{n % 50}%。"))
                    store.add_history(1000 + worker, article.id, message_id=n)
                    done[worker] += 1
        except Exception as error:  # noqa: BLE001 - counted and reported
            errors.append(repr(error))

    threads = [threading.Thread(target=run, args=(w,)) for w in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with Store(path, migrate=False) as store:
        stored = store.stats().history_entries
    return {"threads_writes": sum(done), "threads_locked_errors": sum("locked" in e for e in errors),
            "threads_other_errors": len([e for e in errors if "locked" not in e]),
            "threads_lost_rows": sum(done) - stored}


def bench_async_writers(path: Path, writers: int, seconds: float) -> dict:
    """`writers` asyncio tasks sharing one AsyncStore (the bot's setup), for `seconds`."""

    async def main() -> dict:
        done = [0] * writers
        errors: list[str] = []
        async with await AsyncStore.open(path) as store:
            deadline = time.perf_counter() + seconds

            async def run(worker: int) -> None:
                try:
                    while time.perf_counter() < deadline:
                        n = done[worker]
                        article, _ = await store.put_article(Article(text=f"协程{worker}第{n}篇。"))
                        await store.add_history(2000 + worker, article.id, message_id=n)
                        done[worker] += 1
                except Exception as error:  # noqa: BLE001
                    errors.append(repr(error))

            await asyncio.gather(*(run(w) for w in range(writers)))
            stored = (await store.stats()).history_entries
        return {"async_writes": sum(done), "async_locked_errors": sum("locked" in e for e in errors),
                "async_other_errors": len([e for e in errors if "locked" not in e]),
                "async_lost_rows": sum(done) - stored}

    return asyncio.run(main())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of the writer test")
    parser.add_argument("--writers", type=int, default=50)
    parser.add_argument("--lookups", type=int, default=2_000)
    parser.add_argument("--search-rounds", type=int, default=10)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out" / "bench_storage.json")
    args = parser.parse_args(argv)

    results: dict = {"reference_s": round(reference_seconds(), 3)}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        warm_up()
        stored = bench_store(db, args.articles)
        urls = stored.pop("urls")
        results.update(stored)
        results.update(bench_lookup(db, urls, args.lookups))
        results.update(bench_search(db, args.search_rounds))
        results.update(bench_thread_writers(Path(tmp) / "threads.db", args.writers, args.seconds))
        results.update(bench_async_writers(Path(tmp) / "async.db", args.writers, args.seconds))
    results["reference_s_after"] = round(reference_seconds(), 3)
    results["load_average"] = [round(x, 2) for x in os.getloadavg()]
    results["cpus"] = os.cpu_count()

    checks = {
        "lookup_p95_ms": results["lookup_p95_ms"] <= TARGETS["lookup_p95_ms"],
        "search_p95_ms": results["search_p95_ms"] <= TARGETS["search_p95_ms"],
        "locked_errors": results["threads_locked_errors"] + results["async_locked_errors"] == 0,
        "lost_rows": results["threads_lost_rows"] + results["async_lost_rows"] == 0,
    }
    if args.articles >= 10_000:
        checks["store_total_s"] = results["store_total_s"] <= TARGETS["store_total_s"]
    ref = results["reference_s"]
    results["ratios_to_reference"] = {
        key: round(results[key] / 1000 / ref if key.endswith("_ms") else results[key] / ref, 3)
        for key in ("lookup_p95_ms", "search_p95_ms", "search_cpu_p95_ms", "store_total_s",
                    "store_and_index_s")
    }
    results["targets"] = TARGETS
    results["passed"] = checks
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    for key, value in results.items():
        print(f"{key:28} {value}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
