"""/ask evaluation: answer quality on our question set, and latency at 10,000 articles.

    python benchmarks/eval_ask.py                      # quality + latency at 10,000 articles
    python benchmarks/eval_ask.py --filler 0           # quality only (about 30 s)
    python benchmarks/eval_ask.py --sweep              # also sweep the abstention threshold
    python benchmarks/eval_ask.py --verbose            # print every miss and false answer
    python benchmarks/eval_ask.py --set adversarial    # only the adversarial set (or --set original)

The question set is benchmarks/data/ask_questions.json: question -> a substring the
answer must contain, or null when the stored articles do not answer it (the right
answer is then an abstention). Its articles are read from ../shared (the corpus and
the seed; NEWSBRIEF_SHARED overrides), never copied into the repository.

Articles go into a temporary database through the real service (Service.brief_of:
analysis, cache, sentence index) and questions through Service.ask, as in the bot.
For latency, 10,000 synthetic filler articles (our own templates, fictional names,
stored and indexed through storage without analyses) join the same chat, and every
question is asked again; storage's raw search on the same chat is the reference
measured in the same run. Results go to stdout and benchmarks/out/eval_ask.json.

The adversarial set (benchmarks/data/ask_adversarial.json) has four libraries
(brokerage notes, news flashes, Chinese news, English news), each stored in its own
chat. Its questions are answerable, paraphrased (another word for the metric, the
period or the name) or traps (wrong period, wrong year, wrong company, a metric or a
forecast the articles do not state, an unknown or nonsense subject). It reports hit@1
on answerable and paraphrased questions, the share of traps refused, per library, per
language and on split halves (even and odd questions), at 17 articles per chat and
again with the 10,000 filler articles in every chat.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.core.analyzer import Analyzer  # noqa: E402
from bot.core.asking import CANDIDATES  # noqa: E402
from bot.web.fetch import FetchConfig  # noqa: E402
from bot.core.service import Service  # noqa: E402
from storage import AsyncStore, Store  # noqa: E402
from summarizer.terms import index_texts, search_terms, warm_up  # noqa: E402
from summarizer.answer import DEFAULT_THRESHOLDS, Answer, parse_question  # noqa: E402
from summarizer.model import Article  # noqa: E402

QUESTIONS = REPO / "benchmarks" / "data" / "ask_questions.json"
ADVERSARIAL = REPO / "benchmarks" / "data" / "ask_adversarial.json"
OUT = REPO / "benchmarks" / "out" / "eval_ask.json"
CHAT = 1
TARGETS = {"hit1_number_entity": 0.8, "abstain_unanswerable": 0.9, "p95_ms_10k": 100.0}
ADVERSARIAL_TARGETS = {"hit1_answerable": 0.85, "hit1_paraphrase": 0.8, "abstain_trap": 0.95}
# The adversarial libraries' chats (the original set lives in CHAT).
FIRST_LIBRARY_CHAT = 11


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSBRIEF_SHARED") or REPO.parent / "shared")


def load_articles(specs: list[dict], shared: Path) -> list[tuple[str, Article]]:
    """The question set's articles, from the corpus and the seed."""
    summaries = {}
    with open(shared / "corpus" / "summaries-zh.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            summaries[row["id"]] = row
    out = []
    for spec in specs:
        kind, _, ident = spec["source"].partition(":")
        url = title = published = None
        if kind == "seed":
            text = sorted((shared / "seed").glob("*.txt"))[0].read_text(encoding="utf-8")
        elif kind == "summaries":
            text = summaries[ident]["text"]
        elif kind == "html":
            page = json.loads((shared / "corpus" / "html" / f"{ident}.json").read_text(encoding="utf-8"))
            text, title, url, published = page["body"], page.get("title"), page.get("url"), page.get("publish_time")
        else:
            raise ValueError(f"unknown source {spec['source']!r}")
        out.append((spec["id"], Article(
            text=text,
            title=spec.get("title") or title,
            url=url or f"https://eval.invalid/{spec['id']}",
            published=spec.get("published") or (published[:10] if published else None),
            source_type="text",
        )))
    return out


# ---- synthetic filler: fictional companies and people, so it never answers a question --------

_ZH_CO = "澜 岚 昊 翎 珀 霁 璟 曜 泓 骐 祺 煦 钧 珩 琮 湛".split()
_ZH_CO_SUFFIX = "智造 光电 微电 储能 生物 物联 精工".split()
_ZH_METRIC = "营收 净利润 出货量 毛利率 订单量 交付量 研发投入 经营现金流".split()
_ZH_PERIOD = "第一季度 第二季度 第三季度 第四季度 上半年 全年".split()
_ZH_PEOPLE = "柯屿 纪岚 闻舟 简禾 沈砚 乔溪".split()
_ZH_TOPIC = "储能电池 工业机器人 光伏组件 数据中心 创新药 卫星互联网 芯片封装".split()
_ZH_TEMPLATES = [
    "{co}{period}{metric}同比增长{pct}%，达到{num}亿元。",
    "{co}{period}{metric}同比下降{pct}%，低于市场预期。",
    "{co}董事长{person}表示：“我们将继续加大在{topic}领域的投入。”",
    "据{co}公告，公司计划投资{num}亿元建设{topic}基地。",
    "分析人士认为，{topic}市场的竞争正在加剧，{co}面临较大压力。",
    "受{topic}需求带动，{co}{period}{metric}环比增长{pct}%。",
    "{co}股价当日上涨{pct}%，总市值突破{num}亿元。",
    "{co}{metric}占比提升至{pct}%，创历史新高。",
]
_EN_CO = "Quillon Marbeck Ostrava Tessaly Vornic Halvorsen Brisket Calloway".split()
_EN_TEMPLATES = [
    "{co} said {metric} rose {pct}% to ${num} million in the quarter.",
    "{co} {metric} fell {pct}% year on year, missing estimates.",
    "\"We will keep investing in {topic},\" chief executive {person} told reporters.",
    "Shares of {co} climbed {pct}% after the announcement.",
]
_EN_METRIC = "revenue profit shipments orders margin bookings".split()
_EN_TOPIC = ["battery storage", "industrial robots", "solar modules", "chip packaging"]
_EN_PEOPLE = "Ines Varga, Tomas Okafor, Lena Brandt".split(", ")


def filler_article(n: int, rng: random.Random) -> tuple[Article, list[str]]:
    english = n % 5 == 0
    sentences = []
    for _ in range(rng.randint(6, 10)):
        if english:
            template = rng.choice(_EN_TEMPLATES)
            sentences.append(template.format(
                co=rng.choice(_EN_CO) + " " + rng.choice(["Labs", "Motors", "Systems"]),
                metric=rng.choice(_EN_METRIC), pct=rng.randint(1, 90), num=rng.randint(10, 900),
                topic=rng.choice(_EN_TOPIC), person=rng.choice(_EN_PEOPLE)))
        else:
            template = rng.choice(_ZH_TEMPLATES)
            sentences.append(template.format(
                co=rng.choice(_ZH_CO) + rng.choice(_ZH_CO) + rng.choice(_ZH_CO_SUFFIX),
                period=rng.choice(_ZH_PERIOD), metric=rng.choice(_ZH_METRIC), pct=rng.randint(1, 90),
                num=rng.randint(2, 900), topic=rng.choice(_ZH_TOPIC), person=rng.choice(_ZH_PEOPLE)))
    joiner = " " if english else ""
    text = f"{'Filler' if english else '样本'} #{n}. " + joiner.join(sentences)
    article = Article(text=text, title=f"filler {n}", url=f"https://filler.invalid/{n}",
                      published=f"2023-{1 + n % 12:02d}-{1 + n % 28:02d}", lang="en" if english else "zh")
    return article, sentences


def add_filler(db: Path, count: int, *, chats: list[int]) -> float:
    """Store and index `count` filler articles in every chat of `chats`; returns the seconds it took."""
    rng = random.Random(20240607)
    started = time.perf_counter()
    with Store(db) as store:
        for n in range(count):
            article, sentences = filler_article(n, rng)
            stored, _ = store.put_article(article)
            store.index_sentences(stored.id, sentences, index_texts(sentences))
            for chat in chats:
                store.add_history(chat, stored.id)
    return time.perf_counter() - started


# ---- scoring --------------------------------------------------------------------------------------


def contains(answer: Answer, expected: str | list[str], k: int) -> bool:
    options = [expected] if isinstance(expected, str) else expected
    return (not answer.abstained) and any(
        option in sentence.text for sentence in answer.sentences[:k] for option in options
    )


async def ask_all(service: Service, questions: list[dict], *, thresholds=DEFAULT_THRESHOLDS) -> list[dict]:
    """Each question asked twice: the real answer (hit@1) and up to 3 ranked sentences (hit@3).

    A question with a "chat" key is asked in that chat (an adversarial library), else in CHAT.
    """
    ranked_thresholds = replace(thresholds, follow_ratio=0.0)
    results = []
    for item in questions:
        chat = item.get("chat", CHAT)
        started = time.perf_counter()
        answer = await service.ask(chat, item["q"], thresholds=thresholds)
        elapsed = time.perf_counter() - started
        ranked = await service.ask(chat, item["q"], thresholds=ranked_thresholds)
        results.append({"item": item, "answer": answer, "ranked": ranked, "seconds": elapsed})
    return results


def score(results: list[dict]) -> dict:
    answerable = [r for r in results if r["item"]["expect"] is not None]
    unanswerable = [r for r in results if r["item"]["expect"] is None]
    factual = [r for r in answerable if r["item"]["type"] in ("number", "entity")]
    cross = [r for r in answerable if r["item"].get("cross")]

    def rate(rows: list[dict], k: int) -> float:
        return sum(contains(r["answer"] if k == 1 else r["ranked"], r["item"]["expect"], k)
                   for r in rows) / max(len(rows), 1)

    return {
        "questions": len(results),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "hit1": round(rate(answerable, 1), 3),
        "hit3": round(rate(answerable, 3), 3),
        "hit1_number_entity": round(rate(factual, 1), 3),
        "hit1_cross_language": round(rate(cross, 1), 3),
        "abstain_unanswerable": round(sum(r["answer"].abstained for r in unanswerable)
                                      / max(len(unanswerable), 1), 3),
        "abstain_answerable": round(sum(r["answer"].abstained for r in answerable)
                                    / max(len(answerable), 1), 3),
    }


def hit1(result: dict) -> bool:
    return contains(result["answer"], result["item"]["expect"], 1)


def score_adversarial(results: list[dict]) -> dict:
    """hit@1 on answerable and paraphrased questions, traps refused; per library,
    per language and on split halves (questions at even and at odd positions)."""

    def block(rows: list[dict]) -> dict:
        answerable = [r for r in rows if r["item"]["cls"] == "answerable"]
        paraphrase = [r for r in rows if r["item"]["cls"] == "paraphrase"]
        traps = [r for r in rows if r["item"]["cls"] == "trap"]
        out = {"n": len(rows)}
        for name, group, value in (("hit1_answerable", answerable, hit1),
                                   ("hit1_paraphrase", paraphrase, hit1),
                                   ("abstain_trap", traps, lambda r: r["answer"].abstained)):
            if group:
                out[name] = round(sum(map(value, group)) / len(group), 3)
                out[name.split("_", 1)[1] + "_n"] = len(group)
        return out

    report = {"all": block(results)}
    for key, field in (("library", "library"), ("lang", "lang")):
        values = sorted({r["item"][field] for r in results})
        report[key] = {v: block([r for r in results if r["item"][field] == v]) for v in values}
    report["halves"] = {"even": block(results[0::2]), "odd": block(results[1::2])}
    traps: dict[str, list[dict]] = {}
    for r in results:
        if r["item"]["cls"] == "trap":
            traps.setdefault(r["item"]["trap"], []).append(r)
    report["trap_kinds"] = {k: f"{sum(r['answer'].abstained for r in v)}/{len(v)}" for k, v in sorted(traps.items())}
    return report


def print_adversarial(label: str, report: dict) -> None:
    def line(name: str, b: dict) -> str:
        parts = [f"{name:10} n={b['n']:3}"]
        for key in ("hit1_answerable", "hit1_paraphrase", "abstain_trap"):
            if key in b:
                parts.append(f"{key}={b[key]:.3f}")
        return "  ".join(parts)

    print(f"adversarial set ({label}):")
    print("  " + line("all", report["all"]))
    for group in ("library", "lang", "halves"):
        for name, b in report[group].items():
            print("  " + line(name, b))
    print("  traps refused by kind:", json.dumps(report["trap_kinds"]))


def report_misses(results: list[dict]) -> None:
    for r in results:
        item, answer = r["item"], r["answer"]
        expected = item["expect"]
        if expected is None and not answer.abstained:
            tag = "FALSE ANSWER"
        elif expected is not None and not contains(answer, expected, 1):
            tag = "ABSTAINED" if answer.abstained else "MISS"
        else:
            continue
        print(f"  {tag:12} {item['q']}  (expect {expected!r}; {answer.reason or answer.kind}, "
              f"confidence {answer.confidence:.2f})")
        for sentence in answer.sentences[:2]:
            print(f"               -> {sentence.text[:90]}")


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18] if len(samples) > 1 else samples[0]


