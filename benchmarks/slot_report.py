"""Where the summary's slots go: the wasted slots and the missed points of every key-point set, by class.

For every text of every set in eval_keypoints.SET_PATHS this runs summarizer.analyze as the reader sees it
(3 key sentences), reads each sentence's score factors (textrank.text_factors, the real function) and
labels each sentence by the points it covers (eval_keypoints.covers). Then:

- a wasted slot is a shown sentence that covers no labelled point, or only points an earlier pick (by
  score) already covers (a "restated point"). Each gets a class from its own words (`slot_class`):
  rating line, forecast/valuation, risk line, profile/background, date/meeting line, listing/table,
  outlook/opinion without figure, quote, market move, restatement of a chosen line, other fact with a
  figure, other line without one;
- a missed point is traced to the sentence of the text that states it best (highest score): why
  selection did not take it (`miss_reason`): no sentence states it whole (the span straddles our
  boundaries), its tier (a fragment, a heading, boilerplate), a redundancy rule against a chosen line
  (cosine, a shared number, a part of the same ；-statement), or plain rank: then the factor that most
  separates it from the weakest chosen line ranked above it (log ratio of each factor).

    NEWSBRIEF_SHARED=../shared python benchmarks/slot_report.py [--set NAME] [--list wasted|missed|all]
    ... --kind cfb      only texts of one kind
    ... --first         texts whose first pick states no point while Lead-3's first line states the first point

It reads, never changes, the summarizer: a diagnosis for choosing which classes to fix.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks import eval_keypoints as ek  # noqa: E402
from benchmarks.fit_ranker import recorded  # noqa: E402
from summarizer import roles, textrank  # noqa: E402

FACTORS = ("centrality", "length", "value", "position", "title", "headline_figure", "clause")


@dataclass
class Case:
    set: str
    id: str
    kind: str
    lang: str
    sentences: tuple[str, ...]
    shown: dict[int, str]  # index -> displayed text
    order: list[int]  # the selection, best first
    scores: np.ndarray
    tier: np.ndarray
    factors: dict[str, np.ndarray]
    rows: object
    numbers: tuple
    statements: np.ndarray
    labels: np.ndarray  # sentences x points
    points: list
    title: str | None


def collect(sets: list[str], kind: str | None) -> list[Case]:
    cases = []
    for r in recorded(sets, kind):
        shown = {s.index: s.text for s in r.analysis.sentences}
        order = [i for i in r.picks if i in shown]
        f, ranking = r.factors, r.ranking
        cases.append(Case(r.set, r.item["id"], r.item["kind"], r.kwargs["lang"], tuple(r.sentences), shown, order,
                          ranking.scores, ranking.tier, {k: getattr(f, k) for k in FACTORS}, f.rows,
                          ranking.numbers, ranking.statements, r.labels, r.item["points"], r.title))
    return cases


# ---------------------------------------------------------------- classes of wasted slots

_RATING = re.compile(r"评级|买入|增持|推荐|目标价|首次覆盖|强烈推荐|中性|跑赢|\b(?:rating|overweight|underweight|"
                     r"outperform|price target|buy|neutral)\b", re.IGNORECASE)
_FORECAST = re.compile(r"预计公司|预测公司|盈利预测|EPS|PE|市盈率|估值|对应[^，。]{0,10}倍|预计\s*20\d\d|"
                       r"\b(?:forecast|guidance|expects?|outlook|estimates?)\b", re.IGNORECASE)
_RISK = re.compile(r"风险|不及预期|\brisks?\b", re.IGNORECASE)
_PROFILE = re.compile(r"主要从事|主营业务|主要产品|是一家|成立于|前身|总部位于|旗下|作为[^，。]{0,30}(?:企业|公司|龙头)|"
                      r"公司(?:是|为)[^，。]{0,20}(?:企业|公司|龙头|厂商)|\b(?:founded|headquartered|based in|is a "
                      r"(?:leading )?\w+ (?:company|maker|provider))\b", re.IGNORECASE)
# A company's place in its trade or what it makes, in the first clause ("公司是国内最大的…企业", "X主营…").
_PROFILE_PLACE = re.compile(r"^[^，。；]{0,12}?(?:是(?:国内|全球|全国|行业|我国|中国|世界)[^，。；]{0,24}(?:企业|公司|厂商|龙头|之一)"
                            r"|(?<![家的])主营(?!业务收入|收入))|公司(?:已|已经)?(?:形成|构建|建立|覆盖)了?[^，。；]{0,30}产业链"
                            r"|业务定位(?:为|于)|(?:产品|业务)[^，。；]{0,12}分为[^，。；]{0,6}[大个](?:部分|板块|业务)")
_BACKGROUND = re.compile(r"此前|早在|曾经|近年来|去年[^，。]{0,6}(?:曾|时)|历史上|自[^，。]{0,10}以来|回顾|"
                         r"\b(?:previously|last year|in 20\d\d|since|earlier)\b", re.IGNORECASE)
_MEETING = re.compile(r"召开|举行|会议|发布会|大会|论坛|开幕|于\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日[，,]|"
                      r"\b(?:meeting|conference|summit|on (?:Monday|Tuesday|Wednesday|Thursday|Friday))\b")
_OUTLOOK = re.compile(r"将|有望|预计|看好|认为|未来|持续|进一步|加快|推动|坚持|着力|有助于|需要|应当|"
                      r"\b(?:will|could|should|may|might|expects?|believes?|likely|aims?)\b", re.IGNORECASE)
_QUOTE = re.compile(r"^[“\"「]|表示|指出|称|说[，：:]|\b(?:said|says|told)\b")
_SUB_PERIOD = re.compile(r"单季|单[一二三四]季|(?<![前0-9])[1-4]Q|Q[1-4](?!\s*[/、-])|(?<!前)[一二三四]季度|单第|\d{1,2}月(?:份)?[^，。]{0,6}(?:实现|销量|收入)"
                         r"|\b(?:quarter|month)\b", re.IGNORECASE)
_PART = re.compile(r"^其中|分产品|分业务|分地区|分产业|业务(?:实现)?(?:营业)?收入|板块|\bsegment\b", re.IGNORECASE)
_MARGIN_COST = re.compile(r"毛利率|净利率|费用|\bmargins?\b|\bcosts?\b", re.IGNORECASE)
_STATISTIC = re.compile(r"数据显示|据[^，。]{1,12}(?:统计|数据|显示)|统计|\baccording to\b", re.IGNORECASE)
_MARKET = re.compile(r"股价|收盘|涨停|跌停|板块|指数|涨幅|跌幅|\b(?:shares|stock|index)\b", re.IGNORECASE)


def slot_class(case: Case, i: int, chosen_before: list[int]) -> str:
    """The kind of line a wasted slot is, from its own words (first matching class)."""
    text = case.sentences[i]
    count = roles.figure_count(text)
    covered_by_before = case.labels[chosen_before].any(axis=0) if chosen_before else np.zeros(len(case.points), bool)
    own = case.labels[i]
    if own.any() and not (own & ~covered_by_before).any():
        return "restated point"
    others = [c for c in case.order if c != i]
    if others:
        cos = (case.rows[[i]] @ case.rows[others].T).toarray().max()
        if cos >= 0.35:
            return "restatement of chosen"
    if roles.is_listing(text, count) or count >= 5:
        return "listing/table"
    if _RATING.search(text):
        return "rating"
    if _RISK.search(text):
        return "risk"
    if _FORECAST.search(text) and (count or case.lang == "zh"):
        return "forecast/valuation"
    if _PROFILE.search(text) or _PROFILE_PLACE.search(text):
        return "profile"
    if _MEETING.search(text) and not count:
        return "date/meeting"
    if _BACKGROUND.search(text):
        return "background"
    if _MARKET.search(text):
        return "market move"
    if not count and _QUOTE.search(text):
        return "quote/remark no figure"
    if not count and _OUTLOOK.search(text):
        return "outlook/opinion no figure"
    if count and _SUB_PERIOD.search(text):
        return "sub-period result (quarter, month)"
    if count and _PART.search(text):
        return "part: segment, product, region"
    if count and _MARGIN_COST.search(text):
        return "margin or cost line"
    if count and _STATISTIC.search(text):
        return "sourced statistic"
    return "other fact with figure" if count else "other no figure"


# ---------------------------------------------------------------- why a point is missed

def _blocked(case: Case, j: int) -> str | None:
    """Which redundancy rule of select_sentences keeps sentence j out, against the chosen lines."""
    config = textrank.DEFAULT_CONFIG
    for c in case.order:
        cos = float((case.rows[[j]] @ case.rows[[c]].T).toarray()[0, 0])
        if cos > config.max_overlap:
            return f"overlap {cos:.2f} with #{c}"
        if case.numbers[j] & case.numbers[c]:
            return f"shared number {sorted(case.numbers[j] & case.numbers[c])[0]} with #{c}"
        if case.statements[j] == case.statements[c]:
            return f"same statement as #{c}"
    return None


def miss_reason(case: Case, p: int) -> tuple[str, str, int | None]:
    """(class, detail, the sentence that states the point best) for a missed point."""
    stating = np.flatnonzero(case.labels[:, p])
    if not len(stating):
        return "no sentence states it", "", None
    full = [j for j in stating if case.tier[j] == roles.FULL]
    if not full:
        j = int(stating[np.argmax(case.scores[stating])])
        return f"tier {('NEVER', 'FRAGMENT', 'FULL')[case.tier[j]]}", "", j
    j = int(max(full, key=lambda k: case.scores[k]))
    blocked = _blocked(case, j)
    if blocked:
        rule = "shared number" if blocked.startswith("shared") else blocked.split(" ")[0] + (
            " statement" if blocked.startswith("same") else "")
        above = all(case.scores[c] >= case.scores[j] for c in case.order)
        return f"redundancy: {rule}", blocked + ("" if above else " (ranked above a pick)"), j
    weakest = min(case.order, key=lambda c: case.scores[c]) if case.order else None
    if weakest is None:
        return "nothing chosen", "", j
    gaps = {k: float(np.log(max(case.factors[k][weakest], 1e-9) / max(case.factors[k][j], 1e-9))) for k in FACTORS}
    factor = max(gaps, key=gaps.get)
    return f"outranked: {factor}", f"#{j} {case.scores[j]:.3g} < #{weakest} {case.scores[weakest]:.3g}; " + ", ".join(
        f"{k} {case.factors[k][j]:.2f}/{case.factors[k][weakest]:.2f}" for k in FACTORS if abs(gaps[k]) > 0.05), j


def line_kind(value: float) -> str:
    """The news value of a line, read back as the kind of line it marks (summarizer.roles)."""
    if value >= 3.0:
        return "boosted (an act, a next step, a margin)"
    if value >= 2.0:
        return "result with its figure"
    if value > 1.0:
        return "decision, or a result with many figures"
    if value == 1.0:
        return "plain line (no result figure)"
    return "demoted (listing, no fact, description, aside)"


# ---------------------------------------------------------------- report

def short(text: str, width: int = 90) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[:width] + "…"


def show(case: Case) -> None:
    """Every sentence of one text: tier, score, factors, the points it covers, the picks."""
    print(f"{case.set}/{case.id} ({case.kind}) title: {case.title}")
    for p, point in enumerate(case.points, 1):
        print(f"  point {p}: {point['gloss']}")
    for i, text in enumerate(case.sentences):
        pick = f"P{case.order.index(i) + 1}" if i in case.order else "  "
        points = "".join(str(p + 1) for p in np.flatnonzero(case.labels[i])) or "-"
        print(f"{pick} #{i:<3} t{case.tier[i]} {case.scores[i]:7.3g} pts {points:3} "
              + " ".join(f"{case.factors[k][i]:.2f}" for k in FACTORS) + f"  {short(text, 70)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=tuple(ek.SET_PATHS), action="append")
    parser.add_argument("--kind", choices=ek.KINDS)
    parser.add_argument("--list", choices=("wasted", "missed", "all"))
    parser.add_argument("--first", action="store_true", help="texts whose first pick states no point")
    parser.add_argument("--class", dest="only", help="list only this class (substring)")
    parser.add_argument("--show", help="print every sentence of this text id with its factors and labels")
    args = parser.parse_args()
    cases = collect(args.set or list(ek.SET_PATHS), args.kind)
    if args.show:
        for case in cases:
            if case.id == args.show:
                show(case)
        return
    wasted: Counter = Counter()
    wasted_by_kind: Counter = Counter()
    missed: Counter = Counter()
    missed_line: Counter = Counter()
    slots = 0
    for case in cases:
        for rank_, i in enumerate(case.order):
            slots += 1
            shown = case.shown[i]
            flags = ek.covered_points([shown], case.points)
            before = case.order[:rank_]
            before_flags = ek.covered_points([case.shown[c] for c in before], case.points) if before else [False] * len(flags)
            if any(f and not b for f, b in zip(flags, before_flags)):
                continue
            cls = "restated point" if any(flags) else slot_class(case, i, before)
            wasted[cls] += 1
            wasted_by_kind[(case.kind, cls)] += 1
            if args.list in ("wasted", "all") and (not args.only or args.only in cls):
                print(f"WASTE [{cls}] {case.set}/{case.id} ({case.kind}) slot {rank_ + 1} #{i}: {short(shown)}")
                print("      " + ", ".join(f"{k} {case.factors[k][i]:.2f}" for k in FACTORS) + f"  score {case.scores[i]:.3g}")
        covered = ek.covered_points([case.shown[c] for c in case.order], case.points)
        for p, ok in enumerate(covered):
            if ok:
                continue
            cls, detail, j = miss_reason(case, p)
            missed[(cls, "first" if p == 0 else "later")] += 1
            if j is not None:
                group = "note" if case.kind in ("cfb", "zh-note") else "Chinese" if case.lang == "zh" else "English"
                missed_line[(group, line_kind(case.factors["value"][j]))] += 1
            if args.list in ("missed", "all") and (not args.only or args.only in cls):
                print(f"MISS  [{cls}] {case.set}/{case.id} ({case.kind}) point {p + 1}: {short(case.points[p]['gloss'], 60)}")
                if j is not None:
                    print(f"      best #{j}: {short(case.sentences[j])}")
                print(f"      {detail}")
                for c in case.order:
                    tag = "+" if case.labels[c].any() else "-"
                    print(f"      {tag} chose #{c} {case.scores[c]:.3g}: {short(case.sentences[c], 70)}")
        if args.first and case.order:
            first_pick = case.order[0]
            lead = ek.lead3(case.sentences and "\n".join(case.sentences))[:1]
            if not ek.covered_points([case.shown[first_pick]], case.points)[0] and case.labels[:, 0].any():
                j = int(np.flatnonzero(case.labels[:, 0])[0])
                print(f"FIRST {case.set}/{case.id} ({case.kind}): first pick #{first_pick} "
                      f"{case.scores[first_pick]:.3g} {short(case.sentences[first_pick], 60)}")
                print(f"      point 1 at #{j} {case.scores[j]:.3g} tier {case.tier[j]} {short(case.sentences[j], 60)}"
                      f"  lead3 first covers: {ek.covered_points(lead, case.points)[0]}")
    print(f"\n{len(cases)} texts, {slots} slots, {sum(wasted.values())} wasted "
          f"(no new point: {sum(v for k, v in wasted.items() if k != 'restated point')} state none, "
          f"{wasted['restated point']} restate a point already shown)")
    for cls, count in wasted.most_common():
        kinds = ", ".join(f"{k} {v}" for (k, c), v in sorted(wasted_by_kind.items(), key=lambda kv: -kv[1]) if c == cls)
        print(f"  {count:4}  {cls:28} {kinds}")
    print(f"\n{sum(missed.values())} missed points")
    by_class: Counter = Counter()
    for (cls, which), count in missed.items():
        by_class[cls] += count
    for cls, count in by_class.most_common():
        print(f"  {count:4}  {cls:28} first {missed[(cls, 'first')]}, later {missed[(cls, 'later')]}")
    print("\nmissed points by the news value of the line that states them best (roles.news_value):")
    for (group, kind), count in sorted(missed_line.items(), key=lambda kv: -kv[1]):
        print(f"  {count:4}  {group:8} {kind}")


if __name__ == "__main__":
    main()
