"""Benchmark the running bot end to end: the real `newsbrief run` against the fake Bot API.

    python benchmarks/bench_bot.py [--quick]

Measures, in one run (targets in brackets):
- cold start: process launch to the answer of a /start queued before launch [<= 5 s];
- cached follow-up (/keywords on a known article), push to reply, p95 [<= 100 ms];
- new 5,000-character text, push to the finished summary, p95 [<= 1 s];
- 100 chats sending articles at once: all answered, no errors (and how long it took);
- /help latency while a 200,000-character text is being analysed [<= 200 ms];
- /search latency while a 150,000-character text is being analysed [<= 1 s];
- a 55-chat mixed load at once (one 150k text, new articles, /search, /ask, /help, and a
  /numbers whose bar chart is drawn);
- peak RSS of the bot process [<= 400 MB], and of the bot plus its analysis worker
  [<= 350 MB] (PSS too: pages the worker shares with the bot are counted once).

References measured in the same run, so the figures can be compared across
machines: `summarizer.analyze` in-process on the same 5k texts, and a bare HTTP
round trip to the fake API. Texts come from ../shared/corpus (NEWSBRIEF_SHARED
overrides the location).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.botharness import BotProcess  # noqa: E402
from tests.fakebotapi import FakeBotAPI  # noqa: E402

SHARED = Path(os.environ.get("NEWSBRIEF_SHARED") or REPO.parent / "shared")


# A chat whose article has five comparable growth rates, so /numbers draws a bar chart
# (written for this benchmark, like benchmarks/bench_charts.py's).
CHART_CHAT = 2100
CHART_ARTICLE = ("云厂商季度成绩单出炉，各家增速分化明显。腾讯云第三季度营收同比增长15%。"
                 "百度智能云营收同比增长14%，达到49亿元。阿里云收入增长三位数。华为云营收同比下降5%。"
                 "金山云营收同比增长8%。分析人士认为，人工智能需求是带动云计算增长的主要原因，"
                 "各家厂商都在加大算力投入。") * 2  # over the short-message threshold: an article


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def corpus_texts() -> list[str]:
    path = SHARED / "corpus" / "summaries-zh.jsonl"
    if not path.exists():
        sys.exit(f"bench_bot: {path} not found (set NEWSBRIEF_SHARED)")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def texts_of_length(texts: list[str], length: int, count: int) -> list[str]:
    """`count` distinct texts of about `length` characters, made of whole corpus articles."""
    out, current, i = [], [], 0
    while len(out) < count:
        current.append(texts[i % len(texts)])
        i += 1
        if sum(map(len, current)) >= length:
            out.append("\n".join(current)[: length + 500])
            current = []
    return out


class RssSampler(threading.Thread):
    """Samples the bot's RSS (and with its children) until stopped; keeps the peaks, overall
    and per phase of the run (`phase` names what is running), so a missed memory target
    says which load caused it."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.process = psutil.Process(pid)
        self.peak_main = 0
        self.peak_total = 0
        self.peak_pss = 0
        self.phase = "start"
        # phase -> (peak total RSS, the bot's RSS then, the workers' RSS then)
        self.phases: dict[str, tuple[int, int, int]] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                children = self.process.children(recursive=True)
                main = self.process.memory_info().rss
                workers = sum(c.memory_info().rss for c in children)
                # PSS splits pages shared by the forked worker and the bot between them.
                pss = sum(p.memory_full_info().pss for p in [self.process, *children])
            except psutil.Error:
                break
            total = main + workers
            self.peak_main = max(self.peak_main, main)
            self.peak_total = max(self.peak_total, total)
            self.peak_pss = max(self.peak_pss, pss)
            if total > self.phases.get(self.phase, (0, 0, 0))[0]:
                self.phases[self.phase] = (total, main, workers)
            time.sleep(0.25)