async def raw_search_seconds(store: AsyncStore, questions: list[dict]) -> list[float]:
    """The reference: storage's own search for the same query, same chat."""
    samples = []
    for item in questions:
        queries = parse_question(item["q"]).search_queries()
        started = time.perf_counter()
        for query in queries:
            await store.search(item.get("chat", CHAT), search_terms(query), limit=CANDIDATES)
        samples.append(time.perf_counter() - started)
    return samples


async def store_articles(service: Service, store: AsyncStore, chat: int, specs: list[dict], shared: Path) -> None:
    await service.chat(chat, type="private", title=f"eval {chat}")
    for _, article in load_articles(specs, shared):
        stored, _ = await store.put_article(article)
        await service.brief_of(stored)
        await store.add_history(chat, stored.id)


def adversarial_questions() -> tuple[dict, list[dict]]:
    """The adversarial libraries and their questions, each question tagged with its chat."""
    data = json.loads(ADVERSARIAL.read_text(encoding="utf-8"))
    chats = {name: FIRST_LIBRARY_CHAT + i for i, name in enumerate(data["libraries"])}
    questions = [dict(item, chat=chats[item["library"]]) for item in data["questions"]]
    return {chats[name]: lib for name, lib in data["libraries"].items()}, questions


async def run(args: argparse.Namespace) -> dict:
    shared = shared_dir()
    if not (shared / "corpus").is_dir():
        raise SystemExit(f"eval_ask: no corpus at {shared} (set NEWSBRIEF_SHARED)")
    data = json.loads(QUESTIONS.read_text(encoding="utf-8"))
    original = data["questions"] if args.set in ("all", "original") else []
    libraries, adversarial = adversarial_questions() if args.set in ("all", "adversarial") else ({}, [])
    report: dict = {"targets": TARGETS, "adversarial_targets": ADVERSARIAL_TARGETS}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "eval.db"
        store = await AsyncStore.open(db)
        service = Service(store, analyzer=Analyzer(workers=0), fetch_config=FetchConfig(),
                          rate_limit_per_minute=0)
        try:
            started = time.perf_counter()
            if original:
                await store_articles(service, store, CHAT, data["articles"], shared)
                report["articles"] = len(data["articles"])
            for chat, library in libraries.items():
                await store_articles(service, store, chat, library["articles"], shared)
            report["load_seconds"] = round(time.perf_counter() - started, 1)

            if original:
                results = await ask_all(service, original)
                report["quality"] = score(results)
                print("quality on", report["articles"], "articles:", json.dumps(report["quality"]))
                if args.verbose:
                    report_misses(results)
            if adversarial:
                results = await ask_all(service, adversarial)
                report["adversarial"] = score_adversarial(results)
                print_adversarial("each library alone", report["adversarial"])
                if args.verbose:
                    report_misses(results)
            if args.sweep and original:
                report["sweep"] = {}
                for value in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
                    swept = score(await ask_all(
                        service, original, thresholds=replace(DEFAULT_THRESHOLDS, min_coverage=value)))
                    report["sweep"][str(value)] = swept
                    print(f"  min_coverage={value}: hit1={swept['hit1']} hit1_number_entity="
                          f"{swept['hit1_number_entity']} abstain_unanswerable={swept['abstain_unanswerable']}")

            if args.filler:
                await store.close()
                chats = ([CHAT] if original else []) + list(libraries)
                filler_seconds = await asyncio.to_thread(add_filler, db, args.filler, chats=chats)
                store = await AsyncStore.open(db)
                # The bot's workers load the dictionary at start; so does this run.
                warm_up()
                service.store = store
                everything = original + adversarial
                await ask_all(service, everything[:5])  # warm caches, as a running bot would be
                latencies, reference = [], []
                for _ in range(args.rounds):
                    results = await ask_all(service, everything)
                    latencies += [r["seconds"] for r in results]
                    reference += await raw_search_seconds(store, everything)
                report["at_scale"] = {
                    "articles": args.filler + len(data["articles"]),
                    "filler_store_seconds": round(filler_seconds, 1),
                    "ask_p50_ms": round(statistics.median(latencies) * 1000, 1),
                    "ask_p95_ms": round(p95(latencies) * 1000, 1),
                    "search_p95_ms": round(p95(reference) * 1000, 1),
                    "ask_to_search_p95": round(p95(latencies) / p95(reference), 2),
                }
                if original:
                    report["at_scale"]["quality"] = score(results[:len(original)])
                print("at", report["at_scale"]["articles"], "articles:", json.dumps(report["at_scale"]))
                if adversarial:
                    report["at_scale"]["adversarial"] = score_adversarial(results[len(original):])
                    print_adversarial(f"each library plus {args.filler} filler articles",
                                      report["at_scale"]["adversarial"])
        finally:
            await service.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filler", type=int, default=10_000, help="synthetic articles for the latency run")
    parser.add_argument("--rounds", type=int, default=3, help="times each question is asked at scale")
    parser.add_argument("--sweep", action="store_true", help="sweep the abstention threshold")
    parser.add_argument("--verbose", action="store_true", help="print misses and false answers")
    parser.add_argument("--set", choices=("all", "original", "adversarial"), default="all",
                        help="which question set to run")
    args = parser.parse_args(argv)
    report = asyncio.run(run(args))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    failures = []
    quality = report.get("quality")
    if quality and quality["hit1_number_entity"] < TARGETS["hit1_number_entity"]:
        failures.append("hit@1 on number/entity questions")
    if quality and quality["abstain_unanswerable"] < TARGETS["abstain_unanswerable"]:
        failures.append("abstention on unanswerable questions")
    adversarial = report.get("adversarial", {}).get("all", {})
    for key, target in ADVERSARIAL_TARGETS.items():
        if key in adversarial and adversarial[key] < target:
            failures.append(f"adversarial {key}")
    if "at_scale" in report and report["at_scale"]["ask_p95_ms"] > TARGETS["p95_ms_10k"]:
        failures.append("p95 latency at 10k articles")
    print("targets:", "all met" if not failures else "MISSED: " + ", ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