def timed_reply(fake: FakeBotAPI, chat_id: int, send, *, timeout: float = 120, predicate=None) -> float:
    """Seconds from pushing an update to the chat's final answer (call handled at the fake)."""
    mark = fake.mark()
    started = time.monotonic()
    send()
    reply = fake.wait_reply(chat_id, after=mark, timeout=timeout, predicate=predicate)
    return reply.at - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    repeats = 10 if args.quick else 30
    corpus = corpus_texts()
    five_k = texts_of_length(corpus, 5000, repeats + 1)
    big = texts_of_length(corpus, 199_000, 1)[0][:199_000]
    articles = [t for t in corpus if len(t) >= 300][:100]

    import summarizer

    summarizer.analyze(five_k[-1])  # load jieba before timing the reference
    reference = []
    for text in five_k[:repeats]:
        started = time.perf_counter()
        summarizer.analyze(text, max_sentences=10)
        reference.append(time.perf_counter() - started)

    results: dict[str, float | int | str] = {}
    with FakeBotAPI() as fake, tempfile.TemporaryDirectory() as tmp:
        with httpx.Client() as client:
            round_trips = []
            for _ in range(repeats):
                started = time.perf_counter()
                client.post(f"{fake.base_url}{fake.token}/getMe")
                round_trips.append(time.perf_counter() - started)
        bot = BotProcess(fake, Path(tmp) / "bench.db", env={"NEWSBRIEF_RATE_LIMIT": "0",
                                                           "NEWSBRIEF_LOG_LEVEL": "WARNING"})
        mark = fake.mark()
        launched = time.monotonic()
        fake.command(1, "/start")
        bot.start(wait=False)
        sampler = RssSampler(bot.pid())
        sampler.start()
        first = fake.wait_reply(1, after=mark, timeout=60)
        results["cold_start_s"] = first.at - launched
        try:
            sampler.phase = "5k texts, follow-ups, /search, /ask"
            results["first_summary_after_start_s"] = timed_reply(fake, 2, lambda: fake.send_text(2, five_k[-1]))

            new_text = [timed_reply(fake, 3, lambda t=t: fake.send_text(3, t, user_id=3)) for t in five_k[:repeats]]
            follow_ups = [timed_reply(fake, 3, lambda: fake.command(3, "/keywords")) for _ in range(repeats)]
            # /search and /ask tokenize their query in the analysis worker: timed here, and
            # they make the memory figures below include that path.
            searches = [timed_reply(fake, 3, lambda: fake.command(3, "/search 公司")) for _ in range(repeats)]
            questions = [timed_reply(fake, 3, lambda: fake.command(3, "/ask 营收增长了多少？"))
                         for _ in range(repeats)]

            sampler.phase = "100 chats at once"
            mark = fake.mark()
            started = time.monotonic()
            for i, text in enumerate(articles):
                fake.send_text(1000 + i, text)
            replies = [fake.wait_reply(1000 + i, after=mark, timeout=300) for i in range(len(articles))]
            failures = [c for c in fake.calls[mark:] if not c.ok]
            errors = [r for r in replies if "出了点问题" in r.text]
            results["burst_chats"] = len(articles)
            results["burst_answered"] = len(replies)
            results["burst_errors"] = len(failures) + len(errors)
            results["burst_all_answered_s"] = max(r.at for r in replies) - started

            sampler.phase = "200k text, /help"
            mark = fake.mark()
            fake.send_text(4, big)
            fake.wait_for("sendMessage", lambda c: c.text.startswith("⏳"), after=mark, chat_id=4)
            help_latency = [timed_reply(fake, 5, lambda: fake.command(5, "/help")) for _ in range(5)]
            big_reply = fake.wait_reply(4, after=mark, timeout=600)
            results["big_text_answered_s"] = big_reply.at - fake.calls[mark].at

            # /search while another chat's 150,000-character text is analysed.
            sampler.phase = "150k text, /search"
            mark = fake.mark()
            fake.send_text(6, big[:150_000])
            fake.wait_for("sendMessage", lambda c: c.text.startswith("⏳"), after=mark, chat_id=6)
            search_latency = [timed_reply(fake, 3, lambda: fake.command(3, "/search 公司")) for _ in range(5)]
            fake.wait_reply(6, after=mark, timeout=600)

            # The chart chat's article (its /numbers comes in the mixed load below).
            sampler.phase = "chart article"
            mark = fake.mark()
            fake.send_text(CHART_CHAT, CHART_ARTICLE)
            fake.wait_reply(CHART_CHAT, after=mark, timeout=60)

            # 55 chats at once, mixed: one 150,000-character text, 25 new articles,
            # 10 /search, 10 /ask, 8 /help and one /numbers whose bar chart is drawn (the
            # first chart of the worker: matplotlib is imported while the 150k text is
            # analysed).
            sampler.phase = "55 chats mixed, with a chart"
            mark = fake.mark()
            started = time.monotonic()
            mixed = {}
            for i in range(55):
                chat_id = 2000 + i
                if i == 0:
                    fake.send_text(chat_id, big[-150_000:])
                elif i <= 25:
                    fake.send_text(chat_id, articles[i % len(articles)])
                elif i <= 35:
                    fake.command(chat_id, "/search 公司")
                elif i <= 45:
                    fake.command(chat_id, "/ask 营收增长了多少？")
                elif i <= 53:
                    fake.command(chat_id, "/help")
                else:
                    chat_id = CHART_CHAT
                    fake.command(chat_id, "/numbers")
                mixed[chat_id] = i
            mixed_replies = [fake.wait_reply(c, after=mark, timeout=600) for c in mixed]
            photos = fake.wait_for("sendPhoto", after=mark, chat_id=CHART_CHAT, timeout=120)
            results["mixed_55_answered"] = len(mixed_replies)
            results["mixed_55_all_answered_s"] = max(r.at for r in mixed_replies + photos) - started
            results["mixed_55_charts"] = len([p for p in photos if p.params["photo"].startswith(b"\x89PNG")])
            results["mixed_55_errors"] = len([c for c in fake.calls[mark:] if not c.ok]) + len(
                [r for r in mixed_replies if "出了点问题" in r.text])
        finally:
            sampler.stopped.set()
            bot.stop()
    for phase, (total, main, workers) in sampler.phases.items():
        print(f"peak RSS in {phase}: {total / 2**20:.0f} MB (bot {main / 2**20:.0f}, workers {workers / 2**20:.0f})")

    results.update({
        "followup_p95_ms": p95(follow_ups) * 1000,
        "search_p95_ms": p95(searches) * 1000,
        "ask_p95_ms": p95(questions) * 1000,
        "new_5k_p95_s": p95(new_text),
        "new_5k_median_s": statistics.median(new_text),
        "help_during_200k_max_ms": max(help_latency) * 1000,
        "help_during_200k_median_ms": statistics.median(help_latency) * 1000,
        "search_during_150k_max_ms": max(search_latency) * 1000,
        "search_during_150k_median_ms": statistics.median(search_latency) * 1000,
        "rss_bot_peak_mb": sampler.peak_main / 2**20,
        "rss_bot_and_workers_peak_mb": sampler.peak_total / 2**20,
        "pss_bot_and_workers_peak_mb": sampler.peak_pss / 2**20,
        "ref_analyze_5k_p95_s": p95(reference),
        "ref_http_round_trip_p95_ms": p95(round_trips) * 1000,
    })
    results["new_5k_p95_vs_analyze"] = results["new_5k_p95_s"] / results["ref_analyze_5k_p95_s"]
    results["followup_p95_vs_round_trip"] = results["followup_p95_ms"] / results["ref_http_round_trip_p95_ms"]
    targets = {
        "cold_start_s": 5, "followup_p95_ms": 100, "new_5k_p95_s": 1, "help_during_200k_max_ms": 200,
        "rss_bot_peak_mb": 400, "rss_bot_and_workers_peak_mb": 350, "burst_errors": 0,
        "search_during_150k_max_ms": 1000, "mixed_55_errors": 0,
    }
    for key, value in results.items():
        target = targets.get(key)
        verdict = "" if target is None else ("  ok" if value <= target else f"  MISSED (target <= {target})")
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"{key:32} {shown}{verdict}")
    ok = (all(results[k] <= v for k, v in targets.items()) and results["burst_answered"] == results["burst_chats"]
          and results["mixed_55_charts"] >= 1)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
